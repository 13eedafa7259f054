#include "Lifetime.h"

#include <QCoreApplication>
#include <QStringList>

namespace claimsmith::ui {

namespace {

QString unit(qint64 n, int which)
{
    // Singular and plural spelled out: the translation tables hold plain
    // strings, not plural forms.
    const char* const singular[] = {
        QT_TRANSLATE_NOOP("Lifetime", "1 year"), QT_TRANSLATE_NOOP("Lifetime", "1 day"),
        QT_TRANSLATE_NOOP("Lifetime", "1 hour"), QT_TRANSLATE_NOOP("Lifetime", "1 minute"),
        QT_TRANSLATE_NOOP("Lifetime", "1 second")};
    const char* const plural[] = {
        QT_TRANSLATE_NOOP("Lifetime", "%1 years"), QT_TRANSLATE_NOOP("Lifetime", "%1 days"),
        QT_TRANSLATE_NOOP("Lifetime", "%1 hours"), QT_TRANSLATE_NOOP("Lifetime", "%1 minutes"),
        QT_TRANSLATE_NOOP("Lifetime", "%1 seconds")};
    return n == 1 ? QCoreApplication::translate("Lifetime", singular[which])
                  : QCoreApplication::translate("Lifetime", plural[which]).arg(n);
}

} // namespace

QString readableLifetime(qint64 seconds)
{
    if (seconds <= 0)
        return unit(0, 4);
    constexpr qint64 sizes[] = {365 * 86400, 86400, 3600, 60, 1};
    QStringList parts;
    qint64 rest = seconds;
    for (int i = 0; i < 5 && parts.size() < 2; ++i) {
        const qint64 n = rest / sizes[i];
        rest %= sizes[i];
        if (n > 0)
            parts << unit(n, i);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace claimsmith::ui
