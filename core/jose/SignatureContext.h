#pragma once

// A signing or verifying operation prepared once for one key and algorithm:
// an initialised EVP_DigestSign/Verify context or a keyed EVP_MAC context, so
// that no call repeats the algorithm fetch and key setup. Asymmetric calls
// work on a copy of the prepared context, which keeps const calls safe from
// any thread. HMAC, where copying would cost as much as the MAC itself, keeps
// a copy per thread and re-initialises it (EVP_MAC_init with no key restarts
// HMAC with the key it has). Private to core/jose.

#include "Algorithm.h"
#include "KeyMaterial.h"
#include "OpenSslPtr.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace claimsmith::jose::detail {

class SignatureContext
{
public:
    ~SignatureContext();
    SignatureContext(const SignatureContext&) = delete;
    SignatureContext& operator=(const SignatureContext&) = delete;

    // The largest JWS signature of any supported key (RSA 16384 bits).
    static constexpr std::size_t kMaxSignatureSize = 2048;

    static std::unique_ptr<SignatureContext> create(const KeyMaterial& key, Algorithm alg,
                                                    Operation op, std::string& error);

    // The exact size of this key's JWS signatures.
    std::size_t signatureSize() const noexcept { return m_signatureSize; }

    // Writes the JWS signature (r‖s for ECDSA) of `input` to `out`, which holds
    // kMaxSignatureSize bytes; `len` receives its size.
    bool sign(std::string_view input, unsigned char* out, std::size_t& len) const;
    // Whether `signature` (JWS form) is valid for `input`. A signature of the
    // wrong size is invalid whatever it holds.
    bool verify(std::string_view input, std::string_view signature) const;

private:
    SignatureContext();
    // This thread's keyed HMAC context, ready for an update.
    EVP_MAC_CTX* macContext(ossl::MacCtxPtr& fallback) const;

    Algorithm m_alg = Algorithm::HS256;
    Operation m_op = Operation::Sign;
    std::size_t m_signatureSize = 0;
    std::size_t m_fieldBytes = 0; // ECDSA
    ossl::MdCtxPtr m_md;          // asymmetric: initialised DigestSign/DigestVerify
    ossl::MacCtxPtr m_mac;        // HMAC: keyed
    std::uint64_t m_id;           // names m_mac's per-thread copies
};

} // namespace claimsmith::jose::detail
