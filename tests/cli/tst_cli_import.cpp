// `claimsmith import` and `claimsmith export` as spec/cli.md says: exit codes
// 0/1/2, FILE:LINE messages and the summary on standard error, dry runs,
// --out, and the files and options that are refused.

#include "TempStore.h"
#include "TestSupport.h"
#include "jose/Key.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importCsvThenExportThenImportAgain();
    void badRecordsAreNamedWithFileAndLine();
    void abortIsTheDefault();
    void dryRun();
    void readsStandardInput();
    void exportNotesSigningKeys();
    void usageErrors_data();
    void usageErrors();
    void filesThatCannotBeReadOrWritten();

private:
    QString write(const QString& name, const QByteArray& content);
    QString data(const QString& name) const;
    test::ProcessResult cli(const QStringList& args, const QByteArray& input = {});
    QByteArray exportOf(const QString& store);

    QTemporaryDir m_dir;
};

void TestCliImport::initTestCase()
{
    QVERIFY2(QFile::exists(test::claimsmithBinary()), "the claimsmith binary is not built");
    QVERIFY(m_dir.isValid());
    qputenv("CLAIMSMITH_KEY_FILE", m_dir.filePath(u"keys"_s).toLocal8Bit());
}

QString TestCliImport::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString TestCliImport::data(const QString& name) const
{
    return test::sourcePath(u"tests/data/import/"_s + name);
}

test::ProcessResult TestCliImport::cli(const QStringList& args, const QByteArray& input)
{
    return test::run(test::claimsmithBinary(), args, input);
}

QByteArray TestCliImport::exportOf(const QString& store)
{
    const auto r = cli({u"export"_s, u"--store"_s, store});
    if (r.exitCode != 0)
        qFatal("export failed: %s", r.err.constData());
    return r.out;
}

