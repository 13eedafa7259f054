#pragma once

#include "SqlContext.h"
#include "store/Queries.h"

#include <initializer_list>
#include <map>
#include <tuple>

namespace claimsmith::store::sql {

// Keeps metadata_values (one row per owner and key, for searches) and
// metadata_keys (counts per key and value kind, for autocompletion) in step
// with the bags in the records.
//
// Key counts change by deltas collected during a write and written when it
// commits; in a batch they are summed in memory and written once at the
// batch's commit, so that a large import does not update the same counter
// rows millions of times. A write that fails drops its deltas.
class MetadataIndex
{
public:
    explicit MetadataIndex(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    // Moves one owner's bag in the index from `before` to `after` (either
    // may be an empty object: a new or deleted owner).
    Error update(MetadataObject object, MetadataField field, std::int64_t owner,
                 const json::Value& before, const json::Value& after);
    // The same for several bags of one owner; their new keys are inserted
    // together (one statement on PostgreSQL).
    struct Change
    {
        MetadataField field;
        const json::Value& before;
        const json::Value& after;
    };
    Error update(MetadataObject object, std::int64_t owner, std::initializer_list<Change> changes);
    // The index rows of a new owner's bags (update() from empty bags), added
    // to `rows` instead of inserted, so that the rows of many new owners go
    // in together (insertValues).
    struct Bag
    {
        MetadataField field;
        const json::Value& value;
    };
    void addNew(MetadataObject object, std::int64_t owner, std::initializer_list<Bag> bags,
                QVariantList& rows);
    Error insertValues(const QVariantList& rows);
    Result<std::vector<MetadataKeyStats>> keys(MetadataObject object, MetadataField field);

    void beginWrite() { m_pending.clear(); }
    // Writes the pending deltas (outside batches, inside the write's transaction).
    Error flushPending();
    // After the write's transaction: keeps its deltas for the batch, or drops them.
    void endWrite(bool succeeded);
    // The batch's deltas, written at its commit.
    Error flushBatch();
    void discardBatch() { m_batch.clear(); }

    // The text a value is indexed and searched by: strings as they are,
    // other values in JSON; at most kMaxIndexedBytes (cut at a character).
    static std::string indexText(const json::Value& v);
    static constexpr std::size_t kMaxIndexedBytes = 200;

private:
    using Key = std::tuple<int, int, std::string>;
    struct Delta
    {
        std::int64_t count = 0;
        std::int64_t kinds[6] = {0, 0, 0, 0, 0, 0}; // null, bool, number, string, object, array
    };
    void add(std::map<Key, Delta>& into, const Key& key, const json::Value& v, int sign);
    // The keys of `after` that `before` lacks: counted, and their rows added.
    void addKeys(int object, int field, std::int64_t owner, const json::Value& before,
                 const json::Value& after, QVariantList& rows);
    Error write(const std::map<Key, Delta>& deltas);

    SqlContext& m_ctx;
    std::map<Key, Delta> m_pending;
    std::map<Key, Delta> m_batch;
};

} // namespace claimsmith::store::sql
