// The files Claimsmith makes that hold secrets or personal data are the
// owner's alone (0600), whatever the umask: a store and SQLite's -wal and
// -shm files beside it (made by the CLI and by the server), the key file
// that seals a store's private keys (and a folder made for it: 0700, while
// a folder that was there keeps its mode), private keys written by
// `keys generate --out`, over an existing file too, and exports written by
// `export --out` (every user's data), which replace an existing file whole.

#include "FaultSupport.h"
#include "ServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

// The permission bits of a file; -1 when it is not there.
int modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QString octal(int mode)
{
    return mode < 0 ? u"missing"_s : u"0"_s + QString::number(mode, 8);
}

// `claimsmith ARGS` with the given umask.
test::ProcessResult runWithUmask(mode_t mask, const QStringList& args,
                                 const QProcessEnvironment& env)
{
    test::ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([mask] { ::umask(mask); });
    p.start(test::claimsmithBinary(), args);
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        r.err = "did not run: " + p.errorString().toUtf8();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestFileModes : public QObject
{
    Q_OBJECT

private slots:
    void storesAndKeyFilesAreTheOwners_data();
    void storesAndKeyFilesAreTheOwners();
    void keyFileInItsDefaultPlaceIsTheOwners();
    void theServersWalAndShmAreTheOwners();
    void privateKeyFilesAreTheOwners_data();
    void privateKeyFilesAreTheOwners();
    void exportsAreTheOwners_data();
    void exportsAreTheOwners();
};

#define MODE_IS(path, expected)                                                                    \
    QVERIFY2(modeOf(path) == (expected),                                                           \
             qPrintable((path) + u" is "_s + octal(modeOf(path)) + u", not "_s + octal(expected)))

void TestFileModes::storesAndKeyFilesAreTheOwners_data()
{
    QTest::addColumn<int>("umask");
    QTest::newRow("umask 000") << 0;
    QTest::newRow("umask 022") << 022;
    QTest::newRow("umask 277") << 0277; // the owner's own write bit masked
}

void TestFileModes::storesAndKeyFilesAreTheOwners()
{
    QFETCH(int, umask);
    const auto mask = static_cast<mode_t>(umask);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);

    // A store made by demo, its key file in a folder made for it.
    const QString demo = dir.filePath(u"demo.claimsmith"_s);
    const QString keyFolder = dir.filePath(u"keys"_s);
    const QString keyFile = keyFolder + u"/demo.key"_s;
    test::ProcessResult r = runWithUmask(
        mask, {u"demo"_s, u"--store"_s, demo, u"--users"_s, u"3"_s, u"--orgs"_s, u"1"_s},
        test::childEnvironment(keyFile));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(demo, 0600);
    MODE_IS(keyFile, 0600);
    MODE_IS(keyFolder, 0700);
    QCOMPARE(QDir(keyFolder).entryList(QDir::Files | QDir::Hidden), QStringList{u"demo.key"_s});

    // A store made by import, and its first key: the key file beside it in
    // a folder that was there already, which keeps its mode.
    const QString input = dir.filePath(u"users.jsonl"_s);
    QVERIFY(test::writeUsersFile(input, 3, "mode"));
    const QString imported = dir.filePath(u"imported.claimsmith"_s);
    const QString besideKey = dir.filePath(u"imported.key"_s);
    r = runWithUmask(mask, {u"import"_s, input, u"--store"_s, imported, u"--format"_s, u"jsonl"_s},
                     test::childEnvironment(besideKey));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(imported, 0600);
    r = runWithUmask(mask, {u"keys"_s, u"add"_s, u"--store"_s, imported, u"--alg"_s, u"ES256"_s},
                     test::childEnvironment(besideKey));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(besideKey, 0600);
    MODE_IS(dir.path(), 0755);
}

