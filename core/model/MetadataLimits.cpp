#include "MetadataLimits.h"

#include "json/Utf8.h"
#include "json/Writer.h"

#include <cstdio>
#include <set>

namespace claimsmith::model {

namespace {

constexpr ProfileLimits kDefaultLimits{100,   200, false,     false,     false,
                                       false, 0,   16 * 1024, 64 * 1024, 16};
constexpr ProfileLimits kWorkosLimits{10,   40,  true,      false,     true,
                                      true, 600, 16 * 1024, 64 * 1024, 16};
constexpr ProfileLimits kAuth0Limits{100,   200, false,     true,      false,
                                     false, 0,   16 * 1024, 64 * 1024, 16};

constexpr std::size_t kMaxExternalIdChars = 256;
constexpr std::size_t kMaxWorkosExternalIdChars = 64;
constexpr std::size_t kMaxEmailChars = 320;

bool isControl(char32_t c) noexcept
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool isSpace(char32_t c) noexcept
{
    return c == 0x20 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::string codePointName(char32_t c)
{
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

// The first code point in `s` for which `bad` holds, or kInvalid.
template <class Pred>
char32_t findCodePoint(std::string_view s, Pred bad)
{
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 1;
        const char32_t c = utf8::decode(s, i, len);
        if (c != utf8::kInvalid && bad(c))
            return c;
        i += len;
    }
    return utf8::kInvalid;
}

// `key` as a JSON string for messages, shortened when it is very long.
std::string quotedKey(std::string_view key)
{
    constexpr std::size_t kShown = 60;
    std::string out;
    if (utf8::length(key) <= kShown + 20) {
        json::appendQuoted(out, key);
        return out;
    }
    std::size_t end = 0;
    for (std::size_t n = 0; n < kShown && end < key.size(); ++n) {
        std::size_t len = 1;
        utf8::decode(key, end, len);
        end += len;
    }
    json::appendQuoted(out, key.substr(0, end));
    out.pop_back();
    out += "…\"";
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

struct Checker
{
    const ProfileLimits& limits;
    std::string_view profile;
    std::string_view bag;

    LimitViolation violation(std::string_view key, std::string_view limit,
                             const std::string& what) const
    {
        return {std::string(key), std::string(limit), what};
    }
    std::string keyText(std::string_view key) const
    {
        return std::string(bag) + " key " + quotedKey(key);
    }
    std::string allows() const { return "; the " + std::string(profile) + " profile allows "; }

    std::optional<LimitViolation> checkKey(std::string_view key) const;
    std::optional<LimitViolation> checkValue(std::string_view key, const json::Value& v,
                                             std::size_t& bytes) const;
};

std::optional<LimitViolation> Checker::checkKey(std::string_view key) const
{
    if (key.empty()) {
        return violation(key, kLimitKeyLength,
                         std::string(bag) + " has an empty key; keys must be 1–" +
                             std::to_string(limits.maxKeyChars) + " characters");
    }
    if (!utf8::isValid(key)) {
        return violation(key, kLimitKeyCharacters,
                         keyText(key) + " is not valid UTF-8; write keys as UTF-8 text");
    }
    if (const char32_t c = findCodePoint(key, isControl); c != utf8::kInvalid) {
        return violation(key, kLimitKeyCharacters,
                         keyText(key) + " contains the control character " + codePointName(c) +
                             "; remove it from the key");
    }
    if (limits.asciiKeys) {
        const char32_t c = findCodePoint(key, [](char32_t x) { return x > 0x7F; });
        if (c != utf8::kInvalid) {
            return violation(key, kLimitKeyCharacters,
                             keyText(key) + " contains the non-ASCII character " +
                                 codePointName(c) + allows() +
                                 "only ASCII in keys: rename the key");
        }
    }
    if (limits.noDotDollarKeys) {
        if (const auto at = key.find_first_of(".$"); at != std::string_view::npos) {
            return violation(key, kLimitKeyCharacters,
                             keyText(key) + " contains \"" + key[at] + '"' +
                                 "; the auth0 "
                                 "profile forbids \".\" and \"$\" in keys: rename the key");
        }
    }
    if (const std::size_t n = utf8::length(key); n > limits.maxKeyChars) {
        return violation(key, kLimitKeyLength,
                         keyText(key) + " is " + std::to_string(n) + " characters" + allows() +
                             "at most " + std::to_string(limits.maxKeyChars));
    }
    return std::nullopt;
}

enum class Shape
{
    Fine,
    TooDeep,
    BadUtf8
};

// Nesting and UTF-8 of a value; never descends more than maxDepth levels.
Shape inspect(const json::Value& v, int level, int maxDepth)
{
    if (v.isString())
        return utf8::isValid(v.string()) ? Shape::Fine : Shape::BadUtf8;
    if (!v.isArray() && !v.isObject())
        return Shape::Fine;
    if (level + 1 > maxDepth)
        return Shape::TooDeep;
    if (v.isArray()) {
        for (const json::Value& e : v.array()) {
            if (const Shape s = inspect(e, level + 1, maxDepth); s != Shape::Fine)
                return s;
        }
        return Shape::Fine;
    }
    for (const json::Member& m : v.object()) {
        if (!utf8::isValid(m.key))
            return Shape::BadUtf8;
        if (const Shape s = inspect(m.value, level + 1, maxDepth); s != Shape::Fine)
            return s;
    }
    return Shape::Fine;
}

const char* article(json::Type t)
{
    return t == json::Type::Array || t == json::Type::Object ? "an " : "a ";
}

std::optional<LimitViolation> Checker::checkValue(std::string_view key, const json::Value& v,
                                                  std::size_t& bytes) const
{
    if (limits.stringValuesOnly && !v.isString()) {
        const json::Type t = v.type();
        const std::string held =
            t == json::Type::Null ? std::string("null") : article(t) + std::string(typeName(t));
        return violation(key, kLimitValueType,
                         keyText(key) + " holds " + held + allows() +
                             "only string values: write the value as a string");
    }
    switch (inspect(v, 0, limits.maxDepth)) {
    case Shape::Fine:
        break;
    case Shape::TooDeep:
        return violation(key, kLimitDepth,
                         keyText(key) + " nests more than " + std::to_string(limits.maxDepth) +
                             " levels of objects and arrays" + allows() + "at most " +
                             std::to_string(limits.maxDepth) + ": flatten it");
    case Shape::BadUtf8:
        return violation(key, kLimitValueCharacters,
                         keyText(key) + " holds text that is not valid UTF-8");
    }
    if (v.isString() && limits.asciiValues) {
        const char32_t c = findCodePoint(v.string(), [](char32_t x) { return x > 0x7F; });
        if (c != utf8::kInvalid) {
            return violation(key, kLimitValueCharacters,
                             keyText(key) + " holds the non-ASCII character " + codePointName(c) +
                                 allows() + "only ASCII in values: replace or remove it");
        }
    }
    if (v.isString() && limits.maxStringChars != 0) {
        if (const std::size_t n = utf8::length(v.string()); n > limits.maxStringChars) {
            return violation(key, kLimitValueLength,
                             keyText(key) + " holds " + std::to_string(n) + " characters" +
                                 allows() + "at most " + std::to_string(limits.maxStringChars) +
                                 " per value");
        }
    }
    bytes = json::toString(v).size();
    if (bytes > limits.maxValueBytes) {
        return violation(key, kLimitValueSize,
                         keyText(key) + " is " + std::to_string(bytes) + " bytes as compact JSON" +
                             allows() + "at most " + std::to_string(limits.maxValueBytes) + " (" +
                             std::to_string(limits.maxValueBytes / 1024) + " KiB) per value");
    }
    return std::nullopt;
}

} // namespace

std::optional<LimitsProfile> limitsProfileFromName(std::string_view name)
{
    std::string lower(name);
    for (char& c : lower) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    if (lower == "default")
        return LimitsProfile::Default;
    if (lower == "workos")
        return LimitsProfile::WorkOS;
    if (lower == "auth0")
        return LimitsProfile::Auth0;
    return std::nullopt;
}

std::string_view limitsProfileName(LimitsProfile profile)
{
    switch (profile) {
    case LimitsProfile::Default:
        break;
    case LimitsProfile::WorkOS:
        return "workos";
    case LimitsProfile::Auth0:
        return "auth0";
    }
    return "default";
}

LimitsProfile profileForBag(LimitsProfile store, std::string_view bagName)
{
    if (bagName == "sso_attributes" || bagName == "custom_attributes")
        return LimitsProfile::Default;
    return store;
}

const ProfileLimits& limitsOf(LimitsProfile profile)
{
    switch (profile) {
    case LimitsProfile::Default:
        break;
    case LimitsProfile::WorkOS:
        return kWorkosLimits;
    case LimitsProfile::Auth0:
        return kAuth0Limits;
    }
    return kDefaultLimits;
}

std::optional<LimitViolation> checkMetadata(const json::Value& bag, LimitsProfile profile,
                                            std::string_view bagName)
{
    const Checker checker{limitsOf(profile), limitsProfileName(profile), bagName};
    if (!bag.isObject()) {
        const json::Type t = bag.type();
        return checker.violation({}, kLimitNotObject,
                                 std::string(bagName) + " must be a JSON object, not " +
                                     (t == json::Type::Null
                                          ? std::string("null")
                                          : article(t) + std::string(typeName(t))));
    }
    const json::Object& members = bag.object();
    if (members.size() > checker.limits.maxKeys) {
        const std::size_t extra = members.size() - checker.limits.maxKeys;
        return checker.violation({}, kLimitKeyCount,
                                 std::string(bagName) + " has " + std::to_string(members.size()) +
                                     " keys" + checker.allows() + "at most " +
                                     std::to_string(checker.limits.maxKeys) + ": remove " +
                                     plural(extra, "key", "keys"));
    }
    std::set<std::string_view> seen;
    // Compact JSON: braces, commas, and per member the quoted key, ':' and value.
    std::size_t total = members.empty() ? 2 : 1 + members.size();
    for (const json::Member& m : members) {
        if (!seen.insert(m.key).second) {
            return checker.violation(m.key, kLimitDuplicateKey,
                                     checker.keyText(m.key) +
                                         " appears more than once; keys must be unique");
        }
        if (auto v = checker.checkKey(m.key))
            return v;
        std::size_t valueBytes = 0;
        if (auto v = checker.checkValue(m.key, m.value, valueBytes))
            return v;
        std::string quoted;
        json::appendQuoted(quoted, m.key);
        total += quoted.size() + 1 + valueBytes;
    }
    if (total > checker.limits.maxBagBytes) {
        return checker.violation(
            {}, kLimitBagSize,
            std::string(bagName) + " is " + std::to_string(total) + " bytes as compact JSON" +
                checker.allows() + "at most " + std::to_string(checker.limits.maxBagBytes) + " (" +
                std::to_string(checker.limits.maxBagBytes / 1024) + " KiB) per bag");
    }
    return std::nullopt;
}

std::optional<std::string> checkExternalId(std::string_view externalId, LimitsProfile profile)
{
    if (externalId.empty())
        return std::string("external_id is empty; give 1 or more characters, or no external_id");
    if (!utf8::isValid(externalId))
        return std::string("external_id is not valid UTF-8");
    if (const char32_t c = findCodePoint(externalId, isControl); c != utf8::kInvalid)
        return "external_id contains the control character " + codePointName(c) + "; remove it";
    const std::size_t max =
        profile == LimitsProfile::WorkOS ? kMaxWorkosExternalIdChars : kMaxExternalIdChars;
    if (const std::size_t n = utf8::length(externalId); n > max) {
        return "external_id is " + std::to_string(n) + " characters; the " +
               std::string(limitsProfileName(profile)) + " profile allows at most " +
               std::to_string(max);
    }
    return std::nullopt;
}

std::optional<std::string> checkEmail(std::string_view email)
{
    if (email.empty())
        return std::string("email is empty");
    if (!utf8::isValid(email))
        return std::string("email is not valid UTF-8");
    std::string shown;
    json::appendQuoted(shown, email.size() > 80 ? email.substr(0, 80) : email);
    if (const std::size_t n = utf8::length(email); n > kMaxEmailChars) {
        return "email is " + std::to_string(n) + " characters; at most " +
               std::to_string(kMaxEmailChars) + " are allowed";
    }
    if (const char32_t c = findCodePoint(email, isControl); c != utf8::kInvalid)
        return "email " + shown + " contains the control character " + codePointName(c);
    if (const char32_t c = findCodePoint(email, isSpace); c != utf8::kInvalid) {
        return "email " + shown + " contains a space" +
               (c == 0x20 ? std::string() : " (" + codePointName(c) + ")");
    }
    const std::size_t at = email.find('@');
    if (at == std::string_view::npos)
        return "email " + shown + " has no \"@\"";
    if (email.find('@', at + 1) != std::string_view::npos)
        return "email " + shown + " has more than one \"@\"";
    if (at == 0)
        return "email " + shown + " has nothing before the \"@\"";
    if (at + 1 == email.size())
        return "email " + shown + " has nothing after the \"@\"";
    return std::nullopt;
}

std::optional<json::Value> mergeMetadata(const json::Value& current, const json::Value& patch)
{
    if (!patch.isObject())
        return std::nullopt;
    json::Value result = current.isObject() ? current : json::Value(json::Object{});
    for (const json::Member& m : patch.object()) {
        if (m.value.isNull())
            result.remove(m.key);
        else
            result.set(m.key, m.value);
    }
    return result;
}

} // namespace claimsmith::model
