// WorkOS-compatible /user_management/organization_memberships: list (by user
// and/or organization, statuses), create with a role, get, delete.

#include "WorkOsResource.h"
#include "WorkOsRoutes.h"

#include <QString>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

using namespace workos;

json::Value toJson(Call& call, const model::Membership& m)
{
    store::Result<model::User> user = call.store().user(m.userId);
    store::Result<model::Organization> org = call.store().organization(m.organizationId);
    return membershipJson(m, user ? &*user : nullptr, org ? org->name : std::string());
}

Response listMemberships(Call& call)
{
    Response err;
    ListParams p;
    if (!listParams(call, p, err))
        return err;
    store::MembershipQuery q;
    q.userId = call.query("user_id");
    q.organizationId = call.query("organization_id");
    if (q.userId.empty() && q.organizationId.empty())
        return error(400, "missing_user_id_or_organization_id",
                     "Either user_id or organization_id is required.");
    // statuses=a,b (the SDK), statuses=a&statuses=b (OAS), statuses[]=a.
    for (const char* name : {"statuses", "statuses[]"}) {
        for (const QString& v : call.request().query.allQueryItemValues(QString::fromLatin1(name),
                                                                        QUrl::FullyDecoded)) {
            for (const QString& s : v.split(u','))
                if (!s.trimmed().isEmpty())
                    q.statuses.push_back(s.trimmed().toStdString());
        }
    }
    q.byCreation = true;
    return pagedList<model::Membership>(
        p, "Organization membership",
        [&](const std::string& id) { return call.store().membership(id); },
        [&](bool descending, const std::string& cursor,
            int limit) -> store::Result<store::Page<model::Membership>> {
            q.descending = descending;
            q.after = cursor;
            q.limit = limit;
            store::Result<store::Page<model::Membership>> page = call.store().findMemberships(q);
            if (!page && page.error().kind == store::ErrorKind::NotFound)
                return store::Page<model::Membership>{}; // an unknown user or organization
            return page;
        },
        [&](const model::Membership& m) { return toJson(call, m); });
}

Response create(Call& call)
{
    Response err;
    std::optional<json::Value> b = body(call, err);
    if (!b)
        return err;
    model::Membership m;
    for (const char* field : {"organization_id", "user_id"}) {
        const json::Value* v = b->find(field);
        if (!v || !v->isString() || v->string().empty())
            return validation(field, std::string(field) + "_string_required",
                              std::string(field) + " is required.");
        (std::string_view(field) == "user_id" ? m.userId : m.organizationId) = v->string();
    }
    const json::Value* slug = b->find("role_slug");
    const json::Value* slugs = b->find("role_slugs");
    if (slug && !slug->isNull() && slugs && !slugs->isNull())
        return validation("role_slugs", "role_slug_and_role_slugs",
                          "role_slug and role_slugs cannot both be given.");
    if (slugs && !slugs->isNull()) {
        if (!slugs->isArray() || slugs->array().empty())
            return validation("role_slugs", "role_slugs_array_required",
                              "role_slugs must be a non-empty array of strings.");
        for (const json::Value& s : slugs->array()) {
            if (!s.isString())
                return validation("role_slugs", "role_slugs_array_required",
                                  "role_slugs must be a non-empty array of strings.");
            m.roles.push_back(s.string());
        }
    } else if (slug && !slug->isNull()) {
        if (!slug->isString())
            return validation("role_slug", "role_slug_string_required",
                              "role_slug must be a string.");
        m.roles.push_back(slug->string());
    } else {
        m.roles.push_back("member");
    }
    for (const std::string& role : m.roles) {
        if (!call.store().role(role))
            return error(422, "invalid_role", "Role '" + role + "' is not a valid role.");
    }
    if (!call.store().user(m.userId))
        return notFound("User", m.userId);
    if (!call.store().organization(m.organizationId))
        return notFound("Organization", m.organizationId);
    if (call.store().membershipOf(m.userId, m.organizationId))
        return error(409, "organization_membership_already_exists",
                     "The user is already a member of this organization.");
    m.status = "active";
    store::Result<model::Membership> made = call.store().createMembership(std::move(m));
    if (!made) {
        if (made.error().kind == store::ErrorKind::Duplicate)
            return error(409, "organization_membership_already_exists",
                         "The user is already a member of this organization.");
        return storeError(made.error(), "Organization membership");
    }
    return object(toJson(call, *made), 201);
}

Response get(Call& call)
{
    const std::string id = call.param("id");
    store::Result<model::Membership> m = call.store().membership(id);
    return m ? object(toJson(call, *m)) : notFound("Organization membership", id);
}

Response remove(Call& call)
{
    const std::string id = call.param("id");
    store::Result<model::Membership> m = call.store().membership(id);
    if (!m)
        return notFound("Organization membership", id);
    if (store::Error e = call.store().deleteMembership(id, m->version))
        return storeError(e, "Organization membership");
    return deleted();
}

} // namespace

void addWorkOsMembershipRoutes(Router& router)
{
    const QString base = u"/user_management/organization_memberships"_s;
    router.add("GET", base, Access::Read, listMemberships);
    router.add("POST", base, Access::Write, create);
    router.add("GET", base + u"/{id}"_s, Access::Read, get);
    router.add("DELETE", base + u"/{id}"_s, Access::Write, remove);
}

} // namespace claimsmith::server
