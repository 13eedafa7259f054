#include "Lane.h"

#include "ConnectionWatch.h"
#include "Dispatch.h"
#include "HttpFrontend.h"
#include "Problem.h"
#include "Server.h"

#include <QAbstractEventDispatcher>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslServer>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return QByteArrayLiteral("GET");
    case M::Put:
        return QByteArrayLiteral("PUT");
    case M::Delete:
        return QByteArrayLiteral("DELETE");
    case M::Post:
        return QByteArrayLiteral("POST");
    case M::Head:
        return QByteArrayLiteral("HEAD");
    case M::Options:
        return QByteArrayLiteral("OPTIONS");
    case M::Patch:
        return QByteArrayLiteral("PATCH");
    case M::Connect:
        return QByteArrayLiteral("CONNECT");
    case M::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// A busy lane writes its access log before it reaches this much.
constexpr qsizetype kLogFlushBytes = 64 * 1024;

double elapsedMs(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Lane::Lane(Server& server)
    : m_server(server)
{}

Lane::~Lane() = default;

bool Lane::listen(qintptr descriptor, const std::optional<QSslConfiguration>& tls, QString& error)
{
    const auto watch = [this](QTcpSocket* socket) {
        m_server.m_bodyLimit.watch(socket);
        ConnectionWatch::install(socket, m_server.m_options.timeouts, m_server.m_router);
    };
    QTcpServer* tcp = nullptr;
    if (tls) {
        auto* ssl = new GuardedServer<QSslServer>(watch, this);
        ssl->setSslConfiguration(*tls);
        // A client that opens a connection and says nothing is dropped.
        ssl->setHandshakeTimeout(m_server.m_options.timeouts.requestMs);
        tcp = ssl;
    } else {
        tcp = new GuardedServer<QTcpServer>(watch, this);
    }
    if (!tcp->setSocketDescriptor(descriptor)) {
        error = u"cannot serve the listening socket: %1"_s.arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_http = new HttpFrontend(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            onRequest(request, std::move(responder));
        },
        this);
    m_http->bind(tcp);
    // The access log is written when the lane is about to wait for its
    // sockets: one write for every request answered in that turn, and no
    // event posted (a wake-up of the loop) per request.
    connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, this,
            &Lane::flushLog);
    return true;
}

WorkerPool::Worker& Lane::worker()
{
    if (!m_worker.store) {
        WorkerPool::open(m_worker, m_server.m_options.openStore);
        m_worker.limiter = &m_server.m_authLimiter;
    }
    return m_worker;
}

