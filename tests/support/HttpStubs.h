#pragma once

// Small HTTP/1.1 peers on loopback for the tests of RemoteStore's retries,
// each on a thread of its own (so that they keep answering while the test's
// thread is blocked, e.g. in a destructor that waits for a worker thread).

#include <QByteArray>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <mutex>

class QTcpSocket;

namespace claimsmith::test {

// Reads one HTTP message (head and a Content-Length body) from `socket`,
// keeping what follows in `buffer`; false when the peer closed first or
// nothing came within `timeoutMs`.
bool readHttpMessage(QTcpSocket& socket, QByteArray& buffer, QByteArray& message,
                     int timeoutMs = 10000);

// Base: listens on a free loopback port from construction to destruction.
class HttpStub : public QThread
{
public:
    ~HttpStub() override;
    quint16 port() const { return m_port; }
    QString url() const;
    // Requests received so far.
    int requests() const { return m_requests.load(); }

protected:
    HttpStub();
    // Starts the thread and waits until it listens.
    void begin();
    void run() override;
    // Answers the requests of one connection until it closes.
    virtual void serve(QTcpSocket& client) = 0;

    std::atomic<int> m_requests{0};

private:
    quint16 m_port = 0;
    QSemaphore m_listening;
};

// Answers every request with 503 (as a server that is restarting).
class BusyServer : public HttpStub
{
public:
    BusyServer() { begin(); }
    ~BusyServer() override;

protected:
    void serve(QTcpSocket& client) override;
};

// Forwards each request to the server at `upstreamPort` and its answer back,
// but for the next `drops` requests whose method is `method`: their answer
// is read from the server and then lost — the client's connection is
// closed instead — as when a connection breaks just after the server
// applied a write.
class LossyProxy : public HttpStub
{
public:
    explicit LossyProxy(quint16 upstreamPort)
        : m_upstream(upstreamPort)
    {
        begin();
    }
    ~LossyProxy() override;
    void dropAnswers(const QByteArray& method, int drops);
    // Requests forwarded to the server, by method.
    int forwarded(const QByteArray& method) const;

protected:
    void serve(QTcpSocket& client) override;

private:
    quint16 m_upstream;
    mutable std::mutex m_mutex;
    QByteArray m_dropMethod;
    int m_drops = 0;
    QList<QByteArray> m_forwarded;
};

} // namespace claimsmith::test
