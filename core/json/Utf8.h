#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::utf8 {

constexpr char32_t kInvalid = 0xFFFFFFFF;
constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `s[i]` (strict UTF-8: no overlongs, no surrogates,
// at most U+10FFFF). Returns kInvalid and sets `len` to 1 for a bad byte.
char32_t decode(std::string_view s, std::size_t i, std::size_t& len) noexcept;
bool isValid(std::string_view s) noexcept;
// Code points in `s` (an invalid byte counts as one).
std::size_t length(std::string_view s) noexcept;
void append(std::string& out, char32_t cp);
// `s` with each invalid byte replaced by U+FFFD.
std::string sanitized(std::string_view s);

} // namespace claimsmith::utf8
