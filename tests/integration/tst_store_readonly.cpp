// Stores that may not be written: a store file without write permission
// (its folder writable), and a store neither it nor its folder may be
// written. `claimsmith import` (with --on-error skip too), key rotation
// (`keys add`, `keys activate`), `serve` and the server's writes (a
// template promotion and a key activation among them) say the store is
// read-only and to check the permissions of the file and its folder, once,
// with exit code 2 or a problem+json 503; what can be read still is; and
// nothing changes. As root (CI) the commands run as an unprivileged user,
// since root writes read-only files; otherwise as the user running the test.

#include "FaultSupport.h"
#include "ServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <tuple>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestStoreReadOnly : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readOnlyStoreRefusesWritesAndStillReads();
    void unwritableFolderRefusesEverythingClearly();

private:
    test::FaultFolder m_dir;
    QString m_input;
};

void TestStoreReadOnly::initTestCase()
{
    const QString cannot = m_dir.check();
    QVERIFY2(cannot.isEmpty(), qPrintable(cannot));
    m_input = m_dir.filePath(u"users.jsonl"_s);
    QVERIFY(test::writeUsersFile(m_input, 100, "ro"));
}

void TestStoreReadOnly::readOnlyStoreRefusesWritesAndStillReads()
{
    // chmod a-w on the store, its folder still writable (SQLite may add its
    // -wal and -shm files there). As root the commands run as an
    // unprivileged user who owns the files, as their admin would.
    const auto [dir, path, keyFile] = m_dir.newStore(u"read-only"_s);
    QVERIFY(!path.isEmpty());
    QString why;
    const QString binary = test::runnableBinary(m_dir.path(), why);
    QVERIFY2(!binary.isEmpty(), qPrintable(why));
    const QProcessEnvironment ownerEnv = test::childEnvironment(keyFile);
    // An API key for the server, and a next key to activate, made while
    // the store can still be written.
    test::ProcessResult r = test::run(
        test::claimsmithBinary(),
        {u"apikey"_s, u"create"_s, u"--store"_s, path, u"--name"_s, u"ops"_s}, {}, 60000, ownerEnv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::string apiKey = r.out.trimmed().toStdString();
    r = test::run(
        test::claimsmithBinary(),
        {u"keys"_s, u"add"_s, u"--store"_s, path, u"--alg"_s, u"ES256"_s, u"--state"_s, u"next"_s},
        {}, 60000, ownerEnv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString kid = QString::fromUtf8(r.out.trimmed());
    const test::StoreSnapshot before = test::snapshotOf(path, keyFile);

    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    if (test::isRoot()) {
        for (const QString& p : {dir, path, keyFile})
            QVERIFY(::chown(QFile::encodeName(p).constData(), test::kNobody, test::kNobody) == 0);
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0444) == 0);
    QProcessEnvironment env = ownerEnv;
    env.insert(u"HOME"_s, dir);

    const QByteArray readOnly = "the store " + path.toUtf8() +
                                " is read-only; check the permissions of the file and its folder";
    const std::vector<QStringList> writes = {
        {u"import"_s, m_input, u"--store"_s, path, u"--format"_s, u"jsonl"_s},
        {u"import"_s, m_input, u"--store"_s, path, u"--format"_s, u"jsonl"_s, u"--on-error"_s,
         u"skip"_s},
        {u"keys"_s, u"add"_s, u"--store"_s, path, u"--alg"_s, u"ES256"_s, u"--state"_s, u"next"_s},
        {u"keys"_s, u"activate"_s, u"--store"_s, path, u"--"_s, kid},
    };
    for (const QStringList& args : writes) {
        r = test::runUnprivileged(binary, args, env);
        const QString what = args.join(u' ') + u" on a read-only store"_s;
        QVERIFY2(r.exitCode == 2,
                 qPrintable(what + u": exit %1: "_s.arg(r.exitCode) + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(readOnly), qPrintable(what + u": "_s + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.count(readOnly) == 1, qPrintable(what + u": said more than once"_s));
    }
    // Reading still works.
    r = test::runUnprivileged(binary, {u"keys"_s, u"list"_s, u"--store"_s, path}, env);
    QVERIFY2(r.exitCode == 0 && r.out.contains(kid.toUtf8()), r.err.constData());
    r = test::runUnprivileged(binary, {u"export"_s, u"--store"_s, path}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out == before.exported);

    // The server on it serves reads; its writes (a promotion and a key
    // rotation among them) are answered with a problem that names the file
    // and what to do.
    QProcess serve;
    serve.setProcessEnvironment(env);
    test::dropPrivileges(serve);
    const quint16 port = test::freePort();
    const QString url = u"http://127.0.0.1:%1"_s.arg(port);
    serve.start(binary,
                {u"serve"_s, u"--store"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    QVERIFY(serve.waitForStarted(10000));
    QNetworkAccessManager nam;
    QTRY_VERIFY2_WITH_TIMEOUT(test::sendRequest(nam, url + u"/healthz"_s, "GET").status == 200 ||
                                  serve.state() != QProcess::Running,
                              serve.readAllStandardError().constData(), 20000);
    QVERIFY2(serve.state() == QProcess::Running, serve.readAllStandardError().constData());
    test::HttpReply got =
        test::sendRequest(nam, url + u"/v1/templates/default"_s, "GET", {}, apiKey);
    QCOMPARE(got.status, 200);
    const QByteArray templateTag = got.header("etag");
    got = test::sendRequest(nam, url + u"/v1/keys"_s, "GET", {}, apiKey);
    QCOMPARE(got.status, 200);
    QByteArray keyTag;
    for (const json::Value& k : got.json.find("data")->array()) {
        if (k.find("kid")->string() == kid.toStdString())
            keyTag = '"' + QByteArray::number(k.find("version")->toInt64()) + '"';
    }
    QVERIFY(!keyTag.isEmpty());
    const std::vector<std::tuple<QString, QByteArray, QByteArray>> serverWrites = {
        {u"/v1/users"_s, R"({"email":"ro@example.com"})", {}},
        {u"/v1/templates/default/promote"_s, R"({"version":1,"environment":"staging"})",
         templateTag},
        {u"/v1/keys/"_s + kid + u"/activate"_s, {}, keyTag},
    };
    for (const auto& [route, body, tag] : serverWrites) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!tag.isEmpty())
            headers.append({"If-Match", tag});
        got = test::sendRequest(nam, url + route, "POST", body, apiKey, headers);
        QVERIFY2(got.status == 503,
                 qPrintable(route + u": HTTP %1 "_s.arg(got.status) + QString::fromUtf8(got.body)));
        QCOMPARE(got.header("content-type"), "application/problem+json"_ba);
        QVERIFY2(got.jsonOk && got.json.find("detail")->string() == readOnly.toStdString(),
                 got.body.constData());
        QCOMPARE(test::sendRequest(nam, url + u"/v1/users?limit=3"_s, "GET", {}, apiKey).status,
                 200);
    }
    QVERIFY(serve.state() == QProcess::Running);
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));
    QCOMPARE(serve.exitCode(), 0);

    // Nothing changed.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    UNCHANGED(path, keyFile, before, u"the read-only store"_s);
}

void TestStoreReadOnly::unwritableFolderRefusesEverythingClearly()
{
    // A store its user may read but neither it nor its folder may be
    // written (another user's, or copied from a read-only medium): without
    // room for SQLite's -shm file even reading fails, and every command
    // says why instead.
    const auto [dir, path, keyFile] = m_dir.newStore(u"unwritable"_s);
    QVERIFY(!path.isEmpty());
    QString why;
    const QString binary = test::runnableBinary(m_dir.path(), why);
    QVERIFY2(!binary.isEmpty(), qPrintable(why));
    const test::StoreSnapshot before = test::snapshotOf(path, keyFile);
    QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0755) == 0);
    // Root's files as an unprivileged user, or the user's own without w.
    QVERIFY(::chmod(QFile::encodeName(path).constData(), test::isRoot() ? 0644 : 0444) == 0);
    QVERIFY(::chmod(QFile::encodeName(keyFile).constData(), 0644) == 0);
    QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0555) == 0);
    QProcessEnvironment env = test::childEnvironment(keyFile);
    env.insert(u"HOME"_s, m_dir.path());

    const QByteArray readOnly = "the store " + path.toUtf8() +
                                " is read-only; check the permissions of the file and its folder";
    const std::vector<QStringList> commands = {
        {u"import"_s, m_input, u"--store"_s, path, u"--format"_s, u"jsonl"_s},
        {u"keys"_s, u"add"_s, u"--store"_s, path, u"--alg"_s, u"ES256"_s},
        {u"keys"_s, u"list"_s, u"--store"_s, path},
        {u"export"_s, u"--store"_s, path},
        {u"serve"_s, u"--store"_s, path, u"--listen"_s, u"127.0.0.1:%1"_s.arg(test::freePort())},
    };
    for (const QStringList& args : commands) {
        const test::ProcessResult r = test::runUnprivileged(binary, args, env, 30000);
        const QString what = args.mid(0, 2).join(u' ') + u" with an unwritable store"_s;
        QVERIFY2(r.exitCode == 2,
                 qPrintable(what + u": exit %1: "_s.arg(r.exitCode) + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(readOnly), qPrintable(what + u": "_s + QString::fromUtf8(r.err)));
    }
    QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0700) == 0);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QVERIFY(::chmod(QFile::encodeName(keyFile).constData(), 0600) == 0);
    UNCHANGED(path, keyFile, before, u"the unwritable store"_s);
}

QTEST_GUILESS_MAIN(TestStoreReadOnly)
#include "tst_store_readonly.moc"
