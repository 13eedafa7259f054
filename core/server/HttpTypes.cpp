#include "HttpTypes.h"

#include "json/Writer.h"

namespace claimsmith::server {

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool Request::hasHeader(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Response Response::json(const json::Value& value, int status)
{
    Response r;
    r.status = status;
    r.body = QByteArray::fromStdString(json::toString(value));
    return r;
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    r.contentType.clear();
    return r;
}

Response& Response::setHeader(QByteArray name, QByteArray value)
{
    for (auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = std::move(value);
            return *this;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
}

Response& Response::setVersion(std::int64_t version)
{
    return setHeader("ETag", '"' + QByteArray::number(static_cast<qlonglong>(version)) + '"');
}

} // namespace claimsmith::server
