#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::tmpl {

// Small text helpers for messages and names, shared by the engine's parts.
std::string asciiLower(std::string_view s);
// "1,234,567"
std::string withThousands(std::int64_t n);
// ASCII whitespace, as the trim of interpolated strings and `strip` use it.
bool isTrimSpace(char c);
std::string_view trimmed(std::string_view s);

} // namespace claimsmith::tmpl