void TestCliImport::importCsvThenExportThenImportAgain()
{
    const QString store = m_dir.filePath(u"round.claimsmith"_s);
    const QString csv = write(u"good.csv"_s, "email,first_name,metadata.plan\n"
                                             "ada@example.com,Ada,pro\n"
                                             "bob@example.com,Bob,\"{\"\"tier\"\":2}\"\n");
    auto r = cli({u"import"_s, csv, u"--store"_s, store, u"--format"_s, u"csv"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("claimsmith: imported 2 users (0 skipped) in "), r.err.constData());
    QVERIFY(r.out.isEmpty());

    const QString out = m_dir.filePath(u"export.jsonl"_s);
    r = cli({u"export"_s, u"--store"_s, store, u"--out"_s, out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("claimsmith: exported 2 users, 0 organizations"), r.err.constData());
    QVERIFY(!r.err.contains("signing keys"));
    QVERIFY2(r.err.count('\n') == 1, r.err.constData()); // the summary line and nothing else
    const std::string text = test::readFile(out);
    QVERIFY(text.starts_with(R"({"type":"settings","limits_profile":"default","issuer":")"));
    QCOMPARE(QByteArray::fromStdString(text), exportOf(store)); // --out and stdout agree

    const QString copy = m_dir.filePath(u"copy.claimsmith"_s);
    r = cli({u"import"_s, out, u"--store"_s, copy, u"--format"_s, u"jsonl"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("imported 2 users, 1 settings line (0 skipped)"), r.err.constData());
    QCOMPARE(exportOf(copy), QByteArray::fromStdString(text));
}

void TestCliImport::badRecordsAreNamedWithFileAndLine()
{
    const QString store = m_dir.filePath(u"skip.claimsmith"_s);
    const QString file = data(u"broken.jsonl"_s);
    const auto r = cli({u"import"_s, file, u"--store"_s, store, u"--format"_s, u"jsonl"_s,
                        u"--on-error"_s, u"skip"_s});
    QCOMPARE(r.exitCode, 1);
    const QByteArray f = file.toUtf8();
    QVERIFY2(r.err.contains(QByteArray(f + ":6: email: must be a string, not a number\n")),
             r.err.constData());
    QVERIFY2(r.err.contains(QByteArray(f + ":8: duplicate email BOB@example.com (held by "
                                           "user_01HZX0000000000000000000B1)\n")),
             r.err.constData());
    QVERIFY2(r.err.contains(QByteArray(f + ":10: roles[1]: there is no role \"owner\"")),
             r.err.constData());
    QVERIFY2(r.err.contains(QByteArray(f + ":13: note: signing key ")), r.err.constData());
    QVERIFY2(r.err.contains(QByteArray(f + ":14: not valid JSON")), r.err.constData());
    QVERIFY2(r.err.contains("claimsmith: imported 1 user, 1 organization, 1 role, 1 permission, "
                            "1 settings line (8 skipped, 1 ignored) in "),
             r.err.constData());
    // Every record that was fine is in.
    QVERIFY(exportOf(store).contains("bob@example.com"));

    // A clean skip run exits 0.
    const QString good = write(u"good.jsonl"_s, R"({"type":"settings","issuer":"https://x"})"
                                                "\n");
    const auto ok = cli({u"import"_s, good, u"--store"_s, store, u"--format"_s, u"jsonl"_s,
                         u"--on-error"_s, u"skip"_s});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
}

void TestCliImport::abortIsTheDefault()
{
    const QString store = m_dir.filePath(u"abort.claimsmith"_s);
    const QString csv = write(u"first.csv"_s, "email\nfirst@example.com\n");
    QCOMPARE(cli({u"import"_s, csv, u"--store"_s, store, u"--format"_s, u"csv"_s}).exitCode, 0);
    const QByteArray before = exportOf(store);
    const QString file = data(u"users.csv"_s);
    const auto r = cli({u"import"_s, file, u"--store"_s, store, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.err.contains(QByteArray(file.toUtf8() + ":6: email_verified: must be true or false")),
        r.err.constData());
    QVERIFY2(!r.err.contains(":7:"), r.err.constData()); // it stopped at the first
    QVERIFY2(r.err.contains("claimsmith: imported nothing: stopped at the first bad record, the "
                            "store is unchanged"),
             r.err.constData());
    QCOMPARE(exportOf(store), before);
}

void TestCliImport::dryRun()
{
    const QString store = m_dir.filePath(u"dry.claimsmith"_s);
    const QString csv = write(u"seed.csv"_s, "email\nseed@example.com\n");
    QCOMPARE(cli({u"import"_s, csv, u"--store"_s, store, u"--format"_s, u"csv"_s}).exitCode, 0);
    const QByteArray before = exportOf(store);

    const QString file = data(u"auth0-export.ndjson"_s);
    const auto dry = cli({u"import"_s, file, u"--store"_s, store, u"--format"_s, u"auth0"_s,
                          u"--dry-run"_s, u"--on-error"_s, u"skip"_s});
    QCOMPARE(dry.exitCode, 1); // a real run would skip records
    QVERIFY2(dry.err.contains("claimsmith: dry run: would import 2 users (6 skipped)"),
             dry.err.constData());
    QVERIFY2(dry.err.contains("; nothing was written"), dry.err.constData());
    QCOMPARE(exportOf(store), before);

    const auto real = cli({u"import"_s, file, u"--store"_s, store, u"--format"_s, u"auth0"_s,
                           u"--on-error"_s, u"skip"_s});
    QCOMPARE(real.exitCode, 1);
    // The same problems, line for line (the ids of users made by the import differ).
    auto problems = [](const QByteArray& err) {
        QList<QByteArray> lines = err.split('\n');
        lines.removeIf([](const QByteArray& l) { return l.startsWith("claimsmith:"); });
        for (QByteArray& l : lines) {
            const qsizetype held = l.indexOf(" (held by ");
            if (held >= 0)
                l.truncate(held);
        }
        return lines;
    };
    QCOMPARE(problems(dry.err), problems(real.err));
    QVERIFY(exportOf(store) != before);

    // A clean dry run exits 0 and writes nothing either.
    const QString store2 = m_dir.filePath(u"dry2.claimsmith"_s);
    QCOMPARE(cli({u"import"_s, csv, u"--store"_s, store2, u"--format"_s, u"csv"_s}).exitCode, 0);
    const QByteArray before2 = exportOf(store2);
    const QString more = write(u"more.csv"_s, "email\nmore@example.com\n");
    const auto ok =
        cli({u"import"_s, more, u"--store"_s, store2, u"--format"_s, u"csv"_s, u"--dry-run"_s});
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
    QVERIFY2(ok.err.contains("dry run: would import 1 user (0 skipped)"), ok.err.constData());
    QCOMPARE(exportOf(store2), before2);
}

void TestCliImport::readsStandardInput()
{
    const QString store = m_dir.filePath(u"stdin.claimsmith"_s);
    const auto r = cli({u"import"_s, u"-"_s, u"--store"_s, store, u"--format"_s, u"csv"_s,
                        u"--on-error"_s, u"skip"_s, u"--progress"_s},
                       "email,email_verified\na@example.com,yes\nb@example.com,perhaps\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("<stdin>:3: email_verified: must be true or false, not \"perhaps\""),
             r.err.constData());
    QVERIFY2(r.err.contains("imported 1 user (1 skipped)"), r.err.constData());
}

void TestCliImport::exportNotesSigningKeys()
{
    {
        test::TempStore s;
        jose::Key key;
        std::string error;
        QVERIFY(jose::Key::generate(jose::Algorithm::ES256, 0, key, error));
        QVERIFY(s->addSigningKey(key, model::KeyState::Active));
        QVERIFY(jose::Key::generate(jose::Algorithm::EdDSA, 0, key, error));
        QVERIFY(s->addSigningKey(key, model::KeyState::Next));
        // The key file is the test store's own; the export needs public parts only.
        qputenv("CLAIMSMITH_KEY_FILE", s.keyFile().toLocal8Bit());
        const auto r = cli({u"export"_s, u"--store"_s, s.location()});
        qputenv("CLAIMSMITH_KEY_FILE", m_dir.filePath(u"keys"_s).toLocal8Bit());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("claimsmith: 2 signing keys not exported: private keys never "
                                "leave the store; add keys to the new store with claimsmith keys "
                                "add\n"),
                 r.err.constData());
        QCOMPARE(r.out.count("{\"type\":\"signing_key\""), 2);
        QVERIFY(!r.out.contains("\"d\":"));
    }
}

void TestCliImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString csv = data(u"users.csv"_s);
    const QString store = m_dir.filePath(u"usage.claimsmith"_s);
    QTest::newRow("unknown format")
        << QStringList{u"import"_s, csv, u"--store"_s, store, u"--format"_s, u"xml"_s}
        << "unknown format \"xml\"";
    QTest::newRow("no format") << QStringList{u"import"_s, csv, u"--store"_s, store}
                               << "import needs --format";
    QTest::newRow("no store") << QStringList{u"import"_s, csv, u"--format"_s, u"csv"_s}
                              << "import needs --store";
    QTest::newRow("no file") << QStringList{u"import"_s, u"--store"_s, store, u"--format"_s,
                                            u"csv"_s}
                             << "missing argument";
    QTest::newRow("bad on-error") << QStringList{u"import"_s,     csv,           u"--store"_s,
                                                 store,           u"--format"_s, u"csv"_s,
                                                 u"--on-error"_s, u"ignore"_s}
                                  << "--on-error takes abort or skip";
    QTest::newRow("export format")
        << QStringList{u"export"_s, u"--store"_s, store, u"--format"_s, u"csv"_s}
        << "unknown export format \"csv\"";
    QTest::newRow("export without store") << QStringList{u"export"_s} << "export needs --store";
}

void TestCliImport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath(u"usage.claimsmith"_s)));
}

