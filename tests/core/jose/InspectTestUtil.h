#pragma once

// Helpers for the tests of jose::inspect().

#include "JoseTestUtil.h"
#include "jose/Inspector.h"
#include "jose/Jws.h"

#include <QTest>

#include <cstdint>
#include <string>
#include <string_view>

namespace claimsmith::test::jose {

using claimsmith::jose::Algorithm;
using claimsmith::jose::Inspection;
using claimsmith::jose::Key;

inline constexpr std::int64_t kNow = 1700000000; // 2023-11-14T22:13:20Z

// Signs header and payload text as they are (no re-serialisation).
inline std::string signRaw(const Key& key, Algorithm alg, std::string_view header,
                           std::string_view payload)
{
    const std::string input = b64(header) + "." + b64(payload);
    std::string sig, error;
    if (!claimsmith::jose::sign(key, alg, input, sig, error))
        throw std::runtime_error(error);
    return input + "." + b64(sig);
}

// The HMAC of the signing input under an arbitrary secret, with no key policy:
// what an attacker computes.
inline std::string forgeHs256(std::string_view secret, std::string_view header,
                              std::string_view payload)
{
    Key key;
    std::string error;
    if (!Key::fromSecret(secret, key, error))
        throw std::runtime_error(error);
    return signRaw(key, Algorithm::HS256, header, payload);
}

inline claimsmith::jose::InspectOptions at(std::int64_t now)
{
    claimsmith::jose::InspectOptions o;
    o.now = now;
    return o;
}

inline std::string codes(const Inspection& inspection)
{
    std::string out;
    for (const claimsmith::jose::Problem& p : inspection.problems)
        out += std::string(claimsmith::jose::severityName(p.severity)) + ":" + p.code + " ";
    return out;
}

inline bool mentions(const Inspection& inspection, const char* code, const char* phrase)
{
    const claimsmith::jose::Problem* p = inspection.find(code);
    return p && p->message.find(phrase) != std::string::npos;
}

// Claim problems leave a good signature good; every other rejection means
// the signature is not valid.
inline bool isClaimProblem(std::string_view code)
{
    for (std::string_view c :
         {"expired", "not_yet_valid", "issued_in_future", "invalid_claim", "missing_audience",
          "wrong_audience", "missing_issuer", "wrong_issuer", "duplicate_claim"}) {
        if (c == code)
            return true;
    }
    return false;
}

} // namespace claimsmith::test::jose

#define CHECK_REJECTED(inspection, code, phrase)                                                   \
    do {                                                                                           \
        QVERIFY2(!(inspection).ok(), codes(inspection).c_str());                                   \
        QVERIFY(isClaimProblem(code) ||                                                            \
                (inspection).signature != claimsmith::jose::Inspection::Signature::Valid);         \
        QVERIFY2(mentions((inspection), (code), (phrase)),                                         \
                 json::toString((inspection).toJson()).c_str());                                   \
        QCOMPARE((inspection).find(code)->severity, claimsmith::jose::Severity::Error);            \
    } while (false)
