// /v1/users: list with filters, create, read, update, delete, by external id.

#include "RecordFlows.h"
#include "Resource.h"
#include "Routes.h"
#include "model/Ids.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

// The filters of a user search (list and count).
bool filters(Call& call, store::UserQuery& q, Response& error)
{
    q.text = call.query("q");
    q.email = call.query("email");
    q.externalId = call.query("external_id");
    q.organizationId = call.query("organization_id");
    return metadataConditions(call.request(), true, q.metadata, error);
}

Response list(Call& call)
{
    Response error;
    store::UserQuery q;
    if (!call.page(q.limit, q.after, error) || !filters(call, q, error))
        return error;
    if (call.hasQuery("offset")) {
        bool ok = false;
        q.offset = QString::fromStdString(call.query("offset")).toLongLong(&ok);
        if (!ok || q.offset < 0)
            return problem(problems::kInvalid, "offset must be a whole number from 0",
                           {{"offset", "must be a whole number from 0"}});
    }
    const std::string orderBy = call.query("order_by");
    if (orderBy == "name")
        q.sort = store::UserSort::Name;
    else if (orderBy == "created_at")
        q.sort = store::UserSort::CreatedAt;
    else if (orderBy == "updated_at")
        q.sort = store::UserSort::UpdatedAt;
    else if (!orderBy.empty() && orderBy != "email")
        return problem(problems::kInvalid, "order_by takes email, name, created_at or updated_at",
                       {{"order_by", "unknown sort"}});
    const std::string order = call.query("order");
    if (!order.empty() && order != "asc" && order != "desc")
        return problem(problems::kInvalid, "order takes asc or desc", {{"order", "unknown"}});
    q.descending = order == "desc";
    store::Result<store::Page<model::User>> page = call.store().findUsers(q);
    if (!page)
        return problem(page.error());
    json::Array data;
    for (const model::User& u : page->items)
        data.push_back(model::toJson(u));
    return listResponse(std::move(data), page->next);
}

// {"count": N}: how many users the filters find (all users without them).
Response count(Call& call)
{
    Response error;
    store::UserQuery q;
    if (!filters(call, q, error))
        return error;
    store::Result<std::int64_t> n = call.store().countUsers(q);
    return n ? Response::json(json::Value::object({{"count", *n}})) : problem(n.error());
}

store::Result<model::User> readUser(store::Store& s, const std::string& id)
{
    return s.user(id);
}

Response create(Call& call)
{
    return createRecord<model::User>(
        call, model::userFromJson, model::kUserPrefix, "/v1/users/",
        [](store::Store& s, model::User u) { return s.createUser(std::move(u)); });
}

Response get(Call& call)
{
    return getRecord(call, "id", readUser);
}

Response byExternalId(Call& call)
{
    return getRecord(call, "external_id",
                     [](store::Store& s, const std::string& id) { return s.userByExternalId(id); });
}

Response update(Call& call)
{
    return patchRecord<model::User>(
        call, "id", model::userFromJson, {"metadata", "user_metadata", "sso_attributes"},
        {"id", "created_at", "updated_at", "version"}, readUser,
        [](store::Store& s, const model::User& u) { return s.updateUser(u); });
}

Response remove(Call& call)
{
    return deleteRecord(call, "id", [](store::Store& s, const std::string& id, std::int64_t v) {
        return s.deleteUser(id, v);
    });
}

} // namespace

void addUserRoutes(Router& router)
{
    router.add("GET", u"/v1/users"_s, Access::Read, list);
    router.add("POST", u"/v1/users"_s, Access::Write, create);
    router.add("GET", u"/v1/users/count"_s, Access::Read, count);
    router.add("GET", u"/v1/users/external/{external_id}"_s, Access::Read, byExternalId,
               Speed::Quick);
    router.add("GET", u"/v1/users/{id}"_s, Access::Read, get, Speed::Quick);
    router.add("PATCH", u"/v1/users/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/users/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
