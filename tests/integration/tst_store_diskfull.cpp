// A disk that fills up under `claimsmith import`, key rotation (`keys add`,
// `keys activate`, the first key of a store) and the server's writes
// (creates, updates, a template promotion, a new key), and `keys generate
// --out FILE --force` over an existing key file. The disk is a
// preloaded library that fails writes with ENOSPC as a full file system
// does (tests/support/DiskFullShim.cpp says why not a real small file
// system). Each command says the disk holding the store is full and to free
// some space; the server answers writes with a problem+json 507
// insufficient_storage that says so (WorkOS's shape on its routes), stays up
// and serves reads, and RemoteStore turns the 507 back into the error
// SqliteStore raises; nothing stored is lost or damaged
// (integrity_check, the export and the audit log are as they were); and
// once there is room again the same command or request works.

#include "FaultSupport.h"
#include "ServerProcess.h"
#include "TestSupport.h"
#include "json/Writer.h"
#include "store/RemoteStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

constexpr int kImportUsers = 5000;
constexpr qint64 kShm = 32768; // SQLite's shared-memory file, made when a store opens

} // namespace

class TestStoreDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void diskFullImportChangesNothing();
    void diskFullKeyRotationChangesNothing();
    void diskFullFirstKeyLeavesNoPartialKeyFile();
    void diskFullGeneratedKeyKeepsTheOldFile();
    void diskFullServerSaysSoAndKeepsServing();

private:
    test::FaultFolder m_dir;
    QString m_input;
};

void TestStoreDiskFull::initTestCase()
{
    const QString cannot = m_dir.check();
    QVERIFY2(cannot.isEmpty(), qPrintable(cannot));
    m_input = m_dir.filePath(u"users.jsonl"_s);
    QVERIFY(test::writeUsersFile(m_input, kImportUsers, "full"));
}

