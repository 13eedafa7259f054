// The throwaway PostgreSQL cluster of the tests (tests/support/pg-cluster.sh,
// CTest fixture claimsmith_pg): it runs, Qt's QPSQL driver reaches it, and it
// takes passwords, not anyone who asks.

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// Connects to `url` with the password libpq finds (PGPASSFILE, PGPASSWORD).
QSqlDatabase openDatabase(const QUrl& url, const QString& name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

} // namespace

class TestPgCluster : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_url = QUrl(qEnvironmentVariable("CLAIMSMITH_TEST_PG_URL"));
        QVERIFY2(!m_url.isEmpty(),
                 "CLAIMSMITH_TEST_PG_URL is not set: run this test through CTest, which starts "
                 "the cluster (fixture claimsmith_pg, tests/support/pg-cluster.sh)");
        QVERIFY2(QSqlDatabase::isDriverAvailable(u"QPSQL"_s),
                 "Qt's PostgreSQL driver is missing: run scripts/install-deps.sh "
                 "(Debian package libqt6sql6-psql)");
    }

    void urlNamesALoopbackServerWithoutPassword()
    {
        QCOMPARE(m_url.scheme(), u"postgresql"_s);
        QCOMPARE(m_url.host(), u"127.0.0.1"_s);
        QVERIFY(m_url.port() > 0);
        QVERIFY(m_url.password().isEmpty());
        QVERIFY(!m_url.userName().isEmpty());
    }

    void connectsWithThePasswordFile()
    {
        {
            QSqlDatabase db = openDatabase(m_url, u"cluster"_s);
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(u"SELECT current_user, rolsuper, rolcreatedb FROM pg_roles "
                            "WHERE rolname = current_user"_s),
                     qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), m_url.userName());
            QCOMPARE(q.value(1).toBool(), false); // the tests do not run as superuser
            QCOMPARE(q.value(2).toBool(), true);  // but may make a database each
            QVERIFY(q.exec(u"SHOW server_encoding"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"UTF8"_s);
        }
        QSqlDatabase::removeDatabase(u"cluster"_s);
    }

    void refusesAConnectionWithoutThePassword()
    {
        const QByteArray passFile = qgetenv("PGPASSFILE");
        const QByteArray password = qgetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent/pgpass");
        qunsetenv("PGPASSWORD");
        {
            QSqlDatabase db = openDatabase(m_url, u"nopassword"_s);
            QVERIFY(!db.isOpen());
            QVERIFY2(db.lastError().text().contains(u"password"_s),
                     qPrintable(db.lastError().text()));
        }
        QSqlDatabase::removeDatabase(u"nopassword"_s);
        qputenv("PGPASSFILE", passFile);
        if (!password.isEmpty())
            qputenv("PGPASSWORD", password);
    }

private:
    QUrl m_url;
};

QTEST_GUILESS_MAIN(TestPgCluster)
#include "tst_pg_cluster.moc"
