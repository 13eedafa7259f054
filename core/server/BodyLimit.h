#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace claimsmith::server {

// Refuses request bodies over the limit from their Content-Length, before
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
    using Refused =
        std::function<void(QTcpSocket* socket, const QByteArray& method, const QByteArray& path)>;
    BodyLimit(qint64 maxBody, Refused refused)
        : m_maxBody(maxBody)
        , m_refused(std::move(refused))
    {}

    // Must be called before anyone else connects to the socket's readyRead.
    void watch(QTcpSocket* socket) const;
    qint64 maxBody() const { return m_maxBody; }
    // The 413 answer; in WorkOS's error shape on the WorkOS-compatible paths.
    QByteArray refusal(const QByteArray& path) const;

private:
    qint64 m_maxBody;
    Refused m_refused;
};

// A TCP (or TLS) server whose new connections are watched by a BodyLimit
// before Qt HTTP Server sees them.
template <class Base>
class GuardedServer final : public Base
{
public:
    GuardedServer(const BodyLimit& limit, QObject* parent = nullptr)
        : Base(parent)
        , m_limit(limit)
    {}

    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Base::nextPendingConnection();
        if (socket)
            m_limit.watch(socket);
        return socket;
    }

private:
    const BodyLimit& m_limit;
};

} // namespace claimsmith::server
