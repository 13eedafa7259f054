#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace claimsmith::ui::inspector {

// Times of tokens in words: "expires in 5 minutes", "expired 3 hours ago",
// "issued 2 days ago", and NumericDates as local dates.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    // "45 seconds", "1 minute", "3 hours", "2 days", "4 months", "2 years"
    // (the largest whole unit, rounded down).
    static QString duration(double seconds);
    // What the claim means at `now`: "expires in 5 minutes", "expired 3 hours
    // ago", "issued 2 days ago", "valid in 10 minutes", …
    static QString relative(const QString& claim, double at, std::int64_t now);
    // "Expires", "Not before", "Issued", "Authenticated".
    static QString label(const QString& claim);
    // "2026-01-01 01:00:00 CET" in the local time zone.
    static QString localTime(double at);
    // "2026-01-01 00:00:00 UTC".
    static QString utcTime(double at);
};

} // namespace claimsmith::ui::inspector
