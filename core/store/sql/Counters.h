#pragma once

#include "SqlContext.h"

#include <cstdint>
#include <map>
#include <string>

namespace claimsmith::store::sql {

// The rows of `counters` (users, organizations), which answer the counts
// without counting. Outside batches a write changes its counter at once, in
// its transaction. In a batch the changes are summed in memory and written
// once at the batch's commit (as MetadataIndex does with key statistics), so
// that an import does not update the same row once per record — a round trip
// each on PostgreSQL. A write that fails drops its changes; the counts read
// during a batch include what the batch has changed so far.
class Counters
{
public:
    explicit Counters(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Error add(const char* name, int delta);
    // The counter as this connection sees it (with the open batch's changes).
    Result<std::int64_t> value(const char* name);

    void beginWrite() { m_pending.clear(); }
    // After the write's transaction: keeps its changes for the batch, or drops them.
    void endWrite(bool succeeded);
    // The batch's changes, written at its commit.
    Error flushBatch();
    void discardBatch() { m_batch.clear(); }

private:
    Error write(const std::string& name, std::int64_t delta);

    SqlContext& m_ctx;
    std::map<std::string, std::int64_t> m_pending;
    std::map<std::string, std::int64_t> m_batch;
};

} // namespace claimsmith::store::sql
