#pragma once

#include "LineReader.h"
#include "RecordSource.h"
#include "json/Value.h"

#include <optional>
#include <string>
#include <string_view>

class QIODevice;

namespace claimsmith::store::io {

// Our own lossless format: one JSON object per line, each with a "type"
// member and then the members of the object as core/model/ModelJson.h writes
// it (docs/import-export.md).
//
//   {"type":"settings","limits_profile":"default","issuer":"…"}
//   {"type":"permission", …permission}   {"type":"role", …role}
//   {"type":"organization", …}  {"type":"user", …}  {"type":"membership", …}
//   {"type":"application", …}
//   {"type":"template", …template, "versions":[…template versions, oldest first]}
//   {"type":"signing_key", …signing key}   (public part only; never imported)
namespace jsonl {
inline constexpr std::string_view kSettings = "settings";
inline constexpr std::string_view kPermission = "permission";
inline constexpr std::string_view kRole = "role";
inline constexpr std::string_view kOrganization = "organization";
inline constexpr std::string_view kUser = "user";
inline constexpr std::string_view kMembership = "membership";
inline constexpr std::string_view kApplication = "application";
inline constexpr std::string_view kTemplate = "template";
inline constexpr std::string_view kSigningKey = "signing_key";

// One line (with its "\n"): {"type": type, …members of `object`}.
std::string line(std::string_view type, const json::Value& object);
} // namespace jsonl

// Reads the next non-blank line of a file of JSON lines into `value`. Returns
// false at the end (or on a read failure, then in `fatal`); a line that is
// too long or not JSON gives true with out.error set.
bool nextJsonLine(LineReader& lines, SourceRecord& out, json::Value& value,
                  std::optional<Problem>& fatal);

class JsonlSource final : public RecordSource
{
public:
    explicit JsonlSource(QIODevice& device);
    bool next(SourceRecord& out) override;
    const std::optional<Problem>& fatal() const override { return m_fatal; }
    std::int64_t bytesRead() const override { return m_lines.bytesRead(); }

    // The record in one line's JSON object (exposed for tests and fuzzing).
    static void readObject(json::Value object, SourceRecord& out);

private:
    LineReader m_lines;
    std::optional<Problem> m_fatal;
};

} // namespace claimsmith::store::io
