// `claimsmith serve` under clients that misbehave: half requests that stall,
// kept-alive connections that never ask again, clients that stop reading or
// hang up in the middle of an answer, oversized heads and targets, API keys
// guessed over and over, and TLS clients offering old protocols or weak
// ciphers. Each test talks raw TCP (or openssl s_client) so that it can
// misbehave exactly.

#include "ServerProcess.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace claimsmith;

namespace {

// A raw connection to the server.
std::unique_ptr<QTcpSocket> connectTo(quint16 port)
{
    auto s = std::make_unique<QTcpSocket>();
    s->connectToHost(QHostAddress::LocalHost, port);
    if (!s->waitForConnected(10000))
        return nullptr;
    return s;
}

// Reads until the server closes the connection (or `timeoutMs` passes);
// returns what came. `closed` tells whether the server closed it.
QByteArray readUntilClosed(QTcpSocket& s, int timeoutMs, bool& closed)
{
    QByteArray all;
    QElapsedTimer t;
    t.start();
    closed = false;
    while (t.elapsed() < timeoutMs) {
        if (s.state() != QAbstractSocket::ConnectedState) {
            closed = true;
            break;
        }
        if (s.waitForReadyRead(100))
            all += s.readAll();
        else if (s.state() != QAbstractSocket::ConnectedState ||
                 s.error() == QAbstractSocket::RemoteHostClosedError ||
                 s.error() == QAbstractSocket::NetworkError)
            closed = true;
        if (closed)
            break;
    }
    all += s.readAll();
    return all;
}

// Reads one whole answer (head and Content-Length body) from `s`.
QByteArray readAnswer(QTcpSocket& s, int timeoutMs = 10000)
{
    QByteArray buf;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end >= 0) {
            const qsizetype at = buf.toLower().indexOf("content-length:");
            const qsizetype eol = buf.indexOf("\r\n", at);
            const int length = at >= 0 ? buf.mid(at + 15, eol - at - 15).trimmed().toInt() : 0;
            if (buf.size() >= end + 4 + length)
                return buf;
        }
        if (!s.waitForReadyRead(100) && s.state() != QAbstractSocket::ConnectedState)
            break;
        buf += s.readAll();
    }
    return buf;
}

int countOf(const QByteArray& haystack, const QByteArray& needle)
{
    int n = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++n;
    return n;
}

QByteArray getRequest(const QByteArray& target, const std::string& key = {})
{
    QByteArray r = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!key.empty())
        r += "Authorization: Bearer " + QByteArray::fromStdString(key) + "\r\n";
    return r + "\r\n";
}

} // namespace

class TestServerFaults : public QObject
{
    Q_OBJECT

private slots:
    void halfRequestIsAnswered408AndClosed();
    void stalledBodyIsAnswered408AndClosed();
    void idleConnectionIsClosed();
    void activeConnectionIsKept();
    void clientThatStopsReadingIsDropped();
    void hangUpsMidAnswerHarmNothing();
    void headAndTargetLimits();
    void guessedKeysAreRateLimited();
    void tlsRefusesOldProtocolsAndWeakCiphers();
};

void TestServerFaults::halfRequestIsAnswered408AndClosed()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--request-timeout"_s, u"1"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    auto s = connectTo(server.port());
    QVERIFY(s);
    QElapsedTimer t;
    t.start();
    s->write("GET /v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor");
    QVERIFY(s->waitForBytesWritten(5000));
    bool closed = false;
    const QByteArray got = readUntilClosed(*s, 20000, closed);
    QVERIFY2(closed, "the server kept a half request open");
    QVERIFY2(t.elapsed() >= 900, "closed before the request timeout");
    QVERIFY2(got.startsWith("HTTP/1.1 408"), got.constData());
    QVERIFY(got.contains("application/problem+json"));
    QVERIFY(got.contains("request_timeout"));

    // On a WorkOS-compatible path, in WorkOS's shape: the path is known
    // from the request line, before the request is.
    s = connectTo(server.port());
    QVERIFY(s);
    s->write("POST /user_management/users?x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Len");
    QVERIFY(s->waitForBytesWritten(5000));
    const QByteArray workos = readUntilClosed(*s, 20000, closed);
    QVERIFY2(closed, "the server kept a half request open");
    QVERIFY2(workos.startsWith("HTTP/1.1 408"), workos.constData());
    QVERIFY2(workos.contains("Content-Type: application/json\r\n") &&
                 workos.contains(R"("code":"request_timeout")") && !workos.contains("problem+json"),
             workos.constData());
    // The server still serves.
    QCOMPARE(server.request("GET", u"/healthz"_s).status, 200);
}

