#include "MetadataIndex.h"

#include "SqlValues.h"
#include "json/Utf8.h"

#include <algorithm>

namespace claimsmith::store::sql {

namespace {

int kindIndex(const json::Value& v)
{
    switch (v.type()) {
    case json::Type::Null:
        return 0;
    case json::Type::Bool:
        return 1;
    case json::Type::Number:
        return 2;
    case json::Type::String:
        return 3;
    case json::Type::Object:
        return 4;
    case json::Type::Array:
        return 5;
    }
    return 0;
}

std::string cutAtCharacter(std::string s, std::size_t max)
{
    if (s.size() <= max)
        return s;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end;
    s.resize(end);
    return s;
}

} // namespace

std::string MetadataIndex::indexText(const json::Value& v)
{
    if (v.isString())
        return cutAtCharacter(v.string(), kMaxIndexedBytes);
    return cutAtCharacter(json::toString(v), kMaxIndexedBytes);
}

void MetadataIndex::add(std::map<Key, Delta>& into, const Key& key, const json::Value& v, int sign)
{
    Delta& d = into[key];
    d.count += sign;
    d.kinds[kindIndex(v)] += sign;
}

Error MetadataIndex::update(MetadataObject object, MetadataField field, std::int64_t owner,
                            const json::Value& before, const json::Value& after)
{
    return update(object, owner, {Change{field, before, after}});
}

Error MetadataIndex::update(MetadataObject object, std::int64_t owner,
                            std::initializer_list<Change> changes)
{
    static const json::Value empty{json::Object{}};
    const int o = static_cast<int>(object);
    // The new keys of every bag, inserted together at the end.
    QVariantList rows;
    for (const Change& c : changes) {
        const json::Value& b = c.before.isObject() ? c.before : empty;
        const json::Value& a = c.after.isObject() ? c.after : empty;
        const int f = static_cast<int>(c.field);
        for (const json::Member& m : b.object()) {
            const json::Value* now = a.find(m.key);
            if (now && *now == m.value)
                continue;
            add(m_pending, Key{o, f, m.key}, m.value, -1);
            if (now) {
                add(m_pending, Key{o, f, m.key}, *now, +1);
                Statement& q = m_ctx.db.statement("UPDATE metadata_values SET value = ? WHERE "
                                                  "object = ? AND field = ? AND key = ? AND "
                                                  "owner = ?");
                q.bindValue(0, qs(indexText(*now)));
                q.bindValue(1, o);
                q.bindValue(2, f);
                q.bindValue(3, qs(m.key));
                q.bindValue(4, static_cast<qlonglong>(owner));
                if (Error e = m_ctx.db.exec(q))
                    return e;
            } else {
                Statement& q = m_ctx.db.statement("DELETE FROM metadata_values WHERE object = ? "
                                                  "AND field = ? AND key = ? AND owner = ?");
                q.bindValue(0, o);
                q.bindValue(1, f);
                q.bindValue(2, qs(m.key));
                q.bindValue(3, static_cast<qlonglong>(owner));
                if (Error e = m_ctx.db.exec(q))
                    return e;
            }
        }
        addKeys(o, f, owner, b, a, rows);
    }
    return insertValues(rows);
}

void MetadataIndex::addKeys(int o, int f, std::int64_t owner, const json::Value& before,
                            const json::Value& after, QVariantList& rows)
{
    for (const json::Member& m : after.object()) {
        if (before.find(m.key))
            continue;
        add(m_pending, Key{o, f, m.key}, m.value, +1);
        rows << o << f << qs(m.key) << static_cast<qlonglong>(owner) << qs(indexText(m.value));
    }
}

void MetadataIndex::addNew(MetadataObject object, std::int64_t owner,
                           std::initializer_list<Bag> bags, QVariantList& rows)
{
    static const json::Value empty{json::Object{}};
    for (const Bag& b : bags) {
        if (b.value.isObject())
            addKeys(static_cast<int>(object), static_cast<int>(b.field), owner, empty, b.value,
                    rows);
    }
}

Error MetadataIndex::insertValues(const QVariantList& rows)
{
    if (rows.isEmpty())
        return {};
    return m_ctx.db.insertRows(
        "INSERT INTO metadata_values (object, field, key, owner, value) VALUES (?, ?, ?, ?, ?)", 5,
        rows);
}

Error MetadataIndex::write(const std::map<Key, Delta>& deltas)
{
    for (const auto& [key, d] : deltas) {
        if (d.count == 0 &&
            std::all_of(std::begin(d.kinds), std::end(d.kinds), [](auto k) { return k == 0; }))
            continue;
        Statement& q = m_ctx.db.statement(
            "INSERT INTO metadata_keys (object, field, key, count, nulls, booleans, numbers, "
            "strings,"
            " objects, arrays) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            // (qualified: PostgreSQL takes an unqualified column as ambiguous)
            " ON CONFLICT (object, field, key) DO UPDATE SET"
            " count = metadata_keys.count + excluded.count,"
            " nulls = metadata_keys.nulls + excluded.nulls,"
            " booleans = metadata_keys.booleans + excluded.booleans,"
            " numbers = metadata_keys.numbers + excluded.numbers,"
            " strings = metadata_keys.strings + excluded.strings,"
            " objects = metadata_keys.objects + excluded.objects,"
            " arrays = metadata_keys.arrays + excluded.arrays");
        q.bindValue(0, std::get<0>(key));
        q.bindValue(1, std::get<1>(key));
        q.bindValue(2, qs(std::get<2>(key)));
        q.bindValue(3, static_cast<qlonglong>(d.count));
        for (int i = 0; i < 6; ++i)
            q.bindValue(4 + i, static_cast<qlonglong>(d.kinds[i]));
        if (Error e = m_ctx.db.exec(q))
            return e;
        if (d.count < 0) {
            Statement& del = m_ctx.db.statement("DELETE FROM metadata_keys WHERE object = ? AND "
                                                "field = ? AND key = ? AND count <= 0");
            del.bindValue(0, std::get<0>(key));
            del.bindValue(1, std::get<1>(key));
            del.bindValue(2, qs(std::get<2>(key)));
            if (Error e = m_ctx.db.exec(del))
                return e;
        }
    }
    return {};
}

Error MetadataIndex::flushPending()
{
    Error e = write(m_pending);
    m_pending.clear();
    return e;
}

void MetadataIndex::endWrite(bool succeeded)
{
    if (succeeded && m_ctx.inBatch) {
        for (const auto& [key, d] : m_pending) {
            Delta& into = m_batch[key];
            into.count += d.count;
            for (int i = 0; i < 6; ++i)
                into.kinds[i] += d.kinds[i];
        }
    }
    m_pending.clear();
}

Error MetadataIndex::flushBatch()
{
    Error e = write(m_batch);
    m_batch.clear();
    return e;
}

Result<std::vector<MetadataKeyStats>> MetadataIndex::keys(MetadataObject object,
                                                          MetadataField field)
{
    Statement& q = m_ctx.db.statement(
        "SELECT key, count, nulls, booleans, numbers, strings, objects, arrays FROM metadata_keys"
        " WHERE object = ? AND field = ? AND count > 0 ORDER BY count DESC, key");
    q.bindValue(0, static_cast<int>(object));
    q.bindValue(1, static_cast<int>(field));
    std::vector<MetadataKeyStats> out;
    Error e = m_ctx.db.select(q, [&](const Statement& row) {
        MetadataKeyStats s;
        s.key = text(row, 0);
        s.count = integer(row, 1);
        for (int i = 0; i < 6; ++i) {
            if (integer(row, 2 + i) > 0)
                s.kinds |= static_cast<std::uint8_t>(1u << i);
        }
        out.push_back(std::move(s));
        return true;
    });
    if (e)
        return e;
    return out;
}

} // namespace claimsmith::store::sql
