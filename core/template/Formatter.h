#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::tmpl {

// Pretty-prints the JSON structure of a template: one member or element a
// line, two spaces a level, ": " after member names, empty objects and arrays
// as {} and []. Holes, strings (with or without holes), numbers and literals
// keep the text they had, and members their order, so the result renders the
// same claims. Formatting is idempotent. Returns nullopt when the template has
// a syntax error (there is no structure to trust then); lint errors such as an
// unknown field do not stop it.
std::optional<std::string> format(std::string_view text);

} // namespace claimsmith::tmpl
