#pragma once

// The cryptographic part of a Key, shared (immutable) between copies of it.
// Private to core/jose.

#include "Algorithm.h"
#include "OpenSslPtr.h"

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimsmith::jose::detail {

class SignatureContext;

enum class Operation
{
    Sign,
    Verify
};

struct KeyMaterial
{
    KeyMaterial();
    ~KeyMaterial();
    KeyMaterial(const KeyMaterial&) = delete;
    KeyMaterial& operator=(const KeyMaterial&) = delete;

    KeyType type = KeyType::Oct;
    bool hasPrivate = false; // an oct secret counts as private
    int bits = 0;            // RSA modulus, EC field, 256 for Ed25519, 8 × secret length
    std::string curve;       // "P-256", "P-384", "P-521", "Ed25519" or empty
    ossl::PkeyPtr pkey;      // RSA, EC, OKP
    std::string secret;      // oct; wiped on destruction
    bool rsaHasCrt = true;   // RSA private key with p, q, dp, dq, qi
    // The public JWK members in RFC 7638 order (lexicographic, without "kty"),
    // e.g. {"crv","P-256"},{"x",…},{"y",…}. Empty for oct.
    std::vector<std::pair<std::string, std::string>> publicMembers;
    std::string thumbprint; // RFC 7638, SHA-256, base64url

    // The prepared signing or verifying context for `alg`, made on first use
    // and then shared by every thread. Null (with `error`) when OpenSSL
    // refuses; the caller has already checked that the key suits `alg`.
    const SignatureContext* context(Algorithm alg, Operation op, std::string& error) const;

private:
    static constexpr std::size_t kSlots = kAllAlgorithms.size() * 2;
    mutable std::array<std::once_flag, kSlots> m_once;
    mutable std::array<std::unique_ptr<SignatureContext>, kSlots> m_contexts;
    mutable std::array<std::string, kSlots> m_errors;
};

// Builds key material from an OpenSSL key (PEM import, generation): checks
// type, curve and strength, and fills the public members and thumbprint.
bool materialFromPkey(ossl::PkeyPtr pkey, std::shared_ptr<KeyMaterial>& out, std::string& error);
// The same for an HMAC secret.
bool materialFromSecret(std::string_view secret, std::shared_ptr<KeyMaterial>& out,
                        std::string& error);

// Big-endian unsigned bytes of a BIGNUM key parameter, left-padded with zeros
// to `width` when width > 0. Empty when the key lacks the parameter.
std::string bnParam(const EVP_PKEY* pkey, const char* name, int width = 0);

// Field size in bytes of a JOSE curve name (32, 48, 66; Ed25519 32), or 0.
int curveBytes(std::string_view curve) noexcept;

} // namespace claimsmith::jose::detail
