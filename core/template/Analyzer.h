#pragma once

#include "Ast.h"
#include "LintProfile.h"
#include "Vocabulary.h"

#include <string_view>

namespace claimsmith::tmpl {

// Semantic checks over a parsed template: roots and fields against the
// schema (T101, T102, T104), metadata keys against the store (T103), repeated
// holes (T105), filters (T201, T205), containers inside strings (T203),
// reserved and unnamespaced claims (T401, T404) and the trust rule (T405).
// Fills in the types of paths and expressions and normalises camelCase names.
void analyze(Node& root, std::string_view text, const Vocabulary* vocabulary,
             const LintProfile& profile, DiagnosticSink& sink);

// Resolves a path against the schema: its type, with camelCase names turned
// into snake_case. Reports problems to `sink` when one is given.
Type resolvePath(Path& path, const Vocabulary* vocabulary, DiagnosticSink* sink);

// The static type of an expression (after its paths are resolved).
Type expressionType(Expression& e, const Vocabulary* vocabulary, DiagnosticSink* sink);

// Claim names set by the token or the token service (T401).
bool isReservedClaim(std::string_view name);
// Names in the IANA JWT claims registry (T404 accepts them).
bool isRegisteredClaim(std::string_view name);
// A URI or urn: name, which cannot clash with registered claims.
bool isNamespacedClaim(std::string_view name);

} // namespace claimsmith::tmpl
