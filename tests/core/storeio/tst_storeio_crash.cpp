// A `claimsmith import` killed with SIGKILL in the middle of a large import
// leaves a sound store with nothing of the import in it.

#include "StoreIoTestSupport.h"
#include "TempStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

constexpr int kUsers = 200000;

// "user_01J" and 23 Crockford base32 digits of n: valid, distinct ids.
std::string userId(std::uint64_t n)
{
    static const char* const digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string tail(23, '0');
    for (int i = 22; i >= 0 && n > 0; --i, n /= 32)
        tail[static_cast<std::size_t>(i)] = digits[n % 32];
    return "user_01J" + tail;
}

bool writeLargeFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::string chunk;
    for (int i = 0; i < kUsers; ++i) {
        chunk += R"({"type":"user","id":")" + userId(static_cast<std::uint64_t>(i) + 1) +
                 R"(","email":"bulk)" + std::to_string(i) +
                 R"(@example.com","first_name":"Bulk","last_name":"User","external_id":"bulk-)" +
                 std::to_string(i) +
                 R"(","metadata":{"plan":"pro","seats":12,"region":"eu-west-1"},)"
                 R"("created_at":"2024-01-01T00:00:00.000Z","version":1})"
                 "\n";
        if (chunk.size() > (1u << 20)) {
            f.write(chunk.data(), static_cast<qint64>(chunk.size()));
            chunk.clear();
        }
    }
    f.write(chunk.data(), static_cast<qint64>(chunk.size()));
    return f.error() == QFileDevice::NoError;
}

} // namespace

class TestStoreIoCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedImportLeavesTheStoreSoundAndUnchanged();
};

void TestStoreIoCrash::killedImportLeavesTheStoreSoundAndUnchanged()
{
    QVERIFY2(QFile::exists(test::claimsmithBinary()), "the claimsmith binary is not built");
    test::TempStore s;
    model::User before;
    before.email = "before@example.com";
    QVERIFY(s->createUser(before));
    const std::int64_t events = test::auditEventCount(*s);
    const QString input = s.dir() + u"/large.jsonl"_s;
    QVERIFY(writeLargeFile(input));

    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, s.keyFile());
    child.setProcessEnvironment(env);
    child.start(test::claimsmithBinary(), {u"import"_s, input, u"--store"_s, s.path(),
                                           u"--format"_s, u"jsonl"_s, u"--progress"_s});
    QVERIFY(child.waitForStarted(10000));

    // Kill it once it says it has imported records (the first progress line,
    // about a second in) and the write-ahead log holds some of them.
    const QString wal = s.path() + u"-wal"_s;
    QElapsedTimer timer;
    timer.start();
    QByteArray progress;
    while (!progress.contains("imported ") && timer.elapsed() < 30000 &&
           child.state() == QProcess::Running) {
        child.waitForReadyRead(100);
        progress += child.readAllStandardError();
    }
    QVERIFY2(progress.contains("claimsmith: read "), progress.constData());
    QVERIFY2(child.state() == QProcess::Running,
             "the import ended before it could be killed; make the file larger");
    const qint64 walSize = QFileInfo(wal).size();
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    qInfo("killed after %lld ms (%s) with a write-ahead log of %lld bytes",
          static_cast<long long>(timer.elapsed()), progress.trimmed().constData(),
          static_cast<long long>(walSize));

    store::SqliteStore& reopened = s.reopen();
    const auto check = reopened.integrityCheck();
    QVERIFY2(check, check.error().message.c_str());
    QCOMPARE(*check, std::string("ok"));
    QCOMPARE(*reopened.userCount(), 1);
    QCOMPARE(test::allUsers(reopened).size(), 1u);
    QVERIFY(reopened.userByEmail("bulk0@example.com").error().kind == store::ErrorKind::NotFound);
    QCOMPARE(test::auditEventCount(reopened), events);
    store::AuditQuery q;
    q.action = "import";
    QVERIFY(reopened.findAuditEvents(q)->items.empty());
}

QTEST_GUILESS_MAIN(TestStoreIoCrash)
#include "tst_storeio_crash.moc"
