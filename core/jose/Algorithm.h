#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace claimsmith::jose {

// The JWS algorithms Claimsmith signs and verifies (RFC 7518 §3, RFC 8037).
enum class Algorithm : std::uint8_t
{
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA
};

inline constexpr std::array<Algorithm, 13> kAllAlgorithms = {
    Algorithm::HS256, Algorithm::HS384, Algorithm::HS512, Algorithm::RS256, Algorithm::RS384,
    Algorithm::RS512, Algorithm::PS256, Algorithm::PS384, Algorithm::PS512, Algorithm::ES256,
    Algorithm::ES384, Algorithm::ES512, Algorithm::EdDSA};

// The JWK key types ("kty").
enum class KeyType : std::uint8_t
{
    Oct,
    RSA,
    EC,
    OKP
};

// "HS256", … "EdDSA": the registered JWS name.
std::string_view algorithmName(Algorithm alg) noexcept;
// Exact, case-sensitive match of a registered name; "none" and anything else is nullopt.
std::optional<Algorithm> algorithmFromName(std::string_view name) noexcept;

// The key type an algorithm needs.
KeyType keyTypeFor(Algorithm alg) noexcept;
// "oct", "RSA", "EC", "OKP".
std::string_view keyTypeName(KeyType type) noexcept;
// The curve an algorithm needs ("P-256", "P-384", "P-521", "Ed25519"), or empty.
std::string_view curveFor(Algorithm alg) noexcept;
// The SHA-2 output size in bytes (32, 48, 64); 0 for EdDSA, which hashes internally.
int hashSize(Algorithm alg) noexcept;
// The OpenSSL digest name ("SHA256", …), or empty for EdDSA.
std::string_view digestName(Algorithm alg) noexcept;

inline bool isHmac(Algorithm alg) noexcept
{
    return keyTypeFor(alg) == KeyType::Oct;
}

} // namespace claimsmith::jose
