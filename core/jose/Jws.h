#pragma once

#include "Algorithm.h"
#include "Key.h"

#include <string>
#include <string_view>

namespace claimsmith::jose {

// JWS primitives (RFC 7515) over a signing input, usually
// "BASE64URL(header).BASE64URL(payload)". Signatures are the raw JWS bytes,
// not base64url: r‖s for ECDSA, padded to the curve size (RFC 7518 §3.4).
// Both refuse a key that Key::checkUse refuses.

// Signs; `signatureOut` receives the signature bytes.
bool sign(const Key& key, Algorithm alg, std::string_view signingInput, std::string& signatureOut,
          std::string& error);
// Verifies. False for any signature of the wrong length; `error` (optional)
// says why when the key cannot be used, and is empty for a bad signature.
bool verify(const Key& key, Algorithm alg, std::string_view signingInput,
            std::string_view signature, std::string* error = nullptr);

// The three segments of a compact JWS, still base64url.
struct CompactParts
{
    std::string_view header;
    std::string_view payload;
    std::string_view signature;
    std::string_view signingInput; // header + '.' + payload
};
// Splits at the two dots; false unless there are exactly three segments.
bool splitCompact(std::string_view token, CompactParts& out) noexcept;

// The fast path for services that check many tokens with a known key:
// exactly three segments, strict base64url in each, a header that is a JSON
// object without duplicate members whose "alg" is `alg` and that has no
// "crit", and a valid signature. `payloadOut` receives the decoded payload.
// inspect() (Inspector.h) does the same and also explains every problem and
// checks the claims.
bool verifyCompact(const Key& key, Algorithm alg, std::string_view token, std::string& payloadOut,
                   std::string* error = nullptr);

} // namespace claimsmith::jose
