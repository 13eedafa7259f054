#pragma once

#include "json/Value.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace claimsmith::test {

// ../shared/<relative> beside the project; QFAILs (through the caller's
// QVERIFY) when the folder is not there, so that no test silently skips.
QString sharedPath(const QString& relative);
QString sourcePath(const QString& relative);
// The built claimsmith executable.
QString claimsmithBinary();

// The JWT template of the WorkOS announcement, exactly as printed there: a
// missing comma on line 3, camelCase holes, a repeated hole and a trailing comma.
extern const char* const kWorkosAnnouncementTemplate;

std::string readFile(const QString& path);

// The secrets check: a test records each secret it uses (API keys,
// passphrases, private keys) and keeps what the programs it ran wrote to
// their logs; after the whole test run, scripts/check-secrets.py proves that
// no recorded secret is in any kept log or in the test output. Both go to
// <build>/test-logs (0700).
void recordSecret(const QByteArray& secret);
void keepLog(const QString& source, const QByteArray& text);
json::Value readJsonFile(const QString& path);

// Runs a program; returns its exit code (-1 if it could not start), with stdout
// and stderr. `input` is written to its stdin.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input = {},
                  int timeoutMs = 60000,
                  const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// A self-signed EC P-256 certificate for localhost and 127.0.0.1, valid for
// two days, made with the openssl command as DIR/cert.pem and DIR/key.pem.
// Returns what went wrong (with openssl's words), or empty.
struct SelfSignedCertificate
{
    QString certificate;
    QString key;
};
QString makeSelfSignedCertificate(const QString& dir, SelfSignedCertificate& out);

// "user_01J" and 23 Crockford base32 digits of n: valid, distinct user ids.
std::string bulkUserId(std::uint64_t n);
// A jsonl import of `count` users, the i-th (from 0) with the id
// bulkUserId(i + 1), the email bulk<i>@example.com, the external id bulk-<i>
// and the metadata object `metadata(i)`; false if it cannot be written.
bool writeBulkUsersJsonl(const QString& path, int count,
                         const std::function<std::string(int)>& metadata);

} // namespace claimsmith::test

namespace QTest {
// So that QCOMPARE on std::string prints the values.
template <>
inline char* toString(const std::string& s)
{
    return qstrdup(s.c_str());
}
} // namespace QTest
