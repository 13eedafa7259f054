#pragma once

// The registered-claims checks of inspect() (RFC 7519 §4.1). Private to core/jose.

#include "Inspector.h"

#include <cstdint>
#include <string>
#include <vector>

namespace claimsmith::jose::detail {

// Adds the problems of `claims` (a JSON object) at time `now`.
void checkClaims(const json::Value& claims, std::int64_t now, const InspectOptions& options,
                 std::vector<Problem>& problems);

// A value from the token for a message: JSON-quoted (so that control
// characters show as escapes) and cut to a readable length.
std::string quoted(std::string_view s);

// "2024-05-01T12:00:00Z" (seconds are floored); the plain number outside
// the years 0001–9999.
std::string formatTime(double unixSeconds);
// "45 s", "3 min 20 s", "2 h 5 min", "3 days 4 h".
std::string formatDuration(double seconds);

} // namespace claimsmith::jose::detail
