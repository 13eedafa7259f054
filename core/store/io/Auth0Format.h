#pragma once

#include "JsonDocument.h"
#include "LineReader.h"
#include "RecordSource.h"

#include <memory>
#include <optional>

class QIODevice;

namespace claimsmith::store::io {

// Users from Auth0, in either of the two shapes Auth0 itself uses (sources in
// docs/import-export.md):
//  - the user export (POST /api/v2/jobs/users-exports with format "json", and
//    the User Import / Export extension): NDJSON, one user object per line —
//    https://auth0.com/docs/manage-users/user-migration/bulk-user-exports
//    ("Auth0's export files use the NDJSON format");
//  - the bulk-import file (POST /api/v2/jobs/users-imports): one JSON array of
//    user objects —
//    https://auth0.com/docs/manage-users/user-migration/bulk-user-import-database-schema-and-examples
// The first character that is not white space tells them apart: '[' is the
// array (read whole), anything else is NDJSON (streamed).
//
// Mapping: user_id → external_id, email, email_verified, given_name →
// first_name, family_name → last_name, app_metadata → metadata,
// user_metadata → user_metadata, created_at / updated_at. Other members
// (name, nickname, identities, …) have no place in a Claimsmith user and are
// left out.
class Auth0Source final : public RecordSource
{
public:
    explicit Auth0Source(QIODevice& device);
    bool next(SourceRecord& out) override;
    const std::optional<Problem>& fatal() const override { return m_fatal; }
    std::int64_t bytesRead() const override;

    // Maps one Auth0 user object (exposed for tests).
    static void mapUser(const json::Value& object, SourceRecord& out);

private:
    QIODevice& m_device;
    bool m_started = false;
    bool m_array = false;
    std::optional<LineReader> m_lines;
    JsonDocument m_document;
    std::size_t m_index = 0;
    std::optional<Problem> m_fatal;
};

} // namespace claimsmith::store::io
