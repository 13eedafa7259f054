// The audit log and the metadata keys in use.

#include "Resource.h"
#include "Routes.h"
#include "model/Clock.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

Response audit(Call& call)
{
    Response error;
    store::AuditQuery q;
    if (!call.page(q.limit, q.after, error))
        return error;
    q.actor = call.query("actor");
    q.action = call.query("action");
    q.targetType = call.query("target_type");
    q.targetId = call.query("target_id");
    for (const char* name : {"from", "to"}) {
        if (!call.hasQuery(name))
            continue;
        const std::optional<model::Millis> t = model::parseIsoTime(call.query(name));
        if (!t)
            return fieldProblem({name, "must be a time such as 2026-01-01T00:00:00Z"});
        (std::string_view(name) == "from" ? q.from : q.to) = *t;
    }
    store::Result<store::Page<model::AuditEvent>> page = call.store().findAuditEvents(q);
    if (!page)
        return problem(page.error());
    json::Array data;
    for (const model::AuditEvent& e : page->items)
        data.push_back(model::toJson(e));
    return listResponse(std::move(data), page->next);
}

Response metadataKeys(Call& call)
{
    const std::string objectName = call.hasQuery("object") ? call.query("object") : "user";
    const std::string fieldName = call.hasQuery("field") ? call.query("field") : "metadata";
    const auto object = store::metadataObjectFromName(objectName);
    if (!object)
        return fieldProblem({"object", "must be user, organization or application"});
    const auto field = store::metadataFieldFromName(fieldName);
    if (!field)
        return fieldProblem({"field", "must be metadata, user_metadata or sso_attributes"});
    store::Result<std::vector<store::MetadataKeyStats>> keys =
        call.store().metadataKeys(*object, *field);
    if (!keys)
        return problem(keys.error());
    static const std::pair<std::uint8_t, const char*> kKinds[] = {
        {1, "null"}, {2, "boolean"}, {4, "number"}, {8, "string"}, {16, "object"}, {32, "array"}};
    json::Array data;
    for (const store::MetadataKeyStats& k : *keys) {
        json::Array types;
        for (const auto& [bit, name] : kKinds) {
            if (k.kinds & bit)
                types.push_back(name);
        }
        data.push_back(json::Value::object(
            {{"key", k.key}, {"count", k.count}, {"types", json::Value(std::move(types))}}));
    }
    return listResponse(std::move(data), {});
}

} // namespace

void addRecordRoutes(Router& router)
{
    router.add("GET", u"/v1/audit"_s, Access::Read, audit);
    router.add("GET", u"/v1/metadata/keys"_s, Access::Read, metadataKeys);
}

} // namespace claimsmith::server
