#pragma once

#include "Algorithm.h"
#include "Problem.h"
#include "json/Value.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::jose {

namespace detail {
struct KeyMaterial;
}

enum class KeyOperation
{
    Sign,
    Verify
};

// A JWS key, parsed and checked once and then kept: an RSA, EC (P-256, P-384,
// P-521) or Ed25519 key owned as an OpenSSL EVP_PKEY, or an HMAC secret; plus
// the JWK members that restrict its use (kid, alg, use, key_ops). Copies are
// cheap and share the key; a Key is safe to use from several threads.
//
// Weak keys are refused at import: RSA under 2048 bits, e = 1 or even, the
// ROCA fingerprint; EC points not on the curve; private parts that do not
// match the public part; an empty HMAC secret, or one shorter than the hash
// of the JWK's own "alg".
//
// Errors are returned, never thrown; no message contains key material.
class Key
{
public:
    Key() = default;

    bool isNull() const noexcept { return !m_material; }

    // A JWK (RFC 7517/7518, RFC 8037 for OKP). On failure `out` is unchanged.
    static bool fromJwk(const json::Value& jwk, Key& out, std::string& error);
    static bool fromJwkText(std::string_view text, Key& out, std::string& error);
    // A PEM private key (PKCS#8; PKCS#1 and SEC1 also read) or public key
    // (SubjectPublicKeyInfo). Encrypted PEM is refused.
    static bool fromPem(std::string_view pem, Key& out, std::string& error);
    // An HMAC secret (raw bytes).
    static bool fromSecret(std::string_view secret, Key& out, std::string& error);
    // A new private key for `alg` with alg and kid (the thumbprint) set.
    // rsaBits: 0 means 2048; 2048 to 16384 for RS* and PS*; ignored otherwise.
    // HMAC secrets are as long as the hash (32, 48, 64 bytes).
    static bool generate(Algorithm alg, int rsaBits, Key& out, std::string& error);

    // The JWK, with kid, alg, use and key_ops when set. Without the private
    // members unless includePrivate; an oct key has no public form, so
    // toJwk(false) of an oct key is null.
    json::Value toJwk(bool includePrivate) const;
    // PEM: PKCS#8 "PRIVATE KEY" when includePrivate (and the key has one),
    // else SubjectPublicKeyInfo "PUBLIC KEY". Not for oct keys.
    bool toPem(bool includePrivate, std::string& out, std::string& error) const;
    // RFC 7638 JWK thumbprint: SHA-256 of the required members, base64url.
    const std::string& thumbprint() const noexcept;
    // The public half with the same kid, alg, use and key_ops (with "sign"
    // dropped); null for oct keys.
    Key publicKey() const;

    KeyType type() const noexcept;
    // Whether the key can sign: an asymmetric private key, or an HMAC secret.
    bool hasPrivate() const noexcept;
    // RSA modulus bits, EC field bits, 256 for Ed25519, HMAC secret bits.
    int bits() const noexcept;
    // "P-256", "P-384", "P-521", "Ed25519", or empty.
    std::string_view curve() const noexcept;

    // JWK "kid", or empty.
    const std::string& kid() const noexcept { return m_kid; }
    void setKid(std::string kid) { m_kid = std::move(kid); }
    // JWK "alg" as written (it may name an algorithm this library does not
    // know, such as an encryption algorithm), or empty.
    const std::string& algName() const noexcept { return m_alg; }
    std::optional<Algorithm> algorithm() const noexcept { return algorithmFromName(m_alg); }
    // Binds the key to one algorithm (as the JWK "alg" does); nullopt unbinds.
    bool setAlgorithm(std::optional<Algorithm> alg, std::string& error);
    // JWK "use", or empty.
    const std::string& use() const noexcept { return m_use; }
    // JWK "key_ops", or nullopt when absent.
    const std::optional<std::vector<std::string>>& keyOps() const noexcept { return m_keyOps; }

    // Why this key must not be used for `op` with `alg`, or nullopt when it
    // may: the key-confusion attack (an HMAC alg with an RSA, EC or OKP key),
    // a key type or curve the alg cannot use, a JWK "alg" that differs, a
    // "use" other than "sig", "key_ops" without the operation, a public key
    // asked to sign, an HMAC secret shorter than the hash.
    // Codes: key_confusion, key_alg_mismatch, wrong_curve, key_wrong_use,
    // key_not_private, weak_key.
    std::optional<Problem> checkUse(Algorithm alg, KeyOperation op) const;
    bool canSign(Algorithm alg, std::string* why = nullptr) const;
    bool canVerify(Algorithm alg, std::string* why = nullptr) const;

    // For the library's own use.
    const detail::KeyMaterial* material() const noexcept { return m_material.get(); }

private:
    explicit Key(std::shared_ptr<const detail::KeyMaterial> material);

    std::shared_ptr<const detail::KeyMaterial> m_material;
    std::string m_kid;
    std::string m_alg;
    std::string m_use;
    std::optional<std::vector<std::string>> m_keyOps;
};

// The algorithm a key signs with: its own JWK "alg", else the usual one for
// its type (ES256/ES384/ES512 by curve, EdDSA, RS256, HS256/384/512 by size).
Algorithm signingAlgorithm(const Key& key);

} // namespace claimsmith::jose
