#include "SqliteStatement.h"

#include <sqlite3.h>

namespace claimsmith::store::sql {

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, std::string error)
    : m_db(db)
    , m_stmt(stmt)
    , m_prepareError(std::move(error))
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bindOther(int index, const QVariant& v)
{
    if (!m_stmt)
        return;
    if (v.isNull()) {
        bindNull(index);
        return;
    }
    if (v.typeId() == QMetaType::QByteArray) {
        const QByteArray b = v.toByteArray();
        sqlite3_bind_blob(m_stmt, index + 1, b.constData(), static_cast<int>(b.size()),
                          SQLITE_TRANSIENT);
        return;
    }
    const QByteArray utf8 = v.toString().toUtf8();
    bindText(index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void SqliteStatement::bindText(int index, std::string_view text)
{
    if (!m_stmt)
        return;
    sqlite3_bind_text(m_stmt, index + 1, text.data(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
}

void SqliteStatement::bindInt(int index, std::int64_t value)
{
    if (!m_stmt)
        return;
    sqlite3_bind_int64(m_stmt, index + 1, value);
}

void SqliteStatement::bindNull(int index)
{
    if (!m_stmt)
        return;
    sqlite3_bind_null(m_stmt, index + 1);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string_view SqliteStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string SqliteStatement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!p)
        return {};
    return std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return static_cast<qlonglong>(integer(column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_BLOB:
        return QByteArray::fromStdString(blob(column));
    default: {
        const std::string_view t = text(column);
        return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
    }
    }
}

std::int64_t SqliteStatement::lastInsertId() const
{
    return m_lastInsertId;
}

int SqliteStatement::numRowsAffected() const
{
    return m_changes;
}

int SqliteStatement::step()
{
    if (!m_stmt)
        return SQLITE_ERROR;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE) {
        m_changes = sqlite3_changes(m_db);
        m_lastInsertId = sqlite3_last_insert_rowid(m_db);
    }
    return rc;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

} // namespace claimsmith::store::sql
