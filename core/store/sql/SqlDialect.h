#pragma once

#include "SqlConnection.h"

#include <QString>

namespace claimsmith::store::sql {

// Every difference between the SQL of SQLite and of PostgreSQL, in one place.
// The tables and the migrations write SQL that both engines take, and ask
// this for the parts that differ.
class SqlDialect
{
public:
    // A statement of the migrations for this engine. The migrations write
    // SQLite's types and mark the rest: {PK} an integer key the engine numbers
    // (SQLite's row id, a BIGSERIAL), {BLOB} bytes, {WITHOUT_ROWID} SQLite's
    // clustered tables. On PostgreSQL, INTEGER becomes BIGINT (times are
    // milliseconds) and TEXT sorts and compares byte by byte (COLLATE "C"), as
    // SQLite's does: the cursors and prefix ranges depend on it. SQLite's
    // statements come out unchanged.
    static QString schema(const char* sql, Dialect d);

    // A statement of the tables for this engine, resolved once when it is
    // prepared. An INSERT whose caller reads the new row's key
    // (Statement::lastInsertId()) ends with kReturningKey: PostgreSQL returns
    // the key with the INSERT (RETURNING rid), in its one round trip, instead
    // of a second statement asking for it; SQLite has it at hand
    // (sqlite3_last_insert_rowid) and prepares the statement without it.
    static constexpr const char* kReturningKey = " {RETURNING rid}";
    static QByteArray statement(const QByteArray& sql, Dialect d);
    // Whether a statement (before statement()) returns the new row's key.
    static bool returnsKey(const QByteArray& sql);

    // The schema version of the store: SQLite keeps it in the file's header
    // (user_version), PostgreSQL in the table schema_version. Where that
    // table may be missing (an empty database), hasSchemaVersion() is a
    // query that counts it (else empty).
    static QString hasSchemaVersion(Dialect d);
    static QString readSchemaVersion(Dialect d);
    // The statements that record `version`, in the migration's transaction.
    static QStringList writeSchemaVersion(Dialect d, int version);

    // Starting a write transaction: SQLite takes the write lock at once
    // (IMMEDIATE), so that two writers never both read and then conflict;
    // PostgreSQL runs it SERIALIZABLE, and a conflict with a concurrent
    // writer fails as busy (SQLSTATE 40001), to be tried again.
    static const char* beginWrite(Dialect d);
    // Starting a read snapshot.
    static const char* beginRead(Dialect d);

    // "haystack contains needle (the next parameter)", as a condition.
    static QString contains(const QString& haystack, Dialect d);
    // Case folding of a column for case-insensitive comparisons: SQLite's
    // cs_fold() (the store's fold(), registered by SqliteStore); on
    // PostgreSQL lower(), which folds by the database's character type
    // (the same for every character but a few, such as ß; see the README).
    static QString fold(const QString& column, Dialect d);
    // A join whose order the planner keeps: SQLite's CROSS JOIN (…ON).
    // PostgreSQL takes no ON after CROSS JOIN, and chooses its order itself.
    static QString orderedJoin(Dialect d);
    // Statements that update the planner's statistics (after many changes,
    // when the store closes), and the integrity check ("ok" when sound, else
    // one problem a line); empty when the engine has none.
    static QStringList optimize(Dialect d, bool analyze);
    static QString integrityCheck(Dialect d);
};

} // namespace claimsmith::store::sql
