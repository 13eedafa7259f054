#include "TimeText.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace claimsmith::ui {

namespace {

QString format(qint64 ms, const QString& pattern)
{
    if (ms <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(pattern);
}

} // namespace

QString shortTime(qint64 msSinceEpoch)
{
    return format(msSinceEpoch, u"yyyy-MM-dd HH:mm"_s);
}

QString longTime(qint64 msSinceEpoch)
{
    return format(msSinceEpoch, u"yyyy-MM-dd HH:mm:ss"_s);
}

} // namespace claimsmith::ui
