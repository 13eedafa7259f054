#pragma once

#include "Store.h"
#include "remote/HttpClient.h"
#include "remote/RemoteOptions.h"

#include <QString>

#include <functional>

namespace claimsmith::store {

// The Store interface over a Claimsmith server's native API (/v1,
// docs/server.md), so that every GUI page works against a server as against
// a file. Each call is one or more synchronous HTTP requests on the calling
// thread (HttpClient): use it on a store worker thread, never on the GUI
// thread. The server's problem details come back as the same error kinds
// SqliteStore raises. Requests that can be repeated are retried after a
// lost connection or a 502/503/504 (RemoteOptions); a call stops retrying at
// once when interruption of its thread is requested (the store worker does
// so when it closes), failing as Unavailable.
//
// Differences from a local store, by design:
// - Writes are audited on the server with the API key's name as the actor;
//   setActor() only keeps the name for location-free messages.
// - beginRead()/endRead() do nothing: each request reads one snapshot, and
//   a sequence of reads is not one. changeCount() is the id of the newest
//   audit event (every write is audited).
// - Batches are applied write by write as they come: beginBatch() and
//   commitBatch() only mark the batch, and rollbackBatch() cannot undo the
//   writes already made (the server has no transaction across requests).
// - tokenSubject() is made of several reads (user, organization,
//   membership), not one snapshot.
// - signingKeyForIssuing() is refused: private keys never leave the server.
class RemoteStore : public Store
{
public:
    explicit RemoteStore(RemoteOptions options);

    // Opens a connection-free client and checks the server and the key with
    // one request (GET /v1/settings), so that a wrong URL or key shows at once.
    static Result<std::unique_ptr<Store>> open(RemoteOptions options);

    // Whether the server answers now: GET /healthz (no key needed). An
    // Unavailable error (cause Unreachable when nothing answered) if not.
    Error checkHealth();

    std::string location() const override { return m_http.options().url; }
    void setActor(std::string actor) override { m_actor = std::move(actor); }

    Result<std::string> limitsProfile() override;
    Error setLimitsProfile(std::string_view name) override;
    Result<std::string> issuer() override;
    Error setIssuer(std::string_view issuer) override;

    Result<model::User> createUser(model::User user) override;
    Result<model::User> user(std::string_view id) override;
    Result<model::User> userByExternalId(std::string_view externalId) override;
    Result<model::User> userByEmail(std::string_view email) override;
    Result<model::User> updateUser(const model::User& user) override;
    Result<model::User> patchUserMetadata(std::string_view id, MetadataField field,
                                          const json::Value& patch,
                                          std::int64_t expectedVersion) override;
    Error deleteUser(std::string_view id, std::int64_t expectedVersion) override;
    Result<Page<model::User>> findUsers(const UserQuery& query) override;
    Result<std::int64_t> userCount() override;
    Result<std::int64_t> countUsers(const UserQuery& query) override;
    using Store::tokenSubject;
    Result<TokenSubject> tokenSubject(std::string_view user, std::string_view organization,
                                      const TokenSubjectParts& parts) override;

    Result<model::Organization> createOrganization(model::Organization org) override;
    Result<model::Organization> organization(std::string_view id) override;
    Result<model::Organization> organizationByExternalId(std::string_view externalId) override;
    Result<model::Organization> updateOrganization(const model::Organization& org) override;
    Result<model::Organization> patchOrganizationMetadata(std::string_view id,
                                                          const json::Value& patch,
                                                          std::int64_t expectedVersion) override;
    Error deleteOrganization(std::string_view id, std::int64_t expectedVersion) override;
    Result<Page<model::Organization>> findOrganizations(const OrganizationQuery& query) override;
    Result<std::int64_t> organizationCount() override;

    Result<model::Membership> createMembership(model::Membership membership) override;
    Result<model::Membership> membership(std::string_view id) override;
    Result<model::Membership> membershipOf(std::string_view userId,
                                           std::string_view organizationId) override;
    Result<model::Membership> updateMembership(const model::Membership& membership) override;
    Error deleteMembership(std::string_view id, std::int64_t expectedVersion) override;
    Result<Page<model::Membership>> findMemberships(const MembershipQuery& query) override;

