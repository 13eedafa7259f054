#pragma once

#include "KeysetPage.h"
#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

#include <set>
#include <string>
#include <vector>

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
    // Memberships inside a batch in a few statements: the roles, the
    // users' and the organizations' row keys read once for all of them, one
    // multi-row INSERT (split by PostgreSQL's parameter limit); the audit
    // count as create() would change it. Empty ids, times and versions are
    // filled in (in order, as create() would) only once every membership
    // passed create()'s checks. If any fails them or conflicts, nothing is
    // written and the error names no record: the caller, who runs this in a
    // savepoint, undoes it and creates them one by one, for create()'s
    // errors.
    Error createAll(std::vector<model::Membership>& memberships);
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
    // `roles`: the slugs that exist, when read already (else each is looked up).
    Error validate(const model::Membership& m, const std::set<std::string>* roles = nullptr);
    // What create() fills in before it writes.
    void complete(model::Membership& m);
    Result<std::optional<std::pair<std::int64_t, model::Membership>>>
    load(const char* where, const QVariantList& args);

    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
