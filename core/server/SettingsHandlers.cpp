// The store's settings (limits profile, issuer) and the import of a
// template with its history: what the GUI changes through RemoteStore
// besides the resources.

#include "Resource.h"
#include "Routes.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

Response settingsResponse(store::Store& store)
{
    store::Result<std::string> profile = store.limitsProfile();
    if (!profile)
        return problem(profile.error());
    store::Result<std::string> issuer = store.issuer();
    if (!issuer)
        return problem(issuer.error());
    return Response::json(json::Value::object({{"limits_profile", *profile}, {"issuer", *issuer}}));
}

Response getSettings(Call& call)
{
    return settingsResponse(call.store());
}

// Settings carry no version: PATCH needs no If-Match here, and the last
// write wins (as with `claimsmith config set`).
Response patchSettings(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    for (const json::Member& m : body->object()) {
        if (m.key != "limits_profile" && m.key != "issuer")
            return fieldProblem({m.key, "is not a setting (limits_profile, issuer)"});
        if (!m.value.isString())
            return fieldProblem({m.key, "must be a string"});
    }
    if (const json::Value* p = body->find("limits_profile")) {
        if (store::Error e = call.store().setLimitsProfile(p->string()))
            return problem(e);
    }
    if (const json::Value* i = body->find("issuer")) {
        if (store::Error e = call.store().setIssuer(i->string()))
            return problem(e);
    }
    return settingsResponse(call.store());
}

// {"template": {…}, "versions": [{…}, …]} as exported: Store::restoreTemplate.
Response importTemplate(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    const json::Value* t = body->find("template");
    const json::Value* versions = body->find("versions");
    if (!t || !t->isObject())
        return fieldProblem({"template", "must be a template object"});
    if (!versions || !versions->isArray())
        return fieldProblem({"versions", "must be a list of template versions"});
    std::optional<model::Template> tmpl =
        parseObject<model::Template>(*t, model::templateFromJson, error);
    if (!tmpl)
        return error;
    std::vector<model::TemplateVersion> list;
    for (const json::Value& v : versions->array()) {
        std::optional<model::TemplateVersion> parsed =
            parseObject<model::TemplateVersion>(v, model::templateVersionFromJson, error);
        if (!parsed)
            return error;
        list.push_back(std::move(*parsed));
    }
    store::Result<model::Template> made = call.store().restoreTemplate(*tmpl, list);
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    r.setHeader("Location",
                "/v1/templates/" + QUrl::toPercentEncoding(QString::fromStdString(made->name)));
    return r;
}

} // namespace

void addSettingsRoutes(Router& router)
{
    router.add("GET", u"/v1/settings"_s, Access::Read, getSettings);
    router.add("PATCH", u"/v1/settings"_s, Access::Write, patchSettings);
    router.add("POST", u"/v1/templates/import"_s, Access::Write, importTemplate);
}

} // namespace claimsmith::server
