#include "ClaimsCheck.h"

#include "json/Writer.h"

#include <cmath>
#include <cstdio>

namespace claimsmith::jose::detail {

namespace {

void add(std::vector<Problem>& problems, Severity severity, std::string code, std::string message)
{
    problems.push_back(Problem{severity, std::move(code), std::move(message)});
}

const char* kindOf(const json::Value& v)
{
    switch (v.type()) {
    case json::Type::Null:
        return "null";
    case json::Type::Bool:
        return "a boolean";
    case json::Type::Number:
        return "a number";
    case json::Type::String:
        return "a string";
    case json::Type::Array:
        return "an array";
    case json::Type::Object:
        return "an object";
    }
    return "something else";
}

// A NumericDate claim: nullopt when absent; reports a wrong type.
bool numericDate(const json::Value& claims, const char* name, double& out,
                 std::vector<Problem>& problems)
{
    const json::Value* v = claims.find(name);
    if (!v)
        return false;
    if (!v->isNumber()) {
        add(problems, Severity::Error, "invalid_claim",
            std::string("\"") + name +
                "\" must be a number of seconds since 1970 (a NumericDate), but it is " +
                kindOf(*v) + ". The token cannot be checked for expiry; fix the issuer.");
        return false;
    }
    out = v->toDouble();
    return true;
}

// A claim value for a message, cut to a readable length.
std::string shown(const json::Value& v)
{
    if (v.isString())
        return quoted(v.string());
    std::string text = json::toString(v);
    if (text.size() > 120)
        text = text.substr(0, 117) + "…";
    return text;
}

std::string leewayText(std::int64_t leeway)
{
    return leeway > 0 ? " (beyond the " + std::to_string(leeway) + " s allowed for clock skew)"
                      : std::string();
}

void checkTimes(const json::Value& claims, std::int64_t now, std::int64_t leeway,
                std::vector<Problem>& problems)
{
    const double t = static_cast<double>(now);
    const double skew = static_cast<double>(leeway);
    double exp = 0, nbf = 0, iat = 0;
    if (numericDate(claims, "exp", exp, problems)) {
        if (t >= exp + skew)
            add(problems, Severity::Error, "expired",
                "The token expired at " + formatTime(exp) + ", " + formatDuration(t - exp) +
                    " ago" + leewayText(leeway) + ". Request a new token.");
    } else if (!claims.find("exp")) {
        add(problems, Severity::Warning, "no_expiry",
            "The token has no \"exp\" claim, so it never expires: if it leaks, it works forever. "
            "Give tokens a lifetime.");
    }
    if (numericDate(claims, "nbf", nbf, problems) && t + skew < nbf)
        add(problems, Severity::Error, "not_yet_valid",
            "The token is not valid before " + formatTime(nbf) + ", " + formatDuration(nbf - t) +
                " from now" + leewayText(leeway) +
                ". Wait until then, or check the issuer's clock.");
    if (numericDate(claims, "iat", iat, problems) && iat > t + skew)
        add(problems, Severity::Error, "issued_in_future",
            "The token says it was issued at " + formatTime(iat) + ", " + formatDuration(iat - t) +
                " in the future" + leewayText(leeway) + ". The issuer's clock is probably wrong.");
}

void checkAudience(const json::Value& claims, const std::string& expected,
                   std::vector<Problem>& problems)
{
    const json::Value* aud = claims.find("aud");
    if (!aud) {
        add(problems, Severity::Error, "missing_audience",
            "The token has no \"aud\" claim, so it does not say which service it is for; " +
                quoted(expected) + " was expected. Only accept tokens issued for this service.");
        return;
    }
    bool valid = aud->isString();
    bool found = valid && aud->string() == expected;
    if (aud->isArray()) {
        valid = true;
        for (const json::Value& a : aud->array()) {
            valid = valid && a.isString();
            found = found || (a.isString() && a.string() == expected);
        }
    }
    if (!valid) {
        add(problems, Severity::Error, "invalid_claim",
            "\"aud\" must be a string or an array of strings, but it is " +
                std::string(kindOf(*aud)) + ".");
        return;
    }
    if (!found)
        add(problems, Severity::Error, "wrong_audience",
            "The token is for " + shown(*aud) + " (\"aud\"), not " + quoted(expected) +
                ". A token must only be accepted by the service it was issued for.");
}

void checkIssuer(const json::Value& claims, const std::string& expected,
                 std::vector<Problem>& problems)
{
    const json::Value* iss = claims.find("iss");
    if (!iss) {
        add(problems, Severity::Error, "missing_issuer",
            "The token has no \"iss\" claim; " + quoted(expected) +
                " was expected. Only accept tokens from issuers you trust.");
    } else if (!iss->isString()) {
        add(problems, Severity::Error, "invalid_claim",
            "\"iss\" must be a string, but it is " + std::string(kindOf(*iss)) + ".");
    } else if (iss->string() != expected) {
        add(problems, Severity::Error, "wrong_issuer",
            "The token was issued by " + quoted(iss->string()) + " (\"iss\"), not " +
                quoted(expected) + ". Only accept tokens from issuers you trust.");
    }
}

} // namespace

std::string quoted(std::string_view s)
{
    constexpr std::size_t kLimit = 80;
    std::string out;
    json::appendQuoted(out, s.substr(0, kLimit));
    if (s.size() > kLimit)
        out.insert(out.size() - 1, "…");
    return out;
}

void checkClaims(const json::Value& claims, std::int64_t now, const InspectOptions& options,
                 std::vector<Problem>& problems)
{
    checkTimes(claims, now, options.leeway < 0 ? 0 : options.leeway, problems);
    if (options.audience)
        checkAudience(claims, *options.audience, problems);
    if (options.issuer)
        checkIssuer(claims, *options.issuer, problems);
}

std::string formatTime(double unixSeconds)
{
    // Years 0001 to 9999.
    if (!(unixSeconds >= -62135596800.0 && unixSeconds < 253402300800.0)) {
        std::string out;
        json::appendNumber(out, json::Value::fromDouble(unixSeconds));
        return out + " (seconds since 1970)";
    }
    const auto t = static_cast<std::int64_t>(std::floor(unixSeconds));
    std::int64_t days = t / 86400;
    std::int64_t secs = t % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buf[96];
    std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ",
                  static_cast<long long>(y), static_cast<long long>(m), static_cast<long long>(d),
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    return buf;
}

std::string formatDuration(double seconds)
{
    if (!(seconds < 1e15))
        return "a very long time";
    const auto s = static_cast<std::int64_t>(std::floor(seconds < 0 ? -seconds : seconds));
    const auto part = [](std::int64_t n, const char* unit) {
        return std::to_string(n) + " " + unit;
    };
    if (s < 60)
        return part(s, "s");
    if (s < 3600)
        return part(s / 60, "min") + (s % 60 ? " " + part(s % 60, "s") : std::string());
    if (s < 86400)
        return part(s / 3600, "h") + (s / 60 % 60 ? " " + part(s / 60 % 60, "min") : std::string());
    const std::int64_t days = s / 86400;
    return part(days, days == 1 ? "day" : "days") +
           (s / 3600 % 24 ? " " + part(s / 3600 % 24, "h") : std::string());
}

} // namespace claimsmith::jose::detail