void TestFileModes::keyFileInItsDefaultPlaceIsTheOwners()
{
    // Without CLAIMSMITH_KEY_FILE the key file goes to the user's config
    // folder, into a folder made for it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = test::childEnvironment(QString());
    env.remove(u"CLAIMSMITH_KEY_FILE"_s);
    const QString config = dir.filePath(u"config"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    const QString store = dir.filePath(u"store.claimsmith"_s);
    const test::ProcessResult r =
        runWithUmask(0, {u"demo"_s, u"--store"_s, store, u"--users"_s, u"2"_s}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(store, 0600);
    const QString keys = config + u"/claimsmith/keys"_s;
    const QStringList made = QDir(keys).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(made.size(), 1);
    MODE_IS(keys + u'/' + made.first(), 0600);
    MODE_IS(keys, 0700);
}

void TestFileModes::theServersWalAndShmAreTheOwners()
{
    // The server makes -wal and -shm as it writes; they hold the store's
    // data, so they are the owner's as the store is.
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    MODE_IS(server.storePath(), 0600);
    server.process().setChildProcessModifier([] { ::umask(0); });
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const test::HttpReply r =
        server.request("POST", u"/v1/users"_s, R"({"email":"modes@example.com"})", server.adminKey);
    QCOMPARE(r.status, 201);
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString path = server.storePath() + QLatin1StringView(suffix);
        QVERIFY2(QFile::exists(path), qPrintable(path + u" is not there while serving"_s));
        MODE_IS(path, 0600);
    }
    QCOMPARE(server.stop(), 0);
}

void TestFileModes::privateKeyFilesAreTheOwners_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("ES256") << u"ES256"_s;
    QTest::newRow("HS256 (a secret)") << u"HS256"_s;
}

void TestFileModes::privateKeyFilesAreTheOwners()
{
    QFETCH(QString, alg);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QProcessEnvironment env = test::childEnvironment(dir.filePath(u"unused.key"_s));
    const QString out = dir.filePath(u"key.jwk"_s);
    test::ProcessResult r =
        runWithUmask(0, {u"keys"_s, u"generate"_s, u"--alg"_s, alg, u"--out"_s, out}, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(out, 0600);
    // Over a file that was readable by everyone.
    QVERIFY(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
    r = runWithUmask(0, {u"keys"_s, u"generate"_s, u"--alg"_s, alg, u"--out"_s, out, u"--force"_s},
                     env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(out, 0600);
}

void TestFileModes::exportsAreTheOwners_data()
{
    storesAndKeyFilesAreTheOwners_data();
}

void TestFileModes::exportsAreTheOwners()
{
    QFETCH(int, umask);
    const auto mask = static_cast<mode_t>(umask);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString store = test::makeDemoStore(dir.filePath(u"store"_s));
    QVERIFY(!store.isEmpty());
    const QProcessEnvironment env = test::childEnvironment(dir.filePath(u"store/store.key"_s));
    const QString outDir = dir.filePath(u"out"_s);
    QVERIFY(QDir().mkpath(outDir));
    const QString out = outDir + u"/export.jsonl"_s;
    const QStringList exportArgs = {u"export"_s, u"--store"_s, store, u"--out"_s, out};
    auto inode = [](const QString& path) {
        struct stat st;
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
    };

    // A new file.
    test::ProcessResult r = runWithUmask(mask, exportArgs, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(out, 0600);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray exported = f.readAll();
    f.close();
    QVERIFY2(exported.contains("\"email\""), exported.left(200).constData());

    // Over a file that was readable by everyone: replaced by another file
    // (a rename, so a reader sees the old file or the new one whole), 0600.
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("old\n");
    f.close();
    QVERIFY(::chmod(QFile::encodeName(out).constData(), 0644) == 0);
    const ino_t before = inode(out);
    r = runWithUmask(mask, exportArgs, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    MODE_IS(out, 0600);
    QVERIFY2(inode(out) != before, "the export was written into the old file, not beside it");
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), exported);
    f.close();
    // Nothing is left beside it.
    QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden), QStringList{u"export.jsonl"_s});

    // An export that fails half-way (its disk fills up) leaves the old
    // file as it was, and nothing beside it.
    const QString control = dir.filePath(u"free"_s);
    QVERIFY(test::setFreeSpace(control, 100));
    r = runWithUmask(mask, exportArgs, test::withSmallDisk(env, outDir, control));
    QVERIFY2(r.exitCode != 0 && r.err.contains("No space left on device"), r.err.constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), exported);
    f.close();
    QCOMPARE(QDir(outDir).entryList(QDir::Files | QDir::Hidden), QStringList{u"export.jsonl"_s});
}

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_file_modes.moc"
