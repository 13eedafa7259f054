// claimsmith apikey create|list|revoke and the store's API key records.

#include "TempStore.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "store/sql/SqlConnection.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestCliApiKey : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createPrintsTheSecretOnce();
    void secretIsNeverStoredOrListed();
    void authenticateChecksTheWholeSecret();
    void readOnlyKeys();
    void duplicateNamesAndRevocation();
    void usageErrors();

private:
    test::ProcessResult cli(QStringList args);
    std::string create(const QString& name, bool readOnly = false);

    std::unique_ptr<test::TempStore> m_store;
};

void TestCliApiKey::init()
{
    QVERIFY(QFile::exists(test::claimsmithBinary()));
    m_store = std::make_unique<test::TempStore>();
}

test::ProcessResult TestCliApiKey::cli(QStringList args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, m_store->keyFile());
    return test::run(test::claimsmithBinary(), args, {}, 60000, env);
}

std::string TestCliApiKey::create(const QString& name, bool readOnly)
{
    QStringList args = {u"apikey"_s,         u"create"_s, u"--store"_s,
                        m_store->location(), u"--name"_s, name};
    if (readOnly)
        args << u"--read-only"_s;
    const auto r = cli(args);
    if (r.exitCode != 0)
        qWarning("%s", r.err.constData());
    test::recordSecret(r.out.trimmed());
    return r.exitCode == 0 ? r.out.trimmed().toStdString() : std::string();
}

void TestCliApiKey::createPrintsTheSecretOnce()
{
    const auto r = cli({u"apikey"_s, u"create"_s, u"--store"_s, m_store->location(), u"--name"_s,
                        u"deploy bot"_s});
    QCOMPARE(r.exitCode, 0);
    const QByteArray secret = r.out.trimmed();
    test::recordSecret(secret);
    QVERIFY2(secret.startsWith("csk_"), secret.constData());
    QCOMPARE(secret.size(), 4 + 43); // 32 random bytes in base64url
    QCOMPARE(r.out.count('\n'), 1);  // the secret alone on stdout
    QVERIFY(!r.err.contains(secret));
    QVERIFY(r.err.contains("cannot be shown again"));
    // A second key has another secret.
    QVERIFY(create(u"other"_s) != secret.toStdString());
}

void TestCliApiKey::secretIsNeverStoredOrListed()
{
    const std::string secret = create(u"ci"_s);
    QVERIFY(!secret.empty());
    const auto text = cli({u"apikey"_s, u"list"_s, u"--store"_s, m_store->location()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("ci"));
    QVERIFY(text.out.contains("admin"));
    QVERIFY(text.out.contains(QByteArray::fromStdString(secret.substr(0, 12))));
    QVERIFY(!text.out.contains(QByteArray::fromStdString(secret)));
    QVERIFY(text.out.contains("last used never"));

    const auto listed =
        cli({u"apikey"_s, u"list"_s, u"--store"_s, m_store->location(), u"--format"_s, u"json"_s});
    QCOMPARE(listed.exitCode, 0);
    const json::ParseResult list = json::parse(listed.out.toStdString());
    QVERIFY(list.ok);
    QCOMPARE(list.value.size(), std::size_t(1));
    const json::Value& k = list.value.array()[0];
    QCOMPARE(k.find("name")->string(), std::string("ci"));
    QCOMPARE(k.find("role")->string(), std::string("admin"));
    QCOMPARE(k.find("prefix")->string(), secret.substr(0, 12));
    QVERIFY(k.find("last_used_at")->isNull());
    QVERIFY(!listed.out.contains(QByteArray::fromStdString(secret)));

    // Not in the file (nor its WAL) or database, not in the audit log.
    if (m_store->isPostgres()) {
        auto c = store::sql::SqlConnection::openPostgres(m_store->location());
        QVERIFY2(c, c.error().message.c_str());
        auto rows =
            (*c)->prepare(u"SELECT count(*) FROM api_keys WHERE strpos(api_keys::text, ?) > 0"_s);
        rows->bindText(0, secret.substr(12));
        std::int64_t n = -1;
        QVERIFY(!(*c)->select(*rows, [&](const store::sql::Statement& r) {
            n = r.integer(0);
            return false;
        }));
        QCOMPARE(n, std::int64_t(0));
    }
    const QStringList files = {m_store->path(), m_store->path() + u"-wal"_s};
    for (const QString& path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!f.readAll().contains(QByteArray::fromStdString(secret.substr(12))),
                 qPrintable(path));
    }
    store::AuditQuery q;
    q.action = "api_key.";
    auto events = m_store->reopen().findAuditEvents(q);
    QVERIFY(events);
    QCOMPARE(events->items.size(), std::size_t(1));
    QCOMPARE(events->items[0].action, std::string("api_key.create"));
    QVERIFY(events->items[0].actor.rfind("cli:", 0) == 0);
    QCOMPARE(events->items[0].after.find("name")->string(), std::string("ci"));
}

