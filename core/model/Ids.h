#pragma once

// Object ids: a type prefix and a ULID (https://github.com/ulid/spec), e.g.
// "user_01HX3Q0V3B5W6G9Z8K4N2M7P1R". The ULID is 26 Crockford base32
// characters: 48 bits of milliseconds since 1970, then 80 random bits. Ids of
// one generator sort in the order they were made.

#include "Clock.h"

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::model {

// The prefixes of DESIGN.md, each with its trailing underscore.
inline constexpr std::string_view kUserPrefix = "user_";
inline constexpr std::string_view kOrganizationPrefix = "org_";
inline constexpr std::string_view kMembershipPrefix = "om_";
inline constexpr std::string_view kApplicationPrefix = "app_";

inline constexpr std::size_t kUlidLength = 26;

class IdGenerator
{
public:
    // seed 0: randomness from the system's secure generator. Any other seed:
    // the same sequence every time (with a FixedClock), for demo data and tests.
    explicit IdGenerator(const Clock& clock, std::uint64_t seed = 0);
    IdGenerator(const IdGenerator&) = delete;
    IdGenerator& operator=(const IdGenerator&) = delete;

    // `prefix` + a new ULID. Within one millisecond — and when the clock goes
    // back — the previous id's timestamp is kept and its random part is
    // incremented, so that every id is greater than the one before.
    // Thread-safe.
    std::string next(std::string_view prefix);

private:
    void fillRandom();

    const Clock& m_clock;
    std::mutex m_mutex;
    std::uint64_t m_seedState; // splitmix64 state; unused when m_secure
    bool m_secure;
    std::int64_t m_lastTime = -1;
    // The 80 random bits: 16 high and 64 low.
    std::uint16_t m_randomHigh = 0;
    std::uint64_t m_randomLow = 0;
};

// 26 characters of Crockford base32 in upper case whose value fits 128 bits
// (the first character is at most '7'). Lower case is refused: ids are
// compared as text, so only one spelling may exist.
bool isValidUlid(std::string_view ulid) noexcept;
// `prefix` followed by a valid ULID and nothing else.
bool isValidId(std::string_view id, std::string_view prefix) noexcept;
// The creation time stored in the ULID that ends `id`, or nothing when `id`
// does not end with a valid ULID.
std::optional<Millis> idTime(std::string_view id) noexcept;

} // namespace claimsmith::model
