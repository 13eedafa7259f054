#include "KeyFiles.h"

#include "CliSupport.h"
#include "json/Reader.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace claimsmith::cli {

std::optional<KeyFile> loadKeyFile(const QString& path, std::string& error, int& exitCode)
{
    QString readError;
    const std::optional<std::string> text = readInput(path, readError);
    const std::string name = displayName(path);
    if (!text) {
        error = readError.toStdString();
        exitCode = kUsage;
        return std::nullopt;
    }
    exitCode = kInputWrong;
    KeyFile file;
    std::string_view body = *text;
    while (!body.empty() && (body.front() == ' ' || body.front() == '\n' || body.front() == '\r' ||
                             body.front() == '\t'))
        body.remove_prefix(1);
    if (body.rfind("-----BEGIN", 0) == 0) {
        jose::Key key;
        if (!jose::Key::fromPem(body, key, error)) {
            error = name + ": " + error;
            return std::nullopt;
        }
        file.key = std::move(key);
        return file;
    }
    const json::ParseResult parsed = json::parse(*text);
    if (!parsed.ok) {
        error = name + ":" + parsed.error.toString() +
                " (a key file is a JWK or JWKS in JSON, or a PEM key)";
        return std::nullopt;
    }
    if (parsed.value.isObject() && parsed.value.find("keys")) {
        jose::KeySet set;
        if (!jose::KeySet::fromJwks(parsed.value, set, error)) {
            error = name + ": " + error;
            return std::nullopt;
        }
        file.keys = std::move(set);
        return file;
    }
    jose::Key key;
    if (!jose::Key::fromJwk(parsed.value, key, error)) {
        error = name + ": " + error;
        return std::nullopt;
    }
    file.key = std::move(key);
    return file;
}

bool writePrivateFile(const QString& path, const std::string& data, bool overwrite,
                      std::string& error)
{
    const QByteArray native = QFile::encodeName(path);
    int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL);
    const int fd = ::open(native.constData(), flags, 0600);
    if (fd < 0) {
        error = errno == EEXIST
                    ? "cannot write " + path.toStdString() +
                          ": the file exists; choose another name, or add --force "
                          "to replace it"
                    : "cannot write " + path.toStdString() + ": " + std::strerror(errno);
        return false;
    }
    // An existing file keeps its mode on O_TRUNC: make sure it is 0600.
    ::fchmod(fd, 0600);
    std::size_t written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = "cannot write " + path.toStdString() + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        error = "cannot write " + path.toStdString() + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

} // namespace claimsmith::cli
