#include "TokenContext.h"

#include "model/Clock.h"
#include "store/demo/Demo.h"

#include <QtGlobal>

#include <set>

namespace claimsmith::test {

namespace {

json::Value optionalText(const std::optional<std::string>& s)
{
    return s ? json::Value(*s) : json::Value();
}

json::Value userContext(const model::User& u)
{
    return json::Value::object({{"id", u.id},
                                {"email", u.email},
                                {"email_verified", u.emailVerified},
                                {"first_name", optionalText(u.firstName)},
                                {"last_name", optionalText(u.lastName)},
                                {"external_id", optionalText(u.externalId)},
                                {"created_at", model::isoTime(u.createdAt)},
                                {"updated_at", model::isoTime(u.updatedAt)},
                                {"metadata", u.metadata},
                                {"user_metadata", u.userMetadata},
                                {"sso_attributes", u.ssoAttributes}});
}

json::Value organizationContext(const model::Organization& o)
{
    json::Array domains;
    for (const model::Domain& d : o.domains)
        domains.push_back(json::Value::object({{"domain", d.domain}, {"state", d.state}}));
    return json::Value::object({{"id", o.id},
                                {"name", o.name},
                                {"external_id", optionalText(o.externalId)},
                                {"domains", json::Value(std::move(domains))},
                                {"metadata", o.metadata}});
}

json::Value membershipContext(const model::Membership& m, const std::vector<model::Role>& roles)
{
    json::Array slugs;
    json::Array permissions;
    std::set<std::string> seen;
    for (const std::string& slug : m.roles) {
        slugs.push_back(json::Value::object({{"slug", slug}}));
        for (const model::Role& r : roles) {
            if (r.slug != slug)
                continue;
            for (const std::string& p : r.permissions) {
                if (seen.insert(p).second)
                    permissions.push_back(json::Value(p));
            }
        }
    }
    return json::Value::object(
        {{"id", m.id},
         {"status", m.status},
         {"role", m.roles.empty() ? json::Value() : json::Value::object({{"slug", m.roles[0]}})},
         {"roles", json::Value(std::move(slugs))},
         {"permissions", json::Value(std::move(permissions))},
         {"custom_attributes", m.customAttributes}});
}

} // namespace

json::Value tokenContext(const model::User& u, const model::Organization& o,
                         const model::Membership& m, const std::vector<model::Role>& roles,
                         const model::Application& app)
{
    const bool sso = o.metadata.find("sso_provider") != nullptr;
    return json::Value::object(
        {{"user", userContext(u)},
         {"organization", organizationContext(o)},
         {"organization_membership", membershipContext(m, roles)},
         {"application", json::Value::object({{"id", app.id},
                                              {"name", app.name},
                                              {"client_id", app.clientId},
                                              {"metadata", app.metadata}})},
         {"session", json::Value::object({{"id", "session_" + m.id.substr(3)},
                                          {"auth_method", sso ? "sso" : "password"},
                                          {"created_at", model::isoTime(demo::kDemoNow)},
                                          {"ip", "203.0.113.7"},
                                          {"user_agent", "Mozilla/5.0 (X11; Linux x86_64)"}})}});
}

tmpl::Vocabulary vocabularyOf(store::Store& s)
{
    tmpl::Vocabulary v;
    const std::pair<tmpl::Bag, std::pair<store::MetadataObject, store::MetadataField>> bags[] = {
        {tmpl::Bag::UserMetadata, {store::MetadataObject::User, store::MetadataField::Metadata}},
        {tmpl::Bag::UserUserMetadata,
         {store::MetadataObject::User, store::MetadataField::UserMetadata}},
        {tmpl::Bag::UserSsoAttributes,
         {store::MetadataObject::User, store::MetadataField::SsoAttributes}},
        {tmpl::Bag::OrganizationMetadata,
         {store::MetadataObject::Organization, store::MetadataField::Metadata}},
        {tmpl::Bag::ApplicationMetadata,
         {store::MetadataObject::Application, store::MetadataField::Metadata}},
    };
    for (const auto& [bag, where] : bags) {
        std::vector<tmpl::KeyInfo> keys;
        const auto stats = s.metadataKeys(where.first, where.second);
        if (!stats)
            qFatal("metadataKeys: %s", stats.error().message.c_str());
        for (const store::MetadataKeyStats& k : *stats)
            keys.push_back({k.key, k.count, k.kinds});
        v.setKeys(bag, std::move(keys));
    }
    return v;
}

} // namespace claimsmith::test
