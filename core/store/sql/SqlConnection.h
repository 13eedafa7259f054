#pragma once

#include "Statement.h"
#include "store/MemoryBudget.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace claimsmith::store::sql {

enum class Dialect
{
    Sqlite,
    Postgres
};

class SqliteStatement;
class PgStatement;

// One database connection with its prepared statements, nested transactions
// and error mapping. Qt SQL opens the connection. On SQLite (the QSQLITE
// driver) statements run on its sqlite3 handle (see Statement.h for why); on
// PostgreSQL (QPSQL) they are QSqlQuery's (PgStatement). What differs in the
// SQL itself is SqlDialect's. Used by one thread.
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
    static Result<std::unique_ptr<SqlConnection>> openSqlite(const QString& path, OpenMode mode,
                                                             const MemoryBudget& memory = {});
    // Connects to a PostgreSQL database named by a URL,
    // postgresql://USER@HOST[:PORT]/DATABASE[?libpq options]. The password
    // comes from PGPASSWORD or the pgpass file (~/.pgpass, PGPASSFILE), never
    // from the URL: a URL with a password is refused, since locations end up
    // in shell history, process lists and logs.
    static Result<std::unique_ptr<SqlConnection>> openPostgres(const QString& url);
    // Whether a store location names a PostgreSQL database (postgresql:// or
    // postgres://) rather than an SQLite file.
    static bool isPostgresUrl(const QString& location);

    Dialect dialect() const { return m_dialect; }
    const QString& location() const { return m_location; }
    sqlite3* handle() const { return m_handle; }

    // A prepared statement, prepared once per connection and reused; `sql`
    // must be a string literal (statements are cached by its address).
    Statement& statement(const char* sql);
    // The same for SQL built from parts: cached by `key`, a string literal
    // that names this statement alone.
    Statement& statement(const char* key, const QString& sql);
    // A statement for SQL built at run time (searches).
    std::unique_ptr<Statement> prepare(const QString& sql);
    // The same with `args` bound by position.
    std::unique_ptr<Statement> prepare(const QString& sql, const QVariantList& args);
    // Inserts rows: `sql` is the INSERT of one row, a string literal with
    // "VALUES (?, …)", which a clause may follow (ON CONFLICT …, RETURNING
    // …); `values` holds the rows' values one after the other. `returned`,
    // if given, is called for each row the statements return (RETURNING).
    // SQLite runs it once a row (its statements cost no round trip);
    // PostgreSQL sends many rows in one multi-row INSERT, one round trip:
    // up to kRowsPerInsert rows as they come, larger sets in statements of
    // kRowsPerInsert × 2^k rows, as many as kMaxParameters allows (so that
    // a connection prepares few distinct statements). Either way the rows
    // are all inserted or, on an error, none of them are, when called inside
    // a transaction.
    Error insertRows(const char* sql, int columns, const QVariantList& values,
                     const std::function<bool(const Statement&)>& returned = {});
    static constexpr int kRowsPerInsert = 32;
    // PostgreSQL's limit of bind parameters in one statement.
    static constexpr int kMaxParameters = 65535;
    // How many of `rows` rows of `columns` values the next statement of
    // insertRows sends on PostgreSQL.
    static int rowsPerStatement(int rows, int columns);
    // Runs a SELECT whose `sql` (a string literal) holds one "IN ({keys})":
    // for each piece of `keys` (at most kMaxParameters at a time) the list
    // gets as many parameters, padded with the last key to a power of two
    // (so that few distinct statements are prepared), and `row` is called
    // for each row, as select() does.
    Error selectIn(const char* sql, const QVariantList& keys,
                   const std::function<bool(const Statement&)>& row);
    // Runs a statement that returns no rows; on failure the mapped error.
    Error exec(Statement& statement);
    // Runs a SELECT and calls `row` for each row until it returns false;
    // then resets the statement, so that no read snapshot stays open.
    Error select(Statement& statement, const std::function<bool(const Statement&)>& row);
    // Runs SQL text once (schema changes, pragmas).
    Error execOnce(const QString& sql);
    // EXPLAIN QUERY PLAN of a SELECT with its arguments: the detail of each
    // step ("SEARCH u USING INDEX users_created (created_at<?)", "USE TEMP
    // B-TREE FOR ORDER BY"), to check which index a query reads. On
    // PostgreSQL the lines of EXPLAIN ("Index Scan using users_created on
    // users u", "Index Cond: …", "Sort"), one step a line.
    Result<std::vector<std::string>> explain(const QString& sql, const QVariantList& args);

    // A read snapshot: the statements between beginRead() and endRead() see
    // what was committed when the first of them ran, in one read transaction
    // (its file locks are taken once). Calls nest; inside a write transaction
    // they do nothing. A write inside a snapshot runs as a savepoint and
    // fails as busy when another connection wrote since the snapshot began.
    Error beginRead();
    void endRead();
    // A number that changes whenever the store may have changed since it was
    // last asked for: a commit by this connection or by any other connection
    // or process. Inside a snapshot, the number of that snapshot.
    Result<std::uint64_t> changeCount();
    // PRAGMA data_version: a number that moves when another connection or
    // process commits (not with this connection's own commits). Inside a
    // write transaction it is that of the newest commit, which no other
    // connection can change until this one ends. PostgreSQL has none: there
    // each call returns a number not returned before.
    Result<std::int64_t> dataVersion();

    // A write transaction, or a savepoint inside an open one. Commits when
    // `work` returns no error, rolls back otherwise; returns the error.
    Error transaction(const std::function<Error()>& work);
    bool inTransaction() const { return m_depth > 0; }
    bool inReadSnapshot() const { return m_readOpen; }
    // PostgreSQL: whether the outermost write transaction begun last failed
    // because of a concurrent writer (SQLSTATE 40001, a serialization
    // failure, or 40P01, a deadlock), so that running it again from its start
    // may succeed. Always false on SQLite, whose writers take turns.
    bool lostToConcurrentWriter() const { return m_lostToConcurrentWriter; }
    // The same, for transactions that span calls (batches).
    Error begin();
    Error commit();
    void rollback();

    // Turns a driver error into a store error (unique and foreign key
    // constraints, busy, read-only, disk full, corruption).
    Error mapError(std::string_view detail, std::string_view what) const;

