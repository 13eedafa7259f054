// /v1/organizations: list with filters, create, read, update, delete, by
// external id.

#include "RecordFlows.h"
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
    q.nameContains = call.query("name_contains");
    q.externalId = call.query("external_id");
    q.domain = call.query("domain");
    q.domains = commaList(call.query("domains"));
    if (!metadataConditions(call.request(), false, q.metadata, error) ||
        !listOrder(call, "name", q.byCreation, q.descending, error))
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

store::Result<model::Organization> readOrganization(store::Store& s, const std::string& id)
{
    return s.organization(id);
}

Response create(Call& call)
{
    return createRecord<model::Organization>(
        call, model::organizationFromJson, model::kOrganizationPrefix, "/v1/organizations/",
        [](store::Store& s, model::Organization o) { return s.createOrganization(std::move(o)); });
}

Response get(Call& call)
{
    return getRecord(call, "id", readOrganization);
}

Response byExternalId(Call& call)
{
    return getRecord(call, "external_id", [](store::Store& s, const std::string& id) {
        return s.organizationByExternalId(id);
    });
}

Response update(Call& call)
{
    return patchRecord<model::Organization>(
        call, "id", model::organizationFromJson, {"metadata"},
        {"id", "created_at", "updated_at", "version"}, readOrganization,
        [](store::Store& s, const model::Organization& o) { return s.updateOrganization(o); });
}

Response remove(Call& call)
{
    return deleteRecord(call, "id", [](store::Store& s, const std::string& id, std::int64_t v) {
        return s.deleteOrganization(id, v);
    });
}

} // namespace

void addOrganizationRoutes(Router& router)
{
    router.add("GET", u"/v1/organizations"_s, Access::Read, list);
    router.add("POST", u"/v1/organizations"_s, Access::Write, create);
    router.add("GET", u"/v1/organizations/count"_s, Access::Read, count);
    router.add("GET", u"/v1/organizations/external/{external_id}"_s, Access::Read, byExternalId,
               Speed::Quick);
    router.add("GET", u"/v1/organizations/{id}"_s, Access::Read, get, Speed::Quick);
    router.add("PATCH", u"/v1/organizations/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/organizations/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
