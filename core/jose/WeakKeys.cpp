#include "WeakKeys.h"

#include <array>
#include <cstdint>

namespace claimsmith::jose::detail {

namespace {

// The primes whose residues ROCA-affected moduli constrain (crocs-muni/roca).
constexpr std::array<std::uint32_t, 38> kRocaPrimes = {
    3,  5,  7,  11, 13, 17,  19,  23,  29,  31,  37,  41,  43,  47,  53,  59,  61,  67,  71,
    73, 79, 83, 89, 97, 101, 103, 107, 109, 113, 127, 131, 137, 139, 149, 151, 157, 163, 167};

std::uint32_t modSmall(std::string_view bigEndian, std::uint32_t p) noexcept
{
    std::uint32_t r = 0;
    for (unsigned char c : bigEndian)
        r = (r * 256 + c) % p;
    return r;
}

// Whether r is a power of 65537 modulo the prime p.
bool inSubgroupOf65537(std::uint32_t r, std::uint32_t p) noexcept
{
    const std::uint32_t g = 65537 % p;
    std::uint32_t x = 1;
    for (std::uint32_t i = 0; i < p; ++i) {
        if (x == r)
            return true;
        x = x * g % p;
        if (x == 1)
            break;
    }
    return false;
}

std::string_view stripZeros(std::string_view v) noexcept
{
    while (!v.empty() && v.front() == '\0')
        v.remove_prefix(1);
    return v;
}

} // namespace

int bitLength(std::string_view bigEndian) noexcept
{
    const std::string_view v = stripZeros(bigEndian);
    if (v.empty())
        return 0;
    int bits = static_cast<int>(v.size() - 1) * 8;
    for (unsigned c = static_cast<unsigned char>(v.front()); c != 0; c >>= 1)
        ++bits;
    return bits;
}

bool hasRocaFingerprint(std::string_view n) noexcept
{
    for (std::uint32_t p : kRocaPrimes) {
        if (!inSubgroupOf65537(modSmall(n, p), p))
            return false;
    }
    return true;
}

std::string rsaWeakness(std::string_view n, std::string_view e)
{
    n = stripZeros(n);
    e = stripZeros(e);
    const int bits = bitLength(n);
    if (bits < kMinRsaBits)
        return "the RSA key has " + std::to_string(bits) +
               " bits; at least 2048 are needed to be safe. Generate a new key of 2048 bits or "
               "more";
    if (bits > kMaxRsaBits)
        return "the RSA key has " + std::to_string(bits) +
               " bits, more than the 16384 this tool accepts";
    if ((static_cast<unsigned char>(n.back()) & 1) == 0)
        return "the RSA modulus is even, so this is not a valid RSA key";
    if (e.empty() || (e.size() == 1 && e.front() == 1))
        return "the RSA public exponent is " + std::string(e.empty() ? "0" : "1") +
               ", which makes every signature trivially forgeable. Generate a new key (the usual "
               "exponent is 65537)";
    if ((static_cast<unsigned char>(e.back()) & 1) == 0)
        return "the RSA public exponent is even, which is not valid. Generate a new key (the usual "
               "exponent is 65537)";
    if (bitLength(e) > 256)
        return "the RSA public exponent is longer than 256 bits, which is not valid";
    if (hasRocaFingerprint(n))
        return "this RSA key was made by a vulnerable Infineon library (ROCA, CVE-2017-15361): "
               "its private key can be computed from the public key. Replace it with a newly "
               "generated key";
    return {};
}

} // namespace claimsmith::jose::detail
