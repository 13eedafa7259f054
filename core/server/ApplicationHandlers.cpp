// /v1/applications: listed whole (few) and paged by id; "external" is the
// client id.

#include "RecordFlows.h"
#include "Resource.h"
#include "Routes.h"
#include "model/Ids.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

Response list(Call& call)
{
    store::Result<std::vector<model::Application>> apps = call.store().applications();
    if (!apps)
        return problem(apps.error());
    return pagedList(
        call, std::move(apps.value()), [](const model::Application& a) { return a.id; },
        [](const model::Application& a) { return model::toJson(a); });
}

store::Result<model::Application> readApplication(store::Store& s, const std::string& id)
{
    return s.application(id);
}

Response get(Call& call)
{
    return getRecord(call, "id", readApplication);
}

Response byClientId(Call& call)
{
    return getRecord(call, "client_id", [](store::Store& s, const std::string& id) {
        return s.applicationByClientId(id);
    });
}

Response create(Call& call)
{
    return createRecord<model::Application>(
        call, model::applicationFromJson, model::kApplicationPrefix, "/v1/applications/",
        [](store::Store& s, model::Application a) { return s.createApplication(std::move(a)); });
}

Response update(Call& call)
{
    return patchRecord<model::Application>(
        call, "id", model::applicationFromJson, {"metadata"},
        {"id", "created_at", "updated_at", "version"}, readApplication,
        [](store::Store& s, const model::Application& a) { return s.updateApplication(a); });
}

Response remove(Call& call)
{
    return deleteRecord(call, "id", [](store::Store& s, const std::string& id, std::int64_t v) {
        return s.deleteApplication(id, v);
    });
}

} // namespace

void addApplicationRoutes(Router& router)
{
    router.add("GET", u"/v1/applications"_s, Access::Read, list);
    router.add("POST", u"/v1/applications"_s, Access::Write, create);
    router.add("GET", u"/v1/applications/default"_s, Access::Read,
               [](Call& call) { return recordResponse(call.store().defaultApplication()); });
    router.add("GET", u"/v1/applications/external/{client_id}"_s, Access::Read, byClientId);
    router.add("GET", u"/v1/applications/{id}"_s, Access::Read, get);
    router.add("PATCH", u"/v1/applications/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/applications/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