void TestServerFaults::stalledBodyIsAnswered408AndClosed()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--request-timeout"_s, u"1"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    auto s = connectTo(server.port());
    QVERIFY(s);
    s->write("POST /v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
             QByteArray::fromStdString(server.adminKey) +
             "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"email\":");
    QVERIFY(s->waitForBytesWritten(5000));
    bool closed = false;
    const QByteArray got = readUntilClosed(*s, 20000, closed);
    QVERIFY2(closed, "the server kept a stalled body open");
    QVERIFY2(got.startsWith("HTTP/1.1 408"), got.constData());
    // Nothing was created.
    const test::HttpReply users =
        server.request("GET", u"/v1/users?limit=100"_s, {}, server.adminKey);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json.find("data")->size(), std::size_t(2));
}

void TestServerFaults::idleConnectionIsClosed()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--idle-timeout"_s, u"1"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    auto s = connectTo(server.port());
    QVERIFY(s);
    s->write(getRequest("/healthz"));
    const QByteArray answer = readAnswer(*s);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    QElapsedTimer t;
    t.start();
    bool closed = false;
    const QByteArray rest = readUntilClosed(*s, 20000, closed);
    QVERIFY2(closed, "the server kept an idle connection open");
    QVERIFY2(t.elapsed() >= 800, "closed before the idle timeout");
    QVERIFY2(rest.isEmpty(), rest.constData()); // an idle close says nothing
}

void TestServerFaults::activeConnectionIsKept()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--idle-timeout"_s, u"1"_s, u"--request-timeout"_s, u"1"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // Requests every 300 ms for 3 s: longer than either timeout in all, but
    // never idle or stalled for long, so the one connection carries them all.
    auto s = connectTo(server.port());
    QVERIFY(s);
    QElapsedTimer t;
    t.start();
    int answered = 0;
    while (t.elapsed() < 3000) {
        s->write(getRequest("/v1/users?limit=1", server.adminKey));
        const QByteArray a = readAnswer(*s);
        QVERIFY2(a.startsWith("HTTP/1.1 200"), a.constData());
        ++answered;
        QTest::qWait(300);
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }
    QVERIFY(answered >= 5);
}

void TestServerFaults::clientThatStopsReadingIsDropped()
{
    test::ServerProcess server;
    QString e = server.prepare(1000);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--request-timeout"_s, u"1"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    constexpr int kRequests = 40;
    QByteArray burst;
    for (int i = 0; i < kRequests; ++i)
        burst += getRequest("/v1/users?limit=1000", server.adminKey);

    // A client that reads gets every answer of the pipelined burst...
    {
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write(burst);
        QByteArray all;
        QElapsedTimer t;
        t.start();
        while (countOf(all, "HTTP/1.1 200") < kRequests && t.elapsed() < 60000) {
            s->waitForReadyRead(200);
            all += s->readAll();
        }
        QCOMPARE(countOf(all, "HTTP/1.1 200"), kRequests);
    }
    // ...one that stops reading is dropped once its answers stop moving, and
    // meanwhile others are served. (A POSIX socket, so that its receive
    // window is small from the first byte on.)
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    const int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(server.port());
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    QCOMPARE(::send(fd, burst.constData(), static_cast<std::size_t>(burst.size()), 0),
             static_cast<ssize_t>(burst.size()));
    QCOMPARE(server.request("GET", u"/healthz"_s).status, 200);
    QTest::qWait(4000); // the write timeout is 1 s
    QCOMPARE(server.request("GET", u"/healthz"_s).status, 200);
    QByteArray got;
    bool ended = false;
    QElapsedTimer t;
    t.start();
    while (!ended && t.elapsed() < 30000) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 1000) <= 0)
            continue;
        char buf[65536];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            ended = true; // the server's FIN (0) or reset (-1)
        else
            got.append(buf, n);
    }
    ::close(fd);
    QVERIFY2(ended, qPrintable(u"the server kept a connection whose client stopped reading "
                               "(%1 bytes, %2 answers came)"_s.arg(got.size())
                                   .arg(countOf(got, "HTTP/1.1 200"))));
    QVERIFY2(countOf(got, "HTTP/1.1 200") < kRequests,
             "every answer was delivered: the client was not dropped");
    QCOMPARE(server.process().state(), QProcess::Running);
}

void TestServerFaults::hangUpsMidAnswerHarmNothing()
{
    test::ServerProcess server;
    QString e = server.prepare(500);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    for (int i = 0; i < 20; ++i) {
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write(getRequest("/v1/users?limit=500", server.adminKey));
        s->waitForReadyRead(5000);
        s->read(100);
        if (i % 2)
            s->abort(); // RST
        else
            s->disconnectFromHost(); // FIN
    }
    // A hang-up before the answer is ready (a pooled route).
    for (int i = 0; i < 20; ++i) {
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write(getRequest("/v1/users?limit=500", server.adminKey));
        s->waitForBytesWritten(2000);
        s->abort();
    }
    QCOMPARE(server.process().state(), QProcess::Running);
    const test::HttpReply r = server.request("GET", u"/v1/users?limit=3"_s, {}, server.adminKey);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.find("data")->size(), std::size_t(3));
    QCOMPARE(server.stop(), 0);
}

