// libFuzzer target over the JOSE inputs people paste: compact tokens checked
// against a fixed key set, and JWK, JWKS and PEM key files.
//
// The first byte picks what the rest is fed to.

#include "jose/Inspector.h"
#include "jose/Key.h"
#include "jose/KeySet.h"
#include "json/Reader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace claimsmith;

namespace {

const jose::KeySet& fixedKeys()
{
    static const jose::KeySet keys = [] {
        jose::KeySet set;
        std::string error;
        for (jose::Algorithm alg : {jose::Algorithm::ES256, jose::Algorithm::EdDSA}) {
            jose::Key k;
            if (!jose::Key::generate(alg, 0, k, error) || !set.add(k.publicKey(), error))
                std::abort();
        }
        return set;
    }();
    return keys;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::string error;
    switch (data[0] % 4) {
    case 0: {
        jose::InspectOptions options;
        options.now = 1767225600;
        options.audience = "client_1";
        const jose::Inspection i = jose::inspect(input, nullptr, &fixedKeys(), options);
        // Nothing verifies against keys whose private halves nobody has.
        if (i.signature == jose::Inspection::Signature::Valid)
            std::abort();
        break;
    }
    case 1: {
        jose::Key key;
        if (jose::Key::fromJwkText(input, key, error)) {
            (void)key.thumbprint();
            (void)key.toJwk(true);
            (void)key.publicKey();
        }
        break;
    }
    case 2: {
        jose::KeySet set;
        if (jose::KeySet::fromJwksText(input, set, error))
            (void)set.toJwks(false);
        break;
    }
    default: {
        jose::Key key;
        if (jose::Key::fromPem(input, key, error)) {
            std::string pem;
            (void)key.toPem(false, pem, error);
        }
        break;
    }
    }
    return 0;
}
