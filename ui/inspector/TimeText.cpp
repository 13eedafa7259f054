#include "TimeText.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace claimsmith::ui::inspector {

namespace {

// Years 0001 to 9999, which QDateTime and people handle.
bool inRange(double at)
{
    return at >= -62135596800.0 && at < 253402300800.0;
}

QDateTime toDateTime(double at, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(std::floor(at)), zone);
}

} // namespace

QString TimeText::duration(double seconds)
{
    const double s = std::floor(std::fabs(seconds));
    if (!(s < 1e15))
        return tr("a very long time");
    const auto n = static_cast<qint64>(s);
    const auto unit = [](qint64 count, const QString& one, const QString& many) {
        return count == 1 ? one : many.arg(count);
    };
    if (n < 60)
        return unit(n, tr("1 second"), tr("%1 seconds"));
    if (n < 3600)
        return unit(n / 60, tr("1 minute"), tr("%1 minutes"));
    if (n < 86400)
        return unit(n / 3600, tr("1 hour"), tr("%1 hours"));
    if (n < 60 * 86400)
        return unit(n / 86400, tr("1 day"), tr("%1 days"));
    if (n < 365 * 86400)
        return unit(n / (30 * 86400), tr("1 month"), tr("%1 months"));
    return unit(n / (365 * 86400), tr("1 year"), tr("%1 years"));
}

QString TimeText::relative(const QString& claim, double at, std::int64_t now)
{
    const double delta = at - static_cast<double>(now);
    const QString d = duration(delta);
    const bool future = delta > 0;
    if (claim == u"exp")
        return future ? tr("expires in %1").arg(d) : tr("expired %1 ago").arg(d);
    if (claim == u"nbf")
        return future ? tr("valid in %1").arg(d) : tr("became valid %1 ago").arg(d);
    if (claim == u"iat")
        return future ? tr("issued %1 in the future").arg(d) : tr("issued %1 ago").arg(d);
    if (claim == u"auth_time")
        return future ? tr("signed in %1 in the future").arg(d) : tr("signed in %1 ago").arg(d);
    return future ? tr("in %1").arg(d) : tr("%1 ago").arg(d);
}

QString TimeText::label(const QString& claim)
{
    if (claim == u"exp")
        return tr("Expires");
    if (claim == u"nbf")
        return tr("Not before");
    if (claim == u"iat")
        return tr("Issued");
    if (claim == u"auth_time")
        return tr("Authenticated");
    return claim;
}

QString TimeText::localTime(double at)
{
    if (!inRange(at))
        return tr("%1 seconds since 1970 (beyond the year 9999)").arg(at, 0, 'g', 15);
    const QDateTime t = toDateTime(at, QTimeZone::systemTimeZone());
    return t.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + t.timeZoneAbbreviation();
}

QString TimeText::utcTime(double at)
{
    if (!inRange(at))
        return {};
    return toDateTime(at, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

} // namespace claimsmith::ui::inspector
