#pragma once

#include "json/Value.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::issue {

constexpr std::int64_t kDefaultLifetimeSeconds = 3600;

struct PayloadOptions
{
    std::string issuer;                              // "iss"; left out when empty
    std::int64_t issuedAt = 0;                       // "iat", seconds since 1970
    std::int64_t lifetime = kDefaultLifetimeSeconds; // "exp" = iat + lifetime
    std::string jti;                                 // "jti"; left out when empty (see newJti())
};

// Appends the full payload of a token: the standard claims that the context
// allows, in the order iss, sub, aud, iat, exp, jti, sid, org_id, role, roles,
// permissions, then the template's claims in template order.
//
//   sub         user.id
//   aud         application.client_id, unless the template sets "aud"
//   sid         session.id
//   org_id      organization.id
//   role        organization_membership.role.slug
//   roles       organization_membership.roles[].slug
//   permissions organization_membership.permissions
//
// `claims` is the rendered template: a compact JSON object. The template
// cannot write the other standard claims (T401), so no name appears twice.
void appendPayload(std::string& out, const json::Value& context, std::string_view claims,
                   bool templateSetsAud, const PayloadOptions& options);

// A new random token id: 128 bits from the system's secure generator, base64url.
std::string newJti();
// A token id derived from the claims that identify a token, for reproducible
// output when the caller fixes the time (render --now).
std::string derivedJti(std::string_view issuer, std::string_view subject, std::int64_t issuedAt,
                       std::string_view claims);

} // namespace claimsmith::issue
