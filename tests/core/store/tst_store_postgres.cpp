// The PostgreSQL connection of the store: opening by URL (never with a
// password in it), the schema from the same migrations as SQLite's, and
// PostgreSQL's errors as the store's kinds.

#include "PgTestDatabase.h"
#include "TestSupport.h"
#include "store/sql/Migrations.h"
#include "store/sql/SqlConnection.h"
#include "store/sql/SqlDialect.h"

#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace claimsmith;
using store::ErrorKind;
using store::sql::SqlConnection;
using store::sql::Statement;

namespace {

std::unique_ptr<SqlConnection> open(const QString& url)
{
    auto c = SqlConnection::openPostgres(url);
    if (!c) {
        qWarning("%s", c.error().message.c_str());
        return nullptr;
    }
    return std::move(c.value());
}

store::Error insertUser(SqlConnection& c, const char* id, const char* emailKey)
{
    Statement& q = c.statement(
        "INSERT INTO users (id, email, email_key, email_verified, name_key, last_key, metadata,"
        " user_metadata, sso_attributes, created_at, updated_at, version)"
        " VALUES (?, ?, ?, 0, '', '', '{}', '{}', '{}', 1767225600000, 1767225600000, 1)");
    q.bindText(0, id);
    q.bindText(1, emailKey);
    q.bindText(2, emailKey);
    return c.exec(q);
}

} // namespace