void TestStoreDiskFull::diskFullImportChangesNothing()
{
    const auto [dir, path, keyFile] = m_dir.newStore(u"import"_s);
    QVERIFY(!path.isEmpty());
    const test::StoreSnapshot before = test::snapshotOf(path, keyFile);
    const QString control = m_dir.filePath(u"import-free"_s);
    const QProcessEnvironment env =
        test::withSmallDisk(test::childEnvironment(keyFile), dir, control);
    const QStringList import = {u"import"_s, m_input,       u"--store"_s,
                                path,        u"--format"_s, u"jsonl"_s};

    // Room to open the store and begin, not to hold the import; then no room
    // at all (not even to open it); with --on-error skip too: a full disk is
    // not a bad record.
    for (const qint64 room : {kShm + 256 * 1024, qint64(0)}) {
        for (const bool skip : {false, true}) {
            QVERIFY(test::setFreeSpace(control, room));
            const test::ProcessResult r = test::run(
                test::claimsmithBinary(),
                skip ? import + QStringList{u"--on-error"_s, u"skip"_s} : import, {}, 120000, env);
            const QString what = u"import on a full disk (%1 bytes free%2)"_s.arg(room).arg(
                skip ? u", --on-error skip"_s : QString());
            QVERIFY2(r.exitCode == 2, qPrintable(what + u": exit %1: "_s.arg(r.exitCode) +
                                                 QString::fromUtf8(r.err)));
            QVERIFY2(r.err.contains(QByteArray("the disk holding " + path.toUtf8() + " is full")) &&
                         r.err.contains("free some space"),
                     qPrintable(what + u": "_s + QString::fromUtf8(r.err)));
            QVERIFY2(r.err.count("is full") == 1, qPrintable(what + u": said more than once"_s));
            // With room to open the store, the summary says nothing was imported.
            QVERIFY2(room == 0 || r.err.contains("imported nothing"), r.err.constData());
            UNCHANGED(path, keyFile, before, what);
        }
    }

    // Room again: the same import goes through.
    QVERIFY(test::setFreeSpace(control, -1));
    const test::ProcessResult r = test::run(test::claimsmithBinary(), import, {}, 120000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto s = test::reopenStore(path, keyFile);
    QVERIFY(s);
    QCOMPARE(*(*s)->userCount(), 8 + kImportUsers);
}

void TestStoreDiskFull::diskFullKeyRotationChangesNothing()
{
    const auto [dir, path, keyFile] = m_dir.newStore(u"keys"_s);
    QVERIFY(!path.isEmpty());
    const QString control = m_dir.filePath(u"keys-free"_s);
    const QProcessEnvironment env =
        test::withSmallDisk(test::childEnvironment(keyFile), dir, control);
    const QStringList add = {u"keys"_s,  u"add"_s,   u"--store"_s, path,
                             u"--alg"_s, u"ES256"_s, u"--state"_s, u"next"_s};

    // keys add, with room to open the store but not to write the key.
    test::StoreSnapshot before = test::snapshotOf(path, keyFile);
    QVERIFY(test::setFreeSpace(control, kShm + 1024));
    test::ProcessResult r = test::run(test::claimsmithBinary(), add, {}, 60000, env);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains(
                 QByteArray("the disk holding " + path.toUtf8() + " is full; free some space")),
             r.err.constData());
    UNCHANGED(path, keyFile, before, u"keys add on a full disk"_s);
    QVERIFY(test::setFreeSpace(control, -1));
    r = test::run(test::claimsmithBinary(), add, {}, 60000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString kid = QString::fromUtf8(r.out.trimmed());

    // keys activate (the rotation itself): the old key stays active.
    before = test::snapshotOf(path, keyFile);
    const QStringList activate = {u"keys"_s, u"activate"_s, u"--store"_s, path, u"--"_s, kid};
    QVERIFY(test::setFreeSpace(control, kShm + 1024));
    r = test::run(test::claimsmithBinary(), activate, {}, 60000, env);
    QVERIFY2(r.exitCode == 2, r.err.constData());
    QVERIFY2(r.err.contains(
                 QByteArray("the disk holding " + path.toUtf8() + " is full; free some space")),
             r.err.constData());
    UNCHANGED(path, keyFile, before, u"keys activate on a full disk"_s);
    QVERIFY(test::setFreeSpace(control, -1));
    r = test::run(test::claimsmithBinary(), activate, {}, 60000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto s = test::reopenStore(path, keyFile);
    QVERIFY(s);
    QCOMPARE(QString::fromStdString((*s)->activeSigningKey()->kid), kid);
    QVERIFY((*s)->signingKeyForIssuing());
}

void TestStoreDiskFull::diskFullFirstKeyLeavesNoPartialKeyFile()
{
    // The first key of a store makes its key file: with no room for it, the
    // command says so, no partial key file is left behind (it would pass for
    // a damaged one forever), and with room again the key is added.
    const QString dir = m_dir.filePath(u"first-key"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u"/store.claimsmith"_s;
    const QString keyFile = dir + u"/keys/store.key"_s;
    const QString empty = dir + u"/empty.jsonl"_s;
    QFile f(empty);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    test::ProcessResult r =
        test::run(test::claimsmithBinary(),
                  {u"import"_s, empty, u"--store"_s, path, u"--format"_s, u"jsonl"_s}, {}, 60000,
                  test::childEnvironment(keyFile));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const test::StoreSnapshot before = test::snapshotOf(path, keyFile);
    const QString control = m_dir.filePath(u"first-key-free"_s);
    const QProcessEnvironment env =
        test::withSmallDisk(test::childEnvironment(keyFile), dir, control);
    const QStringList add = {u"keys"_s, u"add"_s, u"--store"_s, path, u"--alg"_s, u"ES256"_s};
    for (const qint64 room : {kShm, kShm + 20}) { // no room, then room for part of the key
        QVERIFY(test::setFreeSpace(control, room));
        r = test::run(test::claimsmithBinary(), add, {}, 60000, env);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("cannot write the key file " + keyFile.toUtf8())) &&
                     r.err.contains("No space left on device") && r.err.contains("free some space"),
                 r.err.constData());
        QVERIFY2(!QFile::exists(keyFile), "a partial key file was left behind");
        QCOMPARE(QDir(dir + u"/keys"_s).entryList(QDir::Files | QDir::Hidden), QStringList());
        UNCHANGED(path, keyFile, before, u"the first keys add on a full disk"_s);
    }
    QVERIFY(test::setFreeSpace(control, -1));
    r = test::run(test::claimsmithBinary(), add, {}, 60000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QFile(keyFile).size(), 45);
}

void TestStoreDiskFull::diskFullGeneratedKeyKeepsTheOldFile()
{
    // keys generate --out FILE --force writes the new key beside FILE and
    // puts it in place only when it is whole: on a full disk the old key
    // file stays as it was and nothing else is left in the folder.
    const QString dir = m_dir.filePath(u"generate"_s);
    QVERIFY(QDir().mkpath(dir));
    const QString keyFile = dir + u"/signing.jwk"_s;
    const QString control = m_dir.filePath(u"generate-free"_s);
    const QProcessEnvironment env =
        test::withSmallDisk(QProcessEnvironment::systemEnvironment(), dir, control);
    const QStringList generate = {u"keys"_s,  u"generate"_s, u"--alg"_s,  u"ES256"_s,
                                  u"--out"_s, keyFile,       u"--force"_s};
    QVERIFY(test::setFreeSpace(control, -1));
    test::ProcessResult r = test::run(test::claimsmithBinary(), generate, {}, 60000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::string old = test::readFile(keyFile);
    QVERIFY(old.find("\"d\"") != std::string::npos);
    for (const qint64 room : {0, 40}) { // no room, then room for part of the key
        QVERIFY(test::setFreeSpace(control, room));
        r = test::run(test::claimsmithBinary(), generate, {}, 60000, env);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains(QByteArray("cannot write " + keyFile.toUtf8())) &&
                     r.err.contains("No space left on device"),
                 r.err.constData());
        QCOMPARE(test::readFile(keyFile), old);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"signing.jwk"_s});
    }
    QVERIFY(test::setFreeSpace(control, -1));
    r = test::run(test::claimsmithBinary(), generate, {}, 60000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(test::readFile(keyFile) != old);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"signing.jwk"_s});
}

