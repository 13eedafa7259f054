#pragma once

#include "KeysetPage.h"
#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

namespace claimsmith::store::sql {

// Memberships of users in organizations: one per pair, with role slugs that
// must exist, a status and custom attributes.
class MembershipTable
{
public:
    explicit MembershipTable(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Result<model::Membership> create(model::Membership m);
    Result<model::Membership> byId(std::string_view id);
    Result<model::Membership> of(std::string_view userId, std::string_view organizationId);
    Result<model::Membership> update(const model::Membership& m);
    Error remove(std::string_view id, std::int64_t expectedVersion);
    Result<Page<model::Membership>> find(const MembershipQuery& query);
    // The plan SQLite chooses for find(query) (SqlConnection::explain); the
    // query of memberships of a list of users alone is not covered.
    Result<std::vector<std::string>> explain(const MembershipQuery& query);

private:
    // The SELECT of find(): the page's rows and one more.
    using Built = KeysetSelect;
    Result<Built> build(const MembershipQuery& query);
    Statement& ofUsers(std::size_t count, std::size_t& placeholders);
    // The row keys of a user and an organization, in one statement.
    Result<std::pair<std::int64_t, std::int64_t>> ridsOf(std::string_view userId,
                                                         std::string_view organizationId);
    Error validate(const model::Membership& m);
    Result<std::optional<std::pair<std::int64_t, model::Membership>>>
    load(const char* where, const QVariantList& args);

    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
