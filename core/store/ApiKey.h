#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::store {

// What an API key of the server may do.
enum class ApiKeyRole : std::uint8_t
{
    Admin,    // read and write
    ReadOnly, // read only
};

const char* apiKeyRoleName(ApiKeyRole role); // "admin", "read-only"
std::optional<ApiKeyRole> apiKeyRoleFromName(std::string_view name);

// An API key as the store keeps it: never the secret, only its prefix (for
// people to tell keys apart) and a salted hash.
struct ApiKey
{
    std::string id; // ak_ + ULID
    std::string name;
    ApiKeyRole role = ApiKeyRole::Admin;
    std::string prefix; // the first characters of the secret: "csk_" + 8
    std::int64_t createdAt = 0;
    std::optional<std::int64_t> lastUsedAt;
    std::optional<std::int64_t> revokedAt;
    std::int64_t version = 0;
};

// A key just made, with its secret: shown once, never stored.
struct NewApiKey
{
    ApiKey key;
    std::string secret;
};

// Every secret starts with this, so that leaked keys are easy to recognise
// (and to scan for).
inline constexpr std::string_view kApiKeySecretPrefix = "csk_";

} // namespace claimsmith::store
