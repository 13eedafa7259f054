#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "json/Value.h"

#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::jose {

// A JWK Set (RFC 7517 §5). A set is all public keys or all private ones
// (HMAC secrets count as private): a set that mixes them is refused, and so
// is a set in which two keys share a "kid", because either makes it unclear
// which key a token should be checked with.
class KeySet
{
public:
    KeySet() = default;

    // {"keys":[JWK, …]}. Any key that fails to import fails the whole set,
    // with the key's index and kid in the message.
    static bool fromJwks(const json::Value& jwks, KeySet& out, std::string& error);
    static bool fromJwksText(std::string_view text, KeySet& out, std::string& error);

    // Adds a key, refusing a duplicate kid or a private/public mix.
    bool add(Key key, std::string& error);

    // {"keys":[…]}; without includePrivate, public keys only (oct keys have no
    // public form and are left out).
    json::Value toJwks(bool includePrivate) const;

    const std::vector<Key>& keys() const noexcept { return m_keys; }
    bool empty() const noexcept { return m_keys.empty(); }
    std::size_t size() const noexcept { return m_keys.size(); }
    // Whether the set holds private keys (or HMAC secrets).
    bool isPrivate() const noexcept { return !m_keys.empty() && m_keys.front().hasPrivate(); }

    // The key with this kid, or nullptr.
    const Key* findByKid(std::string_view kid) const noexcept;
    // The keys a token with this header could have been signed with: the key
    // whose kid matches when `kid` is not empty (whatever its type, so that
    // the caller can explain why it does not fit); otherwise every key whose
    // type and curve suit `alg` and whose own "alg", if any, is `alg`.
    std::vector<const Key*> candidates(std::string_view kid, Algorithm alg) const;

private:
    std::vector<Key> m_keys;
};

} // namespace claimsmith::jose
