#pragma once

#include "json/Value.h"
#include "model/Model.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimsmith::issue {

struct Session
{
    std::string id;
    std::string authMethod = "password";
    model::Millis createdAt = 0;
    std::optional<std::string> ip;
    std::optional<std::string> userAgent;
};

// Builds the context of spec §4 from the store's objects: what templates see
// and what the standard claims come from. Token issuance, previews and the
// rollout check all build their contexts here, so they agree.
class ContextBuilder
{
public:
    // With `usedFields` (Template::usedFields()), only those fields and the
    // ones standard claims need are built: rendering gives the same claims.
    explicit ContextBuilder(const std::vector<std::string>* usedFields = nullptr);

    // Role slug → its permissions, for organization_membership.permissions.
    void setRoles(const std::vector<model::Role>& roles);

    json::Value build(const model::User& user, const model::Organization* organization,
                      const model::Membership* membership, const model::Application* application,
                      const Session* session) const;
    // The same, taking the JSON bags (metadata and the like) of the objects
    // instead of copying them.
    json::Value build(model::User&& user, model::Organization* organization,
                      model::Membership* membership, const model::Application* application,
                      const Session* session) const;

    json::Value user(const model::User& u) const;
    json::Value organization(const model::Organization& o) const;
    json::Value membership(const model::Membership& m) const;
    json::Value application(const model::Application& a) const;
    json::Value session(const Session& s) const;

    // Whether the context has root.field ("user", "metadata").
    bool wants(std::string_view root, std::string_view field) const;

private:
    template <typename U>
    json::Value userOf(U&& u) const;
    template <typename O>
    json::Value organizationOf(O&& o) const;
    template <typename M>
    json::Value membershipOf(M&& m) const;
    template <typename U, typename O, typename M>
    json::Value buildOf(U&& user, O* organization, M* membership,
                        const model::Application* application, const Session* session) const;

    std::vector<std::string> m_fields;
    bool m_all = true;
    std::map<std::string, std::vector<std::string>, std::less<>> m_permissions;
};

} // namespace claimsmith::issue
