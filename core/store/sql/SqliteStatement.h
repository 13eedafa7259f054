#pragma once

#include "Statement.h"

struct sqlite3;
struct sqlite3_stmt;

namespace claimsmith::store::sql {

// Statement on a raw sqlite3 handle.
class SqliteStatement final : public Statement
{
public:
    // `stmt` may be null when preparing failed; then `error` says why and
    // every run fails with it.
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, std::string error = {});
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

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

    sqlite3_stmt* handle() const { return m_stmt; }
    const std::string& prepareError() const { return m_prepareError; }
    // Runs one step: SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

private:
    void bindOther(int index, const QVariant& value) override;
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
    std::string m_prepareError;
    int m_changes = 0;
    std::int64_t m_lastInsertId = 0;
};

} // namespace claimsmith::store::sql
