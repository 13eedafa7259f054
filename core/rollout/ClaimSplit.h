#pragma once

#include <string_view>
#include <vector>

namespace claimsmith::rollout {

// A top-level member of rendered claims: the name as written (JSON-escaped,
// without its quotes) and the value's compact JSON text.
struct ClaimSpan
{
    std::string_view key;
    std::string_view value;
};

// Splits the compact JSON object that Template::renderTo writes into its
// top-level members, without building values: equal claims render to equal
// text, so comparing texts compares values. Returns false when `object` is
// not a compact JSON object.
bool splitClaims(std::string_view object, std::vector<ClaimSpan>& out);

} // namespace claimsmith::rollout
