#include "PgStatement.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

PgStatement::PgStatement(const QSqlDatabase& db, const QString& sql, bool returnsKey)
    : m_db(db)
    , m_query(db)
    , m_returnsKey(returnsKey)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

void PgStatement::bindOther(int index, const QVariant& v)
{
    m_query.bindValue(index, v);
}

void PgStatement::bindText(int index, std::string_view text)
{
    m_query.bindValue(index, QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
}

void PgStatement::bindInt(int index, std::int64_t value)
{
    m_query.bindValue(index, static_cast<qlonglong>(value));
}

void PgStatement::bindNull(int index)
{
    m_query.bindValue(index, QVariant(QMetaType(QMetaType::QString)));
}

bool PgStatement::isNull(int column) const
{
    return m_query.isNull(column);
}

std::string_view PgStatement::text(int column) const
{
    const auto c = static_cast<std::size_t>(column);
    if (c >= m_text.size()) {
        m_text.resize(c + 1);
        m_textRead.resize(c + 1, false);
    }
    if (!m_textRead[c]) {
        const QVariant v = m_query.value(column);
        m_text[c] = v.typeId() == QMetaType::QByteArray ? v.toByteArray().toStdString()
                                                        : v.toString().toStdString();
        m_textRead[c] = true;
    }
    return m_text[c];
}

std::int64_t PgStatement::integer(int column) const
{
    return m_query.value(column).toLongLong();
}

std::string PgStatement::blob(int column) const
{
    return m_query.value(column).toByteArray().toStdString();
}

QVariant PgStatement::value(int column) const
{
    return m_query.value(column);
}

std::int64_t PgStatement::lastInsertId() const
{
    // An INSERT … RETURNING rid read its key when it ran.
    if (m_returnsKey)
        return m_lastInsertId;
    // Otherwise the number the last INSERT into a table with a BIGSERIAL key
    // took, in this session (the driver's own lastInsertId() answers with
    // OIDs), at the cost of another round trip.
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT lastval()"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int PgStatement::numRowsAffected() const
{
    return m_rowsAffected;
}

bool PgStatement::run()
{
    std::fill(m_textRead.begin(), m_textRead.end(), false);
    m_lastInsertId = 0;
    if (!m_query.exec())
        return false;
    m_rowsAffected = m_query.numRowsAffected();
    if (m_returnsKey) {
        // One row, the new key, if the row was inserted (none after ON
        // CONFLICT DO NOTHING). The driver reads a result row by row, and
        // knows the command's count only after the last.
        const bool inserted = m_query.next();
        m_lastInsertId = inserted ? m_query.value(0).toLongLong() : 0;
        m_rowsAffected = inserted ? 1 : 0;
    }
    return true;
}

bool PgStatement::next()
{
    std::fill(m_textRead.begin(), m_textRead.end(), false);
    return m_query.next();
}

void PgStatement::reset()
{
    m_query.finish();
    for (int i = 0, n = static_cast<int>(m_query.boundValues().size()); i < n; ++i)
        m_query.bindValue(i, QVariant());
}

} // namespace claimsmith::store::sql
