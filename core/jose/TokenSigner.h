#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "json/Value.h"

#include <string>
#include <string_view>

namespace claimsmith::jose {

namespace detail {
class SignatureContext;
}

// Signs many tokens with one key and one header. The header is encoded once;
// each sign() appends "HEADER.PAYLOAD.SIGNATURE" to the caller's buffer, with
// the key's prepared OpenSSL context, and allocates nothing of its own once
// the buffer has grown to size. sign() is const and safe to call from several
// threads at once.
class TokenSigner
{
public:
    TokenSigner() = default;

    // The usual JWT header {"alg":…,"kid":…,"typ":"JWT"} ("kid" left out when
    // empty). Fails when the key cannot sign with `alg` (Key::checkUse).
    static bool create(const Key& key, Algorithm alg, std::string_view kid, TokenSigner& out,
                       std::string& error);
    // Any header object; its "alg" must be `alg` and it must not have "crit".
    static bool createWithHeader(const Key& key, Algorithm alg, const json::Value& header,
                                 TokenSigner& out, std::string& error);
    // A header the caller has already encoded (BASE64URL of the header JSON),
    // checked the same way.
    static bool createEncoded(const Key& key, Algorithm alg, std::string_view encodedHeader,
                              TokenSigner& out, std::string& error);

    bool isNull() const noexcept { return m_key.isNull(); }
    Algorithm algorithm() const noexcept { return m_alg; }
    const Key& key() const noexcept { return m_key; }
    // BASE64URL(header) followed by '.'.
    const std::string& encodedHeaderWithDot() const noexcept { return m_prefix; }

    // Appends the compact JWS of `payload` (the claims JSON) to `tokenOut`.
    // On failure (OpenSSL refused; does not happen with a working key)
    // tokenOut is left as it was.
    bool sign(std::string_view payload, std::string& tokenOut) const;

private:
    Key m_key;
    Algorithm m_alg = Algorithm::HS256;
    std::string m_prefix;
    const detail::SignatureContext* m_context = nullptr; // owned by m_key
};

} // namespace claimsmith::jose
