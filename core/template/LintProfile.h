#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace claimsmith::tmpl {

// The configurable parts of linting, with the defaults of the spec (§5).
struct LintProfile
{
    // T403: rendered claims over these many bytes warn / fail.
    std::size_t sizeWarningBytes = 1200;
    std::size_t sizeErrorBytes = 3072;

    // T405: untrusted data (user.user_metadata) flowing into a claim whose name
    // contains one of these words (case-insensitive) is reported.
    bool trustRule = true;
    std::vector<std::string> authorizationWords = {"role",  "permission", "scope",
                                                   "group", "admin",      "entitlement"};

    // T404: top-level claims should be registered JWT claims or namespaced.
    bool namespaceRule = true;
};

} // namespace claimsmith::tmpl
