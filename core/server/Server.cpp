#include "Server.h"

#include "Dispatch.h"
#include "Lane.h"
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
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace claimsmith::server {

namespace {

constexpr int kDrainTimeoutMs = 30000;

qintptr duplicateSocket(qintptr fd)
{
#ifdef Q_OS_UNIX
    return ::fcntl(static_cast<int>(fd), F_DUPFD_CLOEXEC, 0);
#else
    Q_UNUSED(fd);
    errno = ENOSYS;
    return -1;
#endif
}

void closeSocket(qintptr fd)
{
#ifdef Q_OS_UNIX
    ::close(static_cast<int>(fd));
#else
    Q_UNUSED(fd);
#endif
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
    // TLS 1.2 and 1.3 only, with forward secrecy and authenticated
    // encryption: the TLS 1.3 suites and ECDHE with AES-GCM or ChaCha20.
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> strong;
    for (const QSslCipher& c : QSslConfiguration::supportedCiphers()) {
        const QString name = c.name();
        if (c.protocol() == QSsl::TlsV1_3 ||
            (name.startsWith(u"ECDHE-"_s) &&
             (name.contains(u"-GCM-"_s) || name.contains(u"CHACHA20"_s))))
            strong.push_back(c);
    }
    if (strong.isEmpty()) {
        error = u"the TLS library offers no cipher suite with forward secrecy and authenticated "
                "encryption (ECDHE with AES-GCM or ChaCha20)"_s;
        return false;
    }
    conf.setCiphers(strong);
    return true;
}

} // namespace

Server::Server(ServerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_bodyLimit(
          m_router, m_options.maxBody, m_options.maxHeaders,
          [this](QTcpSocket* socket, int status, const QByteArray& method, const QByteArray& path) {
              writeLog(logLine(method, path, status, 0, {},
                               socket ? socket->peerAddress().toString() : QString()));
          })
    , m_authLimiter(m_options.authFailureBurst)
{
    addAllRoutes(m_router);
}

Server::~Server()
{
    if (m_pool)
        m_pool->stop();
    stopLanes();
}

bool Server::start(QString& error)
{
    std::optional<QSslConfiguration> tlsConf;
    if (tls()) {
        QSslConfiguration conf;
        if (!readTls(m_options.tlsCertificate, m_options.tlsKey, conf, error))
            return false;
        tlsConf = conf;
    }
    // One listening socket; each lane serves a duplicate of it.
    QTcpServer listener;
    if (!listener.listen(m_options.address, m_options.port)) {
        error = u"cannot listen on %1 port %2: %3"_s.arg(m_options.address.toString())
                    .arg(m_options.port)
                    .arg(listener.errorString());
        return false;
    }
    m_port = listener.serverPort();
    const int lanes = m_options.connectionThreads > 0 ? m_options.connectionThreads
                                                      : std::max(1, QThread::idealThreadCount());
    std::vector<qintptr> descriptors;
    for (int i = 0; i < lanes; ++i) {
        const qintptr fd = duplicateSocket(listener.socketDescriptor());
        if (fd < 0) {
            error = u"cannot share the listening socket between threads: %1"_s.arg(
                QString::fromLocal8Bit(std::strerror(errno)));
            for (qintptr d : descriptors)
                closeSocket(d);
            return false;
        }
        descriptors.push_back(fd);
    }
    listener.close(); // the duplicates keep the socket listening

    m_pool = std::make_unique<WorkerPool>(
        m_options.openStore, m_options.threads > 0 ? m_options.threads : defaultThreads(),
        &m_authLimiter);
    for (int i = 0; i < lanes; ++i) {
        auto* thread = new QThread;
        thread->setObjectName(u"claimsmith-lane-%1"_s.arg(i));
        auto* lane = new Lane(*this);
        lane->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, lane, &QObject::deleteLater);
        connect(lane, &Lane::becameIdle, this, &Server::laneIdle, Qt::QueuedConnection);
        thread->start();
        m_lanes.push_back(lane);
        m_laneThreads.push_back(thread);
        bool ok = false;
        QString laneError;
        QMetaObject::invokeMethod(
            lane,
            [&] {
                ok = lane->listen(descriptors[static_cast<std::size_t>(i)], tlsConf, laneError);
            },
            Qt::BlockingQueuedConnection);
        if (!ok) {
            error = laneError;
            for (std::size_t j = static_cast<std::size_t>(i) + 1; j < descriptors.size(); ++j)
                closeSocket(descriptors[j]);
            m_pool->stop();
            stopLanes();
            return false;
        }
    }
    return true;
}

QByteArray Server::logLine(const QByteArray& method, const QByteArray& path, int status, double ms,
                           const std::string& keyName, const QString& remote)
{
    // The path without its query; never a header, so never a secret.
    // Written directly (one line per request): {"time","method","path",
    // "status","duration_ms","key","remote"}.
    std::string line;
    line.reserve(160 + static_cast<std::size_t>(path.size()));
    line += "{\"time\":";
    json::appendQuoted(line, model::isoTime(QDateTime::currentMSecsSinceEpoch()));
    line += ",\"method\":";
    json::appendQuoted(line, std::string_view(method.constData(), method.size()));
    line += ",\"path\":";
    json::appendQuoted(line, std::string_view(path.constData(), path.size()));
    line += ",\"status\":";
    line += std::to_string(status);
    line += ",\"duration_ms\":";
    line += json::toString(json::Value::fromDouble(std::round(ms * 1000) / 1000));
    line += ",\"key\":";
    if (keyName.empty())
        line += "null";
    else
        json::appendQuoted(line, keyName);
    line += ",\"remote\":";
    json::appendQuoted(line, remote.toStdString());
    line += "}\n";
    return QByteArray::fromStdString(line);
}

void Server::writeLog(const QByteArray& lines)
{
    std::lock_guard lock(m_logMutex);
    if (m_options.accessLog) {
        qsizetype from = 0;
        while (from < lines.size()) {
            qsizetype end = lines.indexOf('\n', from);
            if (end < 0)
                end = lines.size();
            m_options.accessLog(lines.mid(from, end - from));
            from = end + 1;
        }
        return;
    }
    std::fwrite(lines.constData(), 1, static_cast<std::size_t>(lines.size()), stderr);
    std::fflush(stderr);
}

void Server::shutdown()
{
    if (m_stopping.exchange(true))
        return;
    for (Lane* lane : m_lanes)
        QMetaObject::invokeMethod(lane, &Lane::stopAccepting, Qt::QueuedConnection);
    QTimer::singleShot(kDrainTimeoutMs, this, [this] {
        if (m_stopped)
            return;
        // Give up on requests that never end.
        for (Lane* lane : m_lanes)
            QMetaObject::invokeMethod(lane, &Lane::abandonPending, Qt::BlockingQueuedConnection);
        laneIdle();
    });
    if (m_lanes.empty())
        laneIdle();
}

void Server::laneIdle()
{
    if (!m_stopping || m_stopped)
        return;
    for (Lane* lane : m_lanes) {
        bool idle = false;
        QMetaObject::invokeMethod(
            lane, [&] { idle = lane->idle(); }, Qt::BlockingQueuedConnection);
        if (!idle)
            return;
    }
    m_stopped = true;
    if (m_pool)
        m_pool->stop();
    stopLanes();
    emit stopped();
}

void Server::stopLanes()
{
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        Lane* lane = m_lanes[i];
        QMetaObject::invokeMethod(lane, &Lane::close, Qt::BlockingQueuedConnection);
        m_laneThreads[i]->quit();
        m_laneThreads[i]->wait();
        delete m_laneThreads[i];
    }
    m_lanes.clear();
    m_laneThreads.clear();
}

} // namespace claimsmith::server
