#include "BenchServe.h"

#include "json/Reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimsmith::bench {

QString binDir()
{
    return QFileInfo(u"/proc/self/exe"_s).canonicalPath();
}

bool buildDemoStore(const QString& file, std::int64_t users, QString& error)
{
    if (QFile::exists(file))
        return true;
    std::fprintf(stderr, "bench: building a demo store of %lld users in %s (once)\n",
                 static_cast<long long>(users), qPrintable(file));
    const QString building = file + u".building"_s;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(building + suffix);
    QProcess demo;
    demo.start(binDir() + u"/claimsmith"_s,
               {u"demo"_s, u"--store"_s, building, u"--users"_s, QString::number(users)});
    if (!demo.waitForFinished(-1) || demo.exitStatus() != QProcess::NormalExit ||
        demo.exitCode() != 0) {
        error = u"claimsmith demo failed: "_s + QString::fromUtf8(demo.readAllStandardError());
        return false;
    }
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::rename(building + suffix, file + suffix);
    return true;
}

bool copyStore(const QString& from, const QString& to, QString& error)
{
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(to + suffix);
    for (const QString& suffix : {u""_s, u"-wal"_s}) {
        if (QFile::exists(from + suffix) && !QFile::copy(from + suffix, to + suffix)) {
            error = u"cannot copy "_s + from + suffix + u" to "_s + to + suffix;
            return false;
        }
    }
    return true;
}

ScopedEnv::ScopedEnv(const char* name, const QByteArray& value)
    : m_name(name)
    , m_had(qEnvironmentVariableIsSet(name))
    , m_old(qgetenv(name))
{
    qputenv(name, value);
}

ScopedEnv::~ScopedEnv()
{
    if (m_had)
        qputenv(m_name, m_old);
    else
        qunsetenv(m_name);
}

int wrkSeconds()
{
    const int seconds = qEnvironmentVariableIntValue("CLAIMSMITH_BENCH_SECONDS");
    return seconds > 0 ? seconds : 5;
}

QStringList wrkOptions(const QByteArray& apiKey, WrkLoad load)
{
    return {u"-t%1"_s.arg(load.threads),
            u"-c%1"_s.arg(load.connections),
            u"-d%1s"_s.arg(wrkSeconds()),
            u"--latency"_s,
            u"-H"_s,
            u"Authorization: Bearer "_s + QString::fromLatin1(apiKey)};
}

QString tokensLua(const std::string& userId)
{
    QDir().mkpath(QDir::current().absoluteFilePath(u"bench-data"_s));
    QFile lua(QDir::current().absoluteFilePath(u"bench-data/tokens.lua"_s));
    lua.open(QIODevice::WriteOnly | QIODevice::Truncate);
    lua.write("wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
              "wrk.body = '{\"user_id\":\"" +
              QByteArray::fromStdString(userId) + "\"}'\n");
    return lua.fileName();
}

namespace {

bool parseWrk(const QString& text, WrkFigures& out, QString& error)
{
    const auto rps = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(text);
    const auto p99 = QRegularExpression(u"\\s99%\\s+([0-9.]+)(us|ms|s)"_s).match(text);
    const auto bad = QRegularExpression(u"Non-2xx or 3xx responses:\\s+([0-9]+)"_s).match(text);
    const auto total = QRegularExpression(u"([0-9]+) requests in"_s).match(text);
    if (!rps.hasMatch()) {
        error = u"no Requests/sec in wrk's output: "_s + text;
        return false;
    }
    out.requestsPerSecond = rps.captured(1).toDouble();
    if (p99.hasMatch()) {
        const double v = p99.captured(1).toDouble();
        const QString unit = p99.captured(2);
        out.p99Ms = unit == u"us"_s ? v / 1000 : unit == u"s"_s ? v * 1000 : v;
    }
    out.non2xx = bad.hasMatch() ? bad.captured(1).toInt() : 0;
    out.requests = total.hasMatch() ? total.captured(1).toDouble() : 0;
    return true;
}

} // namespace

double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // The command name (field 2) may hold spaces: count from its ")".
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    // utime and stime, fields 14 and 15 of the file (11 and 12 after ")").
    const double ticks = fields[11].toDouble() + fields[12].toDouble();
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

bool runWrk(const QStringList& args, WrkFigures& out, QString& error)
{
    std::vector<WrkFigures> figures;
    if (!runWrkTogether({args}, figures, error))
        return false;
    out = figures.front();
    return true;
}

