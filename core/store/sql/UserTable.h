#pragma once

#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

namespace claimsmith::store::sql {

// Users: unique case-insensitive email, unique external id, three metadata
// bags checked against the store's limits and indexed for search.
class UserTable
{
public:
    explicit UserTable(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    struct Row
    {
        std::int64_t rid = 0;
        model::User user;
    };

    Result<model::User> create(model::User user);
    Result<Row> byId(std::string_view id);
    Result<Row> byExternalId(std::string_view externalId);
    Result<Row> byEmail(std::string_view email);
    Result<Row> byRid(std::int64_t rid);
    Result<model::User> update(const model::User& user);
    Result<model::User> patchMetadata(std::string_view id, MetadataField field,
                                      const json::Value& patch, std::int64_t expectedVersion);
    Error remove(std::string_view id, std::int64_t expectedVersion);
    Result<std::int64_t> count();

    // The columns every user query selects, in the order readRow expects.
    static const char* columns();
    static model::User readRow(const Statement& q, int first = 0);

private:
    Result<Row> load(const char* sql, const QVariant& key, std::string_view what,
                     std::string_view value);
    Error validate(const model::User& user) const;
    Error checkUnique(const model::User& user, std::int64_t rid) const;
    // Inserts (rid 0) or replaces the row; returns its rid.
    Result<std::int64_t> write(const model::User& user, std::int64_t rid);
    Error index(std::int64_t rid, const model::User* before, const model::User* after);

    SqlContext& m_ctx;
};

// Maintains the users and organizations counters (a COUNT(*) over a
// million rows would take tens of milliseconds).
Error addToCounter(SqlContext& ctx, const char* name, int delta);

} // namespace claimsmith::store::sql
