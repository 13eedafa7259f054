#include "Context.h"

#include "Schema.h"
#include "json/Utf8.h"

namespace claimsmith::tmpl {

std::vector<ContextProblem> checkContext(const json::Value& context)
{
    std::vector<ContextProblem> problems;
    if (!context.isObject()) {
        problems.push_back({true, std::string("the context must be a JSON object with the members "
                                              "user, organization, organization_membership, "
                                              "application and session; it is ") +
                                      json::typeName(context.type())});
        return problems;
    }
    for (const json::Member& m : context.object()) {
        const auto root = rootFromName(m.key);
        if (!root) {
            problems.push_back({false, "unknown member \"" + utf8::sanitized(m.key) +
                                           "\" in the context is ignored; the roots are user, "
                                           "organization, organization_membership, "
                                           "application and session"});
            continue;
        }
        if (!m.value.isObject() && !m.value.isNull()) {
            problems.push_back({true, "\"" + m.key + "\" in the context must be an object, not " +
                                          json::typeName(m.value.type())});
        }
    }
    return problems;
}

} // namespace claimsmith::tmpl
