#include "ConnectionWatch.h"

#include "Dispatch.h"
#include "Problem.h"
#include "Router.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace claimsmith::server {

namespace {

const char* const kProperty = "claimsmith.connectionWatch";
// Enough for the method and a target of the longest length the server takes.
constexpr qsizetype kMaxRequestLine = 9 * 1024;

} // namespace

void ConnectionWatch::install(QTcpSocket* socket, const ConnectionTimeouts& timeouts,
                              const Router& router)
{
    auto* watch = new ConnectionWatch(socket, timeouts, router);
    socket->setProperty(kProperty, QVariant::fromValue(static_cast<QObject*>(watch)));
}

ConnectionWatch* ConnectionWatch::of(QTcpSocket* socket)
{
    if (!socket)
        return nullptr;
    return static_cast<ConnectionWatch*>(socket->property(kProperty).value<QObject*>());
}

ConnectionWatch::ConnectionWatch(QTcpSocket* socket, const ConnectionTimeouts& timeouts,
                                 const Router& router)
    : QObject(socket)
    , m_socket(socket)
    , m_timeouts(timeouts)
    , m_router(router)
{
    m_timer.setSingleShot(true);
    m_writeTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionWatch::timedOut);
    connect(&m_writeTimer, &QTimer::timeout, this, [this] {
        // The client has not taken a byte of the answer for writeMs.
        m_socket->abort();
    });
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionWatch::onRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionWatch::onWritten);
    if (auto* ssl = qobject_cast<QSslSocket*>(socket))
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &ConnectionWatch::onWritten);
    m_timer.start(m_timeouts.idleMs);
}

void ConnectionWatch::startRequestClock()
{
    m_state = State::Receiving;
    m_requestLine.clear();
    m_timer.start(m_timeouts.requestMs);
    noteRequestLine();
}

void ConnectionWatch::onRead()
{
    if (m_state == State::Idle)
        startRequestClock();
    else if (m_state == State::Receiving)
        noteRequestLine();
}

void ConnectionWatch::noteRequestLine()
{
    // This runs before Qt HTTP Server's own readyRead handler, which then
    // takes what is peeked here: each call sees the bytes that came since.
    if (m_requestLine.contains('\n') || m_requestLine.size() >= kMaxRequestLine)
        return;
    m_requestLine += m_socket->peek(kMaxRequestLine - m_requestLine.size());
}

void ConnectionWatch::onWritten()
{
    auto* ssl = qobject_cast<QSslSocket*>(m_socket);
    if (m_socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0))
        m_writeTimer.start(m_timeouts.writeMs);
    else
        m_writeTimer.stop();
}

void ConnectionWatch::requestReceived(QTcpSocket* socket)
{
    ConnectionWatch* w = of(socket);
    if (!w)
        return;
    ++w->m_busy;
    w->m_state = State::Busy;
    w->m_timer.stop();
}

void ConnectionWatch::answered(QTcpSocket* socket)
{
    ConnectionWatch* w = of(socket);
    if (!w)
        return;
    w->onWritten(); // the answer is queued: its clock starts now
    if (w->m_busy > 0)
        --w->m_busy;
    if (w->m_busy > 0)
        return;
    // A pipelined request may already be waiting.
    if (w->m_socket->bytesAvailable() > 0) {
        w->startRequestClock();
    } else {
        w->m_state = State::Idle;
        w->m_timer.start(w->m_timeouts.idleMs);
    }
}

void ConnectionWatch::timedOut()
{
    if (m_state == State::Receiving) {
        // "GET /organizations?… HTTP/1.1": the path, when its end came.
        QByteArray path;
        const qsizetype start = m_requestLine.indexOf(' ');
        if (start > 0) {
            qsizetype end = start + 1;
            while (end < m_requestLine.size() && m_requestLine[end] != ' ' &&
                   m_requestLine[end] != '?' && m_requestLine[end] != '\r' &&
                   m_requestLine[end] != '\n')
                ++end;
            if (end < m_requestLine.size())
                path = m_requestLine.mid(start + 1, end - start - 1);
        }
        const Response r =
            inShapeOf(m_router.apiOf(QString::fromUtf8(path)),
                      problem(problems::kRequestTimeout,
                              "the request did not arrive whole within " +
                                  QByteArray::number(m_timeouts.requestMs / 1000.0).toStdString() +
                                  " s; send it again"));
        m_socket->write("HTTP/1.1 408 Request Timeout\r\nContent-Type: " + r.contentType +
                        "\r\nContent-Length: " + QByteArray::number(r.body.size()) +
                        "\r\nConnection: close\r\n\r\n" + r.body);
    }
    m_socket->disconnectFromHost();
    // A client that does not read even the goodbye is dropped.
    m_writeTimer.start(m_timeouts.writeMs);
}

} // namespace claimsmith::server