void TestCliImport::filesThatCannotBeReadOrWritten()
{
    const QString store = m_dir.filePath(u"files.claimsmith"_s);
    auto r = cli({u"import"_s, m_dir.filePath(u"missing.csv"_s), u"--store"_s, store, u"--format"_s,
                  u"csv"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray("cannot read " + m_dir.filePath(u"missing.csv"_s).toUtf8())),
             r.err.constData());
    QVERIFY(!QFile::exists(store)); // nothing was created for a file that is not there
    r = cli({u"import"_s, m_dir.path(), u"--store"_s, store, u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("it is a directory"), r.err.constData());
    // A dry run does not create the store.
    r = cli({u"import"_s, data(u"users.csv"_s), u"--store"_s, store, u"--format"_s, u"csv"_s,
             u"--dry-run"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(store));
    // export: a store that is not there, an output that cannot be written.
    r = cli({u"export"_s, u"--store"_s, store});
    QCOMPARE(r.exitCode, 2);
    const QString csv = write(u"one.csv"_s, "email\none@example.com\n");
    QCOMPARE(cli({u"import"_s, csv, u"--store"_s, store, u"--format"_s, u"csv"_s}).exitCode, 0);
    r = cli(
        {u"export"_s, u"--store"_s, store, u"--out"_s, m_dir.filePath(u"no/such/dir/x.jsonl"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
    // A file that is not a store.
    const QString notStore = write(u"not-a-store.claimsmith"_s, "hello");
    r = cli({u"export"_s, u"--store"_s, notStore});
    QVERIFY2(r.exitCode == 1 || r.exitCode == 2, r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