bool runWrkTogether(const std::vector<QStringList>& args, std::vector<WrkFigures>& out,
                    QString& error)
{
    std::vector<std::unique_ptr<QProcess>> runs;
    for (const QStringList& a : args) {
        runs.push_back(std::make_unique<QProcess>());
        runs.back()->start(u"wrk"_s, a);
    }
    const int timeoutMs = (wrkSeconds() + 115) * 1000;
    out.assign(args.size(), {});
    bool ok = true;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        QProcess& wrk = *runs[i];
        if (!wrk.waitForFinished(timeoutMs) || wrk.exitStatus() != QProcess::NormalExit ||
            wrk.exitCode() != 0) {
            if (ok)
                error = u"wrk failed: "_s + wrk.errorString() + u": "_s +
                        QString::fromUtf8(wrk.readAllStandardError());
            wrk.kill();
            wrk.waitForFinished(5000);
            ok = false;
            continue;
        }
        if (ok && !parseWrk(QString::fromUtf8(wrk.readAllStandardOutput()), out[i], error))
            ok = false;
    }
    return ok;
}

int httpGet(quint16 port, const QByteArray& path, const QByteArray& key, QByteArray& body)
{
    QTcpSocket s;
    s.connectToHost(u"127.0.0.1"_s, port);
    if (!s.waitForConnected(2000))
        return 0;
    s.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
            (key.isEmpty() ? QByteArray() : "Authorization: Bearer " + key + "\r\n") + "\r\n");
    QByteArray all;
    while (s.waitForReadyRead(10000))
        all += s.readAll();
    all += s.readAll();
    const qsizetype end = all.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    body = all.mid(end + 4);
    return all.mid(9, 3).toInt();
}

std::string firstUserId(quint16 port, const QByteArray& key, QString& error)
{
    QByteArray body;
    const int status = httpGet(port, "/v1/users?limit=1", key, body);
    if (status == 200) {
        const json::ParseResult parsed = json::parse(body.toStdString());
        const json::Value* data = parsed.ok ? parsed.value.find("data") : nullptr;
        const json::Value* first = data ? data->at(0) : nullptr;
        const json::Value* id = first ? first->find("id") : nullptr;
        if (id && id->isString())
            return id->string();
    }
    error =
        u"no user found in the store (GET /v1/users?limit=1 on port %1: HTTP %2 "_s.arg(port).arg(
            status) +
        QString::fromUtf8(body.left(300)) + u')';
    return {};
}

ServedStore::~ServedStore()
{
    if (m_process.state() != QProcess::NotRunning) {
        QString ignored;
        stop(ignored);
    }
}

bool ServedStore::start(const QString& store, const QString& keyName, QString& error,
                        int startSeconds)
{
    const QString claimsmith = binDir() + u"/claimsmith"_s;
    QProcess apikey;
    apikey.start(claimsmith, {u"apikey"_s, u"create"_s, u"--store"_s, store, u"--name"_s, keyName});
    apikey.waitForFinished(60000);
    m_key = apikey.readAllStandardOutput().trimmed();
    if (apikey.exitCode() != 0 || m_key.isEmpty()) {
        error = u"claimsmith apikey create failed: "_s +
                QString::fromUtf8(apikey.readAllStandardError());
        return false;
    }
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
    }
    m_process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    m_process.setStandardErrorFile(QProcess::nullDevice()); // the access log
    m_process.start(claimsmith, {u"serve"_s, u"--store"_s, store, u"--listen"_s,
                                 u"127.0.0.1:%1"_s.arg(m_port)});
    QByteArray body;
    for (int i = 0; i < startSeconds * 10; ++i) {
        if (httpGet(m_port, "/healthz", {}, body) == 200)
            return true;
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(100);
    }
    QString how;
    stop(how);
    error = u"claimsmith serve did not answer /healthz within %1 s"_s.arg(startSeconds) +
            (how.isEmpty() ? QString() : u" ("_s + how + u')');
    return false;
}

bool ServedStore::stop(QString& error, int timeoutMs)
{
    if (m_process.error() == QProcess::FailedToStart) {
        error = u"claimsmith serve could not be started: "_s + m_process.errorString();
        return false;
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(10000);
            error = u"claimsmith serve did not stop within %1 s of SIGTERM (killed)"_s.arg(
                timeoutMs / 1000);
            return false;
        }
    }
    if (m_process.exitStatus() != QProcess::NormalExit) {
        error = u"claimsmith serve ended by a signal (crashed)"_s;
        return false;
    }
    if (m_process.exitCode() != 0) {
        error = u"claimsmith serve exited with %1"_s.arg(m_process.exitCode());
        return false;
    }
    return true;
}

