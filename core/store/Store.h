#pragma once

#include "Queries.h"
#include "StoreError.h"
#include "jose/Key.h"
#include "json/Value.h"
#include "model/Model.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimsmith::store {

// What a token needs to know about one user: the user and, when an
// organization is named, the organization and the user's membership in it.
struct TokenSubject
{
    model::User user;
    std::optional<model::Organization> organization;
    std::optional<model::Membership> membership;
};

// Which JSON bags of a TokenSubject to read (each costs a parse); the ones
// left out keep their default (empty). Token issuance reads only what its template uses.
struct TokenSubjectParts
{
    bool userMetadata = true;
    bool userUserMetadata = true;
    bool userSsoAttributes = true;
    bool organizationMetadata = true;
    bool organizationDomains = true;
    bool membershipCustomAttributes = true;
};

// The data admins manage, wherever it lives: a local SQLite file
// (SqliteStore) or a Claimsmith server (RemoteStore). The GUI and the server
// use nothing else, so that every page works against either.
//
// Objects carry `version`. Updates and deletes name the version they were
// read at; if the record changed since, they are refused with a Conflict that
// carries the current version and change nothing. Every successful write is
// in the audit log with the actor set by setActor().
//
// A Store object is used by one thread at a time (each thread opens its own).
class Store
{
public:
    virtual ~Store() = default;

    // A file path or a server URL, for titles and messages.
    virtual std::string location() const = 0;
    // Who the following writes are by, for the audit log.
    virtual void setActor(std::string actor) = 0;

    // Settings of the store.
    virtual Result<std::string> limitsProfile() = 0; // "default", "workos", "auth0"
    virtual Error setLimitsProfile(std::string_view name) = 0;
    virtual Result<std::string> issuer() = 0; // "iss" of issued tokens
    virtual Error setIssuer(std::string_view issuer) = 0;

    // Users. create*: an empty id is generated; version starts at 1.
    virtual Result<model::User> createUser(model::User user) = 0;
    // Users written one after the other (an import's run of user records):
    // createUser() of each in their order, with its result at the same
    // place. A store may write them together, in a few statements rather
    // than a few per user; the records stored, the errors and the audit are
    // those of createUser() one by one. After a failure of the store itself
    // (Unavailable, Internal) the rest are not tried and carry that error.
    virtual std::vector<Result<model::User>> createUsers(std::vector<model::User> users)
    {
        return oneByOne(users, [this](model::User u) { return createUser(std::move(u)); });
    }
    virtual Result<model::User> user(std::string_view id) = 0;
    virtual Result<model::User> userByExternalId(std::string_view externalId) = 0;
    virtual Result<model::User> userByEmail(std::string_view email) = 0;
    virtual Result<model::User> updateUser(const model::User& user) = 0;
    // Top-level merge of a metadata field; a key set to null is deleted.
    virtual Result<model::User> patchUserMetadata(std::string_view id, MetadataField field,
                                                  const json::Value& patch,
                                                  std::int64_t expectedVersion) = 0;
    virtual Error deleteUser(std::string_view id, std::int64_t expectedVersion) = 0;
    virtual Result<Page<model::User>> findUsers(const UserQuery& query) = 0;
    virtual Result<std::int64_t> userCount() = 0;
    // How many users a search finds (its limit, cursor and offset ignored).
    virtual Result<std::int64_t> countUsers(const UserQuery& query) = 0;
    // One lookup for token issuance. `user` and `organization` are ids or
    // external ids; an empty organization means none. A user who is not a
    // member of the organization is an error (NotFound, field
    // "organization_id").
    virtual Result<TokenSubject> tokenSubject(std::string_view user, std::string_view organization,
                                              const TokenSubjectParts& parts) = 0;
    Result<TokenSubject> tokenSubject(std::string_view user, std::string_view organization)
    {
        return tokenSubject(user, organization, TokenSubjectParts{});
    }

