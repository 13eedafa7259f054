#include "HttpStubs.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

using namespace Qt::StringLiterals;

namespace claimsmith::test {

namespace {

// The value of a header in a message head, or empty.
QByteArray headerValue(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

bool stopping()
{
    return QThread::currentThread()->isInterruptionRequested();
}

} // namespace

bool readHttpMessage(QTcpSocket& socket, QByteArray& buffer, QByteArray& message, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype headEnd = -1;
    qsizetype total = -1;
    for (;;) {
        if (headEnd < 0) {
            headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const QByteArray head = buffer.left(headEnd);
                total = headEnd + 4 + headerValue(head, "content-length").toLongLong();
            }
        }
        if (total >= 0 && buffer.size() >= total) {
            message = buffer.left(total);
            buffer.remove(0, total);
            return true;
        }
        if (stopping() || deadline.hasExpired())
            return false;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            return false;
        if (socket.waitForReadyRead(20))
            buffer += socket.readAll();
    }
}

HttpStub::HttpStub() = default;

HttpStub::~HttpStub()
{
    // The subclasses stop the thread in their destructors, before their
    // serve() goes; this is for a stub whose begin() failed.
    requestInterruption();
    wait();
}

QString HttpStub::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_port);
}

void HttpStub::begin()
{
    start();
    m_listening.acquire();
}

void HttpStub::run()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost);
    m_port = server.serverPort();
    m_listening.release();
    while (!isInterruptionRequested()) {
        if (!server.waitForNewConnection(20))
            continue;
        std::unique_ptr<QTcpSocket> client(server.nextPendingConnection());
        serve(*client);
        client->abort();
    }
}

BusyServer::~BusyServer()
{
    requestInterruption();
    wait();
}

void BusyServer::serve(QTcpSocket& client)
{
    QByteArray buffer;
    QByteArray request;
    while (readHttpMessage(client, buffer, request)) {
        ++m_requests;
        const QByteArray body =
            R"({"type":"urn:claimsmith:problem:unavailable","status":503,"detail":"restarting"})";
        client.write(
            "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
        client.waitForBytesWritten(5000);
    }
}

LossyProxy::~LossyProxy()
{
    requestInterruption();
    wait();
}

void LossyProxy::dropAnswers(const QByteArray& method, int drops)
{
    std::lock_guard lock(m_mutex);
    m_dropMethod = method;
    m_drops = drops;
}

int LossyProxy::forwarded(const QByteArray& method) const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_forwarded.count(method));
}

void LossyProxy::serve(QTcpSocket& client)
{
    QByteArray buffer;
    QByteArray request;
    while (readHttpMessage(client, buffer, request)) {
        ++m_requests;
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, m_upstream);
        if (!upstream.waitForConnected(5000))
            return;
        upstream.write(request);
        upstream.waitForBytesWritten(5000);
        QByteArray upstreamBuffer;
        QByteArray answer;
        if (!readHttpMessage(upstream, upstreamBuffer, answer))
            return;
        const QByteArray method = request.left(request.indexOf(' '));
        bool drop = false;
        {
            std::lock_guard lock(m_mutex);
            m_forwarded.append(method);
            if (m_drops > 0 && method == m_dropMethod) {
                --m_drops;
                drop = true;
            }
        }
        if (drop)
            return; // the connection is closed with the answer unsent
        client.write(answer);
        client.waitForBytesWritten(5000);
    }
}

} // namespace claimsmith::test
