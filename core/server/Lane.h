#pragma once

#include "HttpTypes.h"
#include "Router.h"
#include "WorkerPool.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace claimsmith::server {

class HttpFrontend;
class Server;

// One thread's share of the server's connections. Every lane accepts from
// the same listening socket (each through its own duplicate of it, so the
// kernel hands a new connection to whichever lane asks first), parses its
// connections' requests and writes their answers. Quick routes run right
// here on the lane's own store connection; the others go to the server's
// WorkerPool and come back to the lane that owns the connection.
//
// A lane lives in its own thread: every function below runs there.
class Lane final : public QObject
{
    Q_OBJECT
public:
    explicit Lane(Server& server);
    ~Lane() override;

    // Takes over `descriptor` (a listening socket) and serves its
    // connections; with a TLS configuration, over TLS.
    bool listen(qintptr descriptor, const std::optional<QSslConfiguration>& tls, QString& error);
    // Stops accepting connections; the requests under way go on.
    void stopAccepting();
    // Forgets the requests under way (after the shutdown's drain timeout).
    void abandonPending();
    bool idle() const { return m_pending.empty(); }
    // Sends what is still buffered on every connection, closes them and the
    // lane's store.
    void close();

signals:
    // The last request under way has been answered while stopping.
    void becameIdle();

private:
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QElapsedTimer timer;
        QByteArray method;
        QByteArray path;
        QString remote;
        Api api = Api::Native;
    };

    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void finish(quint64 id, const Response& response, const std::string& keyName);
    // Writes `response` in the shape of `api`.
    void write(QHttpServerResponder& responder, Api api, const Response& response);
    WorkerPool::Worker& worker();
    // Access log lines are written once per turn of the event loop, not one
    // system call per request.
    void log(const QByteArray& method, const QByteArray& path, int status, double ms,
             const std::string& keyName, const QString& remote);
    void flushLog();

    Server& m_server;
    HttpFrontend* m_http = nullptr;
    WorkerPool::Worker m_worker; // opened on first use, on this thread
    bool m_workerTried = false;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, Pending> m_pending;
    bool m_stopping = false;
    QByteArray m_log;
};

} // namespace claimsmith::server
