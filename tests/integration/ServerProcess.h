#pragma once

#include "json/Value.h"
#include "json/Writer.h"

#include <QByteArray>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <string>

namespace claimsmith::test {

// A reply read whole: status, headers (names in lower case), body, and the
// body as JSON when it is JSON.
struct HttpReply
{
    int status = 0; // 0: no HTTP answer (see error)
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
    json::Value json;
    bool jsonOk = false;
    QString error;
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
};

// A real `claimsmith serve` on a free loopback port, over a store made with
// the CLI (`demo`), with an admin and a read-only API key.
class ServerProcess
{
public:
    ServerProcess();
    ~ServerProcess();

    // Makes the store and the keys; returns an error message or empty.
    QString prepare(int users = 5);
    // Starts the server and waits for /healthz (20 s); returns an error
    // message, with the server's stderr, or empty.
    QString start(const QStringList& extraArgs = {}, bool tls = false);
    // start() over TLS with a self-signed certificate made for it (in dir()),
    // which `ssl` trusts; returns an error message or empty.
    QString startTls(const QStringList& extraArgs = {});
    // Starts the server again on the port and with the arguments of the
    // last start() (a server that went away and comes back).
    QString restart();
    // SIGTERM; waits for the exit. Returns the exit code (-1 on a crash).
    int stop();
    // SIGKILL: the server goes away at once, as in a crash.
    void kill();

    QString run(const QStringList& args, QByteArray* out = nullptr, int* exitCode = nullptr) const;
    QString storePath() const { return m_dir.filePath(QStringLiteral("store.claimsmith")); }
    // The store prepare() makes and the server serves: storePath() unless
    // set (a postgresql:// location).
    QString store() const { return m_store.isEmpty() ? storePath() : m_store; }
    void setStore(const QString& location) { m_store = location; }
    // The key file of the store's private keys (CLAIMSMITH_KEY_FILE): one in
    // dir() unless set. Servers that share a store share its key file.
    QString keyFile() const;
    void setKeyFile(const QString& path);
    QString dir() const { return m_dir.path(); }
    QString baseUrl() const;
    QByteArray serverStderr();
    QProcess& process() { return m_process; }
    quint16 port() const { return m_port; }

    std::string adminKey;
    std::string readOnlyKey;
    QSslConfiguration ssl; // for TLS: trusts the server's certificate

    // Sends a request and waits for the reply (timeout 30 s). `key`: the
    // bearer key; empty: none.
    HttpReply request(const QByteArray& method, const QString& path, const QByteArray& body = {},
                      const std::string& key = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {});

    QNetworkAccessManager nam;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    bool m_tls = false;
    QStringList m_extraArgs;
    QString m_store;
    QByteArray m_stderr;
};

// A free loopback port (bound and released).
quint16 freePort();

// Sends a request through `nam` (which belongs to the calling thread) and
// waits for the reply; what ServerProcess::request does, for client threads.
HttpReply sendRequest(QNetworkAccessManager& nam, const QString& url, const QByteArray& method,
                      const QByteArray& body = {}, const std::string& key = {},
                      const QList<QPair<QByteArray, QByteArray>>& headers = {},
                      const QSslConfiguration* ssl = nullptr, int timeoutMs = 30000);

} // namespace claimsmith::test

// QCOMPARE for JSON values, printing both when they differ.
#define JSON_COMPARE(actual, expected)                                                             \
    QVERIFY2((actual) == (expected), (claimsmith::json::toString(actual) + " is not " +            \
                                      claimsmith::json::toString(expected))                        \
                                         .c_str())
