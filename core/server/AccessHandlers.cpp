// /v1/roles and /v1/permissions: few records, listed whole and paged by slug.

#include "RecordFlows.h"
#include "Resource.h"
#include "Routes.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

const std::initializer_list<std::string_view> kReadOnly = {"slug", "version"};

Response listRoles(Call& call)
{
    store::Result<std::vector<model::Role>> roles = call.store().roles();
    if (!roles)
        return problem(roles.error());
    return pagedList(
        call, std::move(roles.value()), [](const model::Role& r) { return r.slug; },
        [](const model::Role& r) { return model::toJson(r); });
}

store::Result<model::Role> readRole(store::Store& s, const std::string& slug)
{
    return s.role(slug);
}

Response createRole(Call& call)
{
    return createRecord<model::Role>(call, model::roleFromJson, [](store::Store& s, model::Role r) {
        return s.createRole(std::move(r));
    });
}

Response getRole(Call& call)
{
    return getRecord(call, "slug", readRole);
}

Response updateRole(Call& call)
{
    return patchRecord<model::Role>(
        call, "slug", model::roleFromJson, {}, kReadOnly, readRole,
        [](store::Store& s, const model::Role& r) { return s.updateRole(r); });
}

Response deleteRole(Call& call)
{
    return deleteRecord(call, "slug", [](store::Store& s, const std::string& slug, std::int64_t v) {
        return s.deleteRole(slug, v);
    });
}

// The store has no read of one permission; it is found in the whole list.
store::Result<model::Permission> findPermission(store::Store& s, const std::string& slug)
{
    store::Result<std::vector<model::Permission>> all = s.permissions();
    if (!all)
        return all.error();
    for (const model::Permission& p : *all) {
        if (p.slug == slug)
            return p;
    }
    return store::Error::notFound("permission", slug);
}

Response listPermissions(Call& call)
{
    store::Result<std::vector<model::Permission>> all = call.store().permissions();
    if (!all)
        return problem(all.error());
    return pagedList(
        call, std::move(all.value()), [](const model::Permission& p) { return p.slug; },
        [](const model::Permission& p) { return model::toJson(p); });
}

Response createPermission(Call& call)
{
    return createRecord<model::Permission>(
        call, model::permissionFromJson,
        [](store::Store& s, model::Permission p) { return s.createPermission(std::move(p)); });
}

Response getPermission(Call& call)
{
    return getRecord(call, "slug", findPermission);
}

Response updatePermission(Call& call)
{
    return patchRecord<model::Permission>(
        call, "slug", model::permissionFromJson, {}, kReadOnly, findPermission,
        [](store::Store& s, const model::Permission& p) { return s.updatePermission(p); });
}

Response deletePermission(Call& call)
{
    return deleteRecord(call, "slug", [](store::Store& s, const std::string& slug, std::int64_t v) {
        return s.deletePermission(slug, v);
    });
}

} // namespace

void addAccessRoutes(Router& router)
{
    router.add("GET", u"/v1/roles"_s, Access::Read, listRoles);
    router.add("POST", u"/v1/roles"_s, Access::Write, createRole);
    router.add("GET", u"/v1/roles/{slug}"_s, Access::Read, getRole);
    router.add("PATCH", u"/v1/roles/{slug}"_s, Access::Write, updateRole);
    router.add("DELETE", u"/v1/roles/{slug}"_s, Access::Write, deleteRole);
    router.add("GET", u"/v1/permissions"_s, Access::Read, listPermissions);
    router.add("POST", u"/v1/permissions"_s, Access::Write, createPermission);
    router.add("GET", u"/v1/permissions/{slug}"_s, Access::Read, getPermission);
    router.add("PATCH", u"/v1/permissions/{slug}"_s, Access::Write, updatePermission);
    router.add("DELETE", u"/v1/permissions/{slug}"_s, Access::Write, deletePermission);
}

} // namespace claimsmith::server
