// Key: JWK import and export (RFC 7517, RFC 7518 §6, RFC 8037 §2).

#include "Key.h"
#include "KeyMaterial.h"
#include "SignatureContext.h"
#include "WeakKeys.h"
#include "json/Base64.h"
#include "json/Reader.h"

#include <cstring>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

namespace claimsmith::jose {

namespace {

// Wipes decoded private members when they go out of scope.
struct Secret
{
    std::string bytes;
    ~Secret() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
};

class JwkReader
{
public:
    JwkReader(const json::Value& jwk, std::string& error)
        : m_jwk(jwk)
        , m_error(error)
    {}

    // An optional string member; false (with an error) when it is not a string.
    bool text(const char* name, std::string& out)
    {
        const json::Value* v = m_jwk.find(name);
        if (!v)
            return true;
        if (!v->isString())
            return fail(std::string("the JWK member \"") + name + "\" must be a string");
        out = v->string();
        return true;
    }

    // A base64url member (strict: no padding, no whitespace). `size`, when
    // not 0, is the exact length it must decode to.
    bool bytes(const char* name, bool required, std::string& out, std::size_t size = 0)
    {
        const json::Value* v = m_jwk.find(name);
        if (!v) {
            if (required)
                return fail(std::string("the JWK has no \"") + name + "\" member");
            return true;
        }
        if (!v->isString() || !base64::decodeUrlStrict(v->string(), out))
            return fail(std::string("the JWK member \"") + name +
                        "\" is not base64url without padding");
        if (size != 0 && out.size() != size)
            return fail(std::string("the JWK member \"") + name + "\" must be " +
                        std::to_string(size) + " bytes, not " + std::to_string(out.size()));
        return true;
    }

    bool has(const char* name) const { return m_jwk.find(name) != nullptr; }

    bool fail(std::string message)
    {
        m_error = std::move(message);
        return false;
    }

private:
    const json::Value& m_jwk;
    std::string& m_error;
};

bool pushBn(OSSL_PARAM_BLD* bld, const char* name, std::string_view bytes,
            std::vector<ossl::SecretBnPtr>& keep)
{
    ossl::SecretBnPtr bn(BN_secure_new());
    if (!bn || !BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.data()),
                          static_cast<int>(bytes.size()), bn.get()))
        return false;
    if (OSSL_PARAM_BLD_push_BN(bld, name, bn.get()) != 1)
        return false;
    keep.push_back(std::move(bn));
    return true;
}

// EVP_PKEY_fromdata for `type` from parameters added by `fill`.
template <typename Fill>
ossl::PkeyPtr fromData(const char* type, bool priv, Fill fill)
{
    ossl::ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<ossl::SecretBnPtr> keep;
    if (!bld || !fill(bld.get(), keep))
        return nullptr;
    ossl::ParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
    ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY* pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                          params.get()) != 1) {
        ERR_clear_error();
        return nullptr;
    }
    return ossl::PkeyPtr(pkey);
}

ossl::PkeyPtr rsaFromJwk(JwkReader& r, std::string& error, bool& selfTest)
{
    std::string n, e;
    Secret d, p, q, dp, dq, qi;
    if (!r.bytes("n", true, n) || !r.bytes("e", true, e) || !r.bytes("d", false, d.bytes))
        return nullptr;
    // Refuse weak keys before OpenSSL sees them, with a clearer message.
    error = detail::rsaWeakness(n, e);
    if (!error.empty())
        return nullptr;
    if (r.has("oth")) {
        r.fail("multi-prime RSA keys (\"oth\") are not supported");
        return nullptr;
    }
    const bool priv = r.has("d");
    const bool crt = r.has("p") || r.has("q") || r.has("dp") || r.has("dq") || r.has("qi");
    if (crt && !priv) {
        r.fail("the RSA JWK has private factors but no \"d\"");
        return nullptr;
    }
    if (crt && (!r.bytes("p", true, p.bytes) || !r.bytes("q", true, q.bytes) ||
                !r.bytes("dp", true, dp.bytes) || !r.bytes("dq", true, dq.bytes) ||
                !r.bytes("qi", true, qi.bytes)))
        return nullptr;
    selfTest = priv && !crt;
    ossl::PkeyPtr pkey = fromData("RSA", priv, [&](OSSL_PARAM_BLD* bld, auto& keep) {
        bool ok = pushBn(bld, OSSL_PKEY_PARAM_RSA_N, n, keep) &&
                  pushBn(bld, OSSL_PKEY_PARAM_RSA_E, e, keep);
        if (ok && priv)
            ok = pushBn(bld, OSSL_PKEY_PARAM_RSA_D, d.bytes, keep);
        if (ok && crt)
            ok = pushBn(bld, OSSL_PKEY_PARAM_RSA_FACTOR1, p.bytes, keep) &&
                 pushBn(bld, OSSL_PKEY_PARAM_RSA_FACTOR2, q.bytes, keep) &&
                 pushBn(bld, OSSL_PKEY_PARAM_RSA_EXPONENT1, dp.bytes, keep) &&
                 pushBn(bld, OSSL_PKEY_PARAM_RSA_EXPONENT2, dq.bytes, keep) &&
                 pushBn(bld, OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qi.bytes, keep);
        return ok;
    });
    if (!pkey)
        r.fail("the RSA JWK does not describe a valid RSA key");
    return pkey;
}

