#pragma once

#include "BodyLimit.h"
#include "Router.h"
#include "WorkerPool.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <unordered_map>

class QHttpServerRequest;
class QHttpServerResponder;
class QTcpSocket;

namespace claimsmith::server {

class HttpFrontend;

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString tlsCertificate; // PEM files; both or neither
    QString tlsKey;
    qint64 maxBody = 1024 * 1024;
    int threads = 0; // store threads; 0: twice the cores, at least 4
    // Opens one store connection (called once per store thread).
    WorkerPool::Opener openStore;
    // Where access log lines go (one JSON object per line); stderr if unset.
    std::function<void(const QByteArray& line)> accessLog;
};

// `claimsmith serve`: the REST API of spec/server-api.md over one store.
//
// Connections are handled on the thread that made the server (Qt HTTP
// Server); each request is copied and handed to a WorkerPool thread, which
// checks the API key, runs the route's handler on its own store and posts
// the response back. A shutdown stops accepting connections, waits for the
// requests under way, flushes their responses, stops the pool and emits
// stopped().
class Server final : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerOptions options, QObject* parent = nullptr);
    ~Server() override;

    // Reads the TLS files and listens. On failure returns false with a
    // message that names the file or the address and the reason.
    bool start(QString& error);
    quint16 port() const { return m_port; }
    bool tls() const { return !m_options.tlsCertificate.isEmpty(); }
    void shutdown();

signals:
    void stopped();

private:
    struct Pending
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QElapsedTimer timer;
        QByteArray method;
        QByteArray path;
        QString remote;
    };

    void onRequest(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void finish(quint64 id, const Response& response, const std::string& keyName);
    void logLine(const QByteArray& method, const QByteArray& path, int status, double ms,
                 const std::string& keyName, const QString& remote);
    void finishShutdownIfIdle();

    ServerOptions m_options;
    Router m_router;
    BodyLimit m_bodyLimit;
    std::unique_ptr<WorkerPool> m_pool;
    HttpFrontend* m_http = nullptr;
    quint16 m_port = 0;
    quint64 m_nextId = 1;
    std::unordered_map<quint64, Pending> m_pending;
    bool m_stopping = false;
    bool m_stopped = false;
};

} // namespace claimsmith::server
