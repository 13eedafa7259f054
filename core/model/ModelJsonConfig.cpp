// JSON of the configuration side of the model: permissions, roles,
// applications, templates and their versions, signing keys, audit events.

#include "FieldReader.h"
#include "Ids.h"
#include "ModelJson.h"

#include <climits>

namespace claimsmith::model {

namespace {

using Need = FieldReader::Need;

} // namespace

json::Value toJson(const Permission& p)
{
    return json::Value::object({
        {"slug", p.slug},
        {"name", p.name},
        {"description", p.description},
        {"version", p.version},
    });
}

Parsed<Permission> permissionFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    Permission p;
    FieldReader r(v, {}, "a permission", unknownFields);
    r.string("slug", p.slug, Need::Required, true);
    r.string("name", p.name, Need::Optional);
    r.string("description", p.description, Need::Optional);
    r.integer("version", p.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(p));
}

json::Value toJson(const Role& role)
{
    return json::Value::object({
        {"slug", role.slug},
        {"name", role.name},
        {"description", role.description},
        {"permissions", stringsJson(role.permissions)},
        {"version", role.version},
    });
}

Parsed<Role> roleFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    Role role;
    FieldReader r(v, {}, "a role", unknownFields);
    r.string("slug", role.slug, Need::Required, true);
    r.string("name", role.name, Need::Optional);
    r.string("description", role.description, Need::Optional);
    r.stringArray("permissions", role.permissions);
    r.integer("version", role.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(role));
}

json::Value toJson(const Application& a)
{
    return json::Value::object({
        {"id", a.id},
        {"name", a.name},
        {"client_id", a.clientId},
        {"metadata", a.metadata},
        {"template", a.templateName},
        {"token_lifetime", a.tokenLifetime},
        {"created_at", timeJson(a.createdAt)},
        {"updated_at", timeJson(a.updatedAt)},
        {"version", a.version},
    });
}

Parsed<Application> applicationFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    Application a;
    FieldReader r(v, {}, "an application", unknownFields);
    r.id("id", a.id, kApplicationPrefix);
    r.string("name", a.name, Need::Required, true);
    r.string("client_id", a.clientId, Need::Required, true);
    r.object("metadata", a.metadata);
    r.string("template", a.templateName, Need::Optional, true);
    r.integer("token_lifetime", a.tokenLifetime, Need::Optional, 1, INT64_MAX);
    r.time("created_at", a.createdAt);
    r.time("updated_at", a.updatedAt);
    r.integer("version", a.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(a));
}

json::Value toJson(const Template& t)
{
    return json::Value::object({
        {"name", t.name},
        {"latest_version", t.latestVersion},
        {"staging_version", nullableJson(t.stagingVersion)},
        {"production_version", nullableJson(t.productionVersion)},
        {"created_at", timeJson(t.createdAt)},
        {"updated_at", timeJson(t.updatedAt)},
        {"version", t.version},
    });
}

Parsed<Template> templateFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    Template t;
    FieldReader r(v, {}, "a template", unknownFields);
    r.string("name", t.name, Need::Required, true);
    r.integer("latest_version", t.latestVersion, Need::Optional, 0, INT_MAX);
    r.nullableInteger("staging_version", t.stagingVersion, 1, INT_MAX);
    r.nullableInteger("production_version", t.productionVersion, 1, INT_MAX);
    r.time("created_at", t.createdAt);
    r.time("updated_at", t.updatedAt);
    r.integer("version", t.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(t));
}

json::Value toJson(const TemplateVersion& tv)
{
    return json::Value::object({
        {"template_name", tv.templateName},
        {"version", tv.number},
        {"content", tv.content},
        {"author", tv.author},
        {"comment", tv.comment},
        {"created_at", timeJson(tv.createdAt)},
    });
}

Parsed<TemplateVersion> templateVersionFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    TemplateVersion tv;
    FieldReader r(v, {}, "a template version", unknownFields);
    r.string("template_name", tv.templateName, Need::Required, true);
    r.integer("version", tv.number, Need::Required, 1, INT_MAX);
    r.string("content", tv.content, Need::Required);
    r.string("author", tv.author, Need::Optional);
    r.string("comment", tv.comment, Need::Optional);
    r.time("created_at", tv.createdAt);
    return r.result(std::move(tv));
}

json::Value toJson(const SigningKey& k)
{
    return json::Value::object({
        {"kid", k.kid},
        {"alg", k.alg},
        {"state", keyStateName(k.state)},
        {"public_jwk", k.publicJwk},
        {"created_at", timeJson(k.createdAt)},
        {"activated_at", nullableTimeJson(k.activatedAt)},
        {"retired_at", nullableTimeJson(k.retiredAt)},
        {"version", k.version},
    });
}

Parsed<SigningKey> signingKeyFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    SigningKey k;
    FieldReader r(v, {}, "a signing key", unknownFields);
    r.string("kid", k.kid, Need::Required, true);
    r.string("alg", k.alg, Need::Required, true);
    std::string state;
    r.oneOf("state", state, Need::Required, {"next", "active", "retired"},
            "next, active or retired");
    if (const std::optional<KeyState> s = keyStateFromName(state))
        k.state = *s;
    if (const json::Value* jwk = r.member("public_jwk", Need::Optional)) {
        if (!jwk->isObject() && !jwk->isNull())
            r.fail("public_jwk", "must be a JWK object or null, not " + describeType(*jwk));
        else
            k.publicJwk = *jwk;
    }
    r.time("created_at", k.createdAt);
    r.nullableTime("activated_at", k.activatedAt);
    r.nullableTime("retired_at", k.retiredAt);
    r.integer("version", k.version, Need::Optional, 0, INT64_MAX);
    return r.result(std::move(k));
}

json::Value toJson(const AuditEvent& e)
{
    return json::Value::object({
        {"id", e.id},
        {"at", timeJson(e.at)},
        {"actor", e.actor},
        {"action", e.action},
        {"target_type", e.targetType},
        {"target_id", e.targetId},
        {"before", e.before},
        {"after", e.after},
    });
}

Parsed<AuditEvent> auditEventFromJson(const json::Value& v, UnknownFields* unknownFields)
{
    AuditEvent e;
    FieldReader r(v, {}, "an audit event", unknownFields);
    r.integer("id", e.id, Need::Required, 0, INT64_MAX);
    r.time("at", e.at, Need::Required);
    r.string("actor", e.actor, Need::Optional);
    r.string("action", e.action, Need::Required, true);
    r.string("target_type", e.targetType, Need::Optional);
    r.string("target_id", e.targetId, Need::Optional);
    r.anyValue("before", e.before);
    r.anyValue("after", e.after);
    return r.result(std::move(e));
}

} // namespace claimsmith::model