    // Organizations.
    virtual Result<model::Organization> createOrganization(model::Organization org) = 0;
    virtual Result<model::Organization> organization(std::string_view id) = 0;
    virtual Result<model::Organization> organizationByExternalId(std::string_view externalId) = 0;
    virtual Result<model::Organization> updateOrganization(const model::Organization& org) = 0;
    virtual Result<model::Organization> patchOrganizationMetadata(std::string_view id,
                                                                  const json::Value& patch,
                                                                  std::int64_t expectedVersion) = 0;
    virtual Error deleteOrganization(std::string_view id, std::int64_t expectedVersion) = 0;
    virtual Result<Page<model::Organization>> findOrganizations(const OrganizationQuery& query) = 0;
    virtual Result<std::int64_t> organizationCount() = 0;

    // Memberships of users in organizations (one per pair).
    virtual Result<model::Membership> createMembership(model::Membership membership) = 0;
    // createMembership() of each, as createUsers() does for users.
    virtual std::vector<Result<model::Membership>>
    createMemberships(std::vector<model::Membership> memberships)
    {
        return oneByOne(memberships,
                        [this](model::Membership m) { return createMembership(std::move(m)); });
    }
    virtual Result<model::Membership> membership(std::string_view id) = 0;
    virtual Result<model::Membership> membershipOf(std::string_view userId,
                                                   std::string_view organizationId) = 0;
    virtual Result<model::Membership> updateMembership(const model::Membership& membership) = 0;
    virtual Error deleteMembership(std::string_view id, std::int64_t expectedVersion) = 0;
    virtual Result<Page<model::Membership>> findMemberships(const MembershipQuery& query) = 0;

    // Roles and permissions (few; listed whole).
    virtual Result<std::vector<model::Permission>> permissions() = 0;
    virtual Result<model::Permission> createPermission(model::Permission permission) = 0;
    virtual Result<model::Permission> updatePermission(const model::Permission& permission) = 0;
    virtual Error deletePermission(std::string_view slug, std::int64_t expectedVersion) = 0;
    virtual Result<std::vector<model::Role>> roles() = 0;
    virtual Result<model::Role> role(std::string_view slug) = 0;
    virtual Result<model::Role> createRole(model::Role role) = 0;
    virtual Result<model::Role> updateRole(const model::Role& role) = 0;
    virtual Error deleteRole(std::string_view slug, std::int64_t expectedVersion) = 0;

    // Applications. The default application is the oldest one.
    virtual Result<std::vector<model::Application>> applications() = 0;
    virtual Result<model::Application> application(std::string_view id) = 0;
    virtual Result<model::Application> applicationByClientId(std::string_view clientId) = 0;
    virtual Result<model::Application> defaultApplication() = 0;
    virtual Result<model::Application> createApplication(model::Application app) = 0;
    virtual Result<model::Application> updateApplication(const model::Application& app) = 0;
    virtual Result<model::Application> patchApplicationMetadata(std::string_view id,
                                                                const json::Value& patch,
                                                                std::int64_t expectedVersion) = 0;
    virtual Error deleteApplication(std::string_view id, std::int64_t expectedVersion) = 0;

    // Metadata keys with counts and value kinds, most frequent first; kept
    // current on every write, so this never scans the records.
    virtual Result<std::vector<MetadataKeyStats>> metadataKeys(MetadataObject object,
                                                               MetadataField field) = 0;

