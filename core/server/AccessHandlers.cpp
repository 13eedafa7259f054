// /v1/roles and /v1/permissions: few records, listed whole and paged by slug.

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

Response createRole(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<model::Role> role = parseObject<model::Role>(*body, model::roleFromJson, error);
    if (!role)
        return error;
    store::Result<model::Role> made = call.store().createRole(std::move(*role));
    return made ? objectResponse(model::toJson(*made), made->version, 201) : problem(made.error());
}

Response getRole(Call& call)
{
    store::Result<model::Role> r = call.store().role(call.param("slug"));
    return r ? objectResponse(model::toJson(*r), r->version) : problem(r.error());
}

Response updateRole(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    store::Result<model::Role> current = call.store().role(call.param("slug"));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, {}, kReadOnly, error))
        return error;
    std::optional<model::Role> role = parseObject<model::Role>(merged, model::roleFromJson, error);
    if (!role)
        return error;
    role->version = *version;
    store::Result<model::Role> updated = call.store().updateRole(*role);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

Response deleteRole(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = call.store().deleteRole(call.param("slug"), *version))
        return problem(e);
    return Response::empty();
}

store::Result<model::Permission> findPermission(Call& call, const std::string& slug)
{
    store::Result<std::vector<model::Permission>> all = call.store().permissions();
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
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<model::Permission> p =
        parseObject<model::Permission>(*body, model::permissionFromJson, error);
    if (!p)
        return error;
    store::Result<model::Permission> made = call.store().createPermission(std::move(*p));
    return made ? objectResponse(model::toJson(*made), made->version, 201) : problem(made.error());
}

Response getPermission(Call& call)
{
    store::Result<model::Permission> p = findPermission(call, call.param("slug"));
    return p ? objectResponse(model::toJson(*p), p->version) : problem(p.error());
}

Response updatePermission(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    store::Result<model::Permission> current = findPermission(call, call.param("slug"));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, {}, kReadOnly, error))
        return error;
    std::optional<model::Permission> p =
        parseObject<model::Permission>(merged, model::permissionFromJson, error);
    if (!p)
        return error;
    p->version = *version;
    store::Result<model::Permission> updated = call.store().updatePermission(*p);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

Response deletePermission(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = call.store().deletePermission(call.param("slug"), *version))
        return problem(e);
    return Response::empty();
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
