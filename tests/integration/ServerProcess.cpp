#include "ServerProcess.h"

#include "TestSupport.h"
#include "json/Reader.h"
#include "json/Writer.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace claimsmith::test {

quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

ServerProcess::ServerProcess()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, m_dir.filePath(u"store.key"_s));
    m_process.setProcessEnvironment(env);
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    keepLog(u"claimsmith serve"_s, serverStderr());
}

QString ServerProcess::keyFile() const
{
    return m_process.processEnvironment().value(u"CLAIMSMITH_KEY_FILE"_s);
}

void ServerProcess::setKeyFile(const QString& path)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(u"CLAIMSMITH_KEY_FILE"_s, path);
    m_process.setProcessEnvironment(env);
}

QString ServerProcess::run(const QStringList& args, QByteArray* out, int* exitCode) const
{
    const ProcessResult r =
        test::run(claimsmithBinary(), args, {}, 120000, m_process.processEnvironment());
    if (out)
        *out = r.out;
    if (exitCode)
        *exitCode = r.exitCode;
    if (r.exitCode != 0 && !exitCode)
        return u"claimsmith %1 failed (%2): %3"_s.arg(args.join(u' '))
            .arg(r.exitCode)
            .arg(QString::fromUtf8(r.err));
    return {};
}

QString ServerProcess::prepare(int users)
{
    if (!m_dir.isValid())
        return u"no temporary folder"_s;
    if (QString e = run({u"demo"_s, u"--store"_s, store(), u"--users"_s, QString::number(users),
                         u"--orgs"_s, u"2"_s});
        !e.isEmpty())
        return e;
    QByteArray out;
    if (QString e = run(
            {u"apikey"_s, u"create"_s, u"--store"_s, store(), u"--name"_s, u"test admin"_s}, &out);
        !e.isEmpty())
        return e;
    adminKey = out.trimmed().toStdString();
    recordSecret(out.trimmed());
    if (QString e = run({u"apikey"_s, u"create"_s, u"--store"_s, store(), u"--name"_s,
                         u"dashboard"_s, u"--read-only"_s},
                        &out);
        !e.isEmpty())
        return e;
    readOnlyKey = out.trimmed().toStdString();
    recordSecret(out.trimmed());
    // A signing key whose private half the test knows, so that the secrets
    // check can look for it in the server's log.
    const QString pem = m_dir.filePath(u"signing.pem"_s);
    if (QString e = run({u"keys"_s, u"generate"_s, u"--alg"_s, u"ES256"_s, u"--out"_s, pem});
        !e.isEmpty())
        return e;
    QFile pemFile(pem);
    if (!pemFile.open(QIODevice::ReadOnly))
        return u"cannot read "_s + pem;
    for (const QByteArray& line : pemFile.readAll().split('\n')) {
        if (line.size() >= 40 && !line.startsWith("-----"))
            recordSecret(line.trimmed());
    }
    if (QString e = run({u"keys"_s, u"add"_s, u"--store"_s, store(), u"--key"_s, pem, u"--state"_s,
                         u"active"_s});
        !e.isEmpty())
        return e;
    QFile::remove(pem);
    return {};
}

QString ServerProcess::baseUrl() const
{
    return u"%1://%2:%3"_s
        .arg(m_tls ? u"https"_s : u"http"_s, m_tls ? u"localhost"_s : u"127.0.0.1"_s)
        .arg(m_port);
}

QByteArray ServerProcess::serverStderr()
{
    m_stderr += m_process.readAllStandardError();
    return m_stderr;
}

QString ServerProcess::start(const QStringList& extraArgs, bool tls)
{
    m_tls = tls;
    m_extraArgs = extraArgs;
    m_port = freePort();
    if (m_port == 0)
        return u"no free port"_s;
    return restart();
}

QString ServerProcess::startTls(const QStringList& extraArgs)
{
    SelfSignedCertificate made;
    if (QString e = makeSelfSignedCertificate(dir(), made); !e.isEmpty())
        return e;
    ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(made.certificate));
    return start(extraArgs + QStringList{QStringLiteral("--tls-cert"), made.certificate,
                                         QStringLiteral("--tls-key"), made.key},
                 true);
}

QString ServerProcess::restart()
{
    if (m_port == 0)
        return u"the server was never started"_s;
    if (m_process.state() != QProcess::NotRunning)
        return u"the server is still running"_s;
    m_process.setProgram(claimsmithBinary());
    m_process.setArguments(QStringList{u"serve"_s, u"--store"_s, store(), u"--listen"_s,
                                       u"127.0.0.1:%1"_s.arg(m_port)} +
                           m_extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return u"claimsmith serve did not start: "_s + m_process.errorString();
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning)
            return u"claimsmith serve exited with %1: %2"_s.arg(m_process.exitCode())
                .arg(QString::fromUtf8(serverStderr()));
        const HttpReply r = request("GET", u"/healthz"_s);
        if (r.status == 200)
            return {};
        QThread::msleep(100);
    }
    return u"claimsmith serve did not answer /healthz within 20 s; its stderr:\n"_s +
           QString::fromUtf8(serverStderr());
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    m_process.terminate();
    if (!m_process.waitForFinished(40000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    serverStderr();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void ServerProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
    serverStderr();
}

HttpReply ServerProcess::request(const QByteArray& method, const QString& path,
                                 const QByteArray& body, const std::string& key,
                                 const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return sendRequest(nam, baseUrl() + path, method, body, key, headers, m_tls ? &ssl : nullptr);
}

HttpReply sendRequest(QNetworkAccessManager& nam, const QString& url, const QByteArray& method,
                      const QByteArray& body, const std::string& key,
                      const QList<QPair<QByteArray, QByteArray>>& headers,
                      const QSslConfiguration* ssl, int timeoutMs)
{
    QNetworkRequest req{QUrl(url)};
    if (ssl)
        req.setSslConfiguration(*ssl);
    if (!key.empty())
        req.setRawHeader("Authorization", "Bearer " + QByteArray::fromStdString(key));
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto& [name, value] : headers)
        req.setRawHeader(name, value);
    QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = u"timed out"_s;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        r.headers.insert(name.toLower(), value);
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.error = reply->errorString();
    const json::ParseResult parsed = json::parse(r.body.toStdString());
    r.jsonOk = parsed.ok;
    r.json = parsed.value;
    reply->deleteLater();
    return r;
}

} // namespace claimsmith::test
