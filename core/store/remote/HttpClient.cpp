#include "HttpClient.h"

#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace claimsmith::store {

namespace {

bool retryable(const HttpAnswer& a)
{
    return a.status == 0 || a.status == 502 || a.status == 503 || a.status == 504;
}

// A request body that can be read once and never rewound. Qt's HTTP layer
// sends a request again by itself when the connection closes before any
// answer (Qt 6.4 does so for every method, POST included); for a write that
// is wrong, as the first send may have been applied — a create would be
// made twice. Without a way to rewind the body Qt fails the request with
// ContentReSendError instead, and HttpClient decides whether to try again.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* out, qint64 max) override
    {
        const qint64 n = std::min(max, m_data.size() - m_read);
        if (n <= 0)
            return m_read >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_read, static_cast<std::size_t>(n));
        m_read += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};

std::int64_t versionOf(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.mid(1, etag.size() - 2);
    bool ok = false;
    const qlonglong v = etag.toLongLong(&ok);
    return ok ? v : 0;
}

} // namespace

HttpClient::HttpClient(RemoteOptions options)
    : m_options(std::move(options))
    , m_base(QString::fromStdString(m_options.url))
{
    while (m_base.endsWith(u'/'))
        m_base.chop(1);
}

HttpClient::~HttpClient() = default;

QNetworkAccessManager& HttpClient::manager()
{
    // A store may be opened on one thread and used on another (one at a
    // time); the manager belongs to the thread that uses it.
    if (m_manager && m_manager->thread() != QThread::currentThread())
        m_manager.reset();
    if (!m_manager) {
        m_manager = std::make_unique<QNetworkAccessManager>();
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return *m_manager;
}

HttpAnswer HttpClient::send(const QByteArray& method, const QString& path, const QString& query,
                            const QByteArray& body, std::optional<std::int64_t> ifMatch)
{
    // A write without If-Match (a create) may have happened when its answer
    // was lost: only requests that can be repeated safely are retried.
    const bool idempotent = method == "GET" || method == "PUT" || ifMatch.has_value();
    int wait = std::max(1, m_options.backoffMs);
    HttpAnswer answer;
    if (stopping()) {
        answer.interrupted = true;
        return answer;
    }
    for (int i = 0;; ++i) {
        answer = attempt(method, path, query, body, ifMatch);
        answer.attempts = i + 1;
        if (!idempotent || i >= m_options.retries || !retryable(answer) || answer.timedOut)
            return answer;
        if (stopping() || !pause(wait)) {
            answer.interrupted = true;
            return answer;
        }
        wait *= 2;
    }
}

bool HttpClient::stopping()
{
    return QThread::currentThread()->isInterruptionRequested();
}

bool HttpClient::pause(int ms)
{
    // An event loop rather than a sleep, so that the thread's events (a
    // request to close the store among them) are not held up either.
    QEventLoop loop;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&loop] {
        if (stopping())
            loop.quit();
    });
    done.start(ms);
    poll.start(kInterruptPollMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    return !stopping();
}

HttpAnswer HttpClient::attempt(const QByteArray& method, const QString& path, const QString& query,
                               const QByteArray& body, std::optional<std::int64_t> ifMatch)
{
    const QUrl url(m_base + path + (query.isEmpty() ? QString() : u'?' + query), QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(m_options.apiKey));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (ifMatch)
        request.setRawHeader("If-Match", '"' + QByteArray::number(*ifMatch) + '"');
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(m_options.timeoutMs);

    HttpAnswer answer;
    QNetworkReply* reply = nullptr;
    if (method == "GET") {
        reply = manager().sendCustomRequest(request, method, body);
    } else {
        // Only HttpClient sends a write again, and only one that may be
        // repeated: a body that cannot be rewound keeps Qt from doing so.
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBody(body);
        reply = manager().sendCustomRequest(request, method, device);
        device->setParent(reply);
    }
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
            answer.timedOut = true;
            reply->abort();
        });
        deadline.start(m_options.timeoutMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && !answer.timedOut) {
        answer.status = status.toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.etagVersion = versionOf(reply->rawHeader("ETag"));
    } else {
        if (reply->error() == QNetworkReply::TimeoutError ||
            reply->error() == QNetworkReply::OperationCanceledError)
            answer.timedOut = true;
        answer.networkError = reply->errorString();
        // Sent, but the connection closed before an answer (Qt gave up
        // sending the write again itself: ContentReSendError).
        if (reply->error() == QNetworkReply::RemoteHostClosedError ||
            reply->error() == QNetworkReply::ContentReSendError) {
            answer.closedBeforeAnswer = true;
            answer.networkError = u"the connection closed before the server answered"_s;
        }
    }
    delete reply;
    return answer;
}

} // namespace claimsmith::store
