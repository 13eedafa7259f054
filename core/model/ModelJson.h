#pragma once

// The JSON shapes of the model types, shared by the native REST API and the
// `jsonl` export format: snake_case members in a fixed order, times as
// isoTime() strings, null for absent optionals, metadata bags exactly as
// stored (member order and 64-bit integers kept).
//
//   user          {"id","email","email_verified","first_name","last_name",
//                  "external_id","metadata","user_metadata","sso_attributes",
//                  "created_at","updated_at","version"}
//   organization  {"id","name","external_id","domains":[{"domain","state"}],
//                  "metadata","created_at","updated_at","version"}
//   membership    {"id","user_id","organization_id","roles":[slug],"status",
//                  "custom_attributes","created_at","updated_at","version"}
//   permission    {"slug","name","description","version"}
//   role          {"slug","name","description","permissions":[slug],"version"}
//   application   {"id","name","client_id","metadata","template",
//                  "token_lifetime","created_at","updated_at","version"}
//   template      {"name","latest_version","staging_version",
//                  "production_version","created_at","updated_at","version"}
//   template version {"template_name","version","content","author","comment",
//                  "created_at"}  ("version" is the version's number)
//   signing key   {"kid","alg","state","public_jwk","created_at",
//                  "activated_at","retired_at","version"}  (never the private key)
//   audit event   {"id","at","actor","action","target_type","target_id",
//                  "before","after"}
//
// Reading checks types, required members, formats (ids, email, times) and
// enumerations (status, state); it does not apply a store's metadata limits
// (MetadataLimits.h) or uniqueness. Required on input: the identity of the
// object (user: id, email; organization: id, name; membership: id, user_id,
// organization_id; permission, role: slug; application: id, name, client_id;
// template: name; template version: template_name, version, content; signing
// key: kid, alg, state; audit event: id, at, action). Other members may be
// absent and then take the model's defaults; null is accepted only where the
// output writes null. Members the reader does not know are ignored, for
// forward compatibility, and listed in `unknownFields` (when given) as paths
// ("nickname", "domains[0].id") so that importers can warn.
//
// toJson then fromJson gives back an equal object.

#include "FieldError.h"
#include "Model.h"

#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::model {

json::Value toJson(const Domain& d);
json::Value toJson(const User& u);
json::Value toJson(const Organization& o);
json::Value toJson(const Membership& m);
json::Value toJson(const Permission& p);
json::Value toJson(const Role& r);
json::Value toJson(const Application& a);
json::Value toJson(const Template& t);
json::Value toJson(const TemplateVersion& v);
json::Value toJson(const SigningKey& k);
json::Value toJson(const AuditEvent& e);

using UnknownFields = std::vector<std::string>;

Parsed<Domain> domainFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<User> userFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<Organization> organizationFromJson(const json::Value& v,
                                          UnknownFields* unknownFields = nullptr);
Parsed<Membership> membershipFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<Permission> permissionFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<Role> roleFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<Application> applicationFromJson(const json::Value& v,
                                        UnknownFields* unknownFields = nullptr);
Parsed<Template> templateFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<TemplateVersion> templateVersionFromJson(const json::Value& v,
                                                UnknownFields* unknownFields = nullptr);
Parsed<SigningKey> signingKeyFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);
Parsed<AuditEvent> auditEventFromJson(const json::Value& v, UnknownFields* unknownFields = nullptr);

// The enumerations stored as text.
bool isDomainState(std::string_view state) noexcept;       // verified, pending, failed
bool isMembershipStatus(std::string_view status) noexcept; // active, pending, inactive

} // namespace claimsmith::model
