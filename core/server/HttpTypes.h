#pragma once

#include "json/Value.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <string>
#include <utility>
#include <vector>

namespace claimsmith::server {

// One request as the handlers see it: a copy of what Qt parsed, so that it
// can travel to a worker thread and outlive the connection.
struct Request
{
    QByteArray method; // "GET", "POST", …
    QString path;      // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remote;

    // The first header with this name (any case), or an empty array.
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

// A response built on a worker thread and written on the server's thread.
struct Response
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;

    static Response json(const json::Value& value, int status = 200);
    static Response empty(int status = 204);
    Response& setHeader(QByteArray name, QByteArray value);
    // ETag: "<version>".
    Response& setVersion(std::int64_t version);
};

} // namespace claimsmith::server
