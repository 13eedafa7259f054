#pragma once

#include "AuthLimiter.h"
#include "BodyLimit.h"
#include "ConnectionWatch.h"
#include "Router.h"
#include "WorkerPool.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class QThread;

namespace claimsmith::server {

class Lane;

struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString tlsCertificate; // PEM files; both or neither
    QString tlsKey;
    qint64 maxBody = 1024 * 1024;
    int maxHeaders = 100;           // header fields in one request
    int maxTargetLength = 8 * 1024; // bytes of the path and query
    int threads = 0;                // store threads; 0: twice the cores, at least 4
    int connectionThreads = 0;      // lanes; 0: one per core
    ConnectionTimeouts timeouts;
    // Failed API key attempts one client address may make at once (then one
    // more every 3 s).
    int authFailureBurst = 20;
    // Opens one store connection (called once per store thread and lane).
    WorkerPool::Opener openStore;
    // Where access log lines go (one JSON object per line, called from any
    // thread, one line at a time); stderr if unset.
    std::function<void(const QByteArray& line)> accessLog;
};

// `claimsmith serve`: the REST API of spec/server-api.md over one store.
//
// Connections are spread over lanes, one thread each, which parse requests
// and write answers (Qt HTTP Server). Quick routes (a record by its key, a
// token, the JWKS) run on the lane; the others are copied to a WorkerPool
// thread, which checks the API key, runs the route's handler on its own
// store and posts the response back to the lane. A shutdown stops
// accepting connections, waits for the requests under way, flushes their
// responses, stops the pool and the lanes and emits stopped().
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
    friend class Lane;

    // One access log line (ending in a newline).
    static QByteArray logLine(const QByteArray& method, const QByteArray& path, int status,
                              double ms, const std::string& keyName, const QString& remote);
    // Writes whole lines to the access log; thread-safe.
    void writeLog(const QByteArray& lines);
    void laneIdle();
    void stopLanes();

    ServerOptions m_options;
    Router m_router;
    BodyLimit m_bodyLimit;
    AuthLimiter m_authLimiter;
    std::unique_ptr<WorkerPool> m_pool;
    std::vector<Lane*> m_lanes;
    std::vector<QThread*> m_laneThreads;
    quint16 m_port = 0;
    std::atomic<bool> m_stopping = false;
    bool m_stopped = false;
    std::mutex m_logMutex;
};

} // namespace claimsmith::server
