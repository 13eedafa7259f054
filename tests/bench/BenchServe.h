#pragma once

// What the suites that measure the real `claimsmith serve` on loopback share:
// the executables' folder, demo stores built once, starting and stopping the
// server with an API key, and HTTP/1.1 requests on kept-alive connections.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

class QTcpSocket;

namespace claimsmith::bench {

// The folder of claimsmith-bench, which holds the claimsmith executable too.
QString binDir();

// Builds `file` with `claimsmith demo --users N` unless it exists (into
// FILE.building, renamed when done, so that an interrupted build is never
// taken for a store). The signing key is sealed as CLAIMSMITH_KEY_FILE says.
bool buildDemoStore(const QString& file, std::int64_t users, QString& error);

// Copies the SQLite store `from` (and its WAL) to `to`, replacing it.
bool copyStore(const QString& from, const QString& to, QString& error);

// Sets an environment variable (for the processes started afterwards); the
// old value back when it goes.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value);
    ~ScopedEnv();
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

// One blocking HTTP/1.1 GET on loopback with Connection: close; the status (0
// without an answer) and the body.
int httpGet(quint16 port, const QByteArray& path, const QByteArray& key, QByteArray& body);

// The id of the first user that GET /v1/users?limit=1 lists, else empty with
// `error` set.
std::string firstUserId(quint16 port, const QByteArray& key, QString& error);

// `claimsmith serve` on a free loopback port with a new admin API key. Its
// standard output is forwarded; its access log (standard error) discarded.
class ServedStore
{
public:
    ServedStore() = default;
    ~ServedStore(); // stops the server if it runs
    ServedStore(const ServedStore&) = delete;
    ServedStore& operator=(const ServedStore&) = delete;

    // Creates the key `keyName` with `claimsmith apikey create`, starts the
    // server and waits for /healthz (at most `startSeconds`).
    bool start(const QString& store, const QString& keyName, QString& error, int startSeconds = 60);
    quint16 port() const { return m_port; }
    const QByteArray& apiKey() const { return m_key; }
    qint64 pid() const { return m_process.processId(); }
    // SIGTERM, then waits for the exit; true when the server exited by
    // itself with 0, else `error` says how it ended.
    bool stop(QString& error, int timeoutMs = 30000);

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_key;
};

// The wrk load of the server suites: wrk's options (threads, connections,
// the duration, --latency, the API key) before the URL.
struct WrkLoad
{
    int threads = 2;
    int connections = 16;
};
// The seconds of each wrk run: CLAIMSMITH_BENCH_SECONDS, else 5.
int wrkSeconds();
QStringList wrkOptions(const QByteArray& apiKey, WrkLoad load = {});
// Writes bench-data/tokens.lua (POST /v1/tokens for `userId`, JSON) and
// returns its path, for wrk's -s.
QString tokensLua(const std::string& userId);

// What wrk measured in one run.
struct WrkFigures
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    int non2xx = 0;
    double requests = 0; // in the whole run
};
// The CPU time a process has used so far (user and system, from /proc), or
// -1 when it cannot be read.
double processCpuSeconds(qint64 pid);
// The CPU time of this process's children that have been waited for (wrk).
double childrenCpuSeconds();
// Runs wrk once with `args`.
bool runWrk(const QStringList& args, WrkFigures& out, QString& error);
// Runs one wrk per element of `args` at the same time; `out` gets their
// figures in the same order.
bool runWrkTogether(const std::vector<QStringList>& args, std::vector<WrkFigures>& out,
                    QString& error);

// One HTTP/1.1 answer. status 0: none (error says why).
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    std::int64_t etagVersion = 0; // ETag: "<version>", 0 when absent
    QString error;
};

// A kept-alive HTTP/1.1 connection to the server on loopback, with the API
// key; reconnects when the server closed it. Blocking; used by one thread
// (the one that made it).
class HttpConnection
{
public:
    HttpConnection(quint16 port, QByteArray apiKey, int timeoutMs = 30000);
    ~HttpConnection();
    HttpConnection(const HttpConnection&) = delete;
    HttpConnection& operator=(const HttpConnection&) = delete;

    // `target` is the percent-encoded path and query. A body is sent as
    // application/json; ifMatch > 0 adds If-Match: "<ifMatch>".
    HttpAnswer send(const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
                    std::int64_t ifMatch = 0);

private:
    bool readMore(QString& error);
    void drop();

    quint16 m_port;
    QByteArray m_key;
    int m_timeoutMs;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer; // received, not yet taken
};

} // namespace claimsmith::bench
