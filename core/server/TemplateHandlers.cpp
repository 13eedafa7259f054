// JWT templates and their versions, rendering without side effects, and the
// rollout check.

#include "Resource.h"
#include "Routes.h"
#include "issue/Payload.h"
#include "issue/TokenService.h"
#include "json/Reader.h"
#include "rollout/ReportJson.h"
#include "rollout/RolloutCheck.h"
#include "template/DiagnosticJson.h"
#include "template/Template.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

// The members of a body that are strings, or a 400.
bool strings(const json::Value& body,
             std::initializer_list<std::pair<const char*, std::string*>> out, Response& error)
{
    for (const auto& [name, into] : out) {
        const json::Value* v = body.find(name);
        if (!v || v->isNull())
            continue;
        if (!v->isString()) {
            error = fieldProblem({name, "must be a string"});
            return false;
        }
        *into = v->string();
    }
    return true;
}

bool onlyMembers(const json::Value& body, std::initializer_list<std::string_view> allowed,
                 Response& error)
{
    for (const json::Member& m : body.object()) {
        if (std::find(allowed.begin(), allowed.end(), m.key) == allowed.end()) {
            error = fieldProblem({m.key, "is not a field of this request"});
            return false;
        }
    }
    return true;
}

Response list(Call& call)
{
    store::Result<std::vector<model::Template>> all = call.store().templates();
    if (!all)
        return problem(all.error());
    return pagedList(
        call, std::move(all.value()), [](const model::Template& t) { return t.name; },
        [](const model::Template& t) { return model::toJson(t); });
}

Response create(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::string name, content, comment;
    if (!onlyMembers(*body, {"name", "content", "comment"}, error) ||
        !strings(*body, {{"name", &name}, {"content", &content}, {"comment", &comment}}, error))
        return error;
    if (name.empty())
        return fieldProblem({"name", "is required"});
    if (!body->find("content"))
        return fieldProblem({"content", "is required"});
    store::Result<model::Template> made = call.store().createTemplate(name, content, comment);
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    r.setHeader("Location",
                "/v1/templates/" + QUrl::toPercentEncoding(QString::fromStdString(name)));
    return r;
}

Response get(Call& call)
{
    store::Result<model::Template> t = call.store().templateByName(call.param("name"));
    return t ? objectResponse(model::toJson(*t), t->version) : problem(t.error());
}

Response versions(Call& call)
{
    store::Result<std::vector<model::TemplateVersion>> all =
        call.store().templateVersions(call.param("name"));
    if (!all)
        return problem(all.error());
    return pagedList(
        call, std::move(all.value()),
        [](const model::TemplateVersion& v) {
            // Zero-padded, so that the text order is the number order.
            std::string key = std::to_string(v.number);
            return std::string(10 - std::min<std::size_t>(10, key.size()), '0') + key;
        },
        [](const model::TemplateVersion& v) { return model::toJson(v); });
}

Response version(Call& call)
{
    bool ok = false;
    const int number = QString::fromStdString(call.param("number")).toInt(&ok);
    if (!ok)
        return problem(store::Error::notFound("template version", call.param("number")));
    store::Result<model::TemplateVersion> v =
        call.store().templateVersion(call.param("name"), number);
    return v ? Response::json(model::toJson(*v)) : problem(v.error());
}

Response addVersion(Call& call)
{
    Response error;
    const std::optional<std::int64_t> expected = call.ifMatch(error);
    if (!expected)
        return error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::string content, comment;
    if (!onlyMembers(*body, {"content", "comment"}, error) ||
        !strings(*body, {{"content", &content}, {"comment", &comment}}, error))
        return error;
    if (!body->find("content"))
        return fieldProblem({"content", "is required"});
    store::Result<model::TemplateVersion> v =
        call.store().addTemplateVersion(call.param("name"), content, comment, *expected);
    if (!v)
        return problem(v.error());
    store::Result<model::Template> t = call.store().templateByName(call.param("name"));
    Response r = Response::json(model::toJson(*v), 201);
    if (t)
        r.setVersion(t->version); // the template's new version, for the next write
    return r;
}

Response promote(Call& call)
{
    Response error;
    const std::optional<std::int64_t> expected = call.ifMatch(error);
    if (!expected)
        return error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::string environment, note;
    if (!onlyMembers(*body, {"version", "environment", "note"}, error) ||
        !strings(*body, {{"environment", &environment}, {"note", &note}}, error))
        return error;
    const json::Value* number = body->find("version");
    if (!number || !number->isInteger() || number->toInt64() < 1 || number->toInt64() > 1000000000)
        return fieldProblem({"version", "must be the number of a version"});
    if (environment != "staging" && environment != "production")
        return fieldProblem({"environment", "must be staging or production"});
    store::Result<model::Template> t = call.store().promoteTemplate(
        call.param("name"), static_cast<int>(number->toInt64()), environment, *expected, note);
    return t ? objectResponse(model::toJson(*t), t->version) : problem(t.error());
}

