// The commands that work on a store: render --store, validate --store and
// keys list|add|activate|retire|jwks.

#include "TempStore.h"
#include "TestSupport.h"
#include "jose/Inspector.h"
#include "jose/KeySet.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestCliStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renderFromTheStore();
    void signWithTheStoresKey();
    void renderErrors();
    void validateAgainstTheStore();
    void keysLifecycle();
    void everyStoreOptionNamesBothForms();

private:
    test::ProcessResult cli(QStringList args);
    QString file(const QString& name, const QByteArray& content);

    std::unique_ptr<test::TempStore> m_store;
    std::string m_user;
    std::string m_org;
};

void TestCliStore::initTestCase()
{
    QVERIFY(QFile::exists(test::claimsmithBinary()));
    m_store = std::make_unique<test::TempStore>();
    auto& s = **m_store;
    s.createPermission({"users:read", "", "", 0});
    s.createRole({"admin", "", "", {"users:read"}, 0});
    model::User u;
    u.email = "ada@example.com";
    u.firstName = "Ada";
    u.externalId = "crm-1";
    u.metadata = json::parse(R"({"plan":"pro","tier":"gold"})").value;
    m_user = s.createUser(u)->id;
    model::Organization o;
    o.name = "Acme";
    m_org = s.createOrganization(o)->id;
    model::Membership m;
    m.userId = m_user;
    m.organizationId = m_org;
    m.roles = {"admin"};
    s.createMembership(m);
    model::Application a;
    a.name = "App";
    a.clientId = "client-9";
    a.tokenLifetime = 900;
    s.createApplication(a);
    s.setIssuer("https://issuer.example");
}

test::ProcessResult TestCliStore::cli(QStringList args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, m_store->keyFile());
    return test::run(test::claimsmithBinary(), args, {}, 60000, env);
}

QString TestCliStore::file(const QString& name, const QByteArray& content)
{
    const QString path = m_store->dir() + u"/"_s + name;
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(content);
    return path;
}

