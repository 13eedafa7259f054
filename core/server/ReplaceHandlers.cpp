// PUT on the native resources: the whole object as it should be, with
// If-Match, for clients that hold whole objects (RemoteStore). Unlike PATCH,
// the metadata bags are replaced, not merged, so a removed key is removed.

#include "Resource.h"
#include "Routes.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

// `key` names the member that identifies the object ("id" or "slug"); the
// path's value wins over the body's.
template <class T, class Update>
Response replace(Call& call, const char* key, Parser<T> parse, Update update)
{
    Response error;
    const std::optional<std::int64_t> version = call.ifMatch(error);
    if (!version)
        return error;
    std::optional<json::Value> body = call.body(error);
    if (!body)
        return error;
    const std::string id = call.param(key);
    if (const json::Value* given = body->find(key); given && *given != json::Value(id))
        return fieldProblem({key, "must be the one in the path"});
    body->set(key, id);
    std::optional<T> object = parseObject<T>(*body, parse, error);
    if (!object)
        return error;
    object->version = *version;
    store::Result<T> updated = update(call.store(), *object);
    return updated ? objectResponse(model::toJson(*updated), updated->version)
                   : problem(updated.error());
}

} // namespace

void addReplaceRoutes(Router& router)
{
    router.add("PUT", u"/v1/users/{id}"_s, Access::Write, [](Call& call) {
        return replace<model::User>(
            call, "id", model::userFromJson,
            [](store::Store& s, const model::User& u) { return s.updateUser(u); });
    });
    router.add("PUT", u"/v1/organizations/{id}"_s, Access::Write, [](Call& call) {
        return replace<model::Organization>(
            call, "id", model::organizationFromJson,
            [](store::Store& s, const model::Organization& o) { return s.updateOrganization(o); });
    });
    router.add("PUT", u"/v1/memberships/{id}"_s, Access::Write, [](Call& call) {
        return replace<model::Membership>(
            call, "id", model::membershipFromJson,
            [](store::Store& s, const model::Membership& m) { return s.updateMembership(m); });
    });
    router.add("PUT", u"/v1/applications/{id}"_s, Access::Write, [](Call& call) {
        return replace<model::Application>(
            call, "id", model::applicationFromJson,
            [](store::Store& s, const model::Application& a) { return s.updateApplication(a); });
    });
    router.add("PUT", u"/v1/roles/{slug}"_s, Access::Write, [](Call& call) {
        return replace<model::Role>(
            call, "slug", model::roleFromJson,
            [](store::Store& s, const model::Role& r) { return s.updateRole(r); });
    });
    router.add("PUT", u"/v1/permissions/{slug}"_s, Access::Write, [](Call& call) {
        return replace<model::Permission>(
            call, "slug", model::permissionFromJson,
            [](store::Store& s, const model::Permission& p) { return s.updatePermission(p); });
    });
}

} // namespace claimsmith::server
