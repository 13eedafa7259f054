#pragma once

#include "RemoteOptions.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace claimsmith::store {

// One HTTP exchange as RemoteStore sees it.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer (see networkError)
    QByteArray body;
    QByteArray contentType;
    std::int64_t etagVersion = 0; // from ETag: "<version>", 0 when absent
    QString networkError;         // why there was no answer
    bool timedOut = false;
    bool closedBeforeAnswer = false; // sent, then the connection closed
    bool interrupted = false;        // given up because the thread is being stopped
    // How often the request was sent: more than once, an earlier send may
    // have been applied and its answer lost. Writes are sent again by
    // HttpClient alone (never by Qt's HTTP layer).
    int attempts = 0;
};

// Synchronous HTTP on the calling thread: each request runs a local event
// loop until its reply finishes or times out. Only for store worker threads
// (a Store is used by one thread at a time); never call it on the GUI
// thread. The connection is kept alive between requests.
//
// Once interruption of the calling thread is requested
// (QThread::requestInterruption, as the store worker does when its store
// closes), no more attempts are made: a wait before a retry ends within
// kInterruptPollMs and its request fails as interrupted.
class HttpClient
{
public:
    explicit HttpClient(RemoteOptions options);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    const RemoteOptions& options() const { return m_options; }

    // How often a wait before a retry looks whether it should stop.
    static constexpr int kInterruptPollMs = 10;

    // `path` and `query` are percent-encoded ("/v1/users/user_01…",
    // "limit=10&metadata%5Bplan%5D=pro").
    HttpAnswer send(const QByteArray& method, const QString& path, const QString& query = {},
                    const QByteArray& body = {}, std::optional<std::int64_t> ifMatch = {});

private:
    HttpAnswer attempt(const QByteArray& method, const QString& path, const QString& query,
                       const QByteArray& body, std::optional<std::int64_t> ifMatch);
    // Waits `ms` with the thread's events running; false when it was cut
    // short because the thread is to stop.
    static bool pause(int ms);
    static bool stopping();
    QNetworkAccessManager& manager();

    RemoteOptions m_options;
    QString m_base; // the URL without a trailing '/'
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace claimsmith::store
