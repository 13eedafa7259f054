#include "KeySet.h"

#include "json/Reader.h"

#include <algorithm>

namespace claimsmith::jose {

bool KeySet::fromJwks(const json::Value& jwks, KeySet& out, std::string& error)
{
    const json::Value* keys = jwks.isObject() ? jwks.find("keys") : nullptr;
    if (!keys || !keys->isArray()) {
        error = "a JWK Set must be a JSON object with a \"keys\" array";
        return false;
    }
    // Duplicate kids first: they make the set ambiguous whatever the keys hold.
    std::vector<std::string_view> kids;
    for (const json::Value& jwk : keys->array()) {
        const json::Value* kid = jwk.find("kid");
        if (!kid || !kid->isString())
            continue;
        if (std::find(kids.begin(), kids.end(), kid->string()) != kids.end()) {
            error = "two keys have the kid \"" + kid->string() +
                    "\"; every key in a set needs its own kid";
            return false;
        }
        kids.push_back(kid->string());
    }
    KeySet set;
    std::size_t index = 0;
    for (const json::Value& jwk : keys->array()) {
        Key key;
        std::string why;
        if (!Key::fromJwk(jwk, key, why) || !set.add(std::move(key), why)) {
            const json::Value* kid = jwk.find("kid");
            error = "key " + std::to_string(index) +
                    (kid && kid->isString() ? " (kid \"" + kid->string() + "\")" : std::string()) +
                    ": " + why;
            return false;
        }
        ++index;
    }
    out = std::move(set);
    return true;
}

bool KeySet::fromJwksText(std::string_view text, KeySet& out, std::string& error)
{
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        error = "the JWK Set is not valid JSON: " + parsed.error.toString();
        return false;
    }
    return fromJwks(parsed.value, out, error);
}

bool KeySet::add(Key key, std::string& error)
{
    if (key.isNull()) {
        error = "no key";
        return false;
    }
    if (!m_keys.empty() && key.hasPrivate() != isPrivate()) {
        error = "the set mixes public and private keys (HMAC secrets count as private); keep "
                "public keys and private keys in separate sets";
        return false;
    }
    if (!key.kid().empty() && findByKid(key.kid())) {
        error = "two keys have the kid \"" + key.kid() + "\"; every key in a set needs its own kid";
        return false;
    }
    m_keys.push_back(std::move(key));
    return true;
}

json::Value KeySet::toJwks(bool includePrivate) const
{
    json::Value keys = json::Value(json::Array{});
    for (const Key& key : m_keys) {
        json::Value jwk = key.toJwk(includePrivate);
        if (!jwk.isNull())
            keys.push_back(std::move(jwk));
    }
    return json::Value::object({{"keys", std::move(keys)}});
}

const Key* KeySet::findByKid(std::string_view kid) const noexcept
{
    for (const Key& key : m_keys) {
        if (key.kid() == kid)
            return &key;
    }
    return nullptr;
}

std::vector<const Key*> KeySet::candidates(std::string_view kid, Algorithm alg) const
{
    std::vector<const Key*> result;
    if (!kid.empty()) {
        if (const Key* key = findByKid(kid))
            result.push_back(key);
        return result;
    }
    for (const Key& key : m_keys) {
        if (key.type() == keyTypeFor(alg) &&
            (curveFor(alg).empty() || key.curve() == curveFor(alg)) &&
            (key.algName().empty() || key.algName() == algorithmName(alg)))
            result.push_back(&key);
    }
    return result;
}

} // namespace claimsmith::jose
