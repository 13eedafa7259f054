#pragma once

// Where "now" comes from, so that tests and `claimsmith demo --seed` can fix it,
// and the one text form of a time that the API and the export format use.

#include "Model.h"

#include <atomic>
#include <optional>
#include <string>
#include <string_view>

namespace claimsmith::model {

class Clock
{
public:
    virtual ~Clock();
    // Milliseconds since 1970-01-01T00:00:00Z.
    virtual Millis now() const = 0;
};

// The system's real-time clock.
const Clock& systemClock();

// A clock that only moves when told to. Safe to read from several threads
// while one thread sets or advances it.
class FixedClock : public Clock
{
public:
    explicit FixedClock(Millis start = 0) noexcept
        : m_now(start)
    {}
    Millis now() const override;
    void set(Millis t) noexcept;
    void advance(Millis delta) noexcept;

private:
    std::atomic<Millis> m_now;
};

// RFC 3339 in UTC with exactly three decimals: "2024-05-01T12:00:00.123Z", so
// that the text sorts like the time. Years outside 0000–9999 use ISO 8601's
// expanded form with a sign and at least six digits ("+010000-01-01T…",
// "-000001-12-31T…"), which parseIsoTime reads back.
std::string isoTime(Millis t);

// Reads RFC 3339 / ISO 8601 extended format:
//   2024-05-01                      (midnight UTC)
//   2024-05-01T12:00:00Z            ('T', 't' or a space; 'Z' or 'z')
//   2024-05-01T12:00:00.123456+02:00 (any number of fraction digits, '.' or
//                                   ',', truncated to milliseconds)
// A date-time needs seconds and a zone (Z or ±hh:mm): a time without a zone is
// refused rather than guessed. Impossible dates (Feb 30), hour 24 and leap
// seconds (:60) are refused. Returns nothing for anything else.
std::optional<Millis> parseIsoTime(std::string_view text);

} // namespace claimsmith::model
