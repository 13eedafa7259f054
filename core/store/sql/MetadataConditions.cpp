#include "MetadataConditions.h"

#include "SqlDialect.h"
#include "SqlValues.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

constexpr std::int64_t kUnbounded = std::numeric_limits<std::int64_t>::max();

// The part of the WHERE clause after object, field and key.
QString valuePredicate(const MetadataCondition& c, QVariantList& args, Dialect d)
{
    using Op = MetadataCondition::Op;
    const bool fold = !c.caseSensitive;
    const QString value = fold ? qs(sql::fold(c.value)) : qs(c.value);
    const QString column = fold ? SqlDialect::fold(u"mv.value"_s, d) : u"mv.value"_s;
    switch (c.op) {
    case Op::Exists:
    case Op::NotExists:
        return {};
    case Op::Equals:
    case Op::NotEquals:
        args << value;
        return u" AND "_s + column + u" = ?"_s;
    case Op::StartsWith:
        args << static_cast<int>(value.size()) << value;
        // substr counts characters as QString::size() counts UTF-16 units;
        // the same for every character the search box can take but astral ones.
        return u" AND substr("_s + column + u", 1, ?) = ?"_s;
    case Op::Contains:
        args << value;
        return u" AND "_s + SqlDialect::contains(column, d);
    }
    return {};
}

QString ownerRows(const MetadataCondition& c, MetadataObject object, QVariantList& args)
{
    args << static_cast<int>(object) << static_cast<int>(c.field) << qs(c.key);
    return u"metadata_values mv WHERE mv.object = ? AND mv.field = ? AND mv.key = ?"_s;
}

} // namespace

QString MetadataConditions::probe(const MetadataCondition& c, MetadataObject object,
                                  const QString& owner, QVariantList& args, Dialect d)
{
    QString sql = u"SELECT 1 FROM "_s + ownerRows(c, object, args) + u" AND mv.owner = "_s + owner;
    sql += valuePredicate(c, args, d);
    const bool negate =
        c.op == MetadataCondition::Op::NotEquals || c.op == MetadataCondition::Op::NotExists;
    return (negate ? u"NOT EXISTS ("_s : u"EXISTS ("_s) + sql + u")"_s;
}

QString MetadataConditions::driver(const MetadataCondition& c, MetadataObject object,
                                   QVariantList& args, Dialect d)
{
    if (c.op == MetadataCondition::Op::NotEquals || c.op == MetadataCondition::Op::NotExists)
        return {};
    QString sql = u"SELECT mv.owner FROM "_s + ownerRows(c, object, args);
    return sql + valuePredicate(c, args, d);
}

Result<std::int64_t> MetadataConditions::estimate(const MetadataCondition& c, MetadataObject object)
{
    using Op = MetadataCondition::Op;
    if (c.op == Op::NotEquals || c.op == Op::NotExists)
        return kUnbounded;
    if (c.op == Op::Equals && c.caseSensitive) {
        // The value index answers this directly; stop counting past the threshold.
        Statement& q = m_ctx.db.statement(
            "SELECT count(*) FROM (SELECT 1 FROM metadata_values WHERE object = ? AND field = ?"
            " AND key = ? AND value = ? LIMIT ?) AS hits");
        q.bindValue(0, static_cast<int>(object));
        q.bindValue(1, static_cast<int>(c.field));
        q.bindValue(2, qs(c.key));
        q.bindValue(3, qs(c.value));
        q.bindValue(4, static_cast<qlonglong>(m_ctx.searchDriverThreshold + 1));
        std::int64_t n = 0;
        if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
                n = integer(r, 0);
                return false;
            }))
            return e;
        return n;
    }
    // Every other condition matches at most the owners that have the key.
    Statement& q = m_ctx.db.statement(
        "SELECT count FROM metadata_keys WHERE object = ? AND field = ? AND key = ?");
    q.bindValue(0, static_cast<int>(object));
    q.bindValue(1, static_cast<int>(c.field));
    q.bindValue(2, qs(c.key));
    std::int64_t n = 0;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            n = integer(r, 0);
            return false;
        }))
        return e;
    return n;
}

} // namespace claimsmith::store::sql
