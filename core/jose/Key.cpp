#include "Key.h"

#include "KeyMaterial.h"
#include "SignatureContext.h"

#include <algorithm>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/rand.h>

namespace claimsmith::jose {

namespace {

std::string describe(const detail::KeyMaterial& m)
{
    switch (m.type) {
    case KeyType::Oct:
        return "an HMAC secret";
    case KeyType::RSA:
        return m.hasPrivate ? "an RSA private key" : "an RSA public key";
    case KeyType::EC:
        return std::string(m.hasPrivate ? "an EC private key" : "an EC public key") + " on " +
               m.curve;
    case KeyType::OKP:
        return m.hasPrivate ? "an Ed25519 private key" : "an Ed25519 public key";
    }
    return "a key";
}

// What an algorithm needs, in words.
std::string needs(Algorithm alg)
{
    switch (keyTypeFor(alg)) {
    case KeyType::Oct:
        return "an HMAC shared secret";
    case KeyType::RSA:
        return "an RSA key";
    case KeyType::EC:
        return "an EC key on " + std::string(curveFor(alg));
    case KeyType::OKP:
        return "an Ed25519 key";
    }
    return {};
}

Problem problem(std::string code, std::string message)
{
    return Problem{Severity::Error, std::move(code), std::move(message)};
}

} // namespace

Key::Key(std::shared_ptr<const detail::KeyMaterial> material)
    : m_material(std::move(material))
{}

KeyType Key::type() const noexcept
{
    return m_material ? m_material->type : KeyType::Oct;
}

bool Key::hasPrivate() const noexcept
{
    return m_material && m_material->hasPrivate;
}

int Key::bits() const noexcept
{
    return m_material ? m_material->bits : 0;
}

std::string_view Key::curve() const noexcept
{
    return m_material ? std::string_view(m_material->curve) : std::string_view();
}

const std::string& Key::thumbprint() const noexcept
{
    static const std::string empty;
    return m_material ? m_material->thumbprint : empty;
}

bool Key::setAlgorithm(std::optional<Algorithm> alg, std::string& error)
{
    if (!alg) {
        m_alg.clear();
        return true;
    }
    if (m_material) {
        const detail::KeyMaterial& m = *m_material;
        if (keyTypeFor(*alg) != m.type || (!curveFor(*alg).empty() && curveFor(*alg) != m.curve)) {
            error = std::string(algorithmName(*alg)) + " needs " + needs(*alg) + ", but this is " +
                    describe(m);
            return false;
        }
        if (m.type == KeyType::Oct && m.secret.size() < static_cast<std::size_t>(hashSize(*alg))) {
            error = "an " + std::string(algorithmName(*alg)) + " secret must be at least " +
                    std::to_string(hashSize(*alg)) + " bytes long; this one has " +
                    std::to_string(m.secret.size());
            return false;
        }
    }
    m_alg = std::string(algorithmName(*alg));
    return true;
}

std::optional<Problem> Key::checkUse(Algorithm alg, KeyOperation op) const
{
    const std::string algName(algorithmName(alg));
    if (!m_material)
        return problem("no_key", "No key was given to " +
                                     std::string(op == KeyOperation::Sign ? "sign" : "verify") +
                                     " with.");
    const detail::KeyMaterial& m = *m_material;
    if (isHmac(alg) && m.type != KeyType::Oct)
        return problem(
            "key_confusion",
            "The token asks for " + algName + " (an HMAC shared secret), but the key is " +
                describe(m) +
                ". Accepting it would let anyone who has the public key forge tokens (the "
                "key-confusion attack). The token is rejected; if the issuer really uses " +
                algName + ", verify with its shared secret.");
    if (keyTypeFor(alg) != m.type)
        return problem("key_alg_mismatch", algName + " needs " + needs(alg) + ", but the key is " +
                                               describe(m) +
                                               ". Use the key that belongs to this algorithm.");
    if (!curveFor(alg).empty() && curveFor(alg) != m.curve)
        return problem("wrong_curve", algName + " needs " + needs(alg) + ", but the key is " +
                                          describe(m) + ". Use a " + std::string(curveFor(alg)) +
                                          " key, or the algorithm that matches this key's curve.");
    if (!m_use.empty() && m_use != "sig")
        return problem("key_wrong_use", "The key is marked \"use\": \"" + m_use +
                                            "\", so it is not for signatures. Use a key marked "
                                            "\"use\": \"sig\".");
    const char* opName = op == KeyOperation::Sign ? "sign" : "verify";
    if (m_keyOps && std::find(m_keyOps->begin(), m_keyOps->end(), opName) == m_keyOps->end())
        return problem("key_wrong_use", std::string("The key's \"key_ops\" does not include \"") +
                                            opName + "\", so it must not be used to " + opName +
                                            ".");
    if (!m_alg.empty() && m_alg != algName)
        return problem("key_alg_mismatch",
                       "The key is declared for " + m_alg + " (its JWK \"alg\"), but " + algName +
                           " was asked for. A key must only be used with its own algorithm; "
                           "use a key made for " +
                           algName + ".");
    if (op == KeyOperation::Sign && !m.hasPrivate)
        return problem("key_not_private",
                       "Signing needs a private key, but this is " + describe(m) + ".");
    if (m.type == KeyType::Oct && m.secret.size() < static_cast<std::size_t>(hashSize(alg)))
        return problem("weak_key", "The HMAC secret has " + std::to_string(m.secret.size()) +
                                       " bytes; " + algName + " needs at least " +
                                       std::to_string(hashSize(alg)) +
                                       " (RFC 7518 §3.2). Generate a longer secret.");
    return std::nullopt;
}

bool Key::canSign(Algorithm alg, std::string* why) const
{
    const auto p = checkUse(alg, KeyOperation::Sign);
    if (p && why)
        *why = p->message;
    return !p;
}

bool Key::canVerify(Algorithm alg, std::string* why) const
{
    const auto p = checkUse(alg, KeyOperation::Verify);
    if (p && why)
        *why = p->message;
    return !p;
}

bool Key::fromSecret(std::string_view secret, Key& out, std::string& error)
{
    std::shared_ptr<detail::KeyMaterial> m;
    if (!detail::materialFromSecret(secret, m, error))
        return false;
    out = Key(std::move(m));
    return true;
}

bool Key::fromPem(std::string_view pem, Key& out, std::string& error)
{
    if (pem.find("-----BEGIN ") == std::string_view::npos) {
        error = "this is not a PEM key (no \"-----BEGIN\" line)";
        return false;
    }
    if (pem.find("ENCRYPTED") != std::string_view::npos) {
        error = "the PEM key is encrypted; decrypt it first (openssl pkey -in KEY -out PLAIN)";
        return false;
    }
    EVP_PKEY* raw = nullptr;
    ossl::DecoderCtxPtr ctx(
        OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, nullptr, 0, nullptr, nullptr));
    const auto* data = reinterpret_cast<const unsigned char*>(pem.data());
    std::size_t len = pem.size();
    if (!ctx || OSSL_DECODER_from_data(ctx.get(), &data, &len) != 1 || raw == nullptr) {
        ERR_clear_error();
        error = "no key could be read from this PEM text";
        return false;
    }
    std::shared_ptr<detail::KeyMaterial> m;
    if (!detail::materialFromPkey(ossl::PkeyPtr(raw), m, error))
        return false;
    out = Key(std::move(m));
    return true;
}