Response render(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::string text, name, user, org, app;
    if (!onlyMembers(*body,
                     {"template", "template_name", "version", "user_id", "organization_id",
                      "application_id"},
                     error) ||
        !strings(*body,
                 {{"template", &text},
                  {"template_name", &name},
                  {"user_id", &user},
                  {"organization_id", &org},
                  {"application_id", &app}},
                 error))
        return error;
    if (user.empty())
        return fieldProblem({"user_id", "is required"});
    const bool hasText = body->find("template") != nullptr;
    if (hasText == !name.empty())
        return fieldProblem({"template", "give template (the text) or template_name"});
    if (!hasText) {
        int number = 0;
        if (const json::Value* v = body->find("version")) {
            if (!v->isInteger() || v->toInt64() < 1 || v->toInt64() > 1000000000)
                return fieldProblem({"version", "must be the number of a version"});
            number = static_cast<int>(v->toInt64());
        } else {
            store::Result<model::Template> t = call.store().templateByName(name);
            if (!t)
                return problem(t.error());
            if (!t->productionVersion)
                return fieldProblem({"version", "the template has no production version; "
                                                "name one"});
            number = *t->productionVersion;
        }
        store::Result<model::TemplateVersion> v = call.store().templateVersion(name, number);
        if (!v)
            return problem(v.error());
        text = v->content;
    }
    issue::TokenRequest request;
    request.user = user;
    request.organization = org;
    request.application = app;
    store::Result<json::Value> context = call.tokens().context(request);
    if (!context)
        return problem(context.error());
    const tmpl::Template compiled = tmpl::Template::compile(text);
    std::vector<tmpl::Diagnostic> diagnostics = compiled.diagnostics();
    json::Value claims;
    json::Value payload;
    if (!compiled.hasErrors()) {
        tmpl::RenderResult rendered = compiled.render(*context);
        diagnostics.insert(diagnostics.end(), rendered.diagnostics.begin(),
                           rendered.diagnostics.end());
        if (rendered.ok) {
            claims = json::parse(rendered.json).value;
            issue::PayloadOptions options;
            if (store::Result<std::string> iss = call.store().issuer())
                options.issuer = *iss;
            options.issuedAt = QDateTime::currentSecsSinceEpoch();
            store::Result<model::Application> application =
                app.empty() ? call.store().defaultApplication() : call.store().application(app);
            if (!application && !app.empty())
                application = call.store().applicationByClientId(app);
            if (application)
                options.lifetime = application->tokenLifetime;
            options.jti = issue::newJti();
            std::string out;
            issue::appendPayload(out, *context, rendered.json, compiled.setsClaim("aud"), options);
            payload = json::parse(out).value;
        }
    }
    return Response::json(
        json::Value::object({{"claims", std::move(claims)},
                             {"payload", std::move(payload)},
                             {"diagnostics", tmpl::diagnosticsToJson(diagnostics)}}));
}

Response rolloutCheck(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    rollout::RolloutOptions options;
    std::string candidate;
    if (!onlyMembers(*body, {"template", "candidate", "version", "application_id"}, error) ||
        !strings(*body,
                 {{"template", &options.templateName},
                  {"candidate", &candidate},
                  {"application_id", &options.application}},
                 error))
        return error;
    if (options.templateName.empty())
        return fieldProblem({"template", "is required (the template's name)"});
    const json::Value* number = body->find("version");
    if ((body->find("candidate") != nullptr) == (number != nullptr))
        return fieldProblem({"candidate", "give candidate (a template text) or version"});
    if (number) {
        if (!number->isInteger() || number->toInt64() < 1 || number->toInt64() > 1000000000)
            return fieldProblem({"version", "must be the number of a version"});
        options.candidateVersion = static_cast<int>(number->toInt64());
    } else {
        options.candidateText = candidate;
    }
    options.threads = 2;
    store::Result<rollout::RolloutReport> report = rollout::RolloutCheck(options).run(call.store());
    return report ? Response::json(rollout::reportToJson(*report)) : problem(report.error());
}

} // namespace

void addTemplateRoutes(Router& router)
{
    router.add("GET", u"/v1/templates"_s, Access::Read, list);
    router.add("POST", u"/v1/templates"_s, Access::Write, create);
    router.add("GET", u"/v1/templates/{name}"_s, Access::Read, get);
    router.add("GET", u"/v1/templates/{name}/versions"_s, Access::Read, versions);
    router.add("GET", u"/v1/templates/{name}/versions/{number}"_s, Access::Read, version);
    router.add("POST", u"/v1/templates/{name}/versions"_s, Access::Write, addVersion);
    router.add("POST", u"/v1/templates/{name}/promote"_s, Access::Write, promote);
    router.add("POST", u"/v1/render"_s, Access::Read, render);
    router.add("POST", u"/v1/rollout-check"_s, Access::Read, rolloutCheck);
}

} // namespace claimsmith::server
