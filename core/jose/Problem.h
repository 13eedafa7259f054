#pragma once

#include <string>
#include <string_view>

namespace claimsmith::jose {

enum class Severity
{
    Error,   // the token must not be trusted
    Warning, // the token is acceptable but something is risky
    Info     // worth knowing
};

// "error", "warning", "info".
constexpr std::string_view severityName(Severity s) noexcept
{
    switch (s) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Info:
        return "info";
    }
    return {};
}

// One finding about a token or a key. `code` is stable and machine-readable
// ("alg_none", "expired", "key_confusion", …); `message` says in plain words
// what is wrong and what to do. Messages never contain key material.
struct Problem
{
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
};

} // namespace claimsmith::jose
