#include "KeyMaterial.h"

#include "SignatureContext.h"
#include "WeakKeys.h"
#include "json/Base64.h"

#include <algorithm>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

namespace claimsmith::jose::detail {

namespace {

std::string_view joseCurveName(std::string_view openssl) noexcept
{
    if (openssl == "prime256v1" || openssl == "P-256")
        return "P-256";
    if (openssl == "secp384r1" || openssl == "P-384")
        return "P-384";
    if (openssl == "secp521r1" || openssl == "P-521")
        return "P-521";
    return {};
}

bool hasPrivatePart(const EVP_PKEY* pkey)
{
    bool result = false;
    if (EVP_PKEY_is_a(pkey, "RSA")) {
        result = !bnParam(pkey, OSSL_PKEY_PARAM_RSA_D).empty();
    } else if (EVP_PKEY_is_a(pkey, "EC")) {
        result = !bnParam(pkey, OSSL_PKEY_PARAM_PRIV_KEY).empty();
    } else {
        std::size_t len = 0;
        result = EVP_PKEY_get_raw_private_key(pkey, nullptr, &len) == 1 && len > 0;
    }
    ERR_clear_error(); // the probes above fail on public keys
    return result;
}

// Runs an EVP_PKEY_*_check; true when it passes.
bool check(EVP_PKEY* pkey, int (*fn)(EVP_PKEY_CTX*))
{
    ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey, nullptr));
    const bool ok = ctx && fn(ctx.get()) == 1;
    ERR_clear_error();
    return ok;
}

std::string b64(std::string_view bytes)
{
    return base64::encodeUrl(bytes);
}

bool fillRsa(KeyMaterial& m, std::string& error)
{
    const std::string n = bnParam(m.pkey.get(), OSSL_PKEY_PARAM_RSA_N);
    const std::string e = bnParam(m.pkey.get(), OSSL_PKEY_PARAM_RSA_E);
    if (n.empty() || e.empty()) {
        error = "the RSA key has no modulus or exponent";
        return false;
    }
    error = rsaWeakness(n, e);
    if (!error.empty())
        return false;
    m.type = KeyType::RSA;
    m.bits = bitLength(n);
    m.publicMembers = {{"e", b64(e)}, {"n", b64(n)}};
    if (m.hasPrivate) {
        m.rsaHasCrt = !bnParam(m.pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR1).empty();
        ERR_clear_error();
        // The pairwise check needs the primes; a key with only d is checked
        // by the sign-and-verify test in Key instead.
        if (m.rsaHasCrt && !check(m.pkey.get(), EVP_PKEY_pairwise_check)) {
            error = "the RSA private key does not match its public key (or its primes are wrong)";
            return false;
        }
    }
    return true;
}

bool fillEc(KeyMaterial& m, std::string& error)
{
    char group[64] = {};
    std::size_t groupLen = 0;
    if (EVP_PKEY_get_utf8_string_param(m.pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, group,
                                       sizeof group, &groupLen) != 1) {
        ERR_clear_error();
        error = "the EC key does not use a named curve; use P-256, P-384 or P-521";
        return false;
    }
    const std::string_view curve = joseCurveName(std::string_view(group, groupLen));
    if (curve.empty()) {
        error = "the EC key uses the curve " + std::string(group, groupLen) +
                ", which JWS does not support; use P-256, P-384 or P-521";
        return false;
    }
    // On the curve, not the point at infinity, in the prime-order subgroup.
    if (!check(m.pkey.get(), EVP_PKEY_public_check)) {
        error = "the EC public key is not a valid point on " + std::string(curve);
        return false;
    }
    if (m.hasPrivate && (!check(m.pkey.get(), EVP_PKEY_private_check) ||
                         !check(m.pkey.get(), EVP_PKEY_pairwise_check))) {
        error = "the EC private key does not match its public key";
        return false;
    }
    m.type = KeyType::EC;
    m.curve = std::string(curve);
    const int width = curveBytes(curve);
    m.bits = curve == "P-521" ? 521 : width * 8;
    m.publicMembers = {{"crv", m.curve},
                       {"x", b64(bnParam(m.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, width))},
                       {"y", b64(bnParam(m.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, width))}};
    return true;
}

bool fillEd25519(KeyMaterial& m, std::string& error)
{
    unsigned char pub[32];
    std::size_t len = sizeof pub;
    if (EVP_PKEY_get_raw_public_key(m.pkey.get(), pub, &len) != 1 || len != sizeof pub) {
        ERR_clear_error();
        error = "the Ed25519 key has no public part";
        return false;
    }
    m.type = KeyType::OKP;
    m.curve = "Ed25519";
    m.bits = 256;
    m.publicMembers = {{"crv", m.curve},
                       {"x", b64(std::string_view(reinterpret_cast<char*>(pub), len))}};
    return true;
}

