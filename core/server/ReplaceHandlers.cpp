// PUT on the native resources: the whole object as it should be, with
// If-Match, for clients that hold whole objects (RemoteStore). Unlike PATCH,
// the metadata bags are replaced, not merged, so a removed key is removed.

#include "RecordFlows.h"
#include "Routes.h"

using namespace Qt::StringLiterals;

namespace claimsmith::server {

void addReplaceRoutes(Router& router)
{
    router.add("PUT", u"/v1/users/{id}"_s, Access::Write, [](Call& call) {
        return replaceRecord<model::User>(
            call, "id", model::userFromJson,
            [](store::Store& s, const model::User& u) { return s.updateUser(u); });
    });
    router.add("PUT", u"/v1/organizations/{id}"_s, Access::Write, [](Call& call) {
        return replaceRecord<model::Organization>(
            call, "id", model::organizationFromJson,
            [](store::Store& s, const model::Organization& o) { return s.updateOrganization(o); });
    });
    router.add("PUT", u"/v1/memberships/{id}"_s, Access::Write, [](Call& call) {
        return replaceRecord<model::Membership>(
            call, "id", model::membershipFromJson,
            [](store::Store& s, const model::Membership& m) { return s.updateMembership(m); });
    });
    router.add("PUT", u"/v1/applications/{id}"_s, Access::Write, [](Call& call) {
        return replaceRecord<model::Application>(
            call, "id", model::applicationFromJson,
            [](store::Store& s, const model::Application& a) { return s.updateApplication(a); });
    });
    router.add("PUT", u"/v1/roles/{slug}"_s, Access::Write, [](Call& call) {
        return replaceRecord<model::Role>(
            call, "slug", model::roleFromJson,
            [](store::Store& s, const model::Role& r) { return s.updateRole(r); });
    });
    router.add("PUT", u"/v1/permissions/{slug}"_s, Access::Write, [](Call& call) {
        return replaceRecord<model::Permission>(
            call, "slug", model::permissionFromJson,
            [](store::Store& s, const model::Permission& p) { return s.updatePermission(p); });
    });
}

} // namespace claimsmith::server
