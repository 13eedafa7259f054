#include "Slug.h"

#include <QCoreApplication>

namespace claimsmith::ui {

namespace {

constexpr qsizetype kMaxSlug = 100;

bool allowed(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'_' || c == u':' || c == u'.';
}

} // namespace

QString slugProblem(const QString& slug)
{
    // The same rule as RoleTable::checkSlug: slugs go into tokens and URLs.
    if (slug.isEmpty())
        return QCoreApplication::translate(
            "Slug", "Type a slug: 1 to 100 letters, digits, '-', '_', ':' or '.'.");
    if (slug.size() > kMaxSlug)
        return QCoreApplication::translate("Slug",
                                           "A slug is at most 100 characters; this one has %1.")
            .arg(slug.size());
    for (QChar c : slug) {
        if (c.isSpace())
            return QCoreApplication::translate(
                "Slug", "A slug cannot contain spaces; use '-' or '_' instead.");
        if (!allowed(c))
            return QCoreApplication::translate("Slug",
                                               "A slug holds only letters a-z and A-Z, digits, "
                                               "'-', '_', ':' and '.'; \"%1\" is not allowed.")
                .arg(c);
    }
    return {};
}

} // namespace claimsmith::ui
