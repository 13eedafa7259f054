#pragma once

#include <QString>

namespace claimsmith::test {

// A new, empty PostgreSQL database on the test cluster (CTest fixture
// claimsmith_pg, which sets CLAIMSMITH_TEST_PG_URL), dropped again by the
// destructor. When there is no cluster, url() is empty and error() says why;
// the test then fails with that reason.
class PgTestDatabase
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    const QString& url() const { return m_url; }
    const QString& error() const { return m_error; }
    const QString& name() const { return m_name; }

    // The URL of the cluster's own test database (CLAIMSMITH_TEST_PG_URL), or
    // empty with `why` set.
    static QString clusterUrl(QString* why);

private:
    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace claimsmith::test
