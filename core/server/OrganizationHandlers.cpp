// /v1/organizations: list with filters, create, read, update, delete, by
// external id.

#include "Resource.h"
#include "Routes.h"
#include "model/Ids.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

Response list(Call& call)
{
    Response error;
    store::OrganizationQuery q;
    if (!call.page(q.limit, q.after, error))
        return error;
    q.text = call.query("q");
    q.externalId = call.query("external_id");
    q.domain = call.query("domain");
    if (!metadataConditions(call.request(), false, q.metadata, error))
        return error;
    store::Result<store::Page<model::Organization>> page = call.store().findOrganizations(q);
    if (!page)
        return problem(page.error());
    json::Array data;
    for (const model::Organization& o : page->items)
        data.push_back(model::toJson(o));
    return listResponse(std::move(data), page->next);
}

Response count(Call& call)
{
    store::Result<std::int64_t> n = call.store().organizationCount();
    return n ? Response::json(json::Value::object({{"count", *n}})) : problem(n.error());
}

Response create(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<model::Organization> org = parseNew<model::Organization>(
        std::move(*body), model::organizationFromJson, model::kOrganizationPrefix, error);
    if (!org)
        return error;
    store::Result<model::Organization> made = call.store().createOrganization(std::move(*org));
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    r.setHeader("Location", "/v1/organizations/" + QByteArray::fromStdString(made->id));
    return r;
}

Response get(Call& call)
{
    store::Result<model::Organization> o = call.store().organization(call.param("id"));
    return o ? objectResponse(model::toJson(*o), o->version) : problem(o.error());
}

Response byExternalId(Call& call)
{
    store::Result<model::Organization> o =
        call.store().organizationByExternalId(call.param("external_id"));
    return o ? objectResponse(model::toJson(*o), o->version) : problem(o.error());
}

Response update(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    store::Result<model::Organization> current = call.store().organization(call.param("id"));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, {"metadata"}, {"id", "created_at", "updated_at", "version"},
                    error))
        return error;
    std::optional<model::Organization> org =
        parseObject<model::Organization>(merged, model::organizationFromJson, error);
    if (!org)
        return error;
    org->version = *version;
    store::Result<model::Organization> updated = call.store().updateOrganization(*org);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

Response remove(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = call.store().deleteOrganization(call.param("id"), *version))
        return problem(e);
    return Response::empty();
}

} // namespace

void addOrganizationRoutes(Router& router)
{
    router.add("GET", u"/v1/organizations"_s, Access::Read, list);
    router.add("POST", u"/v1/organizations"_s, Access::Write, create);
    router.add("GET", u"/v1/organizations/count"_s, Access::Read, count);
    router.add("GET", u"/v1/organizations/external/{external_id}"_s, Access::Read, byExternalId);
    router.add("GET", u"/v1/organizations/{id}"_s, Access::Read, get);
    router.add("PATCH", u"/v1/organizations/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/organizations/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