ossl::PkeyPtr ecFromJwk(JwkReader& r, const std::string& crv)
{
    const int width = detail::curveBytes(crv);
    if (width == 0 || crv == "Ed25519") {
        r.fail("the EC curve \"" + crv + "\" is not supported; use P-256, P-384 or P-521");
        return nullptr;
    }
    std::string x, y;
    Secret d;
    const auto size = static_cast<std::size_t>(width);
    // RFC 7518 §6.2.1.2: coordinates are the full size of the field.
    if (!r.bytes("x", true, x, size) || !r.bytes("y", true, y, size) ||
        !r.bytes("d", false, d.bytes, size))
        return nullptr;
    const bool priv = r.has("d");
    std::string point = "\x04" + x + y;
    std::string group = crv;
    ossl::PkeyPtr pkey = fromData("EC", priv, [&](OSSL_PARAM_BLD* bld, auto& keep) {
        return OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group.c_str(), 0) ==
                   1 &&
               OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                                point.size()) == 1 &&
               (!priv || pushBn(bld, OSSL_PKEY_PARAM_PRIV_KEY, d.bytes, keep));
    });
    if (!pkey)
        r.fail("the EC public key is not a valid point on " + crv);
    return pkey;
}

ossl::PkeyPtr okpFromJwk(JwkReader& r, const std::string& crv)
{
    if (crv != "Ed25519") {
        r.fail("the OKP curve \"" + crv + "\" is not supported for signatures; use Ed25519");
        return nullptr;
    }
    std::string x;
    Secret d;
    if (!r.bytes("x", true, x, 32) || !r.bytes("d", false, d.bytes, 32))
        return nullptr;
    const auto* raw = [](const std::string& s) {
        return reinterpret_cast<const unsigned char*>(s.data());
    }(r.has("d") ? d.bytes : x);
    ossl::PkeyPtr pkey(r.has("d")
                           ? EVP_PKEY_new_raw_private_key_ex(nullptr, "ED25519", nullptr, raw, 32)
                           : EVP_PKEY_new_raw_public_key_ex(nullptr, "ED25519", nullptr, raw, 32));
    if (!pkey) {
        ERR_clear_error();
        r.fail("the Ed25519 JWK is not a valid key");
        return nullptr;
    }
    if (r.has("d")) {
        unsigned char pub[32];
        std::size_t len = sizeof pub;
        if (EVP_PKEY_get_raw_public_key(pkey.get(), pub, &len) != 1 || len != 32 ||
            std::memcmp(pub, x.data(), 32) != 0) {
            r.fail("the Ed25519 private key does not match its public key \"x\"");
            return nullptr;
        }
    }
    return pkey;
}

// Signs and verifies a test message: the check for RSA keys without primes,
// which OpenSSL's pairwise check cannot examine.
bool selfTest(const detail::KeyMaterial& m)
{
    std::string error;
    const auto* signer = m.context(Algorithm::RS256, detail::Operation::Sign, error);
    const auto* verifier = m.context(Algorithm::RS256, detail::Operation::Verify, error);
    unsigned char sig[detail::SignatureContext::kMaxSignatureSize];
    std::size_t len = 0;
    return signer && verifier && signer->sign("claimsmith", sig, len) &&
           verifier->verify("claimsmith",
                            std::string_view(reinterpret_cast<const char*>(sig), len));
}

