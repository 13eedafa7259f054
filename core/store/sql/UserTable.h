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
    // What create() checks and fills in before it writes: the fields
    // against the store's limits, then an empty id, the times and the
    // version. A user it passes is created by create() unchanged.
    Error complete(model::User& user) const;
    // Users that complete() passed, inside a batch, in a few statements: one
    // multi-row INSERT (split by PostgreSQL's parameter limit), one for their
    // metadata keys; counters, key statistics and the audit count as
    // create() would change them. If any of them conflicts (a taken id,
    // email or external id, in the store or among them), nothing is written
    // and the error is a Duplicate with no record named: the caller, who
    // runs this in a savepoint, undoes it and creates them one by one, which
    // says who holds what.
    Error createAll(const std::vector<model::User>& users);
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
    // The values of a row, in the order of the INSERT's and the UPDATE's columns.
    static void appendValues(QVariantList& values, const model::User& user);
    Error index(std::int64_t rid, const model::User* before, const model::User* after);

    SqlContext& m_ctx;
};

// Maintains the users and organizations counters (a COUNT(*) over a
// million rows would take tens of milliseconds).
Error addToCounter(SqlContext& ctx, const char* name, int delta);

} // namespace claimsmith::store::sql
