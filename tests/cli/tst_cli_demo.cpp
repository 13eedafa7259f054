// `claimsmith demo`: creates a new store with sample data, the same for the
// same seed; never writes into an existing file; usage errors exit 2.

#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "model/ModelJson.h"
#include "store/SqliteStore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsTheStore();
    void sameSeedSameData();
    void refusesAnExistingFile();
    void zeroUsers();
    void badNumbers_data();
    void badNumbers();
    void needsStore();
    void help();
    void renderForADemoUser();

private:
    test::ProcessResult cli(const QStringList& args);
    QString path(const QString& name) const { return m_dir.filePath(name); }
    std::unique_ptr<store::SqliteStore> open(const QString& file);
    std::vector<std::string> users(const QString& file);

    QTemporaryDir m_dir;
};

void TestCliDemo::initTestCase()
{
    QVERIFY(QFile::exists(test::claimsmithBinary()));
    QVERIFY(m_dir.isValid());
    // The key files of the stores made here stay in the temporary folder.
    qputenv("CLAIMSMITH_KEY_FILE", path(u"keys.key"_s).toLocal8Bit());
    qunsetenv("CLAIMSMITH_PASSPHRASE");
}

test::ProcessResult TestCliDemo::cli(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, path(u"keys.key"_s));
    env.remove(u"CLAIMSMITH_PASSPHRASE"_s);
    return test::run(test::claimsmithBinary(), args, {}, 120000, env);
}

std::unique_ptr<store::SqliteStore> TestCliDemo::open(const QString& file)
{
    auto opened = store::SqliteStore::open(file.toStdString(), {});
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(file), opened.error().message.c_str());
    return std::move(opened.value());
}

std::vector<std::string> TestCliDemo::users(const QString& file)
{
    auto s = open(file);
    store::UserQuery q;
    q.sort = store::UserSort::CreatedAt;
    q.limit = store::kMaxPageSize;
    std::vector<std::string> out;
    for (;;) {
        auto page = s->findUsers(q);
        if (!page)
            qFatal("%s", page.error().message.c_str());
        for (const model::User& u : page->items)
            out.push_back(json::toString(model::toJson(u)));
        if (page->next.empty())
            return out;
        q.after = page->next;
    }
}

