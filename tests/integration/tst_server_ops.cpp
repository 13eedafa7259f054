// Running `claimsmith serve`: TLS with a certificate the test makes, errors
// reading certificate files, and a SIGTERM during requests that loses
// nothing.

#include "ServerProcess.h"
#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"
#include "store/SqliteStore.h"

#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTest>

#include <memory>
#include <set>

using namespace Qt::StringLiterals;
using namespace claimsmith;

class TestServerOps : public QObject
{
    Q_OBJECT

private slots:
    void tlsWithASelfSignedCertificate();
    void tlsFileErrorsAreNamed();
    void usageErrors();
    void sigtermDuringRequestsLosesNothing();
};

void TestServerOps::tlsWithASelfSignedCertificate()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    test::ServerProcess server;
    QString e = server.prepare();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.startTls();
    QVERIFY2(e.isEmpty(), qPrintable(e));
    QVERIFY(server.baseUrl().startsWith(u"https://"_s));
    auto r = server.request("GET", u"/v1/users?limit=2"_s, {}, server.adminKey);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.find("data")->size(), std::size_t(2));
    // Plain HTTP on the TLS port gets no answer.
    QNetworkRequest plain(QUrl(u"http://127.0.0.1:%1/healthz"_s.arg(server.port())));
    QNetworkReply* reply = server.nam.get(plain);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QVERIFY(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200);
    reply->deleteLater();
    QCOMPARE(server.stop(), 0);
}

void TestServerOps::tlsFileErrorsAreNamed()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const QString missing = server.dir() + u"/missing-cert.pem"_s;
    const QString notPem = server.dir() + u"/not.pem"_s;
    QFile f(notPem);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();
    const QString listen = u"127.0.0.1:%1"_s.arg(test::freePort());
    int code = 0;
    auto r = test::run(test::claimsmithBinary(),
                       {u"serve"_s, u"--store"_s, server.storePath(), u"--listen"_s, listen,
                        u"--tls-cert"_s, missing, u"--tls-key"_s, notPem},
                       {}, 30000, server.process().processEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("TLS certificate") && r.err.contains(missing.toUtf8()),
             r.err.constData());
    r = test::run(test::claimsmithBinary(),
                  {u"serve"_s, u"--store"_s, server.storePath(), u"--listen"_s, listen,
                   u"--tls-cert"_s, notPem, u"--tls-key"_s, notPem},
                  {}, 30000, server.process().processEnvironment());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no PEM certificate") && r.err.contains(notPem.toUtf8()),
             r.err.constData());
    (void)code;
}

void TestServerOps::usageErrors()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    const auto env = server.process().processEnvironment();
    auto serve = [&](const QStringList& args) {
        return test::run(test::claimsmithBinary(), QStringList{u"serve"_s} + args, {}, 30000, env);
    };
    QCOMPARE(serve({u"--listen"_s, u"127.0.0.1:0"_s}).exitCode, 2);
    QCOMPARE(serve({u"--store"_s, server.storePath()}).exitCode, 2);
    QCOMPARE(serve({u"--store"_s, server.storePath(), u"--listen"_s, u"nowhere"_s}).exitCode, 2);
    QCOMPARE(
        serve({u"--store"_s, server.dir() + u"/none.claimsmith"_s, u"--listen"_s, u"127.0.0.1:0"_s})
            .exitCode,
        2);
    QCOMPARE(serve({u"--store"_s, server.storePath(), u"--listen"_s, u"127.0.0.1:0"_s,
                    u"--tls-cert"_s, u"x"_s})
                 .exitCode,
             2);
    const auto help = serve({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--tls-cert"));
}

void TestServerOps::sigtermDuringRequestsLosesNothing()
{
    test::ServerProcess server;
    QString e = server.prepare(2);
    QVERIFY2(e.isEmpty(), qPrintable(e));
    e = server.start({u"--threads"_s, u"2"_s});
    QVERIFY2(e.isEmpty(), qPrintable(e));

    // Many creations at once, spread over several connections.
    constexpr int kRequests = 60;
    std::vector<QNetworkReply*> replies;
    for (int i = 0; i < kRequests; ++i) {
        QNetworkRequest req(QUrl(server.baseUrl() + u"/v1/users"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        req.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(server.adminKey));
        const QByteArray body = "{\"email\":\"sigterm" + QByteArray::number(i) +
                                "@example.com\",\"metadata\":{\"n\":" + QByteArray::number(i) +
                                "}}";
        replies.push_back(server.nam.post(req, body));
    }
    // Stop as soon as the first answers arrive, with most still under way.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(replies.begin(), replies.end(),
                                         [](QNetworkReply* r) { return r->isFinished(); }),
                             20000);
    server.process().terminate();
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                         [](QNetworkReply* r) { return r->isFinished(); }),
                             40000);
    QVERIFY(server.process().state() == QProcess::NotRunning ||
            server.process().waitForFinished(40000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
    QVERIFY(server.serverStderr().contains("stopped"));

    // Every answer is whole, and the store holds exactly the users answered
    // with 201 (a request the server took is answered; one it did not take
    // changed nothing).
    int created = 0;
    int refused = 0;
    std::set<std::string> answered;
    for (QNetworkReply* r : replies) {
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = r->readAll();
        if (status == 201) {
            ++created;
            const json::ParseResult parsed = json::parse(body.toStdString());
            QVERIFY2(parsed.ok, body.constData());
            answered.insert(parsed.value.find("email")->string());
        } else {
            QVERIFY2(status == 0,
                     qPrintable(u"status %1: %2"_s.arg(status).arg(QString::fromUtf8(body))));
            ++refused;
        }
        r->deleteLater();
    }
    QVERIFY(created > 0);
    qInfo("%d created, %d not taken by the stopping server", created, refused);
    qputenv("CLAIMSMITH_KEY_FILE", (server.dir() + u"/store.key"_s).toLocal8Bit());
    auto s = store::SqliteStore::open(server.storePath().toStdString(), {});
    QVERIFY2(s, s.error().message.c_str());
    store::UserQuery q;
    q.text = "sigterm";
    q.limit = 1000;
    auto page = (*s)->findUsers(q);
    QVERIFY(page);
    std::set<std::string> stored;
    for (const model::User& u : page->items)
        stored.insert(u.email);
    QCOMPARE(stored.size(), answered.size());
    QVERIFY(stored == answered);
}

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_server_ops.moc"
