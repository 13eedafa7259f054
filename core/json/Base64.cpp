#include "Base64.h"

#include <array>
#include <cstdint>

namespace claimsmith::base64 {

namespace {

constexpr char kStandard[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kUrl[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::uint8_t kBad = 0xFF;

constexpr std::array<std::uint8_t, 256> makeTable(const char* alphabet, const char* other)
{
    std::array<std::uint8_t, 256> t{};
    for (auto& v : t)
        v = kBad;
    for (int i = 0; i < 64; ++i)
        t[static_cast<unsigned char>(alphabet[i])] = static_cast<std::uint8_t>(i);
    if (other) {
        for (int i = 62; i < 64; ++i)
            t[static_cast<unsigned char>(other[i])] = static_cast<std::uint8_t>(i);
    }
    return t;
}

constexpr auto kUrlTable = makeTable(kUrl, nullptr);
constexpr auto kAnyTable = makeTable(kStandard, kUrl);

// Decodes 6-bit symbols; `n` symbols, no padding. Checks the length and that
// unused trailing bits are zero (so that one token has one encoding).
bool decodeSymbols(const std::uint8_t* sym, std::size_t n, std::string& out)
{
    if (n % 4 == 1)
        return false;
    out.clear();
    out.resize(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1));
    char* o = out.data();
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const std::uint32_t v = (std::uint32_t{sym[i]} << 18) | (std::uint32_t{sym[i + 1]} << 12) |
                                (std::uint32_t{sym[i + 2]} << 6) | sym[i + 3];
        *o++ = static_cast<char>(v >> 16);
        *o++ = static_cast<char>((v >> 8) & 0xFF);
        *o++ = static_cast<char>(v & 0xFF);
    }
    const std::size_t rest = n - i;
    if (rest == 2) {
        if (sym[i + 1] & 0x0F)
            return false;
        *o++ = static_cast<char>((sym[i] << 2) | (sym[i + 1] >> 4));
    } else if (rest == 3) {
        if (sym[i + 2] & 0x03)
            return false;
        *o++ = static_cast<char>((sym[i] << 2) | (sym[i + 1] >> 4));
        *o++ = static_cast<char>(((sym[i + 1] & 0x0F) << 4) | (sym[i + 2] >> 2));
    }
    return true;
}

} // namespace

void encode(std::string& out, std::string_view bytes, Alphabet alphabet, bool pad)
{
    const char* a = alphabet == Alphabet::Url ? kUrl : kStandard;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t n = bytes.size();
    const std::size_t start = out.size();
    out.resize(start + (n + 2) / 3 * 4);
    char* o = out.data() + start;
    std::size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        const std::uint32_t v =
            (std::uint32_t{p[i]} << 16) | (std::uint32_t{p[i + 1]} << 8) | p[i + 2];
        *o++ = a[v >> 18];
        *o++ = a[(v >> 12) & 63];
        *o++ = a[(v >> 6) & 63];
        *o++ = a[v & 63];
    }
    const std::size_t rest = n - i;
    if (rest == 1) {
        const std::uint32_t v = std::uint32_t{p[i]} << 16;
        *o++ = a[v >> 18];
        *o++ = a[(v >> 12) & 63];
        if (pad) {
            *o++ = '=';
            *o++ = '=';
        }
    } else if (rest == 2) {
        const std::uint32_t v = (std::uint32_t{p[i]} << 16) | (std::uint32_t{p[i + 1]} << 8);
        *o++ = a[v >> 18];
        *o++ = a[(v >> 12) & 63];
        *o++ = a[(v >> 6) & 63];
        if (pad)
            *o++ = '=';
    }
    out.resize(static_cast<std::size_t>(o - out.data()));
}

std::string encode(std::string_view bytes, Alphabet alphabet, bool pad)
{
    std::string s;
    encode(s, bytes, alphabet, pad);
    return s;
}

bool decodeUrlStrict(std::string_view text, std::string& out)
{
    // One pass: four symbols at a time into three bytes. Bad characters set
    // 0x40 or above in `bad` (the table holds 0xFF for them), checked once.
    const std::size_t n = text.size();
    if (n % 4 == 1)
        return false;
    const auto* in = reinterpret_cast<const unsigned char*>(text.data());
    out.resize(n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1));
    char* o = out.data();
    std::uint32_t bad = 0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        const std::uint32_t a = kUrlTable[in[i]];
        const std::uint32_t b = kUrlTable[in[i + 1]];
        const std::uint32_t c = kUrlTable[in[i + 2]];
        const std::uint32_t d = kUrlTable[in[i + 3]];
        bad |= a | b | c | d;
        const std::uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
        *o++ = static_cast<char>(v >> 16);
        *o++ = static_cast<char>(v >> 8);
        *o++ = static_cast<char>(v);
    }
    const std::size_t rest = n - i;
    if (rest >= 2) {
        const std::uint32_t a = kUrlTable[in[i]];
        const std::uint32_t b = kUrlTable[in[i + 1]];
        bad |= a | b;
        *o++ = static_cast<char>((a << 2) | (b >> 4));
        if (rest == 3) {
            const std::uint32_t c = kUrlTable[in[i + 2]];
            bad |= c | ((c & 0x03) ? 0x40 : 0); // unused trailing bits must be zero
            *o++ = static_cast<char>(((b & 0x0F) << 4) | (c >> 2));
        } else {
            bad |= (b & 0x0F) ? 0x40 : 0;
        }
    }
    return bad < 0x40;
}

bool decodeLenient(std::string_view text, std::string& out)
{
    std::string sym;
    sym.reserve(text.size());
    std::size_t padding = 0;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0)
            return false; // data after padding
        const std::uint8_t v = kAnyTable[static_cast<unsigned char>(c)];
        if (v == kBad)
            return false;
        sym += static_cast<char>(v);
    }
    if (padding > 2 || (padding > 0 && (sym.size() + padding) % 4 != 0))
        return false;
    return decodeSymbols(reinterpret_cast<const std::uint8_t*>(sym.data()), sym.size(), out);
}

} // namespace claimsmith::base64
