// `claimsmith validate` and `claimsmith render --context` exactly as
// spec/cli.md says: outputs, formats and exit codes. Runs the real binary
// without a display.

#include "TestSupport.h"
#include "json/Reader.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestCliTemplate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateText();
    void validateJson();
    void validateCleanTemplate();
    void validateFromStdin();
    void usageErrors();
    void renderPrintsCompactClaims();
    void renderKeepsExactNumbers();
    void renderReportsTemplateErrors();
    void renderReportsContextErrors();
    void inputFileLimit();
    void helpAndVersion();

private:
    QString write(const QString& name, const QByteArray& content);
    test::ProcessResult cli(const QStringList& args, const QByteArray& input = {});

    QTemporaryDir m_dir;
};

void TestCliTemplate::initTestCase()
{
    QVERIFY2(QFile::exists(test::claimsmithBinary()),
             qPrintable(u"the claimsmith binary is not built: "_s + test::claimsmithBinary()));
    QVERIFY(m_dir.isValid());
}

QString TestCliTemplate::write(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

test::ProcessResult TestCliTemplate::cli(const QStringList& args, const QByteArray& input)
{
    // No display: the command line must not need one.
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    return test::run(test::claimsmithBinary(), args, input);
}

void TestCliTemplate::validateText()
{
    const QString path = write(u"workos.json"_s, test::kWorkosAnnouncementTemplate);
    const auto r = cli({u"validate"_s, path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(
        lines[0],
        path +
            u":3:33: warning: write first_name instead of firstName: templates use snake_case [T104]"_s);
    QCOMPARE(
        lines[3],
        path +
            uR"(:3:64: error: expected ',' or '}' after the value of "urn:my_app:full_name", found the string "urn:my_app:department" [T001])"_s);
    QCOMPARE(lines[4], path + u":7:57: error: trailing comma before '}'; remove it [T002]"_s);
    QVERIFY(r.err.isEmpty());
}

void TestCliTemplate::validateJson()
{
    const QString path = write(u"workos.json"_s, test::kWorkosAnnouncementTemplate);
    const auto r = cli({u"validate"_s, path, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 1);
    const json::ParseResult parsed = json::parse(r.out.toStdString());
    QVERIFY2(parsed.ok, r.out.constData());
    QVERIFY(parsed.value.isArray());
    QCOMPARE(parsed.value.size(), std::size_t(5));
    const json::Value& d = parsed.value.array()[3];
    std::vector<std::string> keys;
    for (const json::Member& m : d.object())
        keys.push_back(m.key);
    QVERIFY((keys == std::vector<std::string>{"severity", "code", "message", "line", "column",
                                              "end_line", "end_column", "fix"}));
    QCOMPARE(d.find("severity")->string(), std::string("error"));
    QCOMPARE(d.find("code")->string(), std::string("T001"));
    QCOMPARE(d.find("line")->toInt64(), 3);
    QCOMPARE(d.find("column")->toInt64(), 64);
    const json::Value* fix = d.find("fix");
    QCOMPARE(fix->find("replacement")->string(), std::string(","));
    QCOMPARE(fix->find("line")->toInt64(), 3);
    QCOMPARE(fix->find("end_column")->toInt64(), 64);
    // A diagnostic without a fix has "fix": null.
    QVERIFY(parsed.value.array()[1].find("fix")->isNull());
}

void TestCliTemplate::validateCleanTemplate()
{
    const QString path = write(u"ok.json"_s, R"({"urn:a": {{ user.email }}, "tier": 1})");
    auto r = cli({u"validate"_s, path});
    QCOMPARE(r.exitCode, 0); // warnings only
    QVERIFY(r.out.contains("[T404]"));
    const QString clean = write(u"clean.json"_s, R"({"urn:a": {{ user.email }}})");
    r = cli({u"validate"_s, clean, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("[]"));
}

void TestCliTemplate::validateFromStdin()
{
    const auto r = cli({u"validate"_s, u"-"_s}, R"({"sub": 1})");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.startsWith("<stdin>:1:2: error: "), r.out.constData());
}

void TestCliTemplate::usageErrors()
{
    auto r = cli({u"validate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage: claimsmith validate"));
    r = cli({u"validate"_s, m_dir.filePath(u"nope.json"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("nope.json"), r.err.constData());
    r = cli({u"validate"_s, m_dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("directory"), r.err.constData());
    r = cli({u"validate"_s, write(u"x.json"_s, "{}"), u"--format"_s, u"yaml"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("text or json"));
    r = cli({u"validate"_s, u"--bogus"_s, u"x"_s});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"render"_s, write(u"y.json"_s, R"({"urn:a": 1})")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--context"));
    r = cli({u"frobnicate"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command"));
}

void TestCliTemplate::renderPrintsCompactClaims()
{
    const QString t = write(u"t.json"_s, R"({
  "urn:my_app:full_name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:my_app:tier": {{ organization.metadata.tier || 'bronze' }},
  "urn:my_app:roles": {{ organization_membership.roles | map: 'slug' }}
})");
    const QString ctx = write(u"ctx.json"_s, R"({
  "user": {"first_name": "Ada", "last_name": null},
  "organization": {"metadata": {}},
  "organization_membership": {"roles": [{"slug": "admin"}]}
})");
    const auto r = cli({u"render"_s, t, u"--context"_s, ctx});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        r.out,
        QByteArray(
            R"({"urn:my_app:full_name":"Ada","urn:my_app:tier":"bronze","urn:my_app:roles":["admin"]})"
            "\n"));
    QVERIFY2(r.err.isEmpty(), r.err.constData());
}

void TestCliTemplate::renderKeepsExactNumbers()
{
    const QString t = write(
        u"n.json"_s, R"({"urn:a": {{ user.metadata.id }}, "urn:b": {{ user.metadata.ratio }}})");
    const QString ctx = write(
        u"n-ctx.json"_s, R"({"user": {"metadata": {"id": 18446744073709551615, "ratio": 0.10}}})");
    const auto r = cli({u"render"_s, t, u"--context"_s, ctx});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray(R"({"urn:a":18446744073709551615,"urn:b":0.10})"
                               "\n"));
}

void TestCliTemplate::renderReportsTemplateErrors()
{
    const QString t = write(u"bad.json"_s, R"({"iss": 1})");
    const QString ctx = write(u"empty.json"_s, "{}");
    auto r = cli({u"render"_s, t, u"--context"_s, ctx});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(
        QString::fromUtf8(r.err).trimmed(),
        t + uR"(:1:2: error: "iss" is a reserved claim set by the token; remove it, or use a namespaced name such as "urn:my_app:iss" [T401])"_s);
    // A render error for this context: T301 with its place.
    const QString t2 = write(u"conv.json"_s, R"({"urn:n": {{ user.metadata.n | to_number }}})");
    const QString ctx2 = write(u"conv-ctx.json"_s, R"({"user": {"metadata": {"n": "many"}}})");
    r = cli({u"render"_s, t2, u"--context"_s, ctx2});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(":1:30: error: cannot turn \"many\" into a number"), r.err.constData());
    QVERIFY(r.err.contains("[T301]"));
}

void TestCliTemplate::renderReportsContextErrors()
{
    const QString t = write(u"ok2.json"_s, R"({"urn:a": {{ user.email }}})");
    auto r = cli({u"render"_s, t, u"--context"_s,
                  write(u"broken.json"_s, "{\n  \"user\": {\"email\": \"a\",}\n}")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("broken.json:2:"), r.err.constData());
    r = cli({u"render"_s, t, u"--context"_s, write(u"array.json"_s, "[]")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("must be a JSON object"), r.err.constData());
    r = cli({u"render"_s, t, u"--context"_s, write(u"userstr.json"_s, R"({"user": "x"})")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("\"user\" in the context must be an object"), r.err.constData());
    r = cli({u"render"_s, t, u"--context"_s,
             write(u"extra.json"_s, R"({"user": {"email": "e"}, "users": 1})")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("warning: unknown member \"users\""), r.err.constData());
    r = cli({u"render"_s, t, u"--context"_s, m_dir.filePath(u"missing.json"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("missing.json"), r.err.constData());
}

void TestCliTemplate::inputFileLimit()
{
    // A context of exactly 16 MB (padded with spaces) is read; one byte more is not.
    const QString t = write(u"limit.json"_s, R"({"urn:a": {{ user.email }}})");
    const QByteArray context = R"({"user": {"email": "a@example.com"}})";
    const qint64 limit = qint64{16} << 20;
    QByteArray padded = context + QByteArray(limit - context.size(), ' ');
    auto r = cli({u"render"_s, t, u"--context"_s, write(u"at.json"_s, padded)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray(R"({"urn:a":"a@example.com"})"));
    padded += ' ';
    const QString over = write(u"over.json"_s, padded);
    r = cli({u"render"_s, t, u"--context"_s, over});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(QString::fromUtf8(r.err.trimmed()),
             u"claimsmith: cannot read %1: it is over 16 MB, the limit for a file that is read "
             "whole (templates, contexts, keys)"_s.arg(over));
    // The same on stdin.
    r = cli({u"validate"_s, u"-"_s}, padded);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("cannot read <stdin>: it is over 16 MB"), r.err.constData());
}

void TestCliTemplate::helpAndVersion()
{
    auto r = cli({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("claimsmith "));
    r = cli({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("validate"));
    QVERIFY(r.out.contains("render"));
    for (const QString& cmd : {u"validate"_s, u"render"_s}) {
        r = cli({cmd, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        const QByteArray usage = "Usage: claimsmith " + cmd.toUtf8();
        QVERIFY2(r.out.startsWith(usage), r.out.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliTemplate)
#include "tst_cli_template.moc"