void TestCliApiKey::authenticateChecksTheWholeSecret()
{
    const std::string secret = create(u"app"_s);
    QVERIFY(!secret.empty());
    auto& s = m_store->reopen();
    auto key = s.authenticateApiKey(secret);
    QVERIFY2(key, key.error().message.c_str());
    QCOMPARE(key->name, std::string("app"));
    QCOMPARE(key->role, store::ApiKeyRole::Admin);
    QVERIFY(key->lastUsedAt.has_value());

    std::string wrong = secret;
    wrong.back() = wrong.back() == 'A' ? 'B' : 'A';
    QCOMPARE(s.authenticateApiKey(wrong).error().kind, store::ErrorKind::Unauthorized);
    QCOMPARE(s.authenticateApiKey(secret.substr(0, 12)).error().kind,
             store::ErrorKind::Unauthorized);
    QCOMPARE(s.authenticateApiKey("").error().kind, store::ErrorKind::Unauthorized);
    QCOMPARE(s.authenticateApiKey(secret + "x").error().kind, store::ErrorKind::Unauthorized);
    // Use is recorded.
    auto keys = s.apiKeys();
    QVERIFY(keys);
    QVERIFY(keys->at(0).lastUsedAt.has_value());
}

void TestCliApiKey::readOnlyKeys()
{
    const std::string secret = create(u"dashboard"_s, true);
    QVERIFY(!secret.empty());
    auto key = m_store->reopen().authenticateApiKey(secret);
    QVERIFY(key);
    QCOMPARE(key->role, store::ApiKeyRole::ReadOnly);
    const auto text = cli({u"apikey"_s, u"list"_s, u"--store"_s, m_store->location()});
    QVERIFY(text.out.contains("read-only"));
}

void TestCliApiKey::duplicateNamesAndRevocation()
{
    const std::string first = create(u"ops"_s);
    QVERIFY(!first.empty());
    auto dup =
        cli({u"apikey"_s, u"create"_s, u"--store"_s, m_store->location(), u"--name"_s, u"ops"_s});
    QCOMPARE(dup.exitCode, 1);
    QVERIFY2(dup.err.contains("already an API key named"), dup.err.constData());
    QVERIFY(dup.out.isEmpty());

    auto revoked = cli({u"apikey"_s, u"revoke"_s, u"--store"_s, m_store->location(), u"ops"_s});
    QCOMPARE(revoked.exitCode, 0);
    QVERIFY(revoked.err.contains("revoked"));
    auto& s = m_store->reopen();
    QCOMPARE(s.authenticateApiKey(first).error().kind, store::ErrorKind::Unauthorized);

    // The name is free again; the old key stays revoked.
    const std::string second = create(u"ops"_s);
    QVERIFY(!second.empty());
    QVERIFY(m_store->reopen().authenticateApiKey(second));
    QCOMPARE(m_store->get().authenticateApiKey(first).error().kind, store::ErrorKind::Unauthorized);

    // Revoking by id; twice is an error; unknown is an error.
    auto keys = m_store->get().apiKeys();
    QVERIFY(keys);
    QCOMPARE(keys->size(), std::size_t(2));
    const std::string secondId = keys->at(0).id;
    QCOMPARE(cli({u"apikey"_s, u"revoke"_s, u"--store"_s, m_store->location(),
                  QString::fromStdString(secondId)})
                 .exitCode,
             0);
    auto again = cli({u"apikey"_s, u"revoke"_s, u"--store"_s, m_store->location(),
                      QString::fromStdString(secondId)});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already revoked"));
    QCOMPARE(
        cli({u"apikey"_s, u"revoke"_s, u"--store"_s, m_store->location(), u"nobody"_s}).exitCode,
        1);

    store::AuditQuery q;
    q.action = "api_key.revoke";
    auto events = m_store->reopen().findAuditEvents(q);
    QVERIFY(events);
    QCOMPARE(events->items.size(), std::size_t(2));
}

void TestCliApiKey::usageErrors()
{
    QCOMPARE(cli({u"apikey"_s, u"create"_s, u"--store"_s, m_store->location()}).exitCode, 2);
    QCOMPARE(cli({u"apikey"_s, u"create"_s, u"--name"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"apikey"_s}).exitCode, 2);
    QCOMPARE(cli({u"apikey"_s, u"rotate"_s}).exitCode, 2);
    QCOMPARE(cli({u"apikey"_s, u"revoke"_s, u"--store"_s, m_store->location()}).exitCode, 2);
    QCOMPARE(cli({u"apikey"_s, u"list"_s, u"--store"_s, m_store->dir() + u"/missing"_s}).exitCode,
             2);
    const auto help = cli({u"apikey"_s, u"create"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--read-only"));
    QCOMPARE(cli({u"apikey"_s, u"--help"_s}).exitCode, 0);
    QCOMPARE(cli({u"apikey"_s, u"create"_s, u"--store"_s, m_store->location(), u"--name"_s, u""_s})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCliApiKey)
#include "tst_cli_apikey.moc"
