// WorkOS-compatible /user_management/users: list, create, get, get by
// external id, update (PUT, metadata merged), delete.

#include "WorkOsResource.h"
#include "WorkOsRoutes.h"
#include "model/MetadataLimits.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

using namespace workos;

// Reads a string-or-null member into `out`; 422 when it is another type.
bool optionalString(const json::Value& body, const char* field,
                    std::optional<std::optional<std::string>>& out, Response& err)
{
    const json::Value* v = body.find(field);
    if (!v)
        return true;
    if (v->isNull())
        out = std::optional<std::string>();
    else if (v->isString())
        out = std::optional<std::string>(v->string());
    else {
        err = validation(field, std::string(field) + "_string_required",
                         std::string(field) + " must be a string.");
        return false;
    }
    return true;
}

// The fields of a create or update body applied to `user`.
bool applyBody(const json::Value& body, model::User& user, bool creating, Response& err)
{
    if (const json::Value* email = body.find("email")) {
        if (!email->isString()) {
            err = validation("email", "email_string_required", "email must be a string.");
            return false;
        }
        if (std::optional<std::string> bad = model::checkEmail(email->string())) {
            err = validation("email", "email_invalid", "email " + *bad);
            return false;
        }
        user.email = email->string();
    } else if (creating) {
        err = validation("email", "email_string_required", "email is required.");
        return false;
    }
    std::optional<std::optional<std::string>> first;
    std::optional<std::optional<std::string>> last;
    std::optional<std::optional<std::string>> external;
    if (!optionalString(body, "first_name", first, err) ||
        !optionalString(body, "last_name", last, err) ||
        !optionalString(body, "external_id", external, err))
        return false;
    if (first)
        user.firstName = *first;
    if (last)
        user.lastName = *last;
    if (external) {
        if (*external) {
            if (std::optional<std::string> bad =
                    model::checkExternalId(**external, model::LimitsProfile::WorkOS)) {
                err = validation("external_id", "external_id_invalid", "external_id " + *bad);
                return false;
            }
        }
        user.externalId = *external;
    }
    if (const json::Value* verified = body.find("email_verified");
        verified && !verified->isNull()) {
        if (!verified->isBool()) {
            err = validation("email_verified", "email_verified_boolean_required",
                             "email_verified must be a boolean.");
            return false;
        }
        user.emailVerified = verified->toBool();
    }
    if (const json::Value* meta = body.find("metadata"); meta && !(meta->isNull() && !creating)) {
        std::optional<json::Value> bag = metadata(*meta, creating ? nullptr : &user.metadata, err);
        if (!bag)
            return false;
        user.metadata = std::move(*bag);
    }
    return true;
}

Response listUsers(Call& call)
{
    Response err;
    ListParams p;
    if (!listParams(call, p, err))
        return err;
    store::UserQuery q;
    q.email = call.query("email");
    q.organizationId = call.query("organization_id");
    if (q.organizationId.empty())
        q.organizationId = call.query("organization");
    if (!q.organizationId.empty() && !call.store().organization(q.organizationId))
        return workos::list({}, {}, {});
    q.sort = store::UserSort::CreatedAt;
    return pagedList<model::User>(
        p, "User", [&](const std::string& id) { return call.store().user(id); },
        [&](bool descending, const std::string& cursor, int limit) {
            q.descending = descending;
            q.after = cursor;
            q.limit = limit;
            return call.store().findUsers(q);
        },
        userJson);
}

Response create(Call& call)
{
    Response err;
    std::optional<json::Value> b = body(call, err);
    if (!b)
        return err;
    model::User user;
    if (!applyBody(*b, user, true, err))
        return err;
    if (call.store().userByEmail(user.email))
        return error(
            400, "user_creation_error", "Could not create user.",
            json::Value::array({json::Value::object(
                {{"code", "email_not_available"}, {"message", "This email is not available."}})}));
    store::Result<model::User> made = call.store().createUser(std::move(user));
    if (!made) {
        if (made.error().kind == store::ErrorKind::Duplicate && made.error().field == "email")
            return error(400, "user_creation_error", "Could not create user.",
                         json::Value::array(
                             {json::Value::object({{"code", "email_not_available"},
                                                   {"message", "This email is not available."}})}));
        return storeError(made.error(), "User");
    }
    return object(userJson(*made), 201);
}

store::Result<model::User> readUser(store::Store& s, const std::string& id)
{
    return s.user(id);
}

Response get(Call& call)
{
    return getObject(call, "id", "User", readUser, userJson);
}

Response byExternalId(Call& call)
{
    return getObject(
        call, "external_id", "User",
        [](store::Store& s, const std::string& id) { return s.userByExternalId(id); }, userJson);
}

// A changed email is checked before the store sees it, as WorkOS answers
// 400 email_not_available rather than a conflict.
Response save(store::Store& s, const model::User& current, const model::User& user)
{
    if (user.email != current.email) {
        store::Result<model::User> holder = s.userByEmail(user.email);
        if (holder && holder->id != user.id)
            return error(400, "email_not_available", "This email is not available.");
    }
    store::Result<model::User> updated = s.updateUser(user);
    if (!updated) {
        if (updated.error().kind == store::ErrorKind::Duplicate && updated.error().field == "email")
            return error(400, "email_not_available", "This email is not available.");
        return storeError(updated.error(), "User");
    }
    return object(userJson(*updated));
}

Response update(Call& call)
{
    return updateObject<model::User>(
        call, "User", readUser,
        [](const json::Value& b, model::User& user, Response& err) {
            return applyBody(b, user, false, err);
        },
        save);
}

// The user's memberships (the first page of them) go with the user; a
// failed search leaves them to the store.
std::optional<Response> removeMemberships(store::Store& s, const std::string& id)
{
    store::MembershipQuery q;
    q.userId = id;
    q.limit = store::kMaxPageSize;
    if (store::Result<store::Page<model::Membership>> ms = s.findMemberships(q)) {
        for (const model::Membership& m : ms->items) {
            if (store::Error e = s.deleteMembership(m.id, m.version))
                return storeError(e, "Organization membership");
        }
    }
    return std::nullopt;
}

Response remove(Call& call)
{
    return removeObject<model::User>(
        call, "User", readUser, removeMemberships,
        [](store::Store& s, const std::string& id, std::int64_t v) { return s.deleteUser(id, v); });
}

} // namespace

void addWorkOsUserRoutes(Router& router)
{
    router.add("GET", u"/user_management/users"_s, Access::Read, listUsers);
    router.add("POST", u"/user_management/users"_s, Access::Write, create);
    router.add("GET", u"/user_management/users/external_id/{external_id}"_s, Access::Read,
               byExternalId, Speed::Quick);
    router.add("GET", u"/user_management/users/{id}"_s, Access::Read, get, Speed::Quick);
    router.add("PUT", u"/user_management/users/{id}"_s, Access::Write, update);
    router.add("DELETE", u"/user_management/users/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