    Result<std::vector<model::Permission>> permissions() override;
    Result<model::Permission> createPermission(model::Permission permission) override;
    Result<model::Permission> updatePermission(const model::Permission& permission) override;
    Error deletePermission(std::string_view slug, std::int64_t expectedVersion) override;
    Result<std::vector<model::Role>> roles() override;
    Result<model::Role> role(std::string_view slug) override;
    Result<model::Role> createRole(model::Role role) override;
    Result<model::Role> updateRole(const model::Role& role) override;
    Error deleteRole(std::string_view slug, std::int64_t expectedVersion) override;

    Result<std::vector<model::Application>> applications() override;
    Result<model::Application> application(std::string_view id) override;
    Result<model::Application> applicationByClientId(std::string_view clientId) override;
    Result<model::Application> defaultApplication() override;
    Result<model::Application> createApplication(model::Application app) override;
    Result<model::Application> updateApplication(const model::Application& app) override;
    Result<model::Application> patchApplicationMetadata(std::string_view id,
                                                        const json::Value& patch,
                                                        std::int64_t expectedVersion) override;
    Error deleteApplication(std::string_view id, std::int64_t expectedVersion) override;

    Result<std::vector<MetadataKeyStats>> metadataKeys(MetadataObject object,
                                                       MetadataField field) override;

    Result<std::vector<model::Template>> templates() override;
    Result<model::Template> templateByName(std::string_view name) override;
    Result<std::vector<model::TemplateVersion>> templateVersions(std::string_view name) override;
    Result<model::TemplateVersion> templateVersion(std::string_view name, int number) override;
    Result<model::Template> createTemplate(std::string_view name, std::string_view content,
                                           std::string_view comment) override;
    Result<model::TemplateVersion> addTemplateVersion(std::string_view name,
                                                      std::string_view content,
                                                      std::string_view comment,
                                                      std::int64_t expectedVersion) override;
    Result<model::Template>
    restoreTemplate(const model::Template& t,
                    const std::vector<model::TemplateVersion>& versions) override;
    Result<model::Template> promoteTemplate(std::string_view name, int number,
                                            std::string_view environment,
                                            std::int64_t expectedVersion,
                                            std::string_view note = {}) override;

    Result<std::vector<model::SigningKey>> signingKeys() override;
    Result<model::SigningKey> addSigningKey(const jose::Key& privateKey,
                                            model::KeyState state) override;
    Result<model::SigningKey> activateSigningKey(std::string_view kid,
                                                 std::int64_t expectedVersion) override;
    Result<model::SigningKey> retireSigningKey(std::string_view kid,
                                               std::int64_t expectedVersion) override;
    Result<json::Value> jwks() override;
    Result<model::SigningKey> activeSigningKey() override;
    Result<jose::Key> signingKeyForIssuing() override;

    Error beginRead() override { return {}; }
    void endRead() override {}
    Result<std::uint64_t> changeCount() override;

    Result<Page<model::AuditEvent>> findAuditEvents(const AuditQuery& query) override;

    Error beginBatch(std::string_view action, std::string_view description) override;
    Error commitBatch() override;
    void rollbackBatch() override { m_inBatch = false; }

private:
    HttpAnswer send(const QByteArray& method, const QString& path, const QString& query = {},
                    const QByteArray& body = {}, std::optional<std::int64_t> ifMatch = {});
    // The answer as JSON, or the error it stands for.
    Result<json::Value> json(const HttpAnswer& answer);
    Error noContent(const HttpAnswer& answer);
    // A write with If-Match of the record at `path` (PUT of the whole record,
    // or PATCH of its metadata bags). Its answer may be lost after the server
    // applied it; the retry is then refused as stale (412). So a 412 after a
    // retry reads the record: when it is exactly what the write made (the
    // next version, with the content sent), the write succeeded and the
    // record is returned; otherwise the conflict stands.
    Result<json::Value> versionedWrite(const QByteArray& method, const QString& path,
                                       const json::Value& body, std::int64_t expectedVersion);
    // The same for a DELETE with If-Match: a 404 after a retry means that an
    // earlier attempt deleted the record.
    Error versionedDelete(const QString& path, std::int64_t expectedVersion);
    // GET path?query as JSON, for the readers of whole lists.
    std::function<Result<json::Value>(const QString&, const QString&)> getter();
    Result<std::string> setting(const char* name);
    Error setSetting(const char* name, std::string_view value);
    Result<std::int64_t> count(const QString& path, const QString& query);

    HttpClient m_http;
    std::string m_actor;
    bool m_inBatch = false;
};

} // namespace claimsmith::store
