// libFuzzer target over the JOSE inputs people paste: compact tokens checked
// against a fixed key set, JWK, JWKS and PEM key files, and tokens this
// library signs itself.
//
// The first byte picks what the rest is fed to (its value modulo 5):
//  0  a compact token, inspected against keys whose private halves nobody
//     has: it never verifies;
//  1  a JWK: a key read from it writes out and reads back with the same
//     thumbprint (private and public forms);
//  2  a JWKS: its public form reads back as a set of as many keys;
//  3  a PEM key: written as PEM, it reads back with the same thumbprint;
//  4  a payload, signed with one of a few fixed keys (the next byte picks
//     which): the token verifies, and with any one character of its payload
//     or signature changed it does not.

#include "FuzzSupport.h"
#include "jose/Inspector.h"
#include "jose/Jws.h"
#include "jose/Key.h"
#include "jose/KeySet.h"
#include "jose/TokenSigner.h"
#include "json/Reader.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

using namespace claimsmith;
using fuzz::check;

namespace {

const jose::KeySet& fixedKeys()
{
    static const jose::KeySet keys = [] {
        jose::KeySet set;
        std::string error;
        for (jose::Algorithm alg : {jose::Algorithm::ES256, jose::Algorithm::EdDSA}) {
            jose::Key k;
            check(jose::Key::generate(alg, 0, k, error) && set.add(k.publicKey(), error),
                  "the target's verification keys are made");
        }
        return set;
    }();
    return keys;
}

struct Signer
{
    jose::Algorithm alg;
    jose::Key key;      // signs
    jose::Key verifier; // the public half (the secret itself for HMAC)
    jose::TokenSigner signer;
};

const std::array<Signer, 4>& signers()
{
    static const std::array<Signer, 4> all = [] {
        std::array<Signer, 4> out{
            Signer{jose::Algorithm::HS256, {}, {}, {}}, Signer{jose::Algorithm::ES256, {}, {}, {}},
            Signer{jose::Algorithm::EdDSA, {}, {}, {}}, Signer{jose::Algorithm::RS256, {}, {}, {}}};
        std::string error;
        for (Signer& s : out) {
            check(jose::Key::generate(s.alg, 2048, s.key, error), "the target's keys are made");
            s.verifier = s.key.type() == jose::KeyType::Oct ? s.key : s.key.publicKey();
            check(jose::TokenSigner::create(s.key, s.alg, s.key.kid(), s.signer, error),
                  "the target's signers are made");
        }
        return out;
    }();
    return all;
}

bool verifies(const Signer& s, std::string_view token)
{
    jose::InspectOptions options;
    options.now = 1767225600;
    const jose::Inspection i = jose::inspect(token, &s.verifier, nullptr, options);
    std::string payload;
    const bool compact = jose::verifyCompact(s.verifier, s.alg, token, payload);
    check(compact == (i.signature == jose::Inspection::Signature::Valid),
          "inspect and verifyCompact agree on the signature");
    return compact;
}

// Another base64url character in place of token[at].
std::string changedAt(std::string token, std::size_t at)
{
    token[at] = token[at] == 'A' ? 'B' : 'A';
    return token;
}

void signRoundTrip(std::string_view input)
{
    if (input.empty())
        return;
    const Signer& s = signers()[static_cast<std::uint8_t>(input[0]) % signers().size()];
    const std::string_view payload = input.substr(1);
    std::string token;
    check(s.signer.sign(payload, token), "a working key signs");
    check(verifies(s, token), "a token signed with a key verifies with it");
    std::string decoded;
    check(jose::verifyCompact(s.verifier, s.alg, token, decoded) && decoded == payload,
          "the verified payload is the signed payload");

    jose::CompactParts parts;
    check(jose::splitCompact(token, parts), "a signed token has three parts");
    const auto offset = [&](std::string_view part) {
        return static_cast<std::size_t>(part.data() - token.data());
    };
    const std::size_t pick = payload.empty() ? 0 : static_cast<std::uint8_t>(payload[0]);
    if (!parts.payload.empty()) {
        const std::size_t at = offset(parts.payload) + pick % parts.payload.size();
        check(!verifies(s, changedAt(token, at)), "a changed payload does not verify");
    }
    const std::size_t at = offset(parts.signature) + pick % parts.signature.size();
    check(!verifies(s, changedAt(token, at)), "a changed signature does not verify");
}

void jwkRoundTrip(std::string_view input)
{
    jose::Key key;
    std::string error;
    if (!jose::Key::fromJwkText(input, key, error)) {
        check(!error.empty(), "a refused JWK says why");
        return;
    }
    jose::Key again;
    check(jose::Key::fromJwk(key.toJwk(true), again, error),
          "a JWK written by the library reads back");
    check(again.thumbprint() == key.thumbprint() && again.hasPrivate() == key.hasPrivate(),
          "a JWK written by the library reads back as the same key");
    if (key.type() == jose::KeyType::Oct)
        return;
    jose::Key pub;
    check(jose::Key::fromJwk(key.publicKey().toJwk(false), pub, error),
          "a public JWK written by the library reads back");
    check(pub.thumbprint() == key.thumbprint() && !pub.hasPrivate(),
          "the public half has the key's thumbprint and no private part");
}

void jwksRoundTrip(std::string_view input)
{
    jose::KeySet set;
    std::string error;
    if (!jose::KeySet::fromJwksText(input, set, error)) {
        check(!error.empty(), "a refused JWKS says why");
        return;
    }
    std::size_t asymmetric = 0;
    for (const jose::Key& k : set.keys())
        asymmetric += k.type() == jose::KeyType::Oct ? 0 : 1;
    jose::KeySet again;
    check(jose::KeySet::fromJwks(set.toJwks(false), again, error),
          "the public form of a key set reads back");
    check(again.size() == asymmetric && !again.isPrivate(),
          "the public form of a key set has its asymmetric keys, public only");
}

void pemRoundTrip(std::string_view input)
{
    jose::Key key;
    std::string error;
    if (!jose::Key::fromPem(input, key, error)) {
        check(!error.empty(), "a refused PEM key says why");
        return;
    }
    std::string pem;
    check(key.toPem(key.hasPrivate(), pem, error), "a key read from PEM writes as PEM");
    jose::Key again;
    check(jose::Key::fromPem(pem, again, error) && again.thumbprint() == key.thumbprint(),
          "a PEM key written by the library reads back as the same key");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input = fuzz::textOf(data + 1, size - 1);
    switch (data[0] % 5) {
    case 0: {
        jose::InspectOptions options;
        options.now = 1767225600;
        options.audience = "client_1";
        const jose::Inspection i = jose::inspect(input, nullptr, &fixedKeys(), options);
        check(i.signature != jose::Inspection::Signature::Valid,
              "nothing verifies against keys whose private halves nobody has");
        (void)i.toJson();
        break;
    }
    case 1:
        jwkRoundTrip(input);
        break;
    case 2:
        jwksRoundTrip(input);
        break;
    case 3:
        pemRoundTrip(input);
        break;
    default:
        signRoundTrip(input);
        break;
    }
    return 0;
}
