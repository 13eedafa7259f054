// `claimsmith rollout-check`: the text and JSON reports on a demo store, and
// each exit code: 0 nothing fails and nothing is over budget, 1 something
// does (or the candidate has errors), 2 usage errors and what cannot be read.

#include "TestSupport.h"
#include "json/Reader.h"
#include "store/SqliteStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestCliRollout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameVersionText();
    void candidateJson();
    void storedVersion();
    void failuresExitOne();
    void overBudgetExitsOne();
    void candidateWithErrors();
    void usageErrors_data();
    void usageErrors();
    void unreadableFiles();
    void help();
    void ctrlCCancels();

private:
    test::ProcessResult cli(const QStringList& args);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString write(const QString& name, const std::string& text);
    json::Value jsonOf(const test::ProcessResult& r);
    std::string demoTemplate();

    QTemporaryDir m_dir;
    QString m_store;
};

test::ProcessResult TestCliRollout::cli(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, path(u"keys.key"_s));
    env.remove(u"CLAIMSMITH_PASSPHRASE"_s);
    return test::run(test::claimsmithBinary(), args, {}, 120000, env);
}

QString TestCliRollout::write(const QString& name, const std::string& text)
{
    QFile f(path(name));
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(name));
    f.write(QByteArray::fromStdString(text));
    return path(name);
}

json::Value TestCliRollout::jsonOf(const test::ProcessResult& r)
{
    const json::ParseResult parsed = json::parse(r.out.toStdString());
    if (!parsed.ok)
        qFatal("not JSON: %s\n%s", parsed.error.toString().c_str(), r.out.constData());
    return parsed.value;
}

std::string TestCliRollout::demoTemplate()
{
    auto s = store::SqliteStore::open(m_store.toStdString(), {});
    if (!s)
        qFatal("%s", s.error().message.c_str());
    return (*s)->templateVersion("default", 1)->content;
}

void TestCliRollout::initTestCase()
{
    QVERIFY(QFile::exists(test::claimsmithBinary()));
    QVERIFY(m_dir.isValid());
    qputenv("CLAIMSMITH_KEY_FILE", path(u"keys.key"_s).toLocal8Bit());
    qunsetenv("CLAIMSMITH_PASSPHRASE");
    m_store = path(u"demo.claimsmith"_s);
    const auto r =
        cli({u"demo"_s, u"--store"_s, m_store, u"--users"_s, u"300"_s, u"--orgs"_s, u"8"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliRollout::sameVersionText()
{
    // The production version against itself: nothing changes, exit 0.
    const auto r = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                        u"--version"_s, u"1"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    for (const char* part : {"Rollout check of template \"default\": version 1 against production "
                             "version 1",
                             "Checked 300 users", "  unchanged      300", "budget 1,200 bytes",
                             "Largest tokens", "Result: no user fails to render"})
        QVERIFY2(r.out.contains(part), QByteArray(QByteArray(part) + "\n" + r.out).constData());
    // Not a terminal: one final line on stderr.
    QVERIFY2(r.err.startsWith("claimsmith: checked 300 users ("), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
}

void TestCliRollout::candidateJson()
{
    std::string t = demoTemplate();
    const std::string from = "user.user_metadata.theme || 'system'";
    t.replace(t.find(from), from.size(), "user.user_metadata.theme || 'light'");
    const QString file = write(u"theme.json"_s, t);
    const auto r = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                        u"--candidate"_s, file, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json::Value j = jsonOf(r);
    QCOMPARE(j.find("users_checked")->toInt64(), std::int64_t(300));
    QCOMPARE(j.find("failed")->toInt64(), std::int64_t(0));
    QCOMPARE(j.find("over_budget")->toInt64(), std::int64_t(0));
    const std::int64_t changed = j.find("changed")->toInt64();
    QVERIFY(changed > 0 && changed < 300);
    QCOMPARE(changed + j.find("unchanged")->toInt64(), std::int64_t(300));
    QVERIFY(j.find("candidate_version")->isNull());
    QCOMPARE(j.find("production_version")->toInt64(), std::int64_t(1));
    const json::Array& claims = j.find("claims")->array();
    QCOMPARE(claims.size(), std::size_t(1));
    QCOMPARE(claims[0].find("claim")->string(), std::string("urn:demo:theme"));
    QCOMPARE(claims[0].find("change")->string(), std::string("changed"));
    const json::Value& example = claims[0].find("examples")->array().at(0);
    QCOMPARE(example.find("before")->string(), std::string("system"));
    QCOMPARE(example.find("after")->string(), std::string("light"));
}

void TestCliRollout::storedVersion()
{
    {
        auto s = store::SqliteStore::open(m_store.toStdString(), {});
        QVERIFY(s);
        const auto t = (*s)->templateByName("default");
        std::string content = (*s)->templateVersion("default", 1)->content;
        content.replace(content.find("'bronze'"), 8, "'tin'");
        QVERIFY((*s)->addTemplateVersion("default", content, "tin", t->version));
    }
    const auto r = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                        u"--version"_s, u"2"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json::Value j = jsonOf(r);
    QCOMPARE(j.find("candidate_version")->toInt64(), std::int64_t(2));
    QCOMPARE(j.find("failed")->toInt64(), std::int64_t(0));
}

void TestCliRollout::failuresExitOne()
{
    // A conversion that fails where the user has a cost center only.
    std::string t = demoTemplate();
    t.replace(t.find("  \"urn:demo:sign_in\""), 0,
              "  \"urn:demo:cc\": {{ user.metadata.cost_center | to_number }},\n");
    const QString file = write(u"cc.json"_s, t);
    const auto text = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                           u"--candidate"_s, file});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("Failures (") && text.out.contains("T301 at "),
             text.out.constData());
    const auto r = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                        u"--candidate"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 1);
    const json::Value j = jsonOf(r);
    const std::int64_t failed = j.find("failed")->toInt64();
    QVERIFY(failed > 0 && failed < 300);
    const json::Value& first = j.find("failures")->array().at(0);
    QCOMPARE(first.find("code")->string(), std::string("T301"));
    QCOMPARE(first.find("claim")->string(), std::string("urn:demo:cc"));
    QVERIFY(first.find("line")->toInt64() > 1);
}

