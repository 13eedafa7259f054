// /v1/applications: listed whole (few) and paged by id; "external" is the
// client id.

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

Response create(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<model::Application> app = parseNew<model::Application>(
        std::move(*body), model::applicationFromJson, model::kApplicationPrefix, error);
    if (!app)
        return error;
    store::Result<model::Application> made = call.store().createApplication(std::move(*app));
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    r.setHeader("Location", "/v1/applications/" + QByteArray::fromStdString(made->id));
    return r;
}

Response get(Call& call)
{
    store::Result<model::Application> a = call.store().application(call.param("id"));
    return a ? objectResponse(model::toJson(*a), a->version) : problem(a.error());
}

Response byClientId(Call& call)
{
    store::Result<model::Application> a =
        call.store().applicationByClientId(call.param("client_id"));
    return a ? objectResponse(model::toJson(*a), a->version) : problem(a.error());
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
    store::Result<model::Application> current = call.store().application(call.param("id"));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, {"metadata"}, {"id", "created_at", "updated_at", "version"},
                    error))
        return error;
    std::optional<model::Application> app =
        parseObject<model::Application>(merged, model::applicationFromJson, error);
    if (!app)
        return error;
    app->version = *version;
    store::Result<model::Application> updated = call.store().updateApplication(*app);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

Response remove(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = call.store().deleteApplication(call.param("id"), *version))
        return problem(e);
    return Response::empty();
}

} // namespace

void addApplicationRoutes(Router& router)
{
    router.add("GET", u"/v1/applications"_s, Access::Read, list);
    router.add("POST", u"/v1/applications"_s, Access::Write, create);
    router.add("GET", u"/v1/applications/default"_s, Access::Read, [](Call& call) {
        store::Result<model::Application> a = call.store().defaultApplication();
        return a ? objectResponse(model::toJson(*a), a->version) : problem(a.error());
    });
    router.add("GET", u"/v1/applications/external/{client_id}"_s, Access::Read, byClientId);
    router.add("GET", u"/v1/applications/{id}"_s, Access::Read, get);
    router.add("PATCH", u"/v1/applications/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/applications/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
