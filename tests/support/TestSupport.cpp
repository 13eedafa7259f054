#include "TestSupport.h"

#include "json/Reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace claimsmith::test {

const char* const kWorkosAnnouncementTemplate =
    "{\n"
    "\"aud\": \"SuperApp\",\n"
    "\"urn:my_app:full_name\": \"{{user.firstName}} {{user.firstName}}\"\n"
    "\"urn:my_app:department\": {{user.sso_attributes.department}},\n"
    "\"urn:my_app:organization_tier\": {{organization.metadata.tier}},\n"
    "\"urn:my_app:user_city\": {{user.metadata.address}},\n"
    "\"urn:third_party_app:address\": {{user.metadata.address}},\n"
    "}\n";

QString sharedPath(const QString& relative)
{
    const QByteArray env = qgetenv("CLAIMSMITH_SHARED_DIR");
    const QString base =
        env.isEmpty() ? QStringLiteral(CLAIMSMITH_TEST_SHARED_DIR) : QString::fromLocal8Bit(env);
    return QDir(base).filePath(relative);
}

QString sourcePath(const QString& relative)
{
    return QDir(QStringLiteral(CLAIMSMITH_TEST_SOURCE_DIR)).filePath(relative);
}

QString claimsmithBinary()
{
    return QDir(QStringLiteral(CLAIMSMITH_TEST_BINARY_DIR)).filePath(u"bin/claimsmith"_s);
}

std::string readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString() + ": " +
                                 f.errorString().toStdString());
    return f.readAll().toStdString();
}

json::Value readJsonFile(const QString& path)
{
    const json::ParseResult r = json::parse(readFile(path), json::ParseOptions{512, true});
    if (!r.ok)
        throw std::runtime_error(path.toStdString() + ":" + r.error.toString());
    return r.value;
}

ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input,
                  int timeoutMs, const QProcessEnvironment& env)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString().toUtf8();
        return r;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    keepLog(QFileInfo(program).fileName(), r.err);
    return r;
}

namespace {

// <build>/test-logs, made private on first use; empty outside a build.
QString testLogDir()
{
    const QByteArray build = qgetenv("CLAIMSMITH_BINARY_DIR");
    if (build.isEmpty())
        return {};
    const QString dir = QString::fromLocal8Bit(build) + u"/test-logs"_s;
    if (QDir().mkpath(dir))
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return dir;
}

void appendTo(const QString& path, const QByteArray& text)
{
    QFile f(path);
    if (f.open(QIODevice::Append)) {
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(text);
    }
}

} // namespace

void recordSecret(const QByteArray& secret)
{
    const QString dir = testLogDir();
    if (dir.isEmpty() || secret.trimmed().isEmpty())
        return;
    // One secret per line, base64 so that any byte can be in it.
    appendTo(dir + u"/secrets-%1.txt"_s.arg(QCoreApplication::applicationPid()),
             secret.toBase64() + '\n');
}

void keepLog(const QString& source, const QByteArray& text)
{
    const QString dir = testLogDir();
    if (dir.isEmpty() || text.isEmpty())
        return;
    appendTo(dir + u"/%1-%2.log"_s
                       .arg(QCoreApplication::applicationName().isEmpty()
                                ? u"test"_s
                                : QCoreApplication::applicationName())
                       .arg(QCoreApplication::applicationPid()),
             "== " + source.toUtf8() + '\n' + text + '\n');
}

QString makeSelfSignedCertificate(const QString& dir, SelfSignedCertificate& out)
{
    out.certificate = dir + QStringLiteral("/cert.pem");
    out.key = dir + QStringLiteral("/key.pem");
    const ProcessResult made =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), out.key, QStringLiteral("-out"), out.certificate,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    if (made.exitCode != 0)
        return QStringLiteral("openssl could not make a self-signed certificate (exit %1): %2")
            .arg(made.exitCode)
            .arg(QString::fromUtf8(made.err));
    return {};
}

std::string bulkUserId(std::uint64_t n)
{
    static const char* const digits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::string tail(23, '0');
    for (int i = 22; i >= 0 && n > 0; --i, n /= 32)
        tail[static_cast<std::size_t>(i)] = digits[n % 32];
    return "user_01J" + tail;
}

bool writeBulkUsersJsonl(const QString& path, int count,
                         const std::function<std::string(int)>& metadata)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    std::string chunk;
    for (int i = 0; i < count; ++i) {
        chunk += R"({"type":"user","id":")" + bulkUserId(static_cast<std::uint64_t>(i) + 1) +
                 R"(","email":"bulk)" + std::to_string(i) +
                 R"(@example.com","first_name":"Bulk","last_name":"User","external_id":"bulk-)" +
                 std::to_string(i) + R"(","metadata":)" + metadata(i) +
                 R"(,"created_at":"2024-01-01T00:00:00.000Z","version":1})"
                 "\n";
        if (chunk.size() > (1u << 20)) {
            f.write(chunk.data(), static_cast<qint64>(chunk.size()));
            chunk.clear();
        }
    }
    f.write(chunk.data(), static_cast<qint64>(chunk.size()));
    return f.error() == QFileDevice::NoError;
}

} // namespace claimsmith::test
