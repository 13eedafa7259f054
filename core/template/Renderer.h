#pragma once

#include "Ast.h"
#include "Template.h"

#include <string>

namespace claimsmith::tmpl {

// Writes the claims of a parsed, error-free template for one context as
// compact JSON. Render errors (T203, T301) go to `sink`; returns false if any.
bool renderNode(const Node& root, const json::Value& context, NullClaims nullClaims,
                std::string& out, DiagnosticSink& sink);

} // namespace claimsmith::tmpl