void appendPrivate(json::Value& jwk, const detail::KeyMaterial& m)
{
    const auto put = [&](const char* name, const std::string& bytes) {
        if (!bytes.empty())
            jwk.set(name, base64::encodeUrl(bytes));
    };
    Secret s;
    switch (m.type) {
    case KeyType::Oct:
        put("k", m.secret);
        break;
    case KeyType::RSA: {
        const std::pair<const char*, const char*> members[] = {
            {"d", OSSL_PKEY_PARAM_RSA_D},          {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
            {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},    {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
            {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
        for (const auto& [jwkName, param] : members) {
            s.bytes = detail::bnParam(m.pkey.get(), param);
            put(jwkName, s.bytes);
            OPENSSL_cleanse(s.bytes.data(), s.bytes.size());
        }
        ERR_clear_error();
        break;
    }
    case KeyType::EC:
        s.bytes =
            detail::bnParam(m.pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY, detail::curveBytes(m.curve));
        put("d", s.bytes);
        break;
    case KeyType::OKP: {
        s.bytes.resize(32);
        std::size_t len = s.bytes.size();
        if (EVP_PKEY_get_raw_private_key(
                m.pkey.get(), reinterpret_cast<unsigned char*>(s.bytes.data()), &len) == 1 &&
            len == 32)
            put("d", s.bytes);
        break;
    }
    }
}

} // namespace

bool Key::fromJwk(const json::Value& jwk, Key& out, std::string& error)
{
    if (!jwk.isObject()) {
        error = "a JWK must be a JSON object";
        return false;
    }
    JwkReader r(jwk, error);
    std::string kty, crv, kid, alg, use;
    if (!r.text("kty", kty) || !r.text("crv", crv) || !r.text("kid", kid) || !r.text("alg", alg) ||
        !r.text("use", use))
        return false;
    std::optional<std::vector<std::string>> keyOps;
    if (const json::Value* ops = jwk.find("key_ops")) {
        if (!ops->isArray())
            return r.fail("the JWK member \"key_ops\" must be an array of strings");
        keyOps.emplace();
        for (const json::Value& op : ops->array()) {
            if (!op.isString())
                return r.fail("the JWK member \"key_ops\" must be an array of strings");
            keyOps->push_back(op.string());
        }
    }

    std::shared_ptr<detail::KeyMaterial> material;
    bool needsSelfTest = false;
    if (kty == "oct") {
        Secret k;
        if (!r.bytes("k", true, k.bytes) || !detail::materialFromSecret(k.bytes, material, error))
            return false;
    } else {
        ossl::PkeyPtr pkey;
        if (kty == "RSA")
            pkey = rsaFromJwk(r, error, needsSelfTest);
        else if (kty == "EC")
            pkey = ecFromJwk(r, crv);
        else if (kty == "OKP")
            pkey = okpFromJwk(r, crv);
        else if (kty.empty())
            return r.fail("the JWK has no \"kty\" member");
        else
            return r.fail("the key type \"" + kty + "\" is not supported; use RSA, EC, OKP or oct");
        if (!pkey || !detail::materialFromPkey(std::move(pkey), material, error))
            return false;
        if (needsSelfTest && !selfTest(*material))
            return r.fail("the RSA private exponent \"d\" does not match the public key");
    }

    Key key(std::move(material));
    key.m_kid = std::move(kid);
    key.m_use = std::move(use);
    key.m_keyOps = std::move(keyOps);
    // A registered JWS alg must suit the key; any other value (an encryption
    // algorithm, a misspelling) is kept, and binds the key so that it never
    // verifies a JWS.
    if (const auto known = algorithmFromName(alg)) {
        if (!key.setAlgorithm(known, error))
            return false;
    } else {
        key.m_alg = std::move(alg);
    }
    out = std::move(key);
    return true;
}

bool Key::fromJwkText(std::string_view text, Key& out, std::string& error)
{
    const json::ParseResult parsed = json::parse(text);
    if (!parsed.ok) {
        error = "the JWK is not valid JSON: " + parsed.error.toString();
        return false;
    }
    return fromJwk(parsed.value, out, error);
}

json::Value Key::toJwk(bool includePrivate) const
{
    if (!m_material || (m_material->type == KeyType::Oct && !includePrivate))
        return {};
    const detail::KeyMaterial& m = *m_material;
    json::Value jwk = json::Value::object({{"kty", keyTypeName(m.type)}});
    if (!m_use.empty())
        jwk.set("use", m_use);
    if (m_keyOps) {
        json::Value ops = json::Value::array({});
        for (const std::string& op : *m_keyOps)
            ops.push_back(op);
        jwk.set("key_ops", std::move(ops));
    }
    if (!m_alg.empty())
        jwk.set("alg", m_alg);
    if (!m_kid.empty())
        jwk.set("kid", m_kid);
    // RSA members read better as n, e than in thumbprint order.
    if (m.type == KeyType::RSA) {
        jwk.set("n", m.publicMembers[1].second);
        jwk.set("e", m.publicMembers[0].second);
    } else {
        for (const auto& [name, value] : m.publicMembers)
            jwk.set(name, value);
    }
    if (includePrivate && m.hasPrivate)
        appendPrivate(jwk, m);
    return jwk;
}

} // namespace claimsmith::jose
