// WorkOS-compatible /user_management/jwt_template: the store's template
// named "default". GET answers its production version's text; PUT adds a
// version and promotes it to production.

#include "WorkOsResource.h"
#include "WorkOsRoutes.h"
#include "model/Clock.h"
#include "template/Template.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

using namespace workos;

constexpr const char* kTemplateName = "default";

Response templateObject(Call& call, const model::Template& t)
{
    const int number = t.productionVersion ? *t.productionVersion : t.latestVersion;
    store::Result<model::TemplateVersion> v = call.store().templateVersion(kTemplateName, number);
    if (!v)
        return storeError(v.error(), "JWT template");
    return object(json::Value::object({{"object", "jwt_template"},
                                       {"content", v->content},
                                       {"created_at", model::isoTime(t.createdAt)},
                                       {"updated_at", model::isoTime(v->createdAt)}}));
}

Response get(Call& call)
{
    store::Result<model::Template> t = call.store().templateByName(kTemplateName);
    if (!t || t->latestVersion < 1)
        return error(404, "entity_not_found", "JWT template not found.");
    return templateObject(call, *t);
}

Response put(Call& call)
{
    Response err;
    std::optional<json::Value> b = body(call, err);
    if (!b)
        return err;
    const json::Value* content = b->find("content");
    if (!content || !content->isString())
        return validation("content", "content_string_required", "content must be a string.");
    const tmpl::Template compiled = tmpl::Template::compile(content->string());
    if (compiled.hasErrors()) {
        std::string problems;
        for (const tmpl::Diagnostic& d : compiled.diagnostics()) {
            if (d.severity != tmpl::Severity::Error)
                continue;
            problems += (problems.empty() ? "" : "; ") + std::string("template:") +
                        std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + ": " +
                        d.message;
        }
        return validation("content", "invalid_template", problems);
    }
    store::Result<model::Template> t = call.store().templateByName(kTemplateName);
    int number = 1;
    if (!t) {
        if (t.error().kind != store::ErrorKind::NotFound)
            return storeError(t.error(), "JWT template");
        store::Result<model::Template> made =
            call.store().createTemplate(kTemplateName, content->string(), "PUT jwt_template");
        if (!made)
            return storeError(made.error(), "JWT template");
        t = std::move(made);
        number = t->latestVersion;
    } else {
        store::Result<model::TemplateVersion> v = call.store().addTemplateVersion(
            kTemplateName, content->string(), "PUT jwt_template", t->version);
        if (!v)
            return storeError(v.error(), "JWT template");
        number = v->number;
        t = call.store().templateByName(kTemplateName);
        if (!t)
            return storeError(t.error(), "JWT template");
    }
    store::Result<model::Template> promoted =
        call.store().promoteTemplate(kTemplateName, number, "production", t->version);
    if (!promoted)
        return storeError(promoted.error(), "JWT template");
    return templateObject(call, *promoted);
}

} // namespace

void addWorkOsTemplateRoutes(Router& router)
{
    router.add("GET", u"/user_management/jwt_template"_s, Access::Read, get);
    router.add("PUT", u"/user_management/jwt_template"_s, Access::Write, put);
}

void addWorkOsRoutes(Router& router)
{
    router.setApi(Api::WorkOs);
    addWorkOsUserRoutes(router);
    addWorkOsOrganizationRoutes(router);
    addWorkOsMembershipRoutes(router);
    addWorkOsTemplateRoutes(router);
    router.setApi(Api::Native);
}

} // namespace claimsmith::server
