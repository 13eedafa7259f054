#include "WorkOsResource.h"

#include "Problem.h"
#include "json/Reader.h"
#include "model/Clock.h"
#include "model/MetadataLimits.h"

#include <QCryptographicHash>

namespace claimsmith::server::workos {

namespace {

json::Value timeJson(model::Millis t)
{
    return model::isoTime(t);
}

json::Value optionalString(const std::optional<std::string>& s)
{
    return s ? json::Value(*s) : json::Value();
}

// A stable id for a domain of an organization (model::Domain has none):
// org_domain_ and 26 characters of a hash of the organization and the name.
std::string domainId(const std::string& organizationId, const std::string& domain)
{
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray::fromStdString(organizationId + '\n' + domain),
                                 QCryptographicHash::Sha256)
            .toHex()
            .toUpper();
    return "org_domain_" + hash.left(26).toStdString();
}

} // namespace

Response error(int status, const std::string& code, const std::string& message, json::Value errors)
{
    json::Value body = json::Value::object({{"message", message}, {"code", code}});
    if (!errors.isNull())
        body.set("errors", std::move(errors));
    return Response::json(body, status);
}

Response validation(const std::string& field, const std::string& code, const std::string& message)
{
    return error(422, "invalid_request_parameters", "Validation failed.",
                 json::Value::array({json::Value::object(
                     {{"field", field}, {"code", code}, {"message", message}})}));
}

Response notFound(const std::string& what, const std::string& id)
{
    return Response::json(json::Value::object({{"message", what + " not found: '" + id + "'."},
                                               {"code", "entity_not_found"},
                                               {"entity_id", id}}),
                          404);
}

Response invalidMetadata(const std::string& message)
{
    return error(400, "invalid_metadata", message);
}

Response fromProblem(const Response& response)
{
    if (response.contentType != "application/problem+json")
        return response;
    const json::ParseResult parsed = json::parse(response.body.toStdString());
    std::string slug;
    std::string detail;
    if (parsed.ok && parsed.value.isObject()) {
        if (const json::Value* t = parsed.value.find("type"); t && t->isString())
            slug = t->string().substr(t->string().rfind(':') + 1);
        if (const json::Value* d = parsed.value.find("detail"); d && d->isString())
            detail = d->string();
    }
    Response out;
    if (response.status == 401)
        out = error(401, "unauthorized", "Unauthorized");
    else if (slug == "malformed_json")
        out = error(400, "invalid_json", "Problems parsing JSON");
    else if (response.status == 404)
        out = error(404, "entity_not_found", detail.empty() ? "Not found." : detail);
    else if (slug == "invalid" || slug == "limit")
        out = error(response.status == 400 ? 422 : response.status, "invalid_request_parameters",
                    detail.empty() ? "Validation failed." : detail);
    else
        out = error(response.status, slug.empty() ? "error" : slug,
                    detail.empty() ? "Request failed." : detail);
    for (const auto& h : response.headers)
        out.setHeader(h.first, h.second);
    return out;
}

Response storeError(const store::Error& e, const std::string& what)
{
    using store::ErrorKind;
    if (e.kind == ErrorKind::NotFound)
        return notFound(what, e.recordId);
    if ((e.kind == ErrorKind::Limit || e.kind == ErrorKind::Invalid) &&
        e.field.starts_with("metadata"))
        return invalidMetadata(e.message);
    if (e.kind == ErrorKind::Limit || e.kind == ErrorKind::Invalid)
        return validation(e.field, "invalid", e.message);
    if (e.kind == ErrorKind::Duplicate && e.field == "external_id")
        return error(400, "external_id_already_used", e.message);
    return fromProblem(problem(e));
}

Response object(const json::Value& value, int status)
{
    return Response::json(value, status);
}

Response deleted()
{
    Response r;
    r.status = 200;
    return r; // application/json, no body: the SDK does not read it
}

json::Value userJson(const model::User& u)
{
    return json::Value::object(
        {{"object", "user"},
         {"id", u.id},
         {"email", u.email},
         {"email_verified", u.emailVerified},
         {"first_name", optionalString(u.firstName)},
         {"last_name", optionalString(u.lastName)},
         {"name", json::Value()},
         {"profile_picture_url", json::Value()},
         {"last_sign_in_at", json::Value()},
         {"locale", json::Value()},
         {"external_id", optionalString(u.externalId)},
         {"metadata", u.metadata.isObject() ? u.metadata : json::Value(json::Object{})},
         {"created_at", timeJson(u.createdAt)},
         {"updated_at", timeJson(u.updatedAt)}});
}

