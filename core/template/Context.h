#pragma once

#include "json/Value.h"

#include <string>
#include <vector>

namespace claimsmith::tmpl {

struct ContextProblem
{
    bool error = false;
    std::string message;
};

// Checks the shape of a template context: a JSON object whose members are the
// roots (user, organization, organization_membership, application, session),
// each an object when present. Unknown members are warnings.
std::vector<ContextProblem> checkContext(const json::Value& context);

} // namespace claimsmith::tmpl
