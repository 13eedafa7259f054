#pragma once

#include "Algorithm.h"
#include "Key.h"
#include "KeySet.h"
#include "Problem.h"
#include "json/Value.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::jose {

struct InspectOptions
{
    // Unix time in seconds; the system clock when unset.
    std::optional<std::int64_t> now;
    // Clock skew allowed when checking exp, nbf and iat, in seconds.
    std::int64_t leeway = 60;
    // When set, "aud" (a string or an array of strings) must contain it.
    std::optional<std::string> audience;
    // When set, "iss" must be exactly this.
    std::optional<std::string> issuer;
};

// What inspect() found out about a token.
struct Inspection
{
    enum class Signature
    {
        Valid,    // verified with a key that may be used for the header's alg
        Invalid,  // a key was given and the token does not verify with it
        Unchecked // no key was given
    };

    json::Value header;      // the decoded header, or null when unreadable
    json::Value payload;     // the claims, member order kept; null unless JSON
    std::string payloadText; // the decoded payload bytes
    std::optional<Algorithm> algorithm;
    Signature signature = Signature::Unchecked;
    std::string keyId; // kid (else thumbprint) of the key that verified it
    std::vector<Problem> problems;

    // No problem of severity error, and the signature is not invalid.
    bool ok() const noexcept;
    // The first problem with this code, or nullptr.
    const Problem* find(std::string_view code) const noexcept;
    // {"header","payload","signature":"valid"|"invalid"|"unchecked",
    //  "problems":[{"severity","code","message"}]}
    json::Value toJson() const;
};

// "valid", "invalid", "unchecked".
std::string_view signatureName(Inspection::Signature s) noexcept;

// Decodes and checks a compact JWS/JWT for people: every problem found is
// reported with a stable code, a severity and a plain message, and checking
// goes on after the first one where it can.
//
// The signature is checked with `key` if given, else with the key from `keys`
// whose kid matches the header's kid (or, without a kid, the keys that suit
// the alg). It is never valid for alg "none" or an alg the key may not be used
// with (the key-confusion attack, a JWK "alg", "use" or "key_ops" that
// forbids it), a "crit" header (no extension is understood), malformed or
// padded base64url, anything but exactly three parts, or duplicate header
// members. A "jwk", "jku", "x5u" or "x5c" header is never used as the key.
//
// Codes: empty_token, json_serialization, wrong_segment_count, bad_base64,
// bad_header_json, duplicate_header_member, alg_missing, alg_none,
// alg_unknown, crit_unsupported, embedded_key_ignored, payload_not_json,
// payload_not_object, duplicate_claim, no_matching_key, bad_signature,
// signature_unchecked, the Key::checkUse codes (key_confusion,
// key_alg_mismatch, wrong_curve, key_wrong_use, weak_key) and the claim codes
// expired, not_yet_valid, issued_in_future, no_expiry, invalid_claim,
// missing_audience, wrong_audience, missing_issuer, wrong_issuer.
Inspection inspect(std::string_view token, const Key* key, const KeySet* keys,
                   const InspectOptions& options = {});

} // namespace claimsmith::jose