bool Key::toPem(bool includePrivate, std::string& out, std::string& error) const
{
    if (!m_material || !m_material->pkey) {
        error = m_material ? "an HMAC secret has no PEM form" : "no key";
        return false;
    }
    const bool priv = includePrivate && m_material->hasPrivate;
    ossl::EncoderCtxPtr ctx(OSSL_ENCODER_CTX_new_for_pkey(
        m_material->pkey.get(), priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, "PEM",
        priv ? "PrivateKeyInfo" : "SubjectPublicKeyInfo", nullptr));
    unsigned char* data = nullptr;
    std::size_t len = 0;
    if (!ctx || OSSL_ENCODER_to_data(ctx.get(), &data, &len) != 1 || data == nullptr) {
        error = "the key cannot be written as PEM: " + ossl::lastError();
        return false;
    }
    out.assign(reinterpret_cast<const char*>(data), len);
    OPENSSL_clear_free(data, len);
    return true;
}

bool Key::generate(Algorithm alg, int rsaBits, Key& out, std::string& error)
{
    std::shared_ptr<detail::KeyMaterial> m;
    if (isHmac(alg)) {
        std::string secret(static_cast<std::size_t>(hashSize(alg)), '\0');
        if (RAND_bytes(reinterpret_cast<unsigned char*>(secret.data()),
                       static_cast<int>(secret.size())) != 1) {
            error = "the random number generator failed: " + ossl::lastError();
            return false;
        }
        const bool ok = detail::materialFromSecret(secret, m, error);
        OPENSSL_cleanse(secret.data(), secret.size());
        if (!ok)
            return false;
    } else {
        EVP_PKEY* pkey = nullptr;
        switch (keyTypeFor(alg)) {
        case KeyType::RSA: {
            const int bits = rsaBits == 0 ? 2048 : rsaBits;
            if (bits < 2048 || bits > 16384) {
                error = "RSA keys must have 2048 to 16384 bits (3072 and 4096 are common)";
                return false;
            }
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<std::size_t>(bits));
            break;
        }
        case KeyType::EC: {
            const std::string curve(curveFor(alg));
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve.c_str());
            break;
        }
        case KeyType::OKP:
            pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
            break;
        case KeyType::Oct:
            break;
        }
        if (pkey == nullptr) {
            error = "key generation failed: " + ossl::lastError();
            return false;
        }
        if (!detail::materialFromPkey(ossl::PkeyPtr(pkey), m, error))
            return false;
    }
    Key key(std::move(m));
    key.m_alg = std::string(algorithmName(alg));
    key.m_kid = key.thumbprint();
    out = std::move(key);
    return true;
}

