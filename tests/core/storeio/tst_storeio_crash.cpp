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

bool writeLargeFile(const QString& path)
{
    return test::writeBulkUsersJsonl(path, kUsers, [](int) {
        return std::string(R"({"plan":"pro","seats":12,"region":"eu-west-1"})");
    });
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
