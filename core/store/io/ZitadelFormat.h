#pragma once

#include "JsonDocument.h"
#include "RecordSource.h"

#include <optional>

class QIODevice;

namespace claimsmith::store::io {

// Users from ZITADEL: the response of ListUsers, read whole —
//   user service v2  POST /v2/users         {"details":…, "result":[User]}
//     User {"userId", "details":{"creationDate","changeDate",…}, "state",
//           "username", "human":{"profile":{"givenName","familyName",…},
//           "email":{"email","isVerified"}, …} | "machine":{…}}
//     (proto/zitadel/user/v2/user.proto, email.proto in github.com/zitadel/zitadel;
//      https://zitadel.com/docs/apis/resources/user_service_v2/user-service-list-users)
//   management v1   POST /management/v1/users/_search  — the same with "id",
//     "profile":{"firstName","lastName"}, "email":{"email","isEmailVerified"}
//     (https://zitadel.com/docs/reference/api/management/zitadel.management.v1.ManagementService.ListUsers)
// A bare array of users (`jq .result`) is read too.
//
// ListUsers does not return metadata: ZITADEL keeps it apart (ListUserMetadata,
// entries {"key", "value"} with the value as base64 bytes —
// proto/zitadel/metadata.proto). Add each user's entries as a "metadata"
// array on the user object; values are decoded to text when they are UTF-8,
// else kept as the base64 text with a warning. Machine users are skipped
// with a note: Claimsmith users are people with an email address.
class ZitadelSource final : public RecordSource
{
public:
    explicit ZitadelSource(QIODevice& device);
    bool next(SourceRecord& out) override;
    const std::optional<Problem>& fatal() const override { return m_fatal; }
    std::int64_t bytesRead() const override { return m_document.bytes(); }

    // Maps one ZITADEL user object (exposed for tests).
    static void mapUser(const json::Value& object, SourceRecord& out);

private:
    QIODevice& m_device;
    bool m_started = false;
    const json::Array* m_users = nullptr;
    JsonDocument m_document;
    std::size_t m_index = 0;
    std::optional<Problem> m_fatal;
};

} // namespace claimsmith::store::io