class TestStorePostgres : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = std::make_unique<test::PgTestDatabase>();
        QVERIFY2(m_db->error().isEmpty(), qPrintable(m_db->error()));
    }
    void cleanup() { m_db.reset(); }

    void recognisesPostgresLocations()
    {
        QVERIFY(SqlConnection::isPostgresUrl(u"postgresql://u@h/db"_s));
        QVERIFY(SqlConnection::isPostgresUrl(u"postgres://u@h/db"_s));
        QVERIFY(!SqlConnection::isPostgresUrl(u"/tmp/postgresql/store.claimsmith"_s));
        QVERIFY(!SqlConnection::isPostgresUrl(u"store.claimsmith"_s));
    }

    void refusesAPasswordInTheUrl()
    {
        QUrl u(m_db->url());
        u.setPassword(u"hunter2-in-url"_s);
        auto c = SqlConnection::openPostgres(u.toString());
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::Invalid);
        QVERIFY2(c.error().message.find("PGPASSWORD") != std::string::npos,
                 c.error().message.c_str());
        QVERIFY(c.error().message.find("hunter2") == std::string::npos);

        auto q = SqlConnection::openPostgres(m_db->url() + u"?password=hunter2-in-query"_s);
        QVERIFY(!q);
        QCOMPARE(q.error().kind, ErrorKind::Invalid);
        QVERIFY(q.error().message.find("hunter2") == std::string::npos);
    }

    void refusesLocationsThatAreNotADatabase()
    {
        for (const QString& bad : {u"postgresql://u@127.0.0.1:5432/"_s, u"postgresql:///db"_s,
                                   u"postgresql://u@h/a/b"_s}) {
            auto c = SqlConnection::openPostgres(bad);
            QVERIFY2(!c, qPrintable(bad));
            QCOMPARE(c.error().kind, ErrorKind::Invalid);
            QVERIFY(c.error().message.find("postgresql://USER@HOST:PORT/DATABASE") !=
                    std::string::npos);
        }
    }

    void withoutThePasswordSaysWhereToPutIt()
    {
        const QByteArray passFile = qgetenv("PGPASSFILE");
        const QByteArray password = qgetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        qunsetenv("PGPASSWORD");
        auto c = SqlConnection::openPostgres(m_db->url());
        qputenv("PGPASSFILE", passFile);
        if (!password.isEmpty())
            qputenv("PGPASSWORD", password);
        QVERIFY(!c);
        QCOMPARE(c.error().kind, ErrorKind::Unavailable);
        QVERIFY2(c.error().message.find("pgpass") != std::string::npos, c.error().message.c_str());
    }

    void migrationsMakeTheSchema()
    {
        auto c = open(m_db->url());
        QVERIFY(c);
        QCOMPARE(c->dialect(), store::sql::Dialect::Postgres);
        QCOMPARE(*store::sql::schemaVersion(*c), 0);
        const store::Error e = store::sql::migrate(*c);
        QVERIFY2(!e, e.message.c_str());
        QCOMPARE(*store::sql::schemaVersion(*c), store::sql::latestSchemaVersion());
        // Again: nothing to do.
        QVERIFY(!store::sql::migrate(*c));
        // Times are milliseconds: the integers are 64-bit.
        QVERIFY(!insertUser(*c, "user_1", "a@example.com"));
        // And the text compares byte by byte, as SQLite's.
        auto q = c->prepare(u"SELECT 'B' < 'a', 'é' > 'z'"_s);
        bool bytewise = false;
        QVERIFY(!c->select(*q, [&](const Statement& r) {
            bytewise = r.value(0).toBool() && r.value(1).toBool();
            return false;
        }));
        QVERIFY(bytewise);
    }

    void sqliteSchemaIsUnchanged()
    {
        // The SQLite statements come out as they were written.
        using store::sql::Dialect;
        using store::sql::SqlDialect;
        QCOMPARE(SqlDialect::schema("CREATE TABLE t (rid {PK}, n INTEGER, b {BLOB}){WITHOUT_ROWID}",
                                    Dialect::Sqlite),
                 u"CREATE TABLE t (rid INTEGER PRIMARY KEY, n INTEGER, b BLOB) WITHOUT ROWID"_s);
        QCOMPARE(SqlDialect::schema("CREATE TABLE t (rid {PK}, n INTEGER, s TEXT, b {BLOB})"
                                    "{WITHOUT_ROWID}",
                                    Dialect::Postgres),
                 u"CREATE TABLE t (rid BIGSERIAL PRIMARY KEY, n BIGINT, s TEXT COLLATE \"C\", "
                 "b BYTEA)"_s);
    }

    void uniqueViolationIsDuplicateNamingTheField()
    {
        auto c = open(m_db->url());
        QVERIFY(c && !store::sql::migrate(*c));
        QVERIFY(!insertUser(*c, "user_1", "a@example.com"));
        const store::Error e = insertUser(*c, "user_2", "a@example.com");
        QCOMPARE(e.kind, ErrorKind::Duplicate);
        QCOMPARE(e.field, std::string("email_key"));
        QVERIFY2(e.message.find("a@example.com") == std::string::npos, e.message.c_str());
        // The connection goes on working after the error.
        QVERIFY(!insertUser(*c, "user_2", "b@example.com"));
    }

    void lastInsertIdIsTheNewRowsKey()
    {
        auto c = open(m_db->url());
        QVERIFY(c && !store::sql::migrate(*c));
        Statement& q = c->statement(
            "INSERT INTO users (id, email, email_key, email_verified, name_key, last_key, metadata,"
            " user_metadata, sso_attributes, created_at, updated_at, version)"
            " VALUES (?, ?, ?, 0, '', '', '{}', '{}', '{}', 1, 1, 1)");
        for (int i = 1; i <= 3; ++i) {
            const std::string id = "user_" + std::to_string(i);
            q.bindText(0, id);
            q.bindText(1, id);
            q.bindText(2, id);
            QVERIFY(!c->exec(q));
            QCOMPARE(q.lastInsertId(), std::int64_t(i));
            QCOMPARE(q.numRowsAffected(), 1);
        }
    }

    void concurrentWritesFailAsBusy()
    {
        auto a = open(m_db->url());
        auto b = open(m_db->url());
        QVERIFY(a && b && !store::sql::migrate(*a));
        auto bump = [](SqlConnection& c) {
            return c.execOnce(u"UPDATE counters SET value = value + 1 WHERE name = 'users'"_s);
        };
        QVERIFY(!a->begin());
        QVERIFY(!b->begin());
        auto read = b->prepare(u"SELECT value FROM counters WHERE name = 'users'"_s);
        QVERIFY(!b->select(*read, [](const Statement&) { return false; })); // b's snapshot
        QVERIFY(!bump(*a));
        QVERIFY(!a->commit());
        const store::Error e = bump(*b);
        QCOMPARE(e.kind, ErrorKind::Unavailable);
        QVERIFY2(e.message.find("try again") != std::string::npos, e.message.c_str());
        b->rollback();
        QVERIFY(!bump(*b)); // the retry works
    }

    void lostConnectionIsUnavailable()
    {
        auto a = open(m_db->url());
        auto b = open(m_db->url());
        QVERIFY(a && b);
        auto pid = a->prepare(u"SELECT pg_backend_pid()"_s);
        qlonglong backend = 0;
        QVERIFY(!a->select(*pid, [&](const Statement& r) {
            backend = r.integer(0);
            return false;
        }));
        QVERIFY(!b->execOnce(u"SELECT pg_terminate_backend(%1)"_s.arg(backend)));
        QTest::qWait(200);
        const store::Error e = a->execOnce(u"SELECT 1"_s);
        QCOMPARE(e.kind, ErrorKind::Unavailable);
        QVERIFY2(e.message.find("connection") != std::string::npos &&
                     e.message.find("lost") != std::string::npos,
                 e.message.c_str());
    }

    void changeCountSeesOtherConnectionsCommits()
    {
        auto a = open(m_db->url());
        auto b = open(m_db->url());
        QVERIFY(a && b && !store::sql::migrate(*a));
        const auto first = a->changeCount();
        QVERIFY(first);
        QCOMPARE(*a->changeCount(), *first); // nothing happened
        QVERIFY(!insertUser(*b, "user_1", "a@example.com"));
        QVERIFY(*a->changeCount() != *first);
        // Inside a read snapshot: the snapshot's number, whatever commits.
        QVERIFY(!a->beginRead());
        const std::uint64_t inside = *a->changeCount();
        QVERIFY(!insertUser(*b, "user_2", "b@example.com"));
        QCOMPARE(*a->changeCount(), inside);
        a->endRead();
        QVERIFY(*a->changeCount() != inside);
    }

private:
    std::unique_ptr<test::PgTestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestStorePostgres)
#include "tst_store_postgres.moc"