void TestCliStore::renderFromTheStore()
{
    const QString t = file(
        u"t.json"_s,
        R"({"urn:a:plan": {{ user.metadata.plan }}, "urn:a:roles": {{ organization_membership.roles | map: 'slug' }}})");
    auto r = cli({u"render"_s, t, u"--store"_s, m_store->location(), u"--user"_s, u"crm-1"_s,
                  u"--org"_s, QString::fromStdString(m_org)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray(R"({"urn:a:plan":"pro","urn:a:roles":["admin"]})"
                               "\n"));
    r = cli({u"render"_s, t, u"--store"_s, m_store->location(), u"--user"_s,
             QString::fromStdString(m_user), u"--org"_s, QString::fromStdString(m_org),
             u"--payload"_s, u"--now"_s, u"1767225600"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json::Value p = json::parse(r.out.toStdString()).value;
    QCOMPARE(p.find("iss")->string(), std::string("https://issuer.example"));
    QCOMPARE(p.find("aud")->string(), std::string("client-9"));
    QCOMPARE(p.find("exp")->toInt64() - p.find("iat")->toInt64(), 900);
    QCOMPARE(p.find("role")->string(), std::string("admin"));
}

void TestCliStore::signWithTheStoresKey()
{
    auto r = cli({u"keys"_s, u"add"_s, u"--store"_s, m_store->location(), u"--alg"_s, u"ES256"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const std::string kid = r.out.trimmed().toStdString();
    QVERIFY(r.err.contains("as active")); // the first key becomes active
    const QString t = file(u"s.json"_s, R"({"urn:a:x": 1})");
    r = cli(
        {u"render"_s, t, u"--store"_s, m_store->location(), u"--user"_s, u"crm-1"_s, u"--sign"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto jwks = cli({u"keys"_s, u"jwks"_s, u"--store"_s, m_store->location()});
    jose::KeySet set;
    std::string error;
    QVERIFY(jose::KeySet::fromJwksText(jwks.out.toStdString(), set, error));
    const jose::Inspection i = jose::inspect(r.out.trimmed().toStdString(), nullptr, &set);
    QCOMPARE(i.signature, jose::Inspection::Signature::Valid);
    QCOMPARE(i.header.find("kid")->string(), kid);
}

void TestCliStore::renderErrors()
{
    const QString t = file(u"e.json"_s, R"({"urn:a:x": 1})");
    auto r = cli({u"render"_s, t, u"--store"_s, m_store->location()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--user"));
    r = cli({u"render"_s, t, u"--store"_s, m_store->location(), u"--user"_s, u"nobody"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("nobody"), r.err.constData());
    r = cli({u"render"_s, t, u"--store"_s, m_store->dir() + u"/missing.claimsmith"_s, u"--user"_s,
             u"x"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no store"), r.err.constData());
    r = cli({u"render"_s, t, u"--context"_s, t, u"--store"_s, m_store->location(), u"--user"_s,
             u"x"_s});
    QCOMPARE(r.exitCode, 2);
}

void TestCliStore::validateAgainstTheStore()
{
    const QString t = file(u"v.json"_s, R"({"urn:a:p": {{ user.metadata.plna }}})");
    auto r = cli({u"validate"_s, t});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains("T103"));
    r = cli({u"validate"_s, t, u"--store"_s, m_store->location()});
    QCOMPARE(r.exitCode, 0); // a warning
    QVERIFY2(r.out.contains("did you mean \"plan\"? [T103]"), r.out.constData());
}

void TestCliStore::keysLifecycle()
{
    auto r = cli({u"keys"_s, u"add"_s, u"--store"_s, m_store->location(), u"--alg"_s, u"EdDSA"_s});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString next = QString::fromUtf8(r.out.trimmed());
    QVERIFY(r.err.contains("as next"));
    r = cli({u"keys"_s, u"list"_s, u"--store"_s, m_store->location(), u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const json::Value list = json::parse(r.out.toStdString()).value;
    QCOMPARE(list.size(), std::size_t(2));
    // A key id may start with '-' (base64url): after --, it is never an option.
    r = cli({u"keys"_s, u"activate"_s, u"--store"_s, m_store->location(), u"--"_s, next});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({u"keys"_s, u"list"_s, u"--store"_s, m_store->location()});
    QVERIFY2(r.out.contains((next + u"  EdDSA"_s).toUtf8()), r.out.constData());
    const json::Value states = json::parse(cli({u"keys"_s, u"list"_s, u"--store"_s,
                                                m_store->location(), u"--format"_s, u"json"_s})
                                               .out.toStdString())
                                   .value;
    std::map<std::string, std::string> byKid;
    for (const json::Value& k : states.array())
        byKid[k.find("kid")->string()] = k.find("state")->string();
    QCOMPARE(byKid[next.toStdString()], std::string("active"));
    QCOMPARE(std::count_if(byKid.begin(), byKid.end(),
                           [](const auto& e) { return e.second == "retired"; }),
             1);
    r = cli({u"keys"_s, u"retire"_s, u"--store"_s, m_store->location(), u"--"_s, next});
    QCOMPARE(r.exitCode, 0);
    const auto jwks =
        json::parse(
            cli({u"keys"_s, u"jwks"_s, u"--store"_s, m_store->location()}).out.toStdString())
            .value;
    QCOMPARE(jwks.find("keys")->size(), std::size_t(0));
    r = cli({u"keys"_s, u"activate"_s, u"nope"_s, u"--store"_s, m_store->location()});
    QCOMPARE(r.exitCode, 1);
    // A key id that starts with '-' without -- is taken for an option; the
    // error says what to do. After --, it is looked up as a key id.
    r = cli({u"keys"_s, u"activate"_s, u"-nope"_s, u"--store"_s, m_store->location()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("Unknown option 'nope'. An argument that starts with '-', such as a "
                            "key id, goes after --."),
             r.err.constData());
    r = cli({u"keys"_s, u"activate"_s, u"--store"_s, m_store->location(), u"--"_s, u"-nope"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("-nope"), r.err.constData());
    r = cli({u"keys"_s, u"add"_s, u"--store"_s, m_store->location()});
    QCOMPARE(r.exitCode, 2);
    r = cli({u"keys"_s, u"list"_s});
    QCOMPARE(r.exitCode, 2);
    // A private key never appears in any output.
    const auto all =
        cli({u"keys"_s, u"list"_s, u"--store"_s, m_store->location(), u"--format"_s, u"json"_s});
    QVERIFY(!all.out.contains("\"d\""));
}

void TestCliStore::everyStoreOptionNamesBothForms()
{
    // Every command that takes --store says it takes a PostgreSQL URL too.
    const QList<QStringList> commands = {
        {u"apikey"_s, u"create"_s},
        {u"apikey"_s, u"list"_s},
        {u"apikey"_s, u"revoke"_s},
        {u"keys"_s, u"list"_s},
        {u"keys"_s, u"add"_s},
        {u"keys"_s, u"activate"_s},
        {u"keys"_s, u"retire"_s},
        {u"keys"_s, u"jwks"_s},
        {u"import"_s},
        {u"export"_s},
        {u"serve"_s},
        {u"render"_s},
        {u"rollout-check"_s},
        {u"validate"_s},
        {u"demo"_s},
    };
    for (const QStringList& command : commands) {
        const auto r = cli(command + QStringList{u"--help"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(command.join(u' ')));
        QVERIFY2(r.out.contains("--store <file|url>"),
                 qPrintable(command.join(u' ') + QString::fromUtf8(r.out)));
        QVERIFY2(r.out.contains("postgresql://USER@HOST:PORT/DB"),
                 qPrintable(command.join(u' ') + QString::fromUtf8(r.out)));
    }
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_cli_store.moc"
