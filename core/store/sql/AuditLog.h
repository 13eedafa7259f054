#pragma once

#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

#include <string_view>

namespace claimsmith::store::sql {

// The audit log: who changed what, with the values before and after. Inside
// a batch, single writes are counted instead of logged; the batch's commit
// writes one event for them all.
class AuditLog
{
public:
    explicit AuditLog(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    // `before` / `after`: the record as JSON (null for a creation / a
    // deletion). Only what changed is kept; metadata bags by key.
    Error record(std::string_view action, std::string_view targetType, std::string_view targetId,
                 const json::Value& before, const json::Value& after);
    // Writes an event as given (batch summaries, promotions with notes).
    Error recordRaw(std::string_view action, std::string_view targetType, std::string_view targetId,
                    const json::Value& before, const json::Value& after);
    Result<Page<model::AuditEvent>> find(const AuditQuery& query);

    std::int64_t batchWrites() const { return m_batchWrites; }
    void resetBatchWrites() { m_batchWrites = 0; }
    // Writes of a batch made together (Store::createUsers): counted as `n`
    // single writes, as record() counts each inside a batch.
    void countBatchWrites(std::int64_t n) { m_batchWrites += n; }

private:
    SqlContext& m_ctx;
    std::int64_t m_batchWrites = 0;
};

// The members of `before` and `after` that differ; for the metadata bags, the
// keys that differ.
std::pair<json::Value, json::Value> changedFields(const json::Value& before,
                                                  const json::Value& after);

} // namespace claimsmith::store::sql