void Lane::onRequest(const QHttpServerRequest& qreq, QHttpServerResponder&& responder)
{
    QElapsedTimer timer;
    timer.start();
    ConnectionWatch::requestReceived(responder.socket());
    auto request = std::make_shared<Request>();
    request->method = methodName(qreq.method());
    request->path = qreq.url().path(QUrl::FullyEncoded);
    request->query = qreq.query();
    request->headers = qreq.headers();
    request->body = qreq.body();
    request->remote = qreq.remoteAddress().toString();

    // Answers are in the shape of the route's API; until a route is found,
    // of the API the path belongs to (Router::apiOf).
    const Router& router = m_server.m_router;
    const Router::Route* route = nullptr;
    // What can be answered here is answered at once, with no hand-over.
    const auto answerNow = [&](const Response& response, const std::string& keyName) {
        write(responder, route ? route->api : router.apiOf(request->path), response);
        log(request->method, request->path.toUtf8(), response.status, elapsedMs(timer), keyName,
            request->remote);
    };
    if (request->path == u"/healthz"_s && request->method == "GET") {
        const bool stopping = m_server.m_stopping.load();
        answerNow(Response::json(json::Value::object({{"status", stopping ? "stopping" : "ok"}}),
                                 stopping ? 503 : 200),
                  {});
        return;
    }
    const ServerOptions& options = m_server.m_options;
    const qsizetype target =
        request->path.size() + (qreq.url().hasQuery() ? qreq.url().query().size() + 1 : 0);
    if (target > options.maxTargetLength) {
        Response r =
            problem(problems::kUriTooLong, "the path and query are " + std::to_string(target) +
                                               " bytes long; the server takes up to " +
                                               std::to_string(options.maxTargetLength));
        r.setHeader("Connection", "close");
        answerNow(r, {});
        return;
    }
    if (request->headers.size() > options.maxHeaders) {
        Response r = problem(problems::kHeadersTooLarge,
                             "the request has " + std::to_string(request->headers.size()) +
                                 " header fields; the server takes up to " +
                                 std::to_string(options.maxHeaders));
        r.setHeader("Connection", "close");
        answerNow(r, {});
        return;
    }
    if (request->body.size() > m_server.m_options.maxBody) {
        answerNow(problem(problems::kTooLarge, "the body is larger than the server accepts (" +
                                                   std::to_string(m_server.m_options.maxBody) +
                                                   " bytes)"),
                  {});
        return;
    }
    Router::Match match = router.match(request->method, request->path);
    if (!match.route) {
        answerNow(unrouted(match, *request), {});
        return;
    }
    route = match.route;
    if (route->speed == Speed::Quick) {
        std::string keyName;
        const Response response =
            runRoute(*route, std::move(match.params), *request, worker(), keyName);
        answerNow(response, keyName);
        return;
    }

    const quint64 id = m_nextId++;
    Pending& p = m_pending[id];
    p.socket = responder.socket();
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p.timer = timer;
    p.method = request->method;
    p.path = request->path.toUtf8();
    p.remote = request->remote;
    p.api = route->api;
    m_server.m_pool->post([this, id, route, request,
                           params = std::move(match.params)](WorkerPool::Worker& w) mutable {
        std::string keyName;
        Response response = runRoute(*route, std::move(params), *request, w, keyName);
        QMetaObject::invokeMethod(
            this,
            [this, id, response = std::move(response), keyName = std::move(keyName)] {
                finish(id, response, keyName);
            },
            Qt::QueuedConnection);
    });
}

void Lane::write(QHttpServerResponder& responder, Api api, const Response& response)
{
    const Response out = inShapeOf(api, response);
    QHttpServerResponse r(out.contentType, out.body,
                          static_cast<QHttpServerResponse::StatusCode>(out.status));
    for (const auto& [name, value] : out.headers)
        r.setHeader(name, value);
    QTcpSocket* socket = responder.socket();
    r.write(std::move(responder));
    ConnectionWatch::answered(socket);
    for (const auto& [name, value] : out.headers) {
        if (name == "Connection" && value == "close" && socket)
            socket->disconnectFromHost(); // after what is buffered has gone
    }
}

void Lane::finish(quint64 id, const Response& response, const std::string& keyName)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending& p = it->second;
    if (p.socket && p.socket->state() == QAbstractSocket::ConnectedState)
        write(*p.responder, p.api, response);
    log(p.method, p.path, response.status, elapsedMs(p.timer), keyName, p.remote);
    m_pending.erase(it);
    if (m_stopping && m_pending.empty())
        emit becameIdle();
}

void Lane::log(const QByteArray& method, const QByteArray& path, int status, double ms,
               const std::string& keyName, const QString& remote)
{
    m_log += Server::logLine(method, path, status, ms, keyName, remote);
    if (m_log.size() >= kLogFlushBytes)
        flushLog();
}

void Lane::flushLog()
{
    if (m_log.isEmpty())
        return;
    m_server.writeLog(m_log);
    m_log.truncate(0);
}

void Lane::stopAccepting()
{
    m_stopping = true;
    if (m_http) {
        for (QTcpServer* s : m_http->servers())
            s->close();
    }
    if (m_pending.empty())
        emit becameIdle();
}

void Lane::abandonPending()
{
    m_pending.clear();
}

void Lane::close()
{
    if (m_http) {
        // Every answer written so far leaves before the process does.
        for (QTcpServer* s : m_http->servers()) {
            for (QTcpSocket* socket : s->findChildren<QTcpSocket*>()) {
                auto* ssl = qobject_cast<QSslSocket*>(socket);
                while ((socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0)) &&
                       socket->waitForBytesWritten(2000)) {
                }
                socket->disconnectFromHost();
            }
        }
    }
    flushLog();
    m_worker.tokens.reset();
    m_worker.store.reset();
}

} // namespace claimsmith::server
