#include "SqlDialect.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

QString SqlDialect::schema(const char* sql, Dialect d)
{
    QString s = QString::fromUtf8(sql);
    if (d == Dialect::Sqlite) {
        s.replace(u"{PK}"_s, u"INTEGER PRIMARY KEY"_s);
        s.replace(u"{BLOB}"_s, u"BLOB"_s);
        s.replace(u"{WITHOUT_ROWID}"_s, u" WITHOUT ROWID"_s);
        return s;
    }
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    static const QRegularExpression text(u"\\bTEXT\\b"_s);
    s.replace(integer, u"BIGINT"_s);
    s.replace(text, u"TEXT COLLATE \"C\""_s);
    s.replace(u"{PK}"_s, u"BIGSERIAL PRIMARY KEY"_s);
    s.replace(u"{BLOB}"_s, u"BYTEA"_s);
    s.replace(u"{WITHOUT_ROWID}"_s, QString());
    return s;
}

QByteArray SqlDialect::statement(const QByteArray& sql, Dialect d)
{
    if (!returnsKey(sql))
        return sql;
    QByteArray s = sql;
    return s.replace(kReturningKey, d == Dialect::Sqlite ? "" : " RETURNING rid");
}

bool SqlDialect::returnsKey(const QByteArray& sql)
{
    return sql.contains(kReturningKey);
}

QString SqlDialect::hasSchemaVersion(Dialect d)
{
    if (d == Dialect::Sqlite)
        return {};
    return u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
           " AND tablename = 'schema_version'"_s;
}

QString SqlDialect::readSchemaVersion(Dialect d)
{
    return d == Dialect::Sqlite ? u"PRAGMA user_version"_s
                                : u"SELECT version FROM schema_version"_s;
}

QStringList SqlDialect::writeSchemaVersion(Dialect d, int version)
{
    if (d == Dialect::Sqlite)
        return {u"PRAGMA user_version = %1"_s.arg(version)};
    return {u"CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)"_s,
            u"DELETE FROM schema_version"_s,
            u"INSERT INTO schema_version (version) VALUES (%1)"_s.arg(version)};
}

const char* SqlDialect::beginWrite(Dialect d)
{
    return d == Dialect::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN ISOLATION LEVEL SERIALIZABLE";
}

const char* SqlDialect::beginRead(Dialect d)
{
    return d == Dialect::Sqlite ? "BEGIN DEFERRED" : "BEGIN ISOLATION LEVEL REPEATABLE READ";
}

QString SqlDialect::contains(const QString& haystack, Dialect d)
{
    return (d == Dialect::Sqlite ? u"instr("_s : u"strpos("_s) + haystack + u", ?) > 0"_s;
}

QString SqlDialect::fold(const QString& column, Dialect d)
{
    return (d == Dialect::Sqlite ? u"cs_fold("_s : u"lower("_s) + column + u')';
}

QString SqlDialect::orderedJoin(Dialect d)
{
    return d == Dialect::Sqlite ? u"CROSS JOIN"_s : u"JOIN"_s;
}

QStringList SqlDialect::optimize(Dialect d, bool analyze)
{
    if (d == Dialect::Sqlite)
        return analyze ? QStringList{u"ANALYZE"_s, u"PRAGMA optimize"_s}
                       : QStringList{u"PRAGMA optimize"_s};
    // PostgreSQL's autovacuum keeps the statistics; ANALYZE when asked.
    return analyze ? QStringList{u"ANALYZE"_s} : QStringList{};
}

QString SqlDialect::integrityCheck(Dialect d)
{
    // PostgreSQL checks its pages itself (and amcheck needs a superuser).
    return d == Dialect::Sqlite ? u"PRAGMA integrity_check"_s : u"SELECT 'ok'"_s;
}

} // namespace claimsmith::store::sql
