#include "Number.h"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace claimsmith::json {

namespace {
bool isDigit(char c) noexcept
{
    return c >= '0' && c <= '9';
}
} // namespace

bool isJsonNumber(std::string_view s) noexcept
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    if (i < n && s[i] == '-')
        ++i;
    if (i >= n)
        return false;
    if (s[i] == '0') {
        ++i;
    } else if (isDigit(s[i])) {
        while (i < n && isDigit(s[i]))
            ++i;
    } else {
        return false;
    }
    if (i < n && s[i] == '.') {
        ++i;
        if (i >= n || !isDigit(s[i]))
            return false;
        while (i < n && isDigit(s[i]))
            ++i;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (i >= n || !isDigit(s[i]))
            return false;
        while (i < n && isDigit(s[i]))
            ++i;
    }
    return i == n;
}

IntegerParse parseInteger(std::string_view s, std::int64_t& i, std::uint64_t& u) noexcept
{
    if (s.empty() || s == "-0")
        return IntegerParse::NotInteger;
    for (std::size_t k = (s[0] == '-' ? 1 : 0); k < s.size(); ++k) {
        if (!isDigit(s[k]))
            return IntegerParse::NotInteger;
    }
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (auto [p, ec] = std::from_chars(first, last, i); ec == std::errc() && p == last)
        return IntegerParse::Int64;
    if (s[0] != '-') {
        if (auto [p, ec] = std::from_chars(first, last, u); ec == std::errc() && p == last)
            return IntegerParse::UInt64;
    }
    return IntegerParse::NotInteger;
}

double parseDouble(std::string_view s) noexcept
{
    double d = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves d unchanged on overflow/underflow: decide by exponent sign.
        const bool negative = !s.empty() && s[0] == '-';
        const auto e = s.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < s.size() && s[e + 1] == '-';
        if (tiny)
            return negative ? -0.0 : 0.0;
        return negative ? -HUGE_VAL : HUGE_VAL;
    }
    (void)p;
    return d;
}

void appendDouble(std::string& out, double d)
{
    // The shortest digits that read back the same (to_chars), laid out as
    // ECMAScript's Number::toString does, which is what people expect to see.
    if (d == 0) {
        out += '0';
        return;
    }
    char buf[40];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    if (ec != std::errc()) {
        out += '0';
        return;
    }
    const std::string_view s(buf, static_cast<std::size_t>(p - buf));
    std::size_t i = 0;
    if (s[0] == '-') {
        out += '-';
        ++i;
    }
    const std::size_t e = s.find('e');
    std::string digits;
    for (std::size_t k = i; k < e; ++k) {
        if (s[k] != '.')
            digits += s[k];
    }
    int exponent = 0;
    std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), exponent);
    const int k = static_cast<int>(digits.size());
    const int n = exponent + 1; // value = 0.digits × 10^n
    if (k <= n && n <= 21) {
        out += digits;
        out.append(static_cast<std::size_t>(n - k), '0');
    } else if (0 < n && n <= 21) {
        out.append(digits, 0, static_cast<std::size_t>(n));
        out += '.';
        out.append(digits, static_cast<std::size_t>(n), std::string::npos);
    } else if (-6 < n && n <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-n), '0');
        out += digits;
    } else {
        out += digits[0];
        if (k > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        out += 'e';
        out += n - 1 >= 0 ? '+' : '-';
        out += std::to_string(std::abs(n - 1));
    }
}

std::string formatDouble(double d)
{
    std::string s;
    appendDouble(s, d);
    return s;
}

void appendInt(std::string& out, std::int64_t i)
{
    char buf[24];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, i);
    (void)ec;
    out.append(buf, p);
}

void appendUInt(std::string& out, std::uint64_t u)
{
    char buf[24];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, u);
    (void)ec;
    out.append(buf, p);
}

} // namespace claimsmith::json
