#pragma once

#include "SqlContext.h"
#include "model/Model.h"
#include "store/Queries.h"

namespace claimsmith::store::sql {

// Roles and the permissions they grant, identified by slugs. A permission in
// use by a role, or a role in use by a membership, cannot be deleted.
class RoleTable
{
public:
    explicit RoleTable(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Result<std::vector<model::Permission>> permissions();
    Result<model::Permission> createPermission(model::Permission p);
    Result<model::Permission> updatePermission(const model::Permission& p);
    Error removePermission(std::string_view slug, std::int64_t expectedVersion);

    Result<std::vector<model::Role>> roles();
    Result<model::Role> role(std::string_view slug);
    Result<model::Role> createRole(model::Role r);
    Result<model::Role> updateRole(const model::Role& r);
    Error removeRole(std::string_view slug, std::int64_t expectedVersion);

private:
    Error checkSlug(std::string_view slug, const char* what) const;
    Error checkPermissions(const model::Role& r);
    Result<std::optional<model::Permission>> permission(std::string_view slug);

    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