HttpConnection::HttpConnection(quint16 port, QByteArray apiKey, int timeoutMs)
    : m_port(port)
    , m_key(std::move(apiKey))
    , m_timeoutMs(timeoutMs)
{}

HttpConnection::~HttpConnection() = default;

void HttpConnection::drop()
{
    m_socket.reset();
    m_buffer.clear();
}

bool HttpConnection::readMore(QString& error)
{
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(m_timeoutMs)) {
        error = m_socket->state() == QAbstractSocket::ConnectedState
                    ? u"no answer within %1 ms"_s.arg(m_timeoutMs)
                    : u"the server closed the connection: "_s + m_socket->errorString();
        return false;
    }
    m_buffer += m_socket->readAll();
    return true;
}

namespace {

// The value of the header field `name` (lower case) in `head`, else empty.
QByteArray headerValue(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

HttpAnswer HttpConnection::send(const QByteArray& method, const QByteArray& target,
                                const QByteArray& body, std::int64_t ifMatch)
{
    HttpAnswer answer;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        drop();
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(u"127.0.0.1"_s, m_port);
        if (!m_socket->waitForConnected(m_timeoutMs)) {
            answer.error = u"cannot connect: "_s + m_socket->errorString();
            drop();
            return answer;
        }
    }
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                         "Authorization: Bearer " + m_key + "\r\n";
    if (ifMatch > 0)
        request += "If-Match: \"" + QByteArray::number(ifMatch) + "\"\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH" || method == "PUT")
        request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    request += "\r\n" + body;
    m_socket->write(request);
    while (m_socket->bytesToWrite() > 0) {
        if (!m_socket->waitForBytesWritten(m_timeoutMs)) {
            answer.error = u"cannot send: "_s + m_socket->errorString();
            drop();
            return answer;
        }
    }

    qsizetype headEnd = -1;
    while ((headEnd = m_buffer.indexOf("\r\n\r\n")) < 0) {
        if (!readMore(answer.error)) {
            drop();
            return answer;
        }
    }
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    if (!head.startsWith("HTTP/1.1 ") && !head.startsWith("HTTP/1.0 ")) {
        answer.error = u"not an HTTP answer: "_s + QString::fromLatin1(head.left(80));
        drop();
        return answer;
    }
    const int status = head.mid(9, 3).toInt();
    if (headerValue(head, "transfer-encoding").toLower() == "chunked") {
        // chunk-size CRLF data CRLF … 0 CRLF CRLF (no trailers from this server)
        while (true) {
            qsizetype lineEnd;
            while ((lineEnd = m_buffer.indexOf("\r\n")) < 0) {
                if (!readMore(answer.error)) {
                    drop();
                    return answer;
                }
            }
            bool ok = false;
            const qsizetype size =
                m_buffer.left(lineEnd).split(';').front().trimmed().toLongLong(&ok, 16);
            if (!ok) {
                answer.error = u"a bad chunk size"_s;
                drop();
                return answer;
            }
            while (m_buffer.size() < lineEnd + 2 + size + 2) {
                if (!readMore(answer.error)) {
                    drop();
                    return answer;
                }
            }
            answer.body += m_buffer.mid(lineEnd + 2, size);
            m_buffer.remove(0, lineEnd + 2 + size + 2);
            if (size == 0)
                break;
        }
    } else {
        bool ok = false;
        const QByteArray lengthText = headerValue(head, "content-length");
        const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!lengthText.isEmpty() && !ok) {
            answer.error = u"a bad Content-Length"_s;
            drop();
            return answer;
        }
        while (m_buffer.size() < length) {
            if (!readMore(answer.error)) {
                drop();
                return answer;
            }
        }
        answer.body = m_buffer.left(length);
        m_buffer.remove(0, length);
    }
    answer.status = status;
    QByteArray etag = headerValue(head, "etag");
    if (etag.startsWith("W/"))
        etag = etag.mid(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        answer.etagVersion = etag.mid(1, etag.size() - 2).toLongLong();
    if (headerValue(head, "connection").toLower() == "close")
        drop();
    return answer;
}

} // namespace claimsmith::bench
