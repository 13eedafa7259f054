#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace claimsmith::demo {

// The splitmix64 finalizer: a bijection on 64-bit integers, so distinct inputs
// give distinct outputs (used where generated values must be unique).
std::uint64_t mix64(std::uint64_t x) noexcept;

// A value that occurs with a relative weight, for skewed distributions.
template <typename T>
struct Weighted
{
    T value;
    int weight;
};

// The demo data's random numbers: splitmix64, with results defined here rather
// than by the standard library's distributions (which differ between library
// versions), so that a seed gives the same data on every platform. Each record
// draws from a stream of its own, keyed by (seed, stream, index), so what one
// record draws does not shift the draws of the next.
class DemoRandom
{
public:
    DemoRandom(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) noexcept;

    std::uint64_t next() noexcept;
    // Uniform in [0, n); n > 0.
    std::uint64_t below(std::uint64_t n) noexcept;
    // Uniform in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) noexcept;
    // True with probability p.
    bool chance(double p) noexcept;
    // Uniform in [0, 1), 53 bits.
    double unit() noexcept;

    template <typename T>
    const T& pick(std::span<const T> items) noexcept
    {
        return items[below(items.size())];
    }
    template <typename T>
    const T& pick(std::span<const Weighted<T>> items) noexcept
    {
        std::uint64_t total = 0;
        for (const auto& w : items)
            total += static_cast<std::uint64_t>(w.weight);
        std::uint64_t r = below(total);
        for (const auto& w : items) {
            if (r < static_cast<std::uint64_t>(w.weight))
                return w.value;
            r -= static_cast<std::uint64_t>(w.weight);
        }
        return items.back().value;
    }

    // `n` characters drawn from `alphabet`.
    std::string chars(std::size_t n, std::string_view alphabet);

private:
    std::uint64_t m_state;
};

// Alphabets for generated codes.
inline constexpr std::string_view kDigits = "0123456789";
inline constexpr std::string_view kHex = "0123456789abcdef";
inline constexpr std::string_view kUpperAlnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1
inline constexpr std::string_view kBase62 =
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

} // namespace claimsmith::demo
