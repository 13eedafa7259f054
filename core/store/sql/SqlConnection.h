#pragma once

#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace claimsmith::store::sql {

enum class Dialect
{
    Sqlite,
    Postgres
};

// One database connection (a QSqlDatabase of its own) with its prepared
// statements, nested transactions and error mapping. Used by one thread.
class SqlConnection
{
public:
    ~SqlConnection();
    SqlConnection(const SqlConnection&) = delete;
    SqlConnection& operator=(const SqlConnection&) = delete;

    enum class OpenMode
    {
        OpenExisting,
        CreateIfMissing
    };
    // Opens (or creates) an SQLite file with the store's pragmas. The error
    // says what went wrong in people's terms (missing, not a store, locked,
    // not readable), never a bare driver message.
    static Result<std::unique_ptr<SqlConnection>> openSqlite(const QString& path, OpenMode mode);

    Dialect dialect() const { return m_dialect; }
    QSqlDatabase& database() { return m_db; }
    const QString& location() const { return m_location; }

    // A prepared statement, prepared once per connection and reused.
    QSqlQuery& statement(const char* sql);
    // Runs a prepared statement; on failure returns the mapped error.
    Error exec(QSqlQuery& query);
    // Runs a prepared SELECT and calls `row` for each row until it returns
    // false; then releases the statement, so that no read snapshot stays open.
    Error select(QSqlQuery& query, const std::function<bool(const QSqlQuery&)>& row);
    // Runs SQL once (schema changes, pragmas).
    Error execOnce(const QString& sql);

    // A write transaction, or a savepoint inside an open one. Commits when
    // `work` returns no error, rolls back otherwise; returns the error.
    Error transaction(const std::function<Error()>& work);
    bool inTransaction() const { return m_depth > 0; }
    // The same, for transactions that span calls (batches).
    Error begin();
    Error commit();
    void rollback();

    // Turns a driver error into a store error (unique and foreign key
    // constraints, busy, read-only, disk full, corruption).
    Error mapError(const QSqlError& error, std::string_view what) const;

private:
    SqlConnection(QSqlDatabase db, Dialect dialect, QString location);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_location;
    std::unordered_map<const char*, std::unique_ptr<QSqlQuery>> m_statements;
    int m_depth = 0;
};

} // namespace claimsmith::store::sql