void TestCliRollout::overBudgetExitsOne()
{
    // The user's and the organization's metadata, twice each: some tokens
    // go over 1,200 bytes.
    const QString file = write(u"big.json"_s, R"({
  "urn:demo:m1": {{ user.metadata }},
  "urn:demo:m2": {{ user.metadata | json }},
  "urn:demo:o1": {{ organization.metadata }},
  "urn:demo:o2": {{ organization.metadata | json }}
})");
    const auto r = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                        u"--candidate"_s, file, u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 1);
    const json::Value j = jsonOf(r);
    QVERIFY(j.find("over_budget")->toInt64() > 0);
    const json::Value& sizes = *j.find("sizes");
    QVERIFY(!sizes.find("over_budget")->array().empty());
    QVERIFY(sizes.find("largest")->array().at(0).find("bytes")->toInt64() > 1200);
    const std::int64_t overTokens = j.find("tokens")->find("over_budget")->toInt64();

    const auto text = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                           u"--candidate"_s, file});
    QCOMPARE(text.exitCode, 1);
    const QByteArray heading = "Over budget (" +
                               QByteArray::number(static_cast<qlonglong>(overTokens)) +
                               " tokens; first by user id)";
    QVERIFY2(text.out.contains(heading), text.out.constData());
    // The summary lists ten; JSON has the rest.
    if (overTokens > 10) {
        const QByteArray rest =
            "... and " + QByteArray::number(static_cast<qlonglong>(overTokens - 10)) + " more";
        QVERIFY2(text.out.contains(rest), text.out.constData());
    }
}

void TestCliRollout::candidateWithErrors()
{
    const QString file = write(u"bad.json"_s, "{\n  \"urn:a\": {{ usr.email }}\n}");
    // "usr" starts at column 15 of line 2.
    const auto r = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s, u"default"_s,
                        u"--candidate"_s, file});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains((file + u":2:15: error: "_s).toUtf8()) && r.err.contains("[T101]"),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliRollout::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString store = path(u"demo.claimsmith"_s);
    QTest::newRow("no store") << QStringList{u"--template"_s, u"default"_s, u"--version"_s, u"1"_s}
                              << u"needs --store"_s;
    QTest::newRow("no template") << QStringList{u"--store"_s, store, u"--version"_s, u"1"_s}
                                 << u"needs --template"_s;
    QTest::newRow("no candidate") << QStringList{u"--store"_s, store, u"--template"_s, u"default"_s}
                                  << u"--candidate FILE or as --version N"_s;
    QTest::newRow("both") << QStringList{u"--store"_s,   store,  u"--template"_s,  u"default"_s,
                                         u"--version"_s, u"1"_s, u"--candidate"_s, u"x.json"_s}
                          << u"one of them"_s;
    QTest::newRow("bad version") << QStringList{u"--store"_s, store,          u"--template"_s,
                                                u"default"_s, u"--version"_s, u"two"_s}
                                 << u"--version takes"_s;
    QTest::newRow("bad format") << QStringList{u"--store"_s,  store,          u"--template"_s,
                                               u"default"_s,  u"--version"_s, u"1"_s,
                                               u"--format"_s, u"xml"_s}
                                << u"--format takes text or json"_s;
    QTest::newRow("unknown template")
        << QStringList{u"--store"_s, store, u"--template"_s, u"nope"_s, u"--version"_s, u"1"_s}
        << u"no template named \"nope\"; the store has: default"_s;
    QTest::newRow("unknown version")
        << QStringList{u"--store"_s, store, u"--template"_s, u"default"_s, u"--version"_s, u"99"_s}
        << u"has no version 99"_s;
    QTest::newRow("extra argument")
        << QStringList{u"--store"_s,   store,  u"--template"_s, u"default"_s,
                       u"--version"_s, u"1"_s, u"surplus"_s}
        << u"unexpected argument"_s;
}

