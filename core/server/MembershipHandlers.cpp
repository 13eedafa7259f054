// /v1/memberships: list by user or organization, create, read, update,
// delete.

#include "Resource.h"
#include "Routes.h"
#include "model/Ids.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

Response list(Call& call)
{
    Response error;
    store::MembershipQuery q;
    if (!call.page(q.limit, q.after, error))
        return error;
    q.userId = call.query("user_id");
    q.organizationId = call.query("organization_id");
    // user_ids=ID,ID,…: the memberships of any of these users.
    for (const QString& id :
         QString::fromStdString(call.query("user_ids")).split(u',', Qt::SkipEmptyParts))
        q.userIds.push_back(id.toStdString());
    if (q.userIds.size() > static_cast<std::size_t>(store::kMaxPageSize))
        return problem(problems::kInvalid, "user_ids takes at most 1000 ids",
                       {{"user_ids", "too many ids"}});
    store::Result<store::Page<model::Membership>> page = call.store().findMemberships(q);
    if (!page)
        return problem(page.error());
    json::Array data;
    for (const model::Membership& m : page->items)
        data.push_back(model::toJson(m));
    return listResponse(std::move(data), page->next);
}

Response create(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<model::Membership> m = parseNew<model::Membership>(
        std::move(*body), model::membershipFromJson, model::kMembershipPrefix, error);
    if (!m)
        return error;
    store::Result<model::Membership> made = call.store().createMembership(std::move(*m));
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    r.setHeader("Location", "/v1/memberships/" + QByteArray::fromStdString(made->id));
    return r;
}

Response get(Call& call)
{
    store::Result<model::Membership> m = call.store().membership(call.param("id"));
    return m ? objectResponse(model::toJson(*m), m->version) : problem(m.error());
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
    store::Result<model::Membership> current = call.store().membership(call.param("id"));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, {"custom_attributes"},
                    {"id", "user_id", "organization_id", "created_at", "updated_at", "version"},
                    error))
        return error;
    std::optional<model::Membership> m =
        parseObject<model::Membership>(merged, model::membershipFromJson, error);
    if (!m)
        return error;
    m->version = *version;
    store::Result<model::Membership> updated = call.store().updateMembership(*m);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

Response remove(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = call.store().deleteMembership(call.param("id"), *version))
        return problem(e);
    return Response::empty();
}

} // namespace

void addMembershipRoutes(Router& router)
{
    router.add("GET", u"/v1/memberships"_s, Access::Read, list);
    router.add("POST", u"/v1/memberships"_s, Access::Write, create);
    router.add("GET", u"/v1/memberships/{id}"_s, Access::Read, get);
    router.add("PATCH", u"/v1/memberships/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/memberships/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
