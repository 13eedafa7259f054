#include "KeyFiles.h"

#include "CliSupport.h"
#include "PrivateSaveFile.h"
#include "json/Reader.h"

#include <QFile>
#include <QFileInfo>

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
    // Whole or not at all: a failed write (a full disk) leaves an existing
    // file as it was and no partial one behind.
    PrivateSaveFile file(path, overwrite ? PrivateSaveFile::Existing::Replace
                                         : PrivateSaveFile::Existing::Refuse);
    const std::string exists = "cannot write " + path.toStdString() +
                               ": the file exists; choose another name, or add --force to "
                               "replace it";
    const auto failed = [&] {
        error = file.fileExisted() ? exists : file.error();
        return false;
    };
    if (!overwrite && QFileInfo::exists(path)) {
        error = exists;
        return false;
    }
    if (!file.open())
        return failed();
    if (file.device().write(data.data(), static_cast<qint64>(data.size())) !=
        static_cast<qint64>(data.size())) {
        error =
            "cannot write " + path.toStdString() + ": " + file.device().errorString().toStdString();
        file.cancel();
        return false;
    }
    return file.commit() || failed();
}

} // namespace claimsmith::cli
