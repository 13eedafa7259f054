#include "ContextBuilder.h"

#include "model/Clock.h"

#include <algorithm>
#include <type_traits>
#include <utility>

namespace claimsmith::issue {

namespace {

json::Value optionalText(const std::optional<std::string>& s)
{
    return s ? json::Value(*s) : json::Value();
}

// Fields the standard claims are made from (Payload.h).
const char* const kStandardFields[] = {"user.id",
                                       "organization.id",
                                       "organization_membership.role",
                                       "organization_membership.roles",
                                       "organization_membership.permissions",
                                       "application.client_id",
                                       "session.id"};

} // namespace

ContextBuilder::ContextBuilder(const std::vector<std::string>* usedFields)
{
    if (!usedFields)
        return;
    m_all = false;
    m_fields = *usedFields;
    for (const char* f : kStandardFields)
        m_fields.emplace_back(f);
}

void ContextBuilder::setRoles(const std::vector<model::Role>& roles)
{
    m_permissions.clear();
    for (const model::Role& r : roles)
        m_permissions[r.slug] = r.permissions;
}

bool ContextBuilder::wants(std::string_view root, std::string_view field) const
{
    if (m_all)
        return true;
    for (const std::string& f : m_fields) {
        if (f.size() == root.size() && f == root)
            return true; // the whole root
        if (f.size() == root.size() + 1 + field.size() && f.compare(0, root.size(), root) == 0 &&
            f[root.size()] == '.' && f.compare(root.size() + 1, std::string::npos, field) == 0)
            return true;
    }
    return false;
}

json::Value ContextBuilder::user(const model::User& u) const
{
    return userOf(u);
}

json::Value ContextBuilder::organization(const model::Organization& o) const
{
    return organizationOf(o);
}

json::Value ContextBuilder::membership(const model::Membership& m) const
{
    return membershipOf(m);
}

// U, O, M: the object as a const lvalue (its bags are copied) or as an
// rvalue (its bags are moved into the context).
template <typename U>
json::Value ContextBuilder::userOf(U&& u) const
{
    json::Object o;
    auto add = [&](const char* name, auto&& make) {
        if (wants("user", name))
            o.push_back({name, make()});
    };
    add("id", [&] { return json::Value(u.id); });
    add("email", [&] { return json::Value(u.email); });
    add("email_verified", [&] { return json::Value(u.emailVerified); });
    add("first_name", [&] { return optionalText(u.firstName); });
    add("last_name", [&] { return optionalText(u.lastName); });
    add("external_id", [&] { return optionalText(u.externalId); });
    add("created_at", [&] { return json::Value(model::isoTime(u.createdAt)); });
    add("updated_at", [&] { return json::Value(model::isoTime(u.updatedAt)); });
    add("metadata", [&] { return json::Value(std::forward<U>(u).metadata); });
    add("user_metadata", [&] { return json::Value(std::forward<U>(u).userMetadata); });
    add("sso_attributes", [&] { return json::Value(std::forward<U>(u).ssoAttributes); });
    return json::Value(std::move(o));
}

template <typename O>
json::Value ContextBuilder::organizationOf(O&& org) const
{
    json::Object o;
    auto add = [&](const char* name, auto&& make) {
        if (wants("organization", name))
            o.push_back({name, make()});
    };
    add("id", [&] { return json::Value(org.id); });
    add("name", [&] { return json::Value(org.name); });
    add("external_id", [&] { return optionalText(org.externalId); });
    add("domains", [&] {
        json::Array a;
        for (const model::Domain& d : org.domains)
            a.push_back(json::Value::object({{"domain", d.domain}, {"state", d.state}}));
        return json::Value(std::move(a));
    });
    add("metadata", [&] { return json::Value(std::forward<O>(org).metadata); });
    return json::Value(std::move(o));
}

template <typename M>
json::Value ContextBuilder::membershipOf(M&& m) const
{
    json::Object o;
    auto add = [&](const char* name, auto&& make) {
        if (wants("organization_membership", name))
            o.push_back({name, make()});
    };
    add("id", [&] { return json::Value(m.id); });
    add("status", [&] { return json::Value(m.status); });
    add("role", [&] {
        return m.roles.empty() ? json::Value() : json::Value::object({{"slug", m.roles.front()}});
    });
    add("roles", [&] {
        json::Array a;
        for (const std::string& r : m.roles)
            a.push_back(json::Value::object({{"slug", r}}));
        return json::Value(std::move(a));
    });
    add("permissions", [&] {
        // The permissions of the membership's roles, in role order, each once.
        std::vector<std::string> seen;
        json::Array a;
        for (const std::string& r : m.roles) {
            auto it = m_permissions.find(r);
            if (it == m_permissions.end())
                continue;
            for (const std::string& p : it->second) {
                if (std::find(seen.begin(), seen.end(), p) == seen.end()) {
                    seen.push_back(p);
                    a.push_back(json::Value(p));
                }
            }
        }
        return json::Value(std::move(a));
    });
    add("custom_attributes", [&] { return json::Value(std::forward<M>(m).customAttributes); });
    return json::Value(std::move(o));
}

json::Value ContextBuilder::application(const model::Application& app) const
{
    json::Object o;
    auto add = [&](const char* name, auto&& make) {
        if (wants("application", name))
            o.push_back({name, make()});
    };
    add("id", [&] { return json::Value(app.id); });
    add("name", [&] { return json::Value(app.name); });
    add("client_id", [&] { return json::Value(app.clientId); });
    add("metadata", [&] { return app.metadata; });
    return json::Value(std::move(o));
}

json::Value ContextBuilder::session(const Session& s) const
{
    json::Object o;
    auto add = [&](const char* name, auto&& make) {
        if (wants("session", name))
            o.push_back({name, make()});
    };
    add("id", [&] { return json::Value(s.id); });
    add("auth_method", [&] { return json::Value(s.authMethod); });
    add("created_at", [&] { return json::Value(model::isoTime(s.createdAt)); });
    add("ip", [&] { return optionalText(s.ip); });
    add("user_agent", [&] { return optionalText(s.userAgent); });
    return json::Value(std::move(o));
}

json::Value ContextBuilder::build(const model::User& u, const model::Organization* org,
                                  const model::Membership* membership,
                                  const model::Application* app, const Session* s) const
{
    return buildOf(u, org, membership, app, s);
}

json::Value ContextBuilder::build(model::User&& u, model::Organization* org,
                                  model::Membership* membership, const model::Application* app,
                                  const Session* s) const
{
    return buildOf(std::move(u), org, membership, app, s);
}

template <typename U, typename O, typename M>
json::Value ContextBuilder::buildOf(U&& u, O* org, M* membership, const model::Application* app,
                                    const Session* s) const
{
    // Objects taken by rvalue give up their bags; const ones are copied.
    constexpr bool take = !std::is_const_v<O>;
    json::Object root;
    root.reserve(5);
    root.push_back({"user", userOf(std::forward<U>(u))});
    if (org) {
        if constexpr (take)
            root.push_back({"organization", organizationOf(std::move(*org))});
        else
            root.push_back({"organization", organizationOf(*org)});
    }
    if (membership) {
        if constexpr (take)
            root.push_back({"organization_membership", membershipOf(std::move(*membership))});
        else
            root.push_back({"organization_membership", membershipOf(*membership)});
    }
    if (app)
        root.push_back({"application", application(*app)});
    if (s)
        root.push_back({"session", session(*s)});
    return json::Value(std::move(root));
}

} // namespace claimsmith::issue
