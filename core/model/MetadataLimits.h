#pragma once

// The limits a store puts on metadata bags (DESIGN.md, "Data model"), checked
// on every write whichever client writes, and the merge rule of metadata
// PATCHes. Profiles mirror the platforms people migrate from or to, so that
// data kept here can go back there:
//
//   default  at most 100 keys; keys 1–200 characters, valid UTF-8, no control
//            characters; any JSON value, each at most 16 KiB as compact JSON and
//            nested at most 16 levels; the whole bag at most 64 KiB.
//   workos   at most 10 keys; keys 1–40 ASCII characters; values strings of at
//            most 600 ASCII characters (WorkOS metadata is string-valued).
//   auth0    the default limits, and no "." or "$" in keys.
//
// Which bag gets which profile: user.metadata, user.user_metadata,
// organization.metadata and application.metadata get the store's profile;
// sso_attributes (and membership custom_attributes), written only by imports
// and identity providers, get the default limits (see profileForBag).

#include "json/Value.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::model {

enum class LimitsProfile
{
    Default,
    WorkOS,
    Auth0
};

// "default", "workos", "auth0" (ASCII case ignored).
std::optional<LimitsProfile> limitsProfileFromName(std::string_view name);
std::string_view limitsProfileName(LimitsProfile profile);
// The profile that applies to the bag `bagName` ("metadata", "user_metadata",
// "sso_attributes", "custom_attributes") in a store whose profile is `store`.
LimitsProfile profileForBag(LimitsProfile store, std::string_view bagName);

struct ProfileLimits
{
    std::size_t maxKeys;
    std::size_t maxKeyChars;
    bool asciiKeys;
    bool noDotDollarKeys;
    bool stringValuesOnly;
    bool asciiValues;
    std::size_t maxStringChars; // string values; 0: only the byte limit
    std::size_t maxValueBytes;  // compact JSON
    std::size_t maxBagBytes;    // compact JSON
    int maxDepth;               // containers in one value: "x" 0, [] 1, [{}] 2
};
// The numbers behind a profile, for messages and for the UI's hints.
const ProfileLimits& limitsOf(LimitsProfile profile);

struct LimitViolation
{
    std::string key;     // the top-level key at fault; empty for the bag as a whole
    std::string limit;   // which limit: see kLimit* below
    std::string message; // for people: names the key and the limit, says what to do
};

// Values of LimitViolation::limit.
inline constexpr std::string_view kLimitNotObject = "not_object";
inline constexpr std::string_view kLimitKeyCount = "key_count";
inline constexpr std::string_view kLimitDuplicateKey = "duplicate_key";
inline constexpr std::string_view kLimitKeyLength = "key_length";
inline constexpr std::string_view kLimitKeyCharacters = "key_characters";
inline constexpr std::string_view kLimitValueType = "value_type";
inline constexpr std::string_view kLimitValueCharacters = "value_characters";
inline constexpr std::string_view kLimitValueLength = "value_length";
inline constexpr std::string_view kLimitValueSize = "value_size";
inline constexpr std::string_view kLimitBagSize = "bag_size";
inline constexpr std::string_view kLimitDepth = "depth";

// The first limit `bag` breaks, or nothing. `bagName` ("metadata",
// "user_metadata", …) starts the messages. Strings anywhere in the bag, keys
// and values, must be valid UTF-8 in every profile.
std::optional<LimitViolation> checkMetadata(const json::Value& bag, LimitsProfile profile,
                                            std::string_view bagName = "metadata");

// 1–256 characters (at most 64 in the workos profile), valid UTF-8, no control
// characters. Returns what is wrong, or nothing.
std::optional<std::string> checkExternalId(std::string_view externalId,
                                           LimitsProfile profile = LimitsProfile::Default);

// A pragmatic check, not RFC 5321: one '@' with something on either side, no
// spaces or control characters, valid UTF-8, at most 320 characters.
std::optional<std::string> checkEmail(std::string_view email);

// The metadata PATCH rule: top-level merge of `patch` into `current`; a member
// set to null deletes the key; other members replace the value whole (nested
// objects are not merged); existing keys keep their place, new keys are
// appended in the patch's order. A `current` that is not an object (null)
// counts as {}.
// Returns nothing — the write must be refused — when `patch` is not an object
// (a null patch does not mean "clear everything"). The result is not checked
// against any limits: call checkMetadata on it.
std::optional<json::Value> mergeMetadata(const json::Value& current, const json::Value& patch);

} // namespace claimsmith::model
