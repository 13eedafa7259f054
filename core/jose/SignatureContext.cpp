#include "SignatureContext.h"

#include "EcdsaDer.h"

#include <array>
#include <atomic>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>

namespace claimsmith::jose::detail {

namespace {

EVP_MAC* hmac()
{
    // Fetched once: fetching is a locked lookup in the provider store.
    static const ossl::MacPtr mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
    return mac.get();
}

const unsigned char* bytes(std::string_view s) noexcept
{
    return reinterpret_cast<const unsigned char*>(s.data());
}

std::atomic<std::uint64_t> g_nextId{1};

// Per-thread copies of keyed HMAC contexts, by the id of the SignatureContext
// they were copied from (ids are never reused, so a stale entry can only go
// unused until it is evicted). A context is freed, and its key state wiped by
// OpenSSL, when it is evicted, when its SignatureContext is destroyed on the
// same thread, or when the thread ends.
class ThreadMacs
{
public:
    ~ThreadMacs()
    {
        for (Slot& s : m_slots)
            EVP_MAC_CTX_free(s.ctx);
        t_gone = true;
    }

    // A context ready for EVP_MAC_update.
    EVP_MAC_CTX* get(std::uint64_t id, const EVP_MAC_CTX* prepared)
    {
        for (Slot& s : m_slots) {
            if (s.id == id)
                return EVP_MAC_init(s.ctx, nullptr, 0, nullptr) == 1 ? s.ctx : nullptr;
        }
        Slot& s = m_slots[m_next++ % m_slots.size()];
        EVP_MAC_CTX_free(s.ctx);
        s.ctx = EVP_MAC_CTX_dup(prepared);
        s.id = s.ctx ? id : 0;
        return s.ctx;
    }

    void forget(std::uint64_t id)
    {
        for (Slot& s : m_slots) {
            if (s.id == id) {
                EVP_MAC_CTX_free(s.ctx);
                s = Slot{};
            }
        }
    }

    // Set once this thread's cache is destroyed (a trivially destructible
    // flag, still readable while static objects are destroyed at exit).
    static thread_local bool t_gone;

private:
    struct Slot
    {
        std::uint64_t id = 0;
        EVP_MAC_CTX* ctx = nullptr;
    };
    std::array<Slot, 4> m_slots;
    std::size_t m_next = 0;
};

thread_local bool ThreadMacs::t_gone = false;
thread_local ThreadMacs t_macs;

bool isPss(Algorithm alg) noexcept
{
    return alg == Algorithm::PS256 || alg == Algorithm::PS384 || alg == Algorithm::PS512;
}

} // namespace

SignatureContext::SignatureContext()
    : m_id(g_nextId.fetch_add(1, std::memory_order_relaxed))
{}

SignatureContext::~SignatureContext()
{
    if (m_mac && !ThreadMacs::t_gone)
        t_macs.forget(m_id);
}

std::unique_ptr<SignatureContext> SignatureContext::create(const KeyMaterial& key, Algorithm alg,
                                                           Operation op, std::string& error)
{
    std::unique_ptr<SignatureContext> c(new SignatureContext);
    c->m_alg = alg;
    c->m_op = op;
    std::string digest(digestName(alg));

    if (isHmac(alg)) {
        if (key.type != KeyType::Oct || !hmac()) {
            error = "HMAC is not available";
            return nullptr;
        }
        c->m_mac.reset(EVP_MAC_CTX_new(hmac()));
        OSSL_PARAM params[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest.data(), 0),
            OSSL_PARAM_construct_end()};
        if (!c->m_mac ||
            EVP_MAC_init(c->m_mac.get(), bytes(key.secret), key.secret.size(), params) != 1) {
            error = "cannot set up HMAC: " + ossl::lastError();
            return nullptr;
        }
        c->m_signatureSize = static_cast<std::size_t>(hashSize(alg));
        return c;
    }

