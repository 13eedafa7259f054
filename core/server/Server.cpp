#include "Server.h"

#include "Dispatch.h"
#include "HttpFrontend.h"
#include "Problem.h"
#include "WorkOsResource.h"
#include "json/Writer.h"
#include "model/Clock.h"

#include <QDateTime>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <exception>

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

constexpr int kDrainTimeoutMs = 30000;

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

int defaultThreads()
{
    return std::max(4, 2 * QThread::idealThreadCount());
}

bool readTls(const QString& certPath, const QString& keyPath, QSslConfiguration& conf,
             QString& error)
{
    if (!QSslSocket::supportsSsl()) {
        error = u"TLS is not available: Qt found no TLS backend (install the OpenSSL 3 "
                "libraries)"_s;
        return false;
    }
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly)) {
        error = u"cannot read the TLS certificate %1: %2"_s.arg(certPath, certFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        error = u"the TLS certificate %1 holds no PEM certificate"_s.arg(certPath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        error = u"cannot read the TLS key %1: %2"_s.arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray keyData = keyFile.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm alg : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(keyData, alg, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        error = u"the TLS key %1 is not a PEM private key (RSA or EC) without a passphrase"_s.arg(
            keyPath);
        return false;
    }
    conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return true;
}

} // namespace

Server::Server(ServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_bodyLimit(m_options.maxBody, [this](QTcpSocket* socket, const QByteArray& method,
                                            const QByteArray& path) {
        logLine(method, path, 413, 0, {}, socket ? socket->peerAddress().toString() : QString());
    })
{
    addAllRoutes(m_router);
}

Server::~Server()
{
    if (m_pool)
        m_pool->stop();
}

bool Server::start(QString& error)
{
    QTcpServer* tcp = nullptr;
    if (tls()) {
        QSslConfiguration conf;
        if (!readTls(m_options.tlsCertificate, m_options.tlsKey, conf, error))
            return false;
        auto* ssl = new GuardedServer<QSslServer>(m_bodyLimit, this);
        ssl->setSslConfiguration(conf);
        tcp = ssl;
    } else {
        tcp = new GuardedServer<QTcpServer>(m_bodyLimit, this);
    }
    if (!tcp->listen(m_options.address, m_options.port)) {
        error = u"cannot listen on %1 port %2: %3"_s.arg(m_options.address.toString())
                    .arg(m_options.port)
                    .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_port = tcp->serverPort();
    m_pool = std::make_unique<WorkerPool>(
        m_options.openStore, m_options.threads > 0 ? m_options.threads : defaultThreads());
    m_http = new HttpFrontend(
        [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
            onRequest(request, std::move(responder));
        },
        this);
    m_http->bind(tcp);
    return true;
}

void Server::onRequest(const QHttpServerRequest& qreq, QHttpServerResponder&& responder)
{
    auto request = std::make_shared<Request>();
    request->method = methodName(qreq.method());
    request->path = qreq.url().path(QUrl::FullyEncoded);
    request->query = qreq.query();
    request->headers = qreq.headers();
    request->body = qreq.body();
    request->remote = qreq.remoteAddress().toString();

    const quint64 id = m_nextId++;
    Pending& p = m_pending[id];
    p.socket = responder.socket();
    p.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    p.timer.start();
    p.method = request->method;
    p.path = request->path.toUtf8();
    p.remote = request->remote;

    if (request->path == u"/healthz"_s && request->method == "GET") {
        finish(id,
               Response::json(json::Value::object({{"status", m_stopping ? "stopping" : "ok"}}),
                              m_stopping ? 503 : 200),
               {});
        return;
    }
    if (request->body.size() > m_options.maxBody) {
        finish(id,
               problem(problems::kTooLarge, "the body is larger than the server accepts (" +
                                                std::to_string(m_options.maxBody) + " bytes)"),
               {});
        return;
    }
    Router::Match match = m_router.match(request->method, request->path);
    if (!match.route) {
        finish(id, unrouted(match, *request), {});
        return;
    }
    const Router::Route* route = match.route;
    m_pool->post([this, id, route, request,
                  params = std::move(match.params)](WorkerPool::Worker& worker) mutable {
        std::string keyName;
        Response response = runRoute(*route, std::move(params), *request, worker, keyName);
        QMetaObject::invokeMethod(
            this,
            [this, id, response = std::move(response), keyName = std::move(keyName)] {
                finish(id, response, keyName);
            },
            Qt::QueuedConnection);
    });
}

void Server::finish(quint64 id, const Response& response, const std::string& keyName)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending& p = it->second;
    if (p.socket && p.socket->state() == QAbstractSocket::ConnectedState) {
        // The WorkOS-compatible routes answer errors in WorkOS's shape.
        const Response out =
            workos::isWorkOsPath(p.path) ? workos::fromProblem(response) : response;
        QHttpServerResponse r(out.contentType, out.body,
                              static_cast<QHttpServerResponse::StatusCode>(out.status));
        for (const auto& [name, value] : out.headers)
            r.setHeader(name, value);
        r.write(std::move(*p.responder));
    }
    logLine(p.method, p.path, response.status, static_cast<double>(p.timer.nsecsElapsed()) / 1e6,
            keyName, p.remote);
    m_pending.erase(it);
    finishShutdownIfIdle();
}

void Server::logLine(const QByteArray& method, const QByteArray& path, int status, double ms,
                     const std::string& keyName, const QString& remote)
{
    // The path without its query; never a header, so never a secret.
    json::Value line =
        json::Value::object({{"time", model::isoTime(QDateTime::currentMSecsSinceEpoch())},
                             {"method", method.toStdString()},
                             {"path", path.toStdString()},
                             {"status", status},
                             {"duration_ms", json::Value::fromDouble(std::round(ms * 1000) / 1000)},
                             {"key", keyName.empty() ? json::Value() : json::Value(keyName)},
                             {"remote", remote.toStdString()}});
    const QByteArray text = QByteArray::fromStdString(json::toString(line));
    if (m_options.accessLog) {
        m_options.accessLog(text);
    } else {
        std::fwrite(text.constData(), 1, static_cast<std::size_t>(text.size()), stderr);
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
}

void Server::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    if (m_http) {
        for (QTcpServer* s : m_http->servers())
            s->close(); // no new connections
    }
    QTimer::singleShot(kDrainTimeoutMs, this, [this] {
        if (m_stopped)
            return;
        m_pending.clear(); // give up on requests that never end
        finishShutdownIfIdle();
    });
    finishShutdownIfIdle();
}

void Server::finishShutdownIfIdle()
{
    if (!m_stopping || m_stopped || !m_pending.empty())
        return;
    m_stopped = true;
    if (m_pool)
        m_pool->stop();
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
    emit stopped();
}

} // namespace claimsmith::server