    // JWT templates: immutable numbered versions; which one is staging and
    // which production. A version must compile without errors.
    virtual Result<std::vector<model::Template>> templates() = 0;
    virtual Result<model::Template> templateByName(std::string_view name) = 0;
    virtual Result<std::vector<model::TemplateVersion>> templateVersions(std::string_view name) = 0;
    virtual Result<model::TemplateVersion> templateVersion(std::string_view name, int number) = 0;
    // Creates the template with its first version.
    virtual Result<model::Template> createTemplate(std::string_view name, std::string_view content,
                                                   std::string_view comment) = 0;
    virtual Result<model::TemplateVersion> addTemplateVersion(std::string_view name,
                                                              std::string_view content,
                                                              std::string_view comment,
                                                              std::int64_t expectedVersion) = 0;
    // Writes a template with its whole history as it was exported: times,
    // authors, comments, staging and production, version (import). The name
    // must be new; versions are numbered 1…N and each must compile.
    virtual Result<model::Template>
    restoreTemplate(const model::Template& t,
                    const std::vector<model::TemplateVersion>& versions) = 0;
    // environment: "staging" or "production". `note` is written to the audit
    // log (the rollout check's result, or the reason for overriding it).
    virtual Result<model::Template> promoteTemplate(std::string_view name, int number,
                                                    std::string_view environment,
                                                    std::int64_t expectedVersion,
                                                    std::string_view note = {}) = 0;

    // Signing keys. Private keys are stored sealed and never leave the store
    // except through signingKeyForIssuing, which remote stores refuse.
    virtual Result<std::vector<model::SigningKey>> signingKeys() = 0;
    virtual Result<model::SigningKey> addSigningKey(const jose::Key& privateKey,
                                                    model::KeyState state) = 0;
    // The key becomes active; the key that was active is retired.
    virtual Result<model::SigningKey> activateSigningKey(std::string_view kid,
                                                         std::int64_t expectedVersion) = 0;
    virtual Result<model::SigningKey> retireSigningKey(std::string_view kid,
                                                       std::int64_t expectedVersion) = 0;
    // {"keys":[…]}: the public keys of the active and next keys.
    virtual Result<json::Value> jwks() = 0;
    // The active key's public record (its kid tells whether a cached signer
    // is still current).
    virtual Result<model::SigningKey> activeSigningKey() = 0;
    // The active key, with its private part, for signing tokens.
    virtual Result<jose::Key> signingKeyForIssuing() = 0;

    // Reads in one snapshot: the reads between beginRead() and endRead() see
    // the store as it was when the first of them ran, and nothing committed
    // later. Calls nest; a failed beginRead() still needs its endRead().
    // ReadSnapshot pairs them.
    virtual Error beginRead() = 0;
    virtual void endRead() = 0;
    // A number that changes whenever the store may have changed since the
    // previous call: after a write committed through this object or through
    // any other connection, process or server. Inside a snapshot, the
    // number of that snapshot. Readers that keep what rarely changes
    // (TokenService) compare it before each use of what they kept.
    virtual Result<std::uint64_t> changeCount() = 0;

    // The audit log, newest first.
    virtual Result<Page<model::AuditEvent>> findAuditEvents(const AuditQuery& query) = 0;

    // Batches: the writes between beginBatch() and commitBatch() are one
    // atomic change. A write that fails inside a batch changes nothing and
    // leaves the batch open; rollbackBatch() undoes the whole batch. Writes
    // in a batch are audited as one event written by commitBatch().
    virtual Error beginBatch(std::string_view action, std::string_view description) = 0;
    virtual Error commitBatch() = 0;
    virtual void rollbackBatch() = 0;

protected:
    // create() of each record in turn; after a failure of the store itself
    // the rest carry that error.
    template <typename T, typename Create>
    static std::vector<Result<T>> oneByOne(std::vector<T>& records, Create create)
    {
        std::vector<Result<T>> done;
        done.reserve(records.size());
        for (T& r : records) {
            const bool failed = !done.empty() && !done.back() &&
                                (done.back().error().kind == ErrorKind::Unavailable ||
                                 done.back().error().kind == ErrorKind::Internal);
            done.push_back(failed ? Result<T>(done.back().error()) : create(std::move(r)));
        }
        return done;
    }
};

// beginRead() on construction, endRead() when it goes out of scope.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Store& store)
        : m_store(store)
        , m_error(store.beginRead())
    {}
    ~ReadSnapshot() { m_store.endRead(); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    // Why the snapshot could not begin (then the reads run one by one).
    const Error& error() const { return m_error; }

private:
    Store& m_store;
    Error m_error;
};

} // namespace claimsmith::store
