// JOSE figures: whole-token sign and verify for every algorithm next to a
// bare OpenSSL EVP call over the same signing input with the key loaded once
// (ratio = bare time / our time, so 1.0 means no overhead and higher is
// better), the same tokens through cpp-jwt (ratio = cpp-jwt time / ours), and
// the cost of parsing a PEM key counted in ES256 signatures.
//
// Targets: ratio ≥ 0.95 for RS*, ≥ 0.9 for ES* and EdDSA, ≥ 0.5 for HS*,
// for sign and for verify.

#include "Bench.h"
#include "jose/Jws.h"
#include "jose/Key.h"
#include "jose/TokenSigner.h"
#include "json/Base64.h"

// cpp-jwt is included as it is; it uses OpenSSL calls deprecated in 3.0.
#include <algorithm>
#include <cstdio>
#include <jwt/jwt.hpp>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <string>
#include <vector>

namespace claimsmith::bench {

namespace {

using jose::Algorithm;

// A realistic session token payload (~600 bytes): standard claims, roles,
// permissions and a few custom template claims.
const std::string kPayload =
    R"({"iss":"https://auth.example.com","sub":"user_01HZX3V9K2N8Q4R7T5W6Y8Z0AB",)"
    R"("aud":["https://api.example.com","https://admin.example.com"],"iat":1735689600,)"
    R"("exp":4102444800,"jti":"01HZX3VA0C3D5E7F9G1H3J5K7M","sid":"session_01HZX3VB2N4P6Q8R",)"
    R"("org_id":"org_01HZX3VC4S6T8V0W2X4Y6Z8A0B","role":"admin",)"
    R"("roles":["admin","billing-manager","member"],)"
    R"("permissions":["users:read","users:write","orgs:read","orgs:write","billing:read",)"
    R"("billing:write","templates:read","templates:publish"],)"
    R"("email":"ada.lovelace@example.com","email_verified":true,"name":"Ada Lovelace",)"
    R"("department":"Engineering","cost_center":"CC-4711","employee_id":"E-000042",)"
    R"("tenant":{"plan":"enterprise","region":"eu-west-1","seats":250}})";

struct EvpDeleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(EVP_MD_CTX* p) const { EVP_MD_CTX_free(p); }
    void operator()(EVP_MAC* p) const { EVP_MAC_free(p); }
    void operator()(EVP_MAC_CTX* p) const { EVP_MAC_CTX_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
};
template <typename T>
using Owned = std::unique_ptr<T, EvpDeleter>;

const unsigned char* u8(std::string_view s)
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

Owned<EVP_PKEY> readPem(const std::string& pem, bool priv)
{
    Owned<BIO> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    return Owned<EVP_PKEY>(priv ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                                : PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

// Ours and the reference measured in alternating rounds, so that a change
// in machine load touches both alike; medians of each.
std::pair<double, double> measurePair(const std::function<void()>& ours,
                                      const std::function<void()>& reference, int rounds = 7)
{
    std::vector<double> a, b;
    for (int i = 0; i < rounds; ++i) {
        a.push_back(nsPerOp(ours, 1, std::chrono::milliseconds(60)));
        b.push_back(nsPerOp(reference, 1, std::chrono::milliseconds(60)));
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return {a[a.size() / 2], b[b.size() / 2]};
}

// The bare OpenSSL operations: one EVP call sequence over the signing input.
class Bare
{
public:
    Bare(Algorithm alg, const jose::Key& key)
        : m_alg(alg)
    {
        std::string error;
        if (jose::isHmac(alg)) {
            m_mac.reset(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
            m_macCtx.reset(EVP_MAC_CTX_new(m_mac.get()));
            std::string k;
            base64::decodeUrlStrict(key.toJwk(true).find("k")->string(), k);
            std::string digest(jose::digestName(alg));
            OSSL_PARAM params[] = {
                OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest.data(), 0),
                OSSL_PARAM_construct_end()};
            EVP_MAC_init(m_macCtx.get(), u8(k), k.size(), params);
        } else {
            std::string pem;
            key.toPem(true, pem, error);
            m_private = readPem(pem, true);
            key.toPem(false, pem, error);
            m_public = readPem(pem, false);
        }
    }

    // HMAC: the keyed context is re-initialised in place (no copy at all).
    // Others: EVP_DigestSignInit_ex + EVP_DigestSign, as OpenSSL documents.
    std::size_t sign(std::string_view input, unsigned char* out) const
    {
        std::size_t len = 1024;
        if (m_macCtx) {
            EVP_MAC_init(m_macCtx.get(), nullptr, 0, nullptr);
            EVP_MAC_update(m_macCtx.get(), u8(input), input.size());
            EVP_MAC_final(m_macCtx.get(), out, &len, len);
            return len;
        }
        Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
        EVP_PKEY_CTX* pctx = nullptr;
        EVP_DigestSignInit_ex(ctx.get(), &pctx, mdName(), nullptr, nullptr, m_private.get(),
                              pssParams());
        EVP_DigestSign(ctx.get(), out, &len, u8(input), input.size());
        return len;
    }

    // `signature` in OpenSSL's form (DER for ECDSA).
    bool verify(std::string_view input, std::string_view signature) const
    {
        if (m_macCtx) {
            unsigned char tag[EVP_MAX_MD_SIZE];
            std::size_t len = sizeof tag;
            EVP_MAC_init(m_macCtx.get(), nullptr, 0, nullptr);
            EVP_MAC_update(m_macCtx.get(), u8(input), input.size());
            EVP_MAC_final(m_macCtx.get(), tag, &len, len);
            return len == signature.size() && CRYPTO_memcmp(tag, signature.data(), len) == 0;
        }
        Owned<EVP_MD_CTX> ctx(EVP_MD_CTX_new());
        EVP_PKEY_CTX* pctx = nullptr;
        EVP_DigestVerifyInit_ex(ctx.get(), &pctx, mdName(), nullptr, nullptr, m_public.get(),
                                pssParams());
        return EVP_DigestVerify(ctx.get(), u8(signature), signature.size(), u8(input),
                                input.size()) == 1;
    }

private:
    const char* mdName() const
    {
        m_md = std::string(jose::digestName(m_alg));
        return m_md.empty() ? nullptr : m_md.c_str();
    }
    const OSSL_PARAM* pssParams() const
    {
        if (m_alg != Algorithm::PS256 && m_alg != Algorithm::PS384 && m_alg != Algorithm::PS512)
            return nullptr;
        static char pss[] = "pss";
        static char digest[] = "digest";
        m_params[0] = OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PAD_MODE, pss, 0);
        m_params[1] = OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PSS_SALTLEN, digest, 0);
        m_params[2] = OSSL_PARAM_construct_end();
        return m_params;
    }

    Algorithm m_alg;
    Owned<EVP_PKEY> m_private, m_public;
    Owned<EVP_MAC> m_mac;
    Owned<EVP_MAC_CTX> m_macCtx;
    mutable std::string m_md;
    mutable OSSL_PARAM m_params[3];
};

// cpp-jwt signs and verifies from the PEM text (or the secret) on every call:
// that is its API, so that is what is timed.
class CppJwt
{
public:
    CppJwt(Algorithm alg, const jose::Key& key)
        : m_alg(std::string(jose::algorithmName(alg)))
    {
        std::string error;
        if (jose::isHmac(alg)) {
            base64::decodeUrlStrict(key.toJwk(true).find("k")->string(), m_signKey);
            m_verifyKey = m_signKey;
        } else {
            key.toPem(true, m_signKey, error);
            key.toPem(false, m_verifyKey, error);
        }
        m_object = jwt::jwt_object{jwt::params::algorithm(m_alg), jwt::params::secret(m_signKey)};
        m_object.header().add_header("kid", key.kid());
        const nlohmann::json claims = nlohmann::json::parse(kPayload);
        for (const auto& [name, value] : claims.items())
            m_object.payload().add_claim(name, value);
    }

    static bool supports(Algorithm alg)
    {
        return alg != Algorithm::PS256 && alg != Algorithm::PS384 && alg != Algorithm::PS512 &&
               alg != Algorithm::EdDSA;
    }

    std::string sign() const
    {
        std::error_code ec;
        return m_object.signature(ec);
    }

    bool verify(const std::string& token) const
    {
        std::error_code ec;
        auto decoded = jwt::decode(token, jwt::params::algorithms({m_alg}), ec,
                                   jwt::params::secret(m_verifyKey), jwt::params::verify(true));
        keep(&decoded);
        return !ec;
    }

private:
    std::string m_alg;
    std::string m_signKey;
    std::string m_verifyKey;
    jwt::jwt_object m_object;
};

void benchAlgorithm(Report& r, Algorithm alg)
{
    const std::string name(jose::algorithmName(alg));
    const std::string signName = "jose.sign." + name;
    const std::string verifyName = "jose.verify." + name;
    const std::string cppSignName = "jose.vs_cppjwt.sign." + name;
    const std::string cppVerifyName = "jose.vs_cppjwt.verify." + name;
    const bool pem = alg == Algorithm::ES256 && r.wants("jose.pem_parse.ES256");
    if (!r.wants(signName) && !r.wants(verifyName) && !r.wants(cppSignName) &&
        !r.wants(cppVerifyName) && !pem)
        return;

    std::string error;
    jose::Key key;
    jose::TokenSigner signer;
    if (!jose::Key::generate(alg, 2048, key, error) ||
        !jose::TokenSigner::create(key, alg, key.kid(), signer, error)) {
        std::fprintf(stderr, "%s: %s\n", name.c_str(), error.c_str());
        return;
    }
    const jose::Key verifier = jose::isHmac(alg) ? key : key.publicKey();
    std::string token;
    signer.sign(kPayload, token);
    const std::string signingInput = token.substr(0, token.rfind('.'));
    const Bare bare(alg, key);
    unsigned char sig[1024];
    const std::size_t sigLen = bare.sign(signingInput, sig);
    const std::string bareSignature(reinterpret_cast<const char*>(sig), sigLen);
    std::string payloadOut;
    if (!jose::verifyCompact(verifier, alg, token, payloadOut, &error) ||
        !bare.verify(signingInput, bareSignature)) {
        std::fprintf(stderr, "%s: verification failed: %s\n", name.c_str(), error.c_str());
        return;
    }

    double oursSign = 0;
    if (r.wants(signName) || pem) {
        std::string out;
        out.reserve(2048);
        const auto [ours, ref] = measurePair(
            [&] {
                out.clear();
                signer.sign(kPayload, out);
                keep(out.data());
            },
            [&] { keep(sig + bare.sign(signingInput, sig)); });
        oursSign = ours;
        if (r.wants(signName))
            r.ratio(signName, ours, "ns/op", "openssl.sign." + name, ref, ref / ours);
    }
    if (r.wants(verifyName)) {
        const auto [ours, ref] = measurePair(
            [&] {
                bool ok = jose::verifyCompact(verifier, alg, token, payloadOut);
                keep(&ok);
            },
            [&] {
                bool ok = bare.verify(signingInput, bareSignature);
                keep(&ok);
            });
        r.ratio(verifyName, ours, "ns/op", "openssl.verify." + name, ref, ref / ours);
    }
    if (CppJwt::supports(alg) && (r.wants(cppSignName) || r.wants(cppVerifyName))) {
        const CppJwt cpp(alg, key);
        const std::string cppToken = cpp.sign();
        if (!cpp.verify(cppToken) || !cpp.verify(token)) {
            std::fprintf(stderr, "%s: cpp-jwt does not verify\n", name.c_str());
            return;
        }
        if (r.wants(cppSignName)) {
            std::string out;
            const auto [ours, theirs] = measurePair(
                [&] {
                    out.clear();
                    signer.sign(kPayload, out);
                    keep(out.data());
                },
                [&] {
                    const std::string t = cpp.sign();
                    keep(t.data());
                },
                5);
            r.ratio(cppSignName, ours, "ns/op", "cppjwt.sign." + name, theirs, theirs / ours);
        }
        if (r.wants(cppVerifyName)) {
            const auto [ours, theirs] = measurePair(
                [&] {
                    bool ok = jose::verifyCompact(verifier, alg, token, payloadOut);
                    keep(&ok);
                },
                [&] {
                    bool ok = cpp.verify(cppToken);
                    keep(&ok);
                },
                5);
            r.ratio(cppVerifyName, ours, "ns/op", "cppjwt.verify." + name, theirs, theirs / ours);
        }
    }
    if (pem) {
        std::string pemText;
        key.toPem(true, pemText, error);
        const double parse = nsPerOp([&] {
            jose::Key parsed;
            jose::Key::fromPem(pemText, parsed, error);
            keep(&parsed);
        });
        r.ratio("jose.pem_parse.ES256", parse, "ns/op", "jose.sign.ES256", oursSign,
                parse / oursSign);
    }
}

void run(Report& r)
{
    for (Algorithm alg : jose::kAllAlgorithms)
        benchAlgorithm(r, alg);
}

Register reg("jose", &run);

} // namespace
} // namespace claimsmith::bench
