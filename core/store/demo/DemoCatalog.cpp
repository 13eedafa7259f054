#include "DemoCatalog.h"

#include "Demo.h"

namespace claimsmith::demo {

namespace {

struct PermissionText
{
    const char* slug;
    const char* name;
    const char* description;
};

constexpr PermissionText kPermissions[] = {
    {"users:read", "Read users", "See the organization's members and their profiles"},
    {"users:invite", "Invite users", "Invite people to the organization"},
    {"users:manage", "Manage users", "Change members' roles and remove members"},
    {"projects:read", "Read projects", "Open projects and their files"},
    {"projects:write", "Edit projects", "Create projects and change their content"},
    {"projects:delete", "Delete projects", "Delete projects for good"},
    {"reports:read", "Read reports", "See dashboards and reports"},
    {"reports:export", "Export reports", "Download reports as CSV or PDF"},
    {"billing:read", "Read billing", "See invoices, the plan and the payment method"},
    {"billing:manage", "Manage billing", "Change the plan, seats and payment method"},
    {"settings:read", "Read settings", "See the organization's settings"},
    {"settings:manage", "Manage settings", "Change the organization's settings and SSO"},
    {"api_keys:manage", "Manage API keys", "Create and revoke API keys"},
    {"audit_log:read", "Read the audit log", "See who changed what and when"},
};

} // namespace

std::vector<model::Permission> demoPermissions()
{
    std::vector<model::Permission> out;
    for (const PermissionText& p : kPermissions)
        out.push_back({p.slug, p.name, p.description});
    return out;
}

std::vector<model::Role> demoRoles()
{
    std::vector<std::string> all;
    for (const PermissionText& p : kPermissions)
        all.emplace_back(p.slug);
    return {
        {"admin", "Admin", "Everything, including billing, settings and members", all},
        {"member",
         "Member",
         "Works on projects and invites colleagues",
         {"users:read", "users:invite", "projects:read", "projects:write", "reports:read",
          "reports:export", "settings:read"}},
        {"viewer",
         "Viewer",
         "Reads projects and reports",
         {"users:read", "projects:read", "reports:read"}},
    };
}

model::Application demoApplication(const DemoSettings& settings)
{
    model::Application a;
    a.name = "Workspace";
    a.templateName = "default";
    a.tokenLifetime = 900;
    a.createdAt = settings.applicationCreated();
    a.updatedAt = settings.now - 12 * kDay;
    // Client metadata as apps keep it: settings the token service and the
    // front end read, a nested object, an array, and a key with a dot.
    a.metadata = json::Value::object({
        {"environment", "production"},
        {"app_type", "spa"},
        {"allowed_origins",
         json::Value::array({"https://app.workspace.example", "https://eu.workspace.example"})},
        {"support_email", "support@workspace.example"},
        {"min_client_version", "4.12.0"},
        {"feature_flags", json::Value::object({{"new_billing", true}, {"ai_assistant", false}})},
        {"tos.version", "2025-09-01"},
    });
    return a;
}

std::string_view demoTemplate()
{
    // Every hole that can be missing has a fallback or is a claim that may be
    // left out; names are namespaced (T404); no untrusted user_metadata
    // reaches an authorization claim (T405). Demo users render to 400-700
    // bytes, well under the 1,200-byte warning (T403).
    return R"({
  "urn:demo:name": "{{ user.first_name }} {{ user.last_name }}",
  "urn:demo:email": {{ user.email | downcase }},
  "urn:demo:external_id": {{ user.external_id }},
  "urn:demo:organization": {
    "name": {{ organization.name }},
    "plan": {{ organization.metadata.plan || 'starter' }},
    "tier": {{ organization.metadata.tier || 'bronze' }},
    "seats": {{ organization.metadata.max_seats }},
    "sso_required": {{ organization.metadata.sso_required || false }},
    "domains": {{ organization.domains | where: 'state', 'verified' | map: 'domain' }}
  },
  "urn:demo:role": {{ organization_membership.role.slug || 'viewer' }},
  "urn:demo:roles": {{ organization_membership.roles | map: 'slug' }},
  "urn:demo:department": {{ user.sso_attributes.department || user.metadata.department || 'Unassigned' }},
  "urn:demo:title": {{ user.sso_attributes.title }},
  "urn:demo:billing_plan": {{ user.metadata["billing.plan"] || user.metadata.plan || 'free' }},
  "urn:demo:region": {{ user.metadata.region || organization.metadata.region || 'us-east-1' }},
  "urn:demo:features": {{ user.metadata.feature_flags }},
  "urn:demo:cost_center": {{ user.metadata.cost_center || organization_membership.custom_attributes.cost_center }},
  "urn:demo:locale": {{ user.user_metadata.language || 'en' }},
  "urn:demo:theme": {{ user.user_metadata.theme || 'system' }},
  "urn:demo:sign_in": {{ session.auth_method }}
}
)";
}

} // namespace claimsmith::demo