void TestServerFaults::headAndTargetLimits()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    {
        auto s = connectTo(server.port());
        QVERIFY(s);
        QByteArray req = "GET /v1/users HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                         QByteArray::fromStdString(server.adminKey) + "\r\n";
        for (int i = 0; i < 120; ++i)
            req += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        s->write(req + "\r\n");
        const QByteArray a = readAnswer(*s);
        QVERIFY2(a.startsWith("HTTP/1.1 431"), a.constData());
        QVERIFY(a.contains("headers_too_large"));
        QVERIFY(a.contains("up to 100"));
    }
    {
        auto s = connectTo(server.port());
        QVERIFY(s);
        s->write(getRequest("/v1/users?q=" + QByteArray(9000, 'a'), server.adminKey));
        const QByteArray a = readAnswer(*s);
        QVERIFY2(a.startsWith("HTTP/1.1 414"), a.constData());
        QVERIFY(a.contains("uri_too_long"));
    }
    // Just under both limits is served.
    QList<QPair<QByteArray, QByteArray>> headers;
    for (int i = 0; i < 90; ++i)
        headers.append({"X-Filler-" + QByteArray::number(i), "x"});
    const test::HttpReply r = server.request("GET", u"/v1/users?q="_s + QString(7000, u'a'), {},
                                             server.adminKey, headers);
    QCOMPARE(r.status, 200);
}

void TestServerFaults::guessedKeysAreRateLimited()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--auth-failure-limit"_s, u"3"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // No key at all is not a guess.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(server.request("GET", u"/v1/users"_s).status, 401);
    const std::string wrong = "csk_00000000000000000000000000000000000000000000";
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.request("GET", u"/v1/users"_s, {}, wrong).status, 401);
    test::HttpReply r = server.request("GET", u"/v1/users"_s, {}, wrong);
    QCOMPARE(r.status, 429);
    QVERIFY(r.json.find("type")->string().find("too_many_requests") != std::string::npos);
    const int retry = r.header("Retry-After").toInt();
    QVERIFY2(retry >= 1 && retry <= 3, r.header("Retry-After").constData());
    // While blocked, no key from this address is even looked at.
    r = server.request("GET", u"/v1/users"_s, {}, server.adminKey);
    QCOMPARE(r.status, 429);
    // Public routes stay open.
    QCOMPARE(server.request("GET", u"/.well-known/jwks.json"_s).status, 200);
    // After the wait, one more attempt is allowed.
    QTest::qWait(retry * 1000 + 200);
    r = server.request("GET", u"/v1/users"_s, {}, server.adminKey);
    QCOMPARE(r.status, 200);
    // The secret tried is in no log line.
    QVERIFY(!server.serverStderr().contains(QByteArray::fromStdString(wrong)));
}

void TestServerFaults::tlsRefusesOldProtocolsAndWeakCiphers()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.startTls();
    QVERIFY2(e.isEmpty(), qPrintable(e));

    const QString connect = u"127.0.0.1:%1"_s.arg(server.port());
    // The client is told to accept anything (security level 0), so that a
    // refusal is the server's.
    const auto handshake = [&](const QStringList& extra) {
        return test::run(u"openssl"_s,
                         QStringList{u"s_client"_s, u"-connect"_s, connect, u"-brief"_s} + extra,
                         "Q\n");
    };
    const test::ProcessResult ok =
        handshake({u"-tls1_2"_s, u"-cipher"_s, u"ECDHE-ECDSA-AES128-GCM-SHA256"_s});
    QVERIFY2(ok.exitCode == 0, QByteArray(ok.out + ok.err).constData());
    QVERIFY(QByteArray(ok.out + ok.err).contains("TLSv1.2"));
    const test::ProcessResult tls13 = handshake({u"-tls1_3"_s});
    QVERIFY2(tls13.exitCode == 0, QByteArray(tls13.out + tls13.err).constData());

    const test::ProcessResult old =
        handshake({u"-tls1_1"_s, u"-cipher"_s, u"DEFAULT@SECLEVEL=0"_s});
    QVERIFY2(old.exitCode != 0, QByteArray(old.out + old.err).constData());
    QVERIFY(!QByteArray(old.out + old.err).contains("Protocol version: TLSv1.1"));
    // CBC without forward secrecy, and CBC with it: both refused.
    for (const QString& weak : {u"AES128-SHA"_s, u"ECDHE-ECDSA-AES128-SHA"_s}) {
        const test::ProcessResult r =
            handshake({u"-tls1_2"_s, u"-cipher"_s, weak + u":@SECLEVEL=0"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(weak + u": "_s + QString::fromUtf8(r.out + r.err)));
    }
    QCOMPARE(server.stop(), 0);
}

QTEST_GUILESS_MAIN(TestServerFaults)
#include "tst_server_faults.moc"
