// /v1/users: list with filters, create, read, update, delete, by external id.

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

Response create(Call& call)
{
    Response error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    std::optional<model::User> user =
        parseNew<model::User>(std::move(*body), model::userFromJson, model::kUserPrefix, error);
    if (!user)
        return error;
    store::Result<model::User> made = call.store().createUser(std::move(*user));
    if (!made)
        return problem(made.error());
    Response r = objectResponse(model::toJson(*made), made->version, 201);
    r.setHeader("Location", "/v1/users/" + QByteArray::fromStdString(made->id));
    return r;
}

Response get(Call& call)
{
    store::Result<model::User> u = call.store().user(call.param("id"));
    return u ? objectResponse(model::toJson(*u), u->version) : problem(u.error());
}

Response byExternalId(Call& call)
{
    store::Result<model::User> u = call.store().userByExternalId(call.param("external_id"));
    return u ? objectResponse(model::toJson(*u), u->version) : problem(u.error());
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
    store::Result<model::User> current = call.store().user(call.param("id"));
    if (!current)
        return problem(current.error());
    json::Value merged = model::toJson(*current);
    if (!applyPatch(merged, *body, {"metadata", "user_metadata", "sso_attributes"},
                    {"id", "created_at", "updated_at", "version"}, error))
        return error;
    std::optional<model::User> user = parseObject<model::User>(merged, model::userFromJson, error);
    if (!user)
        return error;
    user->version = *version;
    store::Result<model::User> updated = call.store().updateUser(*user);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

Response remove(Call& call)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    if (store::Error e = call.store().deleteUser(call.param("id"), *version))
        return problem(e);
    return Response::empty();
}

} // namespace

void addUserRoutes(Router& router)
{
    router.add("GET", u"/v1/users"_s, Access::Read, list);
    router.add("POST", u"/v1/users"_s, Access::Write, create);
    router.add("GET", u"/v1/users/count"_s, Access::Read, count);
    router.add("GET", u"/v1/users/external/{external_id}"_s, Access::Read, byExternalId);
    router.add("GET", u"/v1/users/{id}"_s, Access::Read, get);
    router.add("PATCH", u"/v1/users/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/v1/users/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