void TestStoreDiskFull::diskFullServerSaysSoAndKeepsServing()
{
    test::ServerProcess server;
    QString e = server.prepare(4);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString control = m_dir.filePath(u"server-free"_s);
    QVERIFY(test::setFreeSpace(control, -1));
    server.process().setProcessEnvironment(
        test::withSmallDisk(server.process().processEnvironment(), server.dir(), control));
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const std::string& key = server.adminKey;
    auto body = [](const json::Value& v) { return QByteArray::fromStdString(json::toString(v)); };
    auto etag = [](const test::HttpReply& r) { return r.header("etag"); };

    test::HttpReply r = server.request(
        "POST", u"/v1/users"_s, body(json::Value::object({{"email", "before@example.com"}})), key);
    QCOMPARE(r.status, 201);
    const QString userPath = u"/v1/users/"_s + QString::fromStdString(r.json.find("id")->string());
    const QByteArray userTag = etag(r);
    r = server.request("GET", u"/v1/templates/default"_s, {}, key);
    QCOMPARE(r.status, 200);
    const QByteArray templateTag = etag(r);
    r = server.request("GET", u"/v1/keys"_s, {}, key);
    QCOMPARE(r.status, 200);
    server.stop();
    const test::StoreSnapshot before =
        test::snapshotOf(server.storePath(), server.dir() + u"/store.key"_s);
    e = server.restart();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // The disk fills up. Every kind of write is answered with a problem
    // that says so; nothing changes.
    QVERIFY(test::setFreeSpace(control, 0));
    struct Write
    {
        QByteArray method;
        QString path;
        QByteArray body;
        QByteArray ifMatch;
    };
    const std::vector<Write> writes = {
        {"POST", u"/v1/users"_s, body(json::Value::object({{"email", "full@example.com"}})), {}},
        {"PATCH", userPath,
         body(json::Value::object({{"metadata", json::Value::object({{"plan", "pro"}})}})),
         userTag},
        {"POST", u"/v1/templates/default/promote"_s,
         body(json::Value::object({{"version", 1}, {"environment", "staging"}})), templateTag},
        {"POST",
         u"/v1/keys"_s,
         body(json::Value::object({{"alg", "ES256"}, {"state", "next"}})),
         {}},
    };
    for (const Write& w : writes) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!w.ifMatch.isEmpty())
            headers.append({"If-Match", w.ifMatch});
        r = server.request(w.method, w.path, w.body, key, headers);
        const QString what = QString::fromLatin1(w.method) + u' ' + w.path;
        QVERIFY2(r.status == 507,
                 qPrintable(what + u": HTTP %1 "_s.arg(r.status) + QString::fromUtf8(r.body)));
        QCOMPARE(r.header("content-type"), "application/problem+json"_ba);
        QVERIFY2(r.jsonOk, r.body.constData());
        QCOMPARE(r.json.find("type")->string(),
                 std::string("urn:claimsmith:problem:insufficient_storage"));
        QCOMPARE(r.json.find("status")->toInt64(), 507);
        const std::string detail = r.json.find("detail")->string();
        QVERIFY2(detail.find("is full; free some space") != std::string::npos,
                 qPrintable(what + u": "_s + QString::fromStdString(detail)));
        // Still up, still reading.
        QCOMPARE(server.request("GET", u"/healthz"_s).status, 200);
        QCOMPARE(server.request("GET", userPath, {}, key).status, 200);
    }
    // The WorkOS-compatible routes say it in WorkOS's shape.
    r = server.request("POST", u"/organizations"_s,
                       body(json::Value::object({{"name", "Full Disk Inc"}})), key);
    QVERIFY2(r.status == 507, r.body.constData());
    QVERIFY2(r.jsonOk && r.json.find("code") &&
                 r.json.find("code")->string() == "insufficient_storage" &&
                 r.json.find("message")->string().find("is full; free some space") !=
                     std::string::npos,
             r.body.constData());

    // RemoteStore raises what SqliteStore raises on a full disk: Unavailable
    // for a full disk, saying what to do; and reads go on through it.
    {
        store::RemoteOptions o;
        o.url = server.baseUrl().toStdString();
        o.apiKey = key;
        o.timeoutMs = 10000;
        store::RemoteStore remote(o);
        model::User u;
        u.email = "remote-full@example.com";
        const store::Result<model::User> created = remote.createUser(u);
        QVERIFY(!created);
        const store::Error& err = created.error();
        QVERIFY(err.kind == store::ErrorKind::Unavailable);
        QVERIFY(err.cause == store::Cause::DiskFull);
        QVERIFY2(err.message.find("is full; free some space") != std::string::npos &&
                     err.message.find(server.baseUrl().toStdString()) != std::string::npos,
                 err.message.c_str());
        const store::Result<model::User> read = remote.userByEmail("before@example.com");
        QVERIFY2(read, read.error().message.c_str());
    }

    r = server.request("GET", u"/v1/users?limit=100"_s, {}, key);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.find("data")->size(), std::size_t(5));
    QCOMPARE(server.request("GET", u"/.well-known/jwks.json"_s).status, 200);
    QVERIFY(server.process().state() == QProcess::Running);

    // Room again: the same server takes writes.
    QVERIFY(test::setFreeSpace(control, -1));
    r = server.request("POST", u"/v1/users"_s,
                       body(json::Value::object({{"email", "after@example.com"}})), key);
    QCOMPARE(r.status, 201);
    QCOMPARE(server.stop(), 0);
    // Nothing of the refused writes is there, and nothing else was lost.
    auto s = test::reopenStore(server.storePath(), server.dir() + u"/store.key"_s);
    QVERIFY(s);
    QVERIFY(test::integrityProblem(**s).isEmpty());
    QCOMPARE(*(*s)->userCount(), 6);
    QVERIFY((*s)->userByEmail("full@example.com").error().kind == store::ErrorKind::NotFound);
    QVERIFY((*s)->userByEmail("before@example.com"));
    std::size_t events = 0;
    for (const auto& [target, list] : test::auditByTarget(**s))
        events += list.size();
    QCOMPARE(events, before.auditEvents + 1); // the one write after the disk had room again
}

QTEST_GUILESS_MAIN(TestStoreDiskFull)
#include "tst_store_diskfull.moc"
