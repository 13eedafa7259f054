#pragma once

#include "jose/Algorithm.h"
#include "jose/Key.h"
#include "jose/KeySet.h"

#include <QString>

#include <optional>
#include <string>

namespace claimsmith::cli {

// A key file as the command line takes it: a JWK, a JWKS, or PEM (PKCS#8,
// SubjectPublicKeyInfo). Exactly one of key/keys is set on success.
struct KeyFile
{
    std::optional<jose::Key> key;
    std::optional<jose::KeySet> keys;
};

// Reads and imports a key file. On failure `error` names the file and says
// what is wrong; `exitCode` is kUsage for an unreadable file, kInputWrong for
// one that is not a usable key.
std::optional<KeyFile> loadKeyFile(const QString& path, std::string& error, int& exitCode);

// Writes a file readable only by its owner (0600), whole or not at all,
// refusing to replace an existing one unless `overwrite`.
bool writePrivateFile(const QString& path, const std::string& data, bool overwrite,
                      std::string& error);

} // namespace claimsmith::cli