json::Value organizationJson(const model::Organization& o)
{
    json::Array domains;
    for (const model::Domain& d : o.domains) {
        domains.push_back(json::Value::object({{"object", "organization_domain"},
                                               {"id", domainId(o.id, d.domain)},
                                               {"organization_id", o.id},
                                               {"domain", d.domain},
                                               {"state", d.state},
                                               {"verification_strategy", "manual"},
                                               {"created_at", timeJson(o.createdAt)},
                                               {"updated_at", timeJson(o.updatedAt)}}));
    }
    return json::Value::object(
        {{"object", "organization"},
         {"id", o.id},
         {"name", o.name},
         {"allow_profiles_outside_organization", false},
         {"domains", json::Value(std::move(domains))},
         {"external_id", optionalString(o.externalId)},
         {"metadata", o.metadata.isObject() ? o.metadata : json::Value(json::Object{})},
         {"created_at", timeJson(o.createdAt)},
         {"updated_at", timeJson(o.updatedAt)}});
}

json::Value membershipJson(const model::Membership& m, const model::User* user,
                           const std::string& organizationName)
{
    json::Array roles;
    for (const std::string& slug : m.roles)
        roles.push_back(json::Value::object({{"slug", slug}}));
    return json::Value::object(
        {{"object", "organization_membership"},
         {"id", m.id},
         {"user_id", m.userId},
         {"organization_id", m.organizationId},
         {"organization_name", organizationName},
         {"status", m.status},
         {"role", m.roles.empty() ? json::Value() : json::Value::object({{"slug", m.roles[0]}})},
         {"roles", json::Value(std::move(roles))},
         {"directory_managed", false},
         {"custom_attributes",
          m.customAttributes.isObject() ? m.customAttributes : json::Value(json::Object{})},
         {"user", user ? userJson(*user) : json::Value()},
         {"created_at", timeJson(m.createdAt)},
         {"updated_at", timeJson(m.updatedAt)}});
}

std::optional<json::Value> body(const Call& call, Response& err)
{
    const std::string text = call.request().body.toStdString();
    json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        err = error(400, "invalid_json", "Problems parsing JSON");
        return std::nullopt;
    }
    if (!parsed.value.isObject()) {
        err = validation("body", "object_required", "The body must be a JSON object.");
        return std::nullopt;
    }
    return std::move(parsed.value);
}

std::optional<json::Value> metadata(const json::Value& patch, const json::Value* current,
                                    Response& err)
{
    if (!patch.isObject()) {
        err = validation("metadata", "metadata_object_required",
                         "metadata must be an object of string values.");
        return std::nullopt;
    }
    for (const json::Member& m : patch.object()) {
        if (m.value.isNull() && !current) {
            err = invalidMetadata("Metadata value for key '" + m.key +
                                  "' must be a string; null only deletes a key on update.");
            return std::nullopt;
        }
    }
    std::optional<json::Value> bag =
        current ? model::mergeMetadata(*current, patch) : std::optional<json::Value>(patch);
    if (!bag) {
        err = validation("metadata", "metadata_object_required",
                         "metadata must be an object of string values.");
        return std::nullopt;
    }
    if (std::optional<model::LimitViolation> v =
            model::checkMetadata(*bag, model::LimitsProfile::WorkOS)) {
        err = invalidMetadata(v->message);
        return std::nullopt;
    }
    return bag;
}

bool listParams(const Call& call, ListParams& out, Response& err)
{
    if (call.hasQuery("limit")) {
        bool ok = false;
        const int n = QString::fromStdString(call.query("limit")).toInt(&ok);
        if (!ok || n < 1 || n > 100) {
            err = validation("limit", "limit_out_of_range", "limit must be between 1 and 100.");
            return false;
        }
        out.limit = n;
    }
    const std::string order = call.query("order");
    if (order == "asc")
        out.descending = false;
    else if (order.empty() || order == "desc" || order == "normal")
        out.descending = true;
    else {
        err = validation("order", "invalid_order", "order must be asc, desc or normal.");
        return false;
    }
    out.before = call.query("before");
    out.after = call.query("after");
    return true;
}

Response list(json::Array data, const std::string& before, const std::string& after)
{
    return Response::json(json::Value::object(
        {{"object", "list"},
         {"data", json::Value(std::move(data))},
         {"list_metadata",
          json::Value::object({{"before", before.empty() ? json::Value() : json::Value(before)},
                               {"after", after.empty() ? json::Value() : json::Value(after)}})}}));
}

} // namespace claimsmith::server::workos