void TestCliRollout::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const auto r = cli(QStringList{u"rollout-check"_s} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliRollout::unreadableFiles()
{
    const auto noStore = cli({u"rollout-check"_s, u"--store"_s, path(u"missing.claimsmith"_s),
                              u"--template"_s, u"default"_s, u"--version"_s, u"1"_s});
    QCOMPARE(noStore.exitCode, 2);
    QVERIFY2(noStore.err.contains("missing.claimsmith"), noStore.err.constData());
    const auto noCandidate = cli({u"rollout-check"_s, u"--store"_s, m_store, u"--template"_s,
                                  u"default"_s, u"--candidate"_s, path(u"missing.json"_s)});
    QCOMPARE(noCandidate.exitCode, 2);
    QVERIFY2(noCandidate.err.contains("cannot read") && noCandidate.err.contains("missing.json"),
             noCandidate.err.constData());
}

void TestCliRollout::help()
{
    const auto r = cli({u"rollout-check"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char* part :
         {"claimsmith rollout-check --store FILE --template NAME (--candidate FILE | --version N) "
          "[--format text|json]",
          "Exit codes:", "0  the check ran", "users_checked", "docs/rollout-check.md"})
        QVERIFY2(r.out.contains(part), r.out.constData());
    QVERIFY(cli({u"--help"_s}).out.contains("rollout-check"));
}

void TestCliRollout::ctrlCCancels()
{
    // A store big enough that the check is still running when Ctrl-C comes.
    constexpr int kUsers = 30000;
    const QString big = path(u"big.claimsmith"_s);
    const auto demo = cli({u"demo"_s, u"--store"_s, big, u"--users"_s, QString::number(kUsers),
                           u"--orgs"_s, u"50"_s});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());

    // Standard error on a pseudo-terminal, so that progress shows as it
    // does for someone at a terminal.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY2(master >= 0, "no pseudo-terminal");
    QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
    const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY2(slave >= 0, "cannot open the pseudo-terminal's other end");
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, path(u"keys.key"_s));
    p.setProcessEnvironment(env);
    p.setChildProcessModifier([slave] { ::dup2(slave, STDERR_FILENO); });
    p.start(test::claimsmithBinary(), {u"rollout-check"_s, u"--store"_s, big, u"--template"_s,
                                       u"default"_s, u"--version"_s, u"1"_s});
    QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
    ::close(slave);

    QByteArray terminal;
    auto readTerminal = [&] {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                return;
            terminal.append(buffer, n);
        }
    };
    QElapsedTimer clock;
    clock.start();
    // Never without a deadline: progress first...
    while (!terminal.contains("claimsmith: checked ") && p.state() != QProcess::NotRunning &&
           clock.elapsed() < 60000) {
        p.waitForFinished(5);
        readTerminal();
    }
    const bool running = p.state() == QProcess::Running;
    if (running)
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
    // ...then the end.
    const bool ended = p.waitForFinished(60000);
    readTerminal();
    ::close(master);
    if (!ended) {
        p.kill();
        p.waitForFinished(5000);
    }
    const QByteArray early =
        "the check ended before Ctrl-C could be sent (make the store bigger): " + terminal;
    QVERIFY2(running, early.constData());
    QVERIFY2(ended, "Ctrl-C did not end the check within a minute");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 130);
    // No report pretending to be complete: nothing on standard output.
    QCOMPARE(p.readAllStandardOutput(), QByteArray());
    const QRegularExpression said(
        u"claimsmith: rollout check cancelled after ([0-9,]+) of 30,000 users; no report"_s);
    const QRegularExpressionMatch m = said.match(QString::fromUtf8(terminal));
    QVERIFY2(m.hasMatch(), terminal.constData());
    const int done = m.captured(1).remove(u',').toInt();
    QVERIFY2(done < kUsers, terminal.constData());
}

QTEST_GUILESS_MAIN(TestCliRollout)
#include "tst_cli_rollout.moc"
