#pragma once

#include "Statement.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <string>
#include <vector>

namespace claimsmith::store::sql {

// Statement over Qt's QPSQL driver (a QSqlQuery with positional `?`
// parameters). Text columns are converted to UTF-8 once per row and column,
// when first read.
class PgStatement final : public Statement
{
public:
    // `returnsKey`: an INSERT … RETURNING rid, whose run reads the new key.
    PgStatement(const QSqlDatabase& db, const QString& sql, bool returnsKey = false);

    void bindText(int index, std::string_view text) override;
    void bindInt(int index, std::int64_t value) override;
    void bindNull(int index) override;

    bool isNull(int column) const override;
    std::string_view text(int column) const override;
    std::int64_t integer(int column) const override;
    std::string blob(int column) const override;
    QVariant value(int column) const override;

    std::int64_t lastInsertId() const override;
    int numRowsAffected() const override;

    // Whether the statement was prepared; if not, error() says why.
    bool prepared() const { return m_prepared; }
    // Runs the statement with its bound values; false on failure (error()).
    bool run();
    // Moves to the next row of the result; false after the last.
    bool next();
    // Ends the run: forgets the result and the bound values.
    void reset();
    QSqlError error() const { return m_query.lastError(); }

private:
    void bindOther(int index, const QVariant& value) override;
    QSqlDatabase m_db;
    QSqlQuery m_query;
    bool m_prepared = false;
    bool m_returnsKey = false;
    int m_rowsAffected = 0;
    std::int64_t m_lastInsertId = 0;
    mutable std::vector<std::string> m_text;
    mutable std::vector<bool> m_textRead;
};

} // namespace claimsmith::store::sql