private:
    SqlConnection(QSqlDatabase db, Dialect dialect, QString location, sqlite3* handle);
    // A connection name of its own for QSqlDatabase.
    static QString nextConnectionName();
    std::unique_ptr<Statement> make(const QByteArray& sql);
    Error lastError(std::string_view what) const;
    Error control(const char* sql);
    Error execPg(PgStatement& statement);
    Error selectPg(PgStatement& statement, const std::function<bool(const Statement&)>& row);
    Error mapPgError(const QSqlError& error, std::string_view what) const;
    Result<std::uint64_t> changeCountPg();
    Result<std::vector<std::string>> explainPg(const QString& sql, const QVariantList& args);

    QSqlDatabase m_db;
    Dialect m_dialect;
    QString m_location;
    sqlite3* m_handle;
    std::unordered_map<const char*, std::unique_ptr<Statement>> m_statements;
    // insertRows' multi-row statements and selectIn's lists, by their SQL
    // and row (key) count.
    std::map<std::pair<const char*, int>, std::unique_ptr<Statement>> m_multiRow;
    int m_depth = 0;
    int m_readDepth = 0;
    bool m_readOpen = false; // BEGIN ran for the outermost beginRead()
    std::int64_t m_seenDataVersion = -1;
    std::int64_t m_seenTotalChanges = -1;
    std::uint64_t m_changeCount = 0;
    std::uint64_t m_pgDataVersion = 0;
    QString m_seenSnapshot; // PostgreSQL: the last snapshot changeCount() saw
    mutable bool m_lostToConcurrentWriter = false;
};

} // namespace claimsmith::store::sql