std::string computeThumbprint(const KeyMaterial& m)
{
    // RFC 7638 §3: the required members, sorted, no whitespace. All values
    // are base64url or curve names, so none needs escaping.
    std::vector<std::pair<std::string, std::string>> members = m.publicMembers;
    if (m.type == KeyType::Oct)
        members = {{"k", b64(m.secret)}};
    const auto wipe = [](std::string& s) { OPENSSL_cleanse(s.data(), s.size()); };
    members.emplace_back("kty", std::string(keyTypeName(m.type)));
    std::sort(members.begin(), members.end());
    std::string text = "{";
    for (const auto& [name, value] : members) {
        if (text.size() > 1)
            text += ',';
        text += '"' + name + "\":\"" + value + '"';
    }
    text += '}';
    unsigned char md[32];
    std::size_t mdLen = 0;
    const bool ok =
        EVP_Q_digest(nullptr, "SHA256", nullptr, text.data(), text.size(), md, &mdLen) == 1;
    // Both hold k for oct keys.
    wipe(text);
    for (auto& member : members)
        wipe(member.second);
    if (!ok)
        return {};
    return b64(std::string_view(reinterpret_cast<char*>(md), mdLen));
}

} // namespace

KeyMaterial::KeyMaterial() = default;

KeyMaterial::~KeyMaterial()
{
    if (!secret.empty())
        OPENSSL_cleanse(secret.data(), secret.size());
}

const SignatureContext* KeyMaterial::context(Algorithm alg, Operation op, std::string& error) const
{
    const std::size_t i = static_cast<std::size_t>(alg) * 2 + (op == Operation::Sign ? 0 : 1);
    std::call_once(m_once[i],
                   [&] { m_contexts[i] = SignatureContext::create(*this, alg, op, m_errors[i]); });
    if (!m_contexts[i])
        error = m_errors[i];
    return m_contexts[i].get();
}

std::string bnParam(const EVP_PKEY* pkey, const char* name, int width)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1 || raw == nullptr)
        return {};
    ossl::SecretBnPtr bn(raw);
    const int size = BN_num_bytes(bn.get());
    std::string out(static_cast<std::size_t>(std::max(size, width)), '\0');
    auto* p = reinterpret_cast<unsigned char*>(out.data());
    if (width > 0 ? BN_bn2binpad(bn.get(), p, width) < 0 : BN_bn2bin(bn.get(), p) < 0)
        return {};
    return out;
}

int curveBytes(std::string_view curve) noexcept
{
    if (curve == "P-256" || curve == "Ed25519")
        return 32;
    if (curve == "P-384")
        return 48;
    if (curve == "P-521")
        return 66;
    return 0;
}

bool materialFromPkey(ossl::PkeyPtr pkey, std::shared_ptr<KeyMaterial>& out, std::string& error)
{
    if (!pkey) {
        error = "no key";
        return false;
    }
    auto m = std::make_shared<KeyMaterial>();
    m->hasPrivate = hasPrivatePart(pkey.get());
    m->pkey = std::move(pkey);
    bool ok = false;
    if (EVP_PKEY_is_a(m->pkey.get(), "RSA")) {
        ok = fillRsa(*m, error);
    } else if (EVP_PKEY_is_a(m->pkey.get(), "EC")) {
        ok = fillEc(*m, error);
    } else if (EVP_PKEY_is_a(m->pkey.get(), "ED25519")) {
        ok = fillEd25519(*m, error);
    } else if (EVP_PKEY_is_a(m->pkey.get(), "RSA-PSS")) {
        error = "RSA-PSS-restricted keys are not supported; use a plain RSA key (PS256 and the "
                "other PS algorithms work with it)";
    } else {
        error = std::string("keys of type ") + EVP_PKEY_get0_type_name(m->pkey.get()) +
                " cannot sign JWS; use RSA, EC (P-256, P-384, P-521) or Ed25519";
    }
    if (!ok)
        return false;
    m->thumbprint = computeThumbprint(*m);
    out = std::move(m);
    return true;
}

bool materialFromSecret(std::string_view secret, std::shared_ptr<KeyMaterial>& out,
                        std::string& error)
{
    if (secret.empty()) {
        error = "the HMAC key is empty";
        return false;
    }
    auto m = std::make_shared<KeyMaterial>();
    m->type = KeyType::Oct;
    m->hasPrivate = true;
    m->secret.assign(secret);
    m->bits = static_cast<int>(secret.size() * 8);
    m->thumbprint = computeThumbprint(*m);
    out = std::move(m);
    return true;
}

} // namespace claimsmith::jose::detail