Key Key::publicKey() const
{
    if (!m_material || m_material->type == KeyType::Oct)
        return {};
    Key result = *this;
    if (m_material->hasPrivate) {
        OSSL_PARAM* params = nullptr;
        if (EVP_PKEY_todata(m_material->pkey.get(), EVP_PKEY_PUBLIC_KEY, &params) != 1)
            return {};
        ossl::ParamPtr owned(params);
        ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(
            nullptr, EVP_PKEY_get0_type_name(m_material->pkey.get()), nullptr));
        EVP_PKEY* pub = nullptr;
        if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
            EVP_PKEY_fromdata(ctx.get(), &pub, EVP_PKEY_PUBLIC_KEY, params) != 1)
            return {};
        std::shared_ptr<detail::KeyMaterial> m;
        std::string error;
        if (!detail::materialFromPkey(ossl::PkeyPtr(pub), m, error))
            return {};
        result.m_material = std::move(m);
    }
    if (result.m_keyOps) {
        auto& ops = *result.m_keyOps;
        const bool hadSign = std::erase(ops, std::string("sign")) > 0;
        if (hadSign && std::find(ops.begin(), ops.end(), "verify") == ops.end())
            ops.emplace_back("verify");
    }
    return result;
}

Algorithm signingAlgorithm(const Key& key)
{
    if (const auto alg = key.algorithm())
        return *alg;
    switch (key.type()) {
    case KeyType::EC:
        if (key.curve() == "P-384")
            return Algorithm::ES384;
        if (key.curve() == "P-521")
            return Algorithm::ES512;
        return Algorithm::ES256;
    case KeyType::OKP:
        return Algorithm::EdDSA;
    case KeyType::RSA:
        return Algorithm::RS256;
    case KeyType::Oct:
        if (key.bits() >= 512)
            return Algorithm::HS512;
        if (key.bits() >= 384)
            return Algorithm::HS384;
        return Algorithm::HS256;
    }
    return Algorithm::ES256;
}

} // namespace claimsmith::jose
