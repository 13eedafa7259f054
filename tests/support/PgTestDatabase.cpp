#include "PgTestDatabase.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <functional>

using namespace Qt::StringLiterals;

namespace claimsmith::test {

namespace {

// Runs `work` on a connection to the cluster's test database.
QString onCluster(const QString& url, const std::function<QString(QSqlQuery&)>& work)
{
    const QUrl u(url);
    const QString name =
        u"pg-test-admin-"_s + QString::number(QRandomGenerator::global()->generate64());
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            error =
                u"cannot connect to the test cluster "_s + url + u": "_s + db.lastError().text();
        } else {
            QSqlQuery q(db);
            error = work(q);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

QString PgTestDatabase::clusterUrl(QString* why)
{
    const QString url = qEnvironmentVariable("CLAIMSMITH_TEST_PG_URL");
    if (url.isEmpty() && why)
        *why = u"CLAIMSMITH_TEST_PG_URL is not set: run the PostgreSQL tests through CTest, "
               "which starts the cluster (fixture claimsmith_pg, tests/support/pg-cluster.sh)"_s;
    else if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s) && why)
        *why = u"Qt's PostgreSQL driver is missing: run scripts/install-deps.sh"_s;
    return url;
}

PgTestDatabase::PgTestDatabase()
{
    const QString cluster = clusterUrl(&m_error);
    if (!m_error.isEmpty())
        return;
    m_name = u"claimsmith_t_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    m_error = onCluster(cluster, [&](QSqlQuery& q) -> QString {
        if (!q.exec(u"CREATE DATABASE "_s + m_name))
            return u"cannot create a test database: "_s + q.lastError().text();
        return {};
    });
    if (!m_error.isEmpty())
        return;
    QUrl u(cluster);
    u.setPath(u'/' + m_name);
    m_url = u.toString();
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_url.isEmpty())
        return;
    onCluster(clusterUrl(nullptr), [&](QSqlQuery& q) -> QString {
        q.exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
        return {};
    });
}

} // namespace claimsmith::test
