#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace claimsmith::server {

class Router;

// How long a connection may take over each part of its life.
struct ConnectionTimeouts
{
    // From the first byte of a request to its last: a client that sends
    // half a request and stalls is answered 408 and closed.
    int requestMs = 30000;
    // An answer that does not move (the client stopped reading): the
    // connection is dropped.
    int writeMs = 30000;
    // A kept-alive connection with no request under way is closed.
    int idleMs = 60000;
};

// Watches one connection (a child of its socket) so that slow or stalled
// clients do not hold the server's sockets and memory forever. While a
// request is with its handler no timeout runs: a long query is the
// server's time, not the client's.
class ConnectionWatch final : public QObject
{
public:
    // `router` (which outlives the connection) says the shape of a 408 from
    // the path of the request line, when that much has arrived.
    static void install(QTcpSocket* socket, const ConnectionTimeouts& timeouts,
                        const Router& router);
    // The server has a whole request from `socket` and is working on it.
    static void requestReceived(QTcpSocket* socket);
    // Its answer has been handed to the socket.
    static void answered(QTcpSocket* socket);

private:
    ConnectionWatch(QTcpSocket* socket, const ConnectionTimeouts& timeouts, const Router& router);
    static ConnectionWatch* of(QTcpSocket* socket);
    void onRead();
    void onWritten();
    void startRequestClock();
    void timedOut();
    // Keeps the request line's bytes as they arrive (before Qt HTTP Server
    // reads them), until its target is whole.
    void noteRequestLine();

    enum class State
    {
        Idle,      // nothing under way
        Receiving, // part of a request has come
        Busy       // the handler has the request
    };
    QTcpSocket* m_socket;
    ConnectionTimeouts m_timeouts;
    const Router& m_router;
    QByteArray m_requestLine; // of the request being received, as far as it came
    State m_state = State::Idle;
    int m_busy = 0;
    QTimer m_timer;      // idle or request clock
    QTimer m_writeTimer; // answer progress
};

} // namespace claimsmith::server
