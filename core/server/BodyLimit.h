#pragma once

#include "Router.h"

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace claimsmith::server {

// Refuses request heads with more header fields than the limit (431; Qt HTTP
// Server would drop the fields past its own limit of 100 without a word),
// and request bodies over the limit from their Content-Length, before
// Qt HTTP Server reads them: the headers are peeked at the start of each
// request; a body over the limit is read and thrown away as it arrives
// (never held in memory) and answered with 413 and Connection: close. With
// Expect: 100-continue, or a body too large to be worth reading, the answer
// comes at once. Requests whose headers arrive in pieces, and chunked
// bodies, are checked by the server after Qt has read them.
class BodyLimit
{
public:
    // Called after a refusal, for the access log.
    using Refused = std::function<void(QTcpSocket* socket, int status, const QByteArray& method,
                                       const QByteArray& path)>;
    // `router` (which outlives this) says the API whose shape a refusal takes.
    BodyLimit(const Router& router, qint64 maxBody, int maxHeaders, Refused refused)
        : m_router(router)
        , m_maxBody(maxBody)
        , m_maxHeaders(maxHeaders)
        , m_refused(std::move(refused))
    {}

    // Must be called before anyone else connects to the socket's readyRead.
    void watch(QTcpSocket* socket) const;
    qint64 maxBody() const { return m_maxBody; }
    // The 413 (or 431) answer, in the shape of the API of `path`
    // (Router::apiOf).
    QByteArray refusal(const QByteArray& path, int status = 413, int headers = 0) const;

private:
    const Router& m_router;
    qint64 m_maxBody;
    int m_maxHeaders;
    Refused m_refused;
};

// A TCP (or TLS) server whose new connections are handed to `watch` (which
// installs the body limit and the timeouts) before Qt HTTP Server sees them.
template <class Base>
class GuardedServer final : public Base
{
public:
    using Watch = std::function<void(QTcpSocket*)>;
    GuardedServer(Watch watch, QObject* parent = nullptr)
        : Base(parent)
        , m_watch(std::move(watch))
    {}

    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Base::nextPendingConnection();
        if (socket)
            m_watch(socket);
        return socket;
    }

private:
    Watch m_watch;
};

} // namespace claimsmith::server
