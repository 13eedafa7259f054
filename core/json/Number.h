#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::json {

// True when `text` is exactly a number in JSON's grammar (RFC 8259 §6).
bool isJsonNumber(std::string_view text) noexcept;

enum class IntegerParse : std::uint8_t
{
    Int64,
    UInt64,
    NotInteger
};
// Integer text (no fraction or exponent) that fits 64 bits; `-0` is not an
// integer here, so that its text is kept.
IntegerParse parseInteger(std::string_view text, std::int64_t& i, std::uint64_t& u) noexcept;

// Nearest double of JSON number text (infinite for out-of-range exponents).
double parseDouble(std::string_view text) noexcept;

// The shortest text that reads back as the same double ("0.1", "1e+21").
std::string formatDouble(double d);
void appendDouble(std::string& out, double d);
void appendInt(std::string& out, std::int64_t i);
void appendUInt(std::string& out, std::uint64_t u);

} // namespace claimsmith::json
