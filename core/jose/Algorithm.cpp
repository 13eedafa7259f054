#include "Algorithm.h"

namespace claimsmith::jose {

namespace {

struct Info
{
    std::string_view name;
    KeyType type;
    std::string_view curve;
    int hashSize;
    std::string_view digest;
};

constexpr Info kInfo[] = {
    {"HS256", KeyType::Oct, {}, 32, "SHA256"},     {"HS384", KeyType::Oct, {}, 48, "SHA384"},
    {"HS512", KeyType::Oct, {}, 64, "SHA512"},     {"RS256", KeyType::RSA, {}, 32, "SHA256"},
    {"RS384", KeyType::RSA, {}, 48, "SHA384"},     {"RS512", KeyType::RSA, {}, 64, "SHA512"},
    {"PS256", KeyType::RSA, {}, 32, "SHA256"},     {"PS384", KeyType::RSA, {}, 48, "SHA384"},
    {"PS512", KeyType::RSA, {}, 64, "SHA512"},     {"ES256", KeyType::EC, "P-256", 32, "SHA256"},
    {"ES384", KeyType::EC, "P-384", 48, "SHA384"}, {"ES512", KeyType::EC, "P-521", 64, "SHA512"},
    {"EdDSA", KeyType::OKP, "Ed25519", 0, {}},
};
static_assert(std::size(kInfo) == kAllAlgorithms.size());

const Info& info(Algorithm alg) noexcept
{
    return kInfo[static_cast<std::size_t>(alg)];
}

} // namespace

std::string_view algorithmName(Algorithm alg) noexcept
{
    return info(alg).name;
}

std::optional<Algorithm> algorithmFromName(std::string_view name) noexcept
{
    for (Algorithm alg : kAllAlgorithms) {
        if (info(alg).name == name)
            return alg;
    }
    return std::nullopt;
}

KeyType keyTypeFor(Algorithm alg) noexcept
{
    return info(alg).type;
}

std::string_view keyTypeName(KeyType type) noexcept
{
    switch (type) {
    case KeyType::Oct:
        return "oct";
    case KeyType::RSA:
        return "RSA";
    case KeyType::EC:
        return "EC";
    case KeyType::OKP:
        return "OKP";
    }
    return {};
}

std::string_view curveFor(Algorithm alg) noexcept
{
    return info(alg).curve;
}

int hashSize(Algorithm alg) noexcept
{
    return info(alg).hashSize;
}

std::string_view digestName(Algorithm alg) noexcept
{
    return info(alg).digest;
}

} // namespace claimsmith::jose
