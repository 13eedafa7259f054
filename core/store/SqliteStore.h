#pragma once

#include "ApiKey.h"
#include "MemoryBudget.h"
#include "Store.h"

#include <memory>
#include <string>

namespace claimsmith::model {
class Clock;
}

namespace claimsmith::store {

namespace sql {
struct SqliteStoreParts;
}

// The Store in a local SQLite file, through Qt SQL. One object per thread:
// each opens its own connection (WAL lets readers and one writer work at
// once, also across processes).
//
// The same store runs on a PostgreSQL database when its location is a URL,
// postgresql://USER@HOST:PORT/DATABASE (see SqlConnection::openPostgres):
// the same tables and migrations, the SQL differences in sql::SqlDialect.
class SqliteStore final : public Store
{
public:
    struct Options
    {
        bool create = false; // make the file if it does not exist (SQLite; a PostgreSQL
                             // database must exist, and gets its tables in any case)
        const model::Clock* clock = nullptr;        // the system clock by default
        std::uint64_t idSeed = 0;                   // deterministic ids (demo data, tests)
        int schemaVersion = 0;                      // migrate only this far (tests of migrations)
        std::int64_t searchDriverThreshold = 20000; // see UserSearch; tests lower it
        bool searchByCost = true; // false: drive whenever under the threshold (tests)
        MemoryBudget memory;      // page cache and mmap of the connection
    };

    static Result<std::unique_ptr<SqliteStore>> open(const std::string& path,
                                                     const Options& options);
    // Whether a location names a PostgreSQL database rather than a file.
    static bool isPostgresLocation(const std::string& location);
    ~SqliteStore() override;

    // Maintenance: PRAGMA integrity_check ("ok" when sound; PostgreSQL checks
    // its pages itself), ANALYZE after bulk loads.
    Result<std::string> integrityCheck();
    Error analyze();
    std::string storeId() const;
    // The plan SQLite chooses for a list (EXPLAIN QUERY PLAN), one step a
    // line: which index it reads, for tests and for looking into a slow list.
    // On PostgreSQL the lines of its EXPLAIN (see SqlConnection::explain).
    Result<std::vector<std::string>> queryPlan(const UserQuery& query);
    Result<std::vector<std::string>> queryPlan(const OrganizationQuery& query);
    Result<std::vector<std::string>> queryPlan(const MembershipQuery& query);

    // The API keys of `claimsmith serve` (see sql/ApiKeyTable.h). They belong
    // to the file the server serves, not to the Store interface: clients of a
    // server never see them. Creation and revocation are audited.
    Result<NewApiKey> createApiKey(std::string_view name, ApiKeyRole role);
    Result<std::vector<ApiKey>> apiKeys();
    Result<ApiKey> revokeApiKey(std::string_view nameOrId);
    // The live key of a secret, or Unauthorized. Its last use is recorded at
    // most once a minute, so that a busy server does not write on every read.
    Result<ApiKey> authenticateApiKey(std::string_view secret);

    std::string location() const override;
    void setActor(std::string actor) override;

    Result<std::string> limitsProfile() override;
    Error setLimitsProfile(std::string_view name) override;
    Result<std::string> issuer() override;
    Error setIssuer(std::string_view issuer) override;

    Result<model::User> createUser(model::User user) override;
    // On PostgreSQL, inside a batch: the users createUser() would accept in
    // one INSERT and one for their metadata keys (UserTable::createAll),
    // in a savepoint; if one of them is refused there, that is undone and
    // they are created one by one, for createUser()'s errors.
    std::vector<Result<model::User>> createUsers(std::vector<model::User> users) override;
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
    Result<TokenSubject> tokenSubject(std::string_view user, std::string_view organization,
                                      const TokenSubjectParts& parts) override;
    using Store::tokenSubject;

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
    // As createUsers() (MembershipTable::createAll).
    std::vector<Result<model::Membership>>
    createMemberships(std::vector<model::Membership> memberships) override;
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
                                            std::string_view note) override;

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

    Error beginRead() override;
    void endRead() override;
    Result<std::uint64_t> changeCount() override;

    Result<Page<model::AuditEvent>> findAuditEvents(const AuditQuery& query) override;

    Error beginBatch(std::string_view action, std::string_view description) override;
    Error commitBatch() override;
    void rollbackBatch() override;

private:
    explicit SqliteStore(std::unique_ptr<sql::SqliteStoreParts> parts);
    template <typename F>
    auto write(F&& work) -> decltype(work());
    // What a write's work consumes: a copy where write() may run the work
    // again (PostgreSQL), else the value itself.
    template <typename T>
    T consumed(T& value) const;

    std::unique_ptr<sql::SqliteStoreParts> m_;
};

} // namespace claimsmith::store