    if (!key.pkey) {
        error = "the key has no public or private part";
        return nullptr;
    }
    char padMode[] = OSSL_PKEY_RSA_PAD_MODE_PSS;
    char saltLen[] = OSSL_PKEY_RSA_PSS_SALT_LEN_DIGEST;
    OSSL_PARAM pss[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PAD_MODE, padMode, 0),
        // Salt length = hash length, MGF1 with the same hash (RFC 7518 §3.5);
        // verification demands exactly that salt length.
        OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_PSS_SALTLEN, saltLen, 0),
        OSSL_PARAM_construct_utf8_string(OSSL_SIGNATURE_PARAM_MGF1_DIGEST, digest.data(), 0),
        OSSL_PARAM_construct_end()};
    const OSSL_PARAM* params = isPss(alg) ? pss : nullptr;
    const char* md = digest.empty() ? nullptr : digest.c_str();

    c->m_md.reset(EVP_MD_CTX_new());
    if (!c->m_md) {
        error = "out of memory";
        return nullptr;
    }
    const int ok = op == Operation::Sign
                       ? EVP_DigestSignInit_ex(c->m_md.get(), nullptr, md, nullptr, nullptr,
                                               key.pkey.get(), params)
                       : EVP_DigestVerifyInit_ex(c->m_md.get(), nullptr, md, nullptr, nullptr,
                                                 key.pkey.get(), params);
    if (ok != 1) {
        error = std::string("cannot set up ") + std::string(algorithmName(alg)) + ": " +
                ossl::lastError();
        return nullptr;
    }
    // Each call works on a copy and finalises it once: without this flag
    // OpenSSL would duplicate the context again inside DigestSignFinal.
    EVP_MD_CTX_set_flags(c->m_md.get(), EVP_MD_CTX_FLAG_FINALISE);

    switch (keyTypeFor(alg)) {
    case KeyType::RSA:
        c->m_signatureSize = static_cast<std::size_t>(EVP_PKEY_get_size(key.pkey.get()));
        break;
    case KeyType::EC:
        c->m_fieldBytes = static_cast<std::size_t>(curveBytes(key.curve));
        c->m_signatureSize = 2 * c->m_fieldBytes;
        break;
    case KeyType::OKP:
        c->m_signatureSize = 64;
        break;
    case KeyType::Oct:
        break;
    }
    if (c->m_signatureSize == 0 || c->m_signatureSize > kMaxSignatureSize) {
        error = "unsupported key size";
        return nullptr;
    }
    return c;
}

EVP_MAC_CTX* SignatureContext::macContext(ossl::MacCtxPtr& fallback) const
{
    // After this thread's cache is gone (objects destroyed at exit), a copy.
    if (ThreadMacs::t_gone) {
        fallback.reset(EVP_MAC_CTX_dup(m_mac.get()));
        return fallback.get();
    }
    return t_macs.get(m_id, m_mac.get());
}

bool SignatureContext::sign(std::string_view input, unsigned char* out, std::size_t& len) const
{
    if (m_op != Operation::Sign)
        return false;
    if (m_mac) {
        ossl::MacCtxPtr fallback;
        EVP_MAC_CTX* mac = macContext(fallback);
        return mac && EVP_MAC_update(mac, bytes(input), input.size()) == 1 &&
               EVP_MAC_final(mac, out, &len, kMaxSignatureSize) == 1;
    }
    ossl::MdCtxPtr md(EVP_MD_CTX_new());
    if (!md || EVP_MD_CTX_copy_ex(md.get(), m_md.get()) != 1)
        return false;
    if (m_fieldBytes == 0) {
        len = kMaxSignatureSize;
        return EVP_DigestSign(md.get(), out, &len, bytes(input), input.size()) == 1 &&
               len == m_signatureSize;
    }
    unsigned char der[maxEcdsaDerSize(66)];
    std::size_t derLen = sizeof der;
    if (EVP_DigestSign(md.get(), der, &derLen, bytes(input), input.size()) != 1 ||
        !ecdsaDerToRaw(der, derLen, m_fieldBytes, out))
        return false;
    len = m_signatureSize;
    return true;
}

bool SignatureContext::verify(std::string_view input, std::string_view signature) const
{
    if (m_op != Operation::Verify || signature.size() != m_signatureSize)
        return false;
    if (m_mac) {
        ossl::MacCtxPtr fallback;
        EVP_MAC_CTX* mac = macContext(fallback);
        unsigned char tag[EVP_MAX_MD_SIZE];
        std::size_t tagLen = 0;
        return mac && EVP_MAC_update(mac, bytes(input), input.size()) == 1 &&
               EVP_MAC_final(mac, tag, &tagLen, sizeof tag) == 1 && tagLen == signature.size() &&
               CRYPTO_memcmp(tag, signature.data(), tagLen) == 0;
    }
    ossl::MdCtxPtr md(EVP_MD_CTX_new());
    if (!md || EVP_MD_CTX_copy_ex(md.get(), m_md.get()) != 1)
        return false;
    int ok = 0;
    if (m_fieldBytes == 0) {
        ok = EVP_DigestVerify(md.get(), bytes(signature), signature.size(), bytes(input),
                              input.size());
    } else {
        unsigned char der[maxEcdsaDerSize(66)];
        const std::size_t derLen = ecdsaRawToDer(bytes(signature), m_fieldBytes, der);
        ok = EVP_DigestVerify(md.get(), der, derLen, bytes(input), input.size());
    }
    // A failed verification leaves a reason on OpenSSL's error queue; it is
    // the expected outcome here, not an error to report later.
    if (ok != 1)
        ERR_clear_error();
    return ok == 1;
}

} // namespace claimsmith::jose::detail