void TestCliDemo::createsTheStore()
{
    const QString file = path(u"new.claimsmith"_s);
    const auto r = cli({u"demo"_s, u"--store"_s, file, u"--users"_s, u"1500"_s, u"--orgs"_s, u"7"_s,
                        u"--seed"_s, u"11"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(file));
    // A summary on stdout, progress with the rate on stderr.
    QVERIFY2(r.out.contains("1,500 users, 7 organizations"), r.out.constData());
    QVERIFY2(r.err.contains("1,500 of 1,500 users") && r.err.contains("users/s"),
             r.err.constData());

    auto s = open(file);
    QCOMPARE(*s->userCount(), std::int64_t(1500));
    QCOMPARE(*s->organizationCount(), std::int64_t(7));
    const auto roles = s->roles();
    QVERIFY(roles);
    QCOMPARE(roles->size(), std::size_t(3));
    const auto t = s->templateByName("default");
    QVERIFY(t);
    QCOMPARE(t->productionVersion, std::optional<int>(1));
    QCOMPARE(t->stagingVersion, std::optional<int>(1));
    // Reproducible: the template and the key carry the demo's fixed time.
    QCOMPARE(t->createdAt, model::Millis(1767225600000));
    const auto key = s->signingKeyForIssuing();
    QVERIFY2(key, key.error().message.c_str());
    QCOMPARE(s->integrityCheck().value(), std::string("ok"));
}

void TestCliDemo::sameSeedSameData()
{
    const QStringList args = {u"demo"_s, u"--users"_s, u"300"_s, u"--orgs"_s, u"5"_s, u"--store"_s};
    QCOMPARE(cli(args + QStringList{path(u"a.claimsmith"_s), u"--seed"_s, u"5"_s}).exitCode, 0);
    QCOMPARE(cli(args + QStringList{path(u"b.claimsmith"_s), u"--seed"_s, u"5"_s}).exitCode, 0);
    QCOMPARE(cli(args + QStringList{path(u"c.claimsmith"_s), u"--seed"_s, u"6"_s}).exitCode, 0);
    const auto a = users(path(u"a.claimsmith"_s));
    const auto b = users(path(u"b.claimsmith"_s));
    const auto c = users(path(u"c.claimsmith"_s));
    QCOMPARE(a.size(), std::size_t(300));
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestCliDemo::refusesAnExistingFile()
{
    // Someone's data (any file, a store or not) is never touched.
    const QString file = path(u"precious.claimsmith"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("my real data");
    }
    const auto r = cli({u"demo"_s, u"--store"_s, file});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("precious.claimsmith exists; demo creates a new store"),
             r.err.constData());
    QCOMPARE(test::readFile(file), std::string("my real data"));

    // An empty file, too: it exists.
    const QString empty = path(u"empty.claimsmith"_s);
    {
        QFile f(empty);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(cli({u"demo"_s, u"--store"_s, empty}).exitCode, 2);
    QCOMPARE(QFileInfo(empty).size(), qint64(0));
}

void TestCliDemo::zeroUsers()
{
    const QString file = path(u"zero.claimsmith"_s);
    const auto r = cli({u"demo"_s, u"--store"_s, file, u"--users"_s, u"0"_s, u"--orgs"_s, u"3"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto s = open(file);
    QCOMPARE(*s->userCount(), std::int64_t(0));
    QCOMPARE(*s->organizationCount(), std::int64_t(3));
    QVERIFY(s->templateByName("default"));
}

void TestCliDemo::badNumbers_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    QTest::newRow("negative users") << QStringList{u"--users"_s, u"-5"_s} << u"--users"_s;
    QTest::newRow("word for users") << QStringList{u"--users"_s, u"many"_s} << u"--users"_s;
    QTest::newRow("fraction") << QStringList{u"--users"_s, u"1.5"_s} << u"--users"_s;
    QTest::newRow("too many users") << QStringList{u"--users"_s, u"99999999999"_s} << u"--users"_s;
    QTest::newRow("no organizations") << QStringList{u"--orgs"_s, u"0"_s} << u"--orgs"_s;
    QTest::newRow("word for orgs") << QStringList{u"--orgs"_s, u"ten"_s} << u"--orgs"_s;
    QTest::newRow("negative seed") << QStringList{u"--seed"_s, u"-1"_s} << u"--seed"_s;
    QTest::newRow("seed too big") << QStringList{u"--seed"_s, u"18446744073709551616"_s}
                                  << u"--seed"_s;
    QTest::newRow("empty seed") << QStringList{u"--seed"_s, u""_s} << u"--seed"_s;
}

void TestCliDemo::badNumbers()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    const QString file = path(u"bad.claimsmith"_s);
    const auto r = cli(QStringList{u"demo"_s, u"--store"_s, file} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(option.toUtf8()), r.err.constData());
    QVERIFY(!QFile::exists(file)); // nothing created
}

void TestCliDemo::needsStore()
{
    const auto r = cli({u"demo"_s, u"--users"_s, u"10"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--store"), r.err.constData());
    QCOMPARE(cli({u"demo"_s, u"--store"_s, path(u"x.claimsmith"_s), u"extra"_s}).exitCode, 2);
}

void TestCliDemo::help()
{
    const auto r = cli({u"demo"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char* word : {"claimsmith demo --store FILE", "--users", "--orgs", "--seed"})
        QVERIFY2(r.out.contains(word), r.out.constData());
    // And the command is listed in the general help.
    QVERIFY(cli({u"--help"_s}).out.contains("demo"));
}

void TestCliDemo::renderForADemoUser()
{
    // The store's own template renders through `render --store` (the token
    // service's context) for demo users, including ones with external ids.
    const QString file = path(u"render.claimsmith"_s);
    QCOMPARE(
        cli({u"demo"_s, u"--store"_s, file, u"--users"_s, u"40"_s, u"--orgs"_s, u"4"_s}).exitCode,
        0);
    const QString templ = path(u"default.json"_s);
    std::vector<std::pair<model::User, std::string>> some; // users and an organization of theirs
    {
        auto s = open(file);
        QFile f(templ);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(s->templateVersion("default", 1)->content));
        store::UserQuery q;
        q.limit = 10;
        const auto page = s->findUsers(q);
        QVERIFY(page);
        for (const model::User& u : page->items) {
            store::MembershipQuery mq;
            mq.userId = u.id;
            some.emplace_back(u, s->findMemberships(mq)->items.front().organizationId);
        }
    }
    QCOMPARE(some.size(), std::size_t(10));
    for (const auto& [u, org] : some) {
        const QString who = QString::fromStdString(u.externalId.value_or(u.id));
        const auto r = cli({u"render"_s, templ, u"--store"_s, file, u"--user"_s, who, u"--org"_s,
                            QString::fromStdString(org)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no warnings
        const json::ParseResult claims = json::parse(r.out.trimmed().toStdString());
        QVERIFY2(claims.ok, r.out.constData());
        QCOMPARE(claims.value.find("urn:demo:email")->string(), u.email);
        QVERIFY(claims.value.find("urn:demo:roles")->size() > 0);
    }
}

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
