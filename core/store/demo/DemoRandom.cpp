#include "DemoRandom.h"

namespace claimsmith::demo {

std::uint64_t mix64(std::uint64_t x) noexcept
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

DemoRandom::DemoRandom(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) noexcept
    : m_state(mix64(mix64(seed ^ 0x5deece66dULL) + stream * 0x9e3779b97f4a7c15ULL) ^
              mix64(index + 0x632be59bd9b4e019ULL))
{}

std::uint64_t DemoRandom::next() noexcept
{
    m_state += 0x9e3779b97f4a7c15ULL;
    return mix64(m_state);
}

std::uint64_t DemoRandom::below(std::uint64_t n) noexcept
{
    // Lemire's multiply-shift; the bias for the small ranges used here is
    // below 2^-40, and the result is the same everywhere.
    const unsigned __int128 product = static_cast<unsigned __int128>(next()) * n;
    return static_cast<std::uint64_t>(product >> 64);
}

std::int64_t DemoRandom::between(std::int64_t lo, std::int64_t hi) noexcept
{
    if (hi <= lo)
        return lo;
    return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
}

double DemoRandom::unit() noexcept
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::chance(double p) noexcept
{
    return unit() < p;
}

std::string DemoRandom::chars(std::size_t n, std::string_view alphabet)
{
    std::string s(n, ' ');
    for (char& c : s)
        c = alphabet[below(alphabet.size())];
    return s;
}

} // namespace claimsmith::demo
