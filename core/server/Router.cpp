#include "Router.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

std::vector<QString> split(const QString& path)
{
    std::vector<QString> out;
    for (const QString& s : path.split(u'/', Qt::SkipEmptyParts))
        out.push_back(s);
    return out;
}

bool isCapture(const QString& segment)
{
    return segment.size() > 2 && segment.front() == u'{' && segment.back() == u'}';
}

} // namespace

void Router::add(QByteArray method, const QString& pattern, Access access, Handler handler,
                 Speed speed)
{
    m_routes.push_back(
        {std::move(method), split(pattern), access, std::move(handler), speed, m_adding});
    const std::vector<QString>& segments = m_routes.back().segments;
    if (!segments.empty() && !isCapture(segments.front()))
        m_firstSegments.emplace(segments.front(), m_adding);
}

Api Router::apiOf(QStringView path) const
{
    // The first segment, as the routes spell it (decoded).
    while (path.startsWith(u'/'))
        path = path.sliced(1);
    const qsizetype slash = path.indexOf(u'/');
    const QString first =
        QUrl::fromPercentEncoding((slash < 0 ? path : path.first(slash)).toUtf8());
    const auto it = m_firstSegments.find(first);
    return it == m_firstSegments.end() ? Api::Native : it->second;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    std::vector<QString> segments;
    for (const QString& s : split(path))
        segments.push_back(QUrl::fromPercentEncoding(s.toUtf8()));
    Match result;
    for (const Route& r : m_routes) {
        if (r.segments.size() != segments.size())
            continue;
        std::map<QString, QString> params;
        bool ok = true;
        for (std::size_t i = 0; i < segments.size() && ok; ++i) {
            if (isCapture(r.segments[i]))
                params[r.segments[i].mid(1, r.segments[i].size() - 2)] = segments[i];
            else
                ok = r.segments[i] == segments[i];
        }
        if (!ok)
            continue;
        if (r.method == method || (method == "HEAD" && r.method == "GET")) {
            result.route = &r;
            result.params = std::move(params);
            return result;
        }
        if (!result.allow.contains(r.method))
            result.allow += (result.allow.isEmpty() ? "" : ", ") + r.method;
    }
    return result;
}

} // namespace claimsmith::server
