#pragma once

// Conversions between query values and the store's types.

#include "Statement.h"
#include "json/Reader.h"
#include "json/Value.h"
#include "json/Writer.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::store::sql {

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline QVariant optionalText(const std::optional<std::string>& s)
{
    return s ? QVariant(qs(*s)) : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant optionalInt(const std::optional<std::int64_t>& v)
{
    return v ? QVariant(static_cast<qlonglong>(*v)) : QVariant(QMetaType(QMetaType::LongLong));
}

inline std::string text(const Statement& q, int column)
{
    return std::string(q.text(column));
}

inline std::optional<std::string> optionalText(const Statement& q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return std::string(q.text(column));
}

inline std::int64_t integer(const Statement& q, int column)
{
    return q.integer(column);
}

inline std::optional<std::int64_t> optionalInteger(const Statement& q, int column)
{
    if (q.isNull(column))
        return std::nullopt;
    return q.integer(column);
}

// A JSON column; the store only ever writes valid JSON there.
inline json::Value jsonColumn(const Statement& q, int column)
{
    const json::ParseResult r = json::parse(q.text(column), json::ParseOptions{512, true});
    return r.ok ? r.value : json::Value();
}

inline QString jsonText(const json::Value& v)
{
    return qs(json::toString(v));
}

// Case folding for case-insensitive keys and searches (email, metadata):
// Unicode-aware, and fast for ASCII.
std::string fold(std::string_view s);
// The key names sort and are searched by: folded and without diacritics, so
// that "Édith" sorts among the e's and "edith" finds her.
std::string nameKey(std::string_view s);

} // namespace claimsmith::store::sql
