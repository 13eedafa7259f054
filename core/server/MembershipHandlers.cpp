// /v1/memberships: list by user or organization, create, read, update,
// delete.

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
    q.statuses = commaList(call.query("statuses"));
    if (!listOrder(call, nullptr, q.byCreation, q.descending, error))
        return error;
    store::Result<store::Page<model::Membership>> page = call.store().findMemberships(q);
    if (!page)
        return problem(page.error());
    json::Array data;
    for (const model::Membership& m : page->items)
        data.push_back(model::toJson(m));
    return listResponse(std::move(data), page->next);
}

store::Result<model::Membership> readMembership(store::Store& s, const std::string& id)
{
    return s.membership(id);
}

Response create(Call& call)
{
    return createRecord<model::Membership>(
        call, model::membershipFromJson, model::kMembershipPrefix, "/v1/memberships/",
        [](store::Store& s, model::Membership m) { return s.createMembership(std::move(m)); });
}

Response get(Call& call)
{
    return getRecord(call, "id", readMembership);
}

Response update(Call& call)
{
    return patchRecord<model::Membership>(
        call, "id", model::membershipFromJson, {"custom_attributes"},
        {"id", "user_id", "organization_id", "created_at", "updated_at", "version"}, readMembership,
        [](store::Store& s, const model::Membership& m) { return s.updateMembership(m); });
}

Response remove(Call& call)
{
    return deleteRecord(call, "id", [](store::Store& s, const std::string& id, std::int64_t v) {
        return s.deleteMembership(id, v);
    });
}

} // namespace

void addMembershipRoutes(Router& router)
{
    router.add("GET", u"/v1/memberships"_s, Access::Read, list);
    router.add("POST", u"/v1/memberships"_s, Access::Write, create);
    router.add("GET", u"/v1/memberships/{id}"_s, Access::Read, get, Speed::Quick);
    router.add("PATCH", u"/v1/memberships/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/memberships/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
