#pragma once

#include <QVariant>

#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::store::sql {

// A prepared statement of one connection. Parameters are bound by 0-based
// position; while a row is current (in SqlConnection::select's callback) its
// columns are read by 0-based position. Text is UTF-8 throughout.
//
// For SQLite this runs on the sqlite3 handle of Qt's QSQLITE connection:
// QSqlQuery fetches every text column as UTF-16 into a QVariant and rebuilds
// its record on each execution, which cost about 1 µs per column (a token's
// lookup went from 13 µs to 41 µs) — more than the whole budget of a token.
class Statement
{
public:
    virtual ~Statement() = default;

    // Integers and flags (the schema keeps them as integers) as bindInt;
    // nulls, text, blobs and the rest as the connection's bindOther.
    void bindValue(int index, const QVariant& value)
    {
        if (!value.isNull()) {
            switch (value.typeId()) {
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::UInt:
            case QMetaType::ULongLong:
            case QMetaType::Long:
                bindInt(index, value.toLongLong());
                return;
            case QMetaType::Bool:
                bindInt(index, value.toBool() ? 1 : 0);
                return;
            default:
                break;
            }
        }
        bindOther(index, value);
    }
    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindInt(int index, std::int64_t value) = 0;
    virtual void bindNull(int index) = 0;

    virtual bool isNull(int column) const = 0;
    virtual std::string_view text(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual std::string blob(int column) const = 0;
    // A column as a QVariant (text as QString, integers as qlonglong).
    virtual QVariant value(int column) const = 0;

    virtual std::int64_t lastInsertId() const = 0;
    virtual int numRowsAffected() const = 0;

protected:
    // A value bindValue does not bind as an integer: null, text, a blob…
    virtual void bindOther(int index, const QVariant& value) = 0;
};

} // namespace claimsmith::store::sql
