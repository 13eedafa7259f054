#include "SqliteStore.h"

#include "json/Base64.h"
#include "model/Clock.h"
#include "model/Ids.h"
#include "sql/ApiKeyTable.h"
#include "sql/ApplicationTable.h"
#include "sql/AuditLog.h"
#include "sql/Counters.h"
#include "sql/MembershipTable.h"
#include "sql/MetadataIndex.h"
#include "sql/Migrations.h"
#include "sql/OrganizationTable.h"
#include "sql/RoleTable.h"
#include "sql/SigningKeyTable.h"
#include "sql/SqlDialect.h"
#include "sql/SqlValues.h"
#include "sql/TemplateTable.h"
#include "sql/TokenSubjects.h"
#include "sql/UserSearch.h"
#include "sql/UserTable.h"

#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <optional>
#include <sqlite3.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace claimsmith::store {

namespace sql {

// Everything one open store holds; the tables share its context.
struct SqliteStoreParts
{
    SqliteStoreParts(std::unique_ptr<SqlConnection> connection, const model::Clock& clock,
                     std::uint64_t seed)
        : db(std::move(connection))
        , ids(clock, seed)
        , ctx{*db, clock, ids, audit, metadata, counters}
    {}

    std::unique_ptr<SqlConnection> db;
    model::IdGenerator ids;
    // ctx refers to audit, metadata and counters, which are constructed after it but
    // only used through it once the parts are complete.
    SqlContext ctx;
    AuditLog audit{ctx};
    MetadataIndex metadata{ctx};
    Counters counters{ctx};
    UserTable users{ctx};
    UserSearch userSearch{ctx};
    OrganizationTable organizations{ctx};
    MembershipTable memberships{ctx};
    RoleTable roles{ctx};
    ApplicationTable applications{ctx};
    TemplateTable templates{ctx};
    SigningKeyTable keys{ctx, [this](bool create) { return vault(create); }};
    TokenSubjects subjects{ctx};
    ApiKeyTable apiKeys{ctx};

    std::string storeId;
    std::optional<KeyVault> openedVault;
    std::string batchAction;
    std::string batchDescription;

    Result<std::string> setting(const char* key)
    {
        Statement& q = db->statement("SELECT value FROM settings WHERE key = ?");
        q.bindValue(0, QString::fromLatin1(key));
        std::string value;
        if (Error e = db->select(q, [&](const Statement& r) {
                value = text(r, 0);
                return false;
            }))
            return e;
        return value;
    }

    // The data_version at which ctx.limits was read (-1: not since opening).
    std::int64_t limitsVersion = -1;

    // In a write transaction, before its first check: ctx.limits as the
    // store has it now. Another connection (a server thread, the GUI, the
    // CLI) may have changed the profile since it was read; data_version
    // moves with every commit of another connection, and cannot move while
    // this transaction holds the write lock. So the setting is read again
    // only after someone else wrote, and every write is checked against the
    // profile current in its transaction.
    Error refreshLimits()
    {
        const Result<std::int64_t> version = db->dataVersion();
        if (!version)
            return version.error();
        if (*version == limitsVersion)
            return {};
        const Result<std::string> profile = setting("limits_profile");
        if (!profile)
            return profile.error();
        ctx.limits = model::limitsProfileFromName(*profile).value_or(model::LimitsProfile::Default);
        limitsVersion = *version;
        return {};
    }

    Error setSetting(const char* key, std::string_view value)
    {
        Statement& q = db->statement("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT "
                                     "(key) DO UPDATE SET value = excluded.value");
        q.bindValue(0, QString::fromLatin1(key));
        q.bindValue(1, qs(value));
        return db->exec(q);
    }

    // Whether the vault's settings were written in the transaction under way:
    // should it roll back, the vault opened with them is forgotten, and the
    // next write makes (and stores) the settings again.
    bool vaultUncommitted = false;

    // After a write transaction or a batch.
    void endTransaction(bool committed)
    {
        if (vaultUncommitted && !committed)
            openedVault.reset();
        vaultUncommitted = false;
    }

    Result<const KeyVault*> vault(bool create)
    {
        if (openedVault)
            return &*openedVault;
        KeyVault::Settings s;
        s.storeId = storeId;
        auto read = [&](const char* key, std::string& into, bool binary) -> Error {
            Result<std::string> v = setting(key);
            if (!v)
                return v.error();
            if (binary && !v->empty()) {
                if (!base64::decodeLenient(*v, into))
                    return Error::make(ErrorKind::Internal,
                                       std::string("the store setting ") + key + " is damaged");
            } else {
                into = *v;
            }
            return {};
        };
        if (Error e = read("vault_source", s.source, false))
            return e;
        if (Error e = read("vault_salt", s.salt, true))
            return e;
        if (Error e = read("vault_check", s.check, true))
            return e;
        const KeyVault::Settings before = s;
        Result<KeyVault> opened = KeyVault::open(s, create);
        if (!opened)
            return opened.error();
        if (s.source != before.source || s.salt != before.salt || s.check != before.check) {
            vaultUncommitted = true;
            if (Error e = setSetting("vault_source", s.source))
                return e;
            if (Error e = setSetting("vault_salt", base64::encode(s.salt)))
                return e;
            if (Error e = setSetting("vault_check", base64::encode(s.check)))
                return e;
        }
        openedVault.emplace(std::move(opened.value()));
        return &*openedVault;
    }
};

namespace {

// cs_fold(text): Unicode case folding for case-insensitive metadata searches
// (SQLite's own lower() folds only ASCII).
void foldFunction(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    const std::string folded = fold(std::string_view(text, static_cast<std::size_t>(bytes)));
    sqlite3_result_text(context, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

Error registerFunctions(SqlConnection& db)
{
    if (db.dialect() != Dialect::Sqlite)
        return {}; // see SqlDialect::fold
    sqlite3* h = db.handle();
    if (sqlite3_create_function_v2(h, "cs_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                                   &foldFunction, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error::make(ErrorKind::Internal, "cannot register the store's SQL functions");
    return {};
}

Error errorOf(const Error& e)
{
    return e;
}

template <typename T>
Error errorOf(const Result<T>& r)
{
    return r.error();
}

} // namespace

} // namespace sql

using namespace sql;

SqliteStore::SqliteStore(std::unique_ptr<SqliteStoreParts> parts)
    : m_(std::move(parts))
{}

SqliteStore::~SqliteStore()
{
    if (m_ && m_->ctx.inBatch)
        rollbackBatch();
    if (m_) {
        for (const QString& sql : SqlDialect::optimize(m_->db->dialect(), false))
            m_->db->execOnce(sql);
    }
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path,
                                                       const Options& options)
{
    Result<std::unique_ptr<SqlConnection>> db =
        SqlConnection::isPostgresUrl(qs(path))
            ? SqlConnection::openPostgres(qs(path))
            : SqlConnection::openSqlite(qs(path),
                                        options.create ? SqlConnection::OpenMode::CreateIfMissing
                                                       : SqlConnection::OpenMode::OpenExisting,
                                        options.memory);
    if (!db)
        return db.error();
    if (Error e = registerFunctions(**db))
        return e;
    if (Error e = migrate(**db, options.schemaVersion))
        return e;
    const model::Clock& clock = options.clock ? *options.clock : model::systemClock();
    auto parts = std::make_unique<SqliteStoreParts>(std::move(db.value()), clock, options.idSeed);
    Result<std::string> id = parts->setting("store_id");
    if (!id)
        return id.error();
    if (id->empty()) {
        std::array<quint32, 4> words{};
        QRandomGenerator::system()->fillRange(words.data(), words.size());
        parts->storeId = base64::encodeUrl(
            std::string_view(reinterpret_cast<const char*>(words.data()), sizeof words));
        if (Error e = parts->setSetting("store_id", parts->storeId))
            return e;
        if (Error e = parts->setSetting("limits_profile", "default"))
            return e;
    } else {
        parts->storeId = *id;
    }
    Result<std::string> profile = parts->setting("limits_profile");
    if (!profile)
        return profile.error();
    parts->ctx.limits =
        model::limitsProfileFromName(*profile).value_or(model::LimitsProfile::Default);
    parts->ctx.searchDriverThreshold = options.searchDriverThreshold;
    parts->ctx.searchByCost = options.searchByCost;
    return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(parts)));
}

bool SqliteStore::isPostgresLocation(const std::string& location)
{
    return SqlConnection::isPostgresUrl(qs(location));
}

namespace {

// PostgreSQL: how often a write transaction that lost to a concurrent writer
// runs (see SqliteStore::write), and the wait before its second run; each
// further wait doubles, up to kRetryMaxWait, and a random part of it is
// waited, so that the writers that collided do not collide again.
constexpr int kWriteAttempts = 12;
constexpr int kRetryFirstWaitUs = 2000;
constexpr int kRetryMaxWaitUs = 200000;

void waitBeforeRetry(int attempt)
{
    const int ceiling = std::min(kRetryMaxWaitUs, kRetryFirstWaitUs << std::min(attempt - 1, 16));
    const int wait =
        ceiling / 2 + static_cast<int>(QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    std::this_thread::sleep_for(std::chrono::microseconds(wait));
}

} // namespace

template <typename F>
auto SqliteStore::write(F&& work) -> decltype(work())
{
    using R = decltype(work());
    // A batch refreshed the limits when it began, and holds the write lock.
    const bool outermost = !m_->db->inTransaction();
    // On PostgreSQL a write transaction runs SERIALIZABLE: when a concurrent
    // writer's commit makes it fail (a serialization failure or a deadlock),
    // nothing of it was written, and it runs again from its first read, so
    // that every check (versions, limits, unique values) is made again on
    // what is there now. Only a transaction of its own runs again: a write
    // inside a batch or a read snapshot is part of something larger, which
    // fails as busy. SQLite's writers take turns and never get here twice.
    const bool mayRetry =
        outermost && !m_->db->inReadSnapshot() && m_->db->dialect() == Dialect::Postgres;
    for (int attempt = 1;; ++attempt) {
        std::optional<R> result;
        Error e = m_->db->transaction([&]() -> Error {
            if (outermost) {
                if (Error err = m_->refreshLimits())
                    return err;
            }
            m_->metadata.beginWrite();
            m_->counters.beginWrite();
            result.emplace(work());
            Error err = errorOf(*result);
            if (!err && !m_->ctx.inBatch)
                err = m_->metadata.flushPending();
            return err;
        });
        m_->metadata.endWrite(!e);
        m_->counters.endWrite(!e);
        if (outermost)
            m_->endTransaction(!e);
        if (e && mayRetry && attempt < kWriteAttempts && m_->db->lostToConcurrentWriter()) {
            waitBeforeRetry(attempt);
            continue;
        }
        if (e && (!result || !errorOf(*result)))
            return R(e); // the commit itself failed
        return std::move(*result);
    }
}

template <typename T>
T SqliteStore::consumed(T& value) const
{
    if (m_->db->dialect() == Dialect::Postgres)
        return value;
    return std::move(value);
}

Result<std::string> SqliteStore::integrityCheck()
{
    auto qStmt = m_->db->prepare(SqlDialect::integrityCheck(m_->db->dialect()));
    Statement& q = *qStmt;
    std::string out;
    if (Error e = m_->db->select(q, [&](const Statement& r) {
            out += (out.empty() ? "" : "\n") + text(r, 0);
            return true;
        }))
        return e;
    return out;
}

Error SqliteStore::analyze()
{
    for (const QString& sql : SqlDialect::optimize(m_->db->dialect(), true)) {
        if (Error e = m_->db->execOnce(sql))
            return e;
    }
    return {};
}

std::string SqliteStore::storeId() const
{
    return m_->storeId;
}

Result<std::vector<std::string>> SqliteStore::queryPlan(const UserQuery& query)
{
    return m_->userSearch.explain(query);
}

Result<std::vector<std::string>> SqliteStore::queryPlan(const OrganizationQuery& query)
{
    return m_->organizations.explain(query);
}

Result<std::vector<std::string>> SqliteStore::queryPlan(const MembershipQuery& query)
{
    return m_->memberships.explain(query);
}

std::string SqliteStore::location() const
{
    return m_->db->location().toStdString();
}

void SqliteStore::setActor(std::string actor)
{
    m_->ctx.actor = std::move(actor);
}

Result<std::string> SqliteStore::limitsProfile()
{
    // Read again: another connection (a server's other store threads) may
    // have changed it.
    if (Result<std::string> profile = m_->setting("limits_profile"); profile) {
        if (const auto p = model::limitsProfileFromName(*profile))
            m_->ctx.limits = *p;
    }
    return std::string(model::limitsProfileName(m_->ctx.limits));
}

Error SqliteStore::setLimitsProfile(std::string_view name)
{
    const auto profile = model::limitsProfileFromName(name);
    if (!profile)
        return Error::make(ErrorKind::Invalid,
                           "the limits profiles are default, workos and auth0, not \"" +
                               std::string(name) + "\"",
                           "limits_profile");
    Error e = write([&]() -> Error {
        // The profile current in this transaction (write() read it again).
        const std::string before(model::limitsProfileName(m_->ctx.limits));
        if (Error err = m_->setSetting("limits_profile", name))
            return err;
        return m_->audit.recordRaw("settings.limits_profile", "store", m_->storeId,
                                   json::Value::object({{"limits_profile", before}}),
                                   json::Value::object({{"limits_profile", std::string(name)}}));
    });
    if (!e)
        m_->ctx.limits = *profile;
    return e;
}

Result<std::string> SqliteStore::issuer()
{
    Result<std::string> iss = m_->setting("issuer");
    if (!iss)
        return iss;
    if (iss->empty())
        return "urn:claimsmith:" + m_->storeId;
    return iss;
}

Error SqliteStore::setIssuer(std::string_view issuer)
{
    return write([&]() -> Error {
        Result<std::string> before = m_->setting("issuer");
        if (Error err = m_->setSetting("issuer", issuer))
            return err;
        return m_->audit.recordRaw(
            "settings.issuer", "store", m_->storeId,
            json::Value::object({{"issuer", before ? *before : std::string()}}),
            json::Value::object({{"issuer", std::string(issuer)}}));
    });
}

// Users
Result<model::User> SqliteStore::createUser(model::User u)
{
    return write([&] { return m_->users.create(consumed(u)); });
}
std::vector<Result<model::User>> SqliteStore::createUsers(std::vector<model::User> users)
{
    // SQLite's statements cost no round trip: one by one it is as fast.
    if (m_->db->dialect() != Dialect::Postgres || !m_->ctx.inBatch || users.size() < 2)
        return Store::createUsers(std::move(users));
    // Each user checked and completed as createUser() would (in the same
    // order, so that generated ids are the same); those it refuses are
    // answered now, the others are written together.
    std::vector<std::optional<Result<model::User>>> done(users.size());
    std::vector<model::User> clean;
    std::vector<std::size_t> at;
    clean.reserve(users.size());
    at.reserve(users.size());
    for (std::size_t i = 0; i < users.size(); ++i) {
        if (Error e = m_->users.complete(users[i])) {
            done[i].emplace(std::move(e));
        } else {
            clean.push_back(users[i]);
            at.push_back(i);
        }
    }
    Error together = write([&] { return m_->users.createAll(clean); });
    std::vector<Result<model::User>> out;
    out.reserve(users.size());
    std::size_t next = 0; // in `clean`
    const Error* storeFailed = nullptr;
    for (std::size_t i = 0; i < users.size(); ++i) {
        if (storeFailed)
            out.push_back(*storeFailed);
        else if (done[i])
            out.push_back(std::move(*done[i]));
        else if (!together)
            out.push_back(std::move(clean[next]));
        else
            out.push_back(createUser(std::move(clean[next]))); // completed: nothing generated again
        if (!done[i])
            ++next;
        if (!out.back() && (out.back().error().kind == ErrorKind::Unavailable ||
                            out.back().error().kind == ErrorKind::Internal))
            storeFailed = &out.back().error();
    }
    return out;
}
Result<model::User> SqliteStore::user(std::string_view id)
{
    Result<UserTable::Row> r = m_->users.byId(id);
    return r ? Result<model::User>(std::move(r.value().user)) : Result<model::User>(r.error());
}
Result<model::User> SqliteStore::userByExternalId(std::string_view externalId)
{
    Result<UserTable::Row> r = m_->users.byExternalId(externalId);
    return r ? Result<model::User>(std::move(r.value().user)) : Result<model::User>(r.error());
}
Result<model::User> SqliteStore::userByEmail(std::string_view email)
{
    Result<UserTable::Row> r = m_->users.byEmail(email);
    return r ? Result<model::User>(std::move(r.value().user)) : Result<model::User>(r.error());
}
Result<model::User> SqliteStore::updateUser(const model::User& u)
{
    return write([&] { return m_->users.update(u); });
}
Result<model::User> SqliteStore::patchUserMetadata(std::string_view id, MetadataField field,
                                                   const json::Value& patch,
                                                   std::int64_t expectedVersion)
{
    return write([&] { return m_->users.patchMetadata(id, field, patch, expectedVersion); });
}
Error SqliteStore::deleteUser(std::string_view id, std::int64_t expectedVersion)
{
    return write([&] { return m_->users.remove(id, expectedVersion); });
}
Result<Page<model::User>> SqliteStore::findUsers(const UserQuery& query)
{
    return m_->userSearch.find(query);
}
Result<std::int64_t> SqliteStore::userCount()
{
    return m_->users.count();
}
Result<std::int64_t> SqliteStore::countUsers(const UserQuery& query)
{
    return m_->userSearch.count(query);
}
Result<TokenSubject> SqliteStore::tokenSubject(std::string_view user, std::string_view organization,
                                               const TokenSubjectParts& parts)
{
    return m_->subjects.find(user, organization, parts);
}

// Organizations
Result<model::Organization> SqliteStore::createOrganization(model::Organization o)
{
    return write([&] { return m_->organizations.create(consumed(o)); });
}
Result<model::Organization> SqliteStore::organization(std::string_view id)
{
    auto r = m_->organizations.byId(id);
    return r ? Result<model::Organization>(std::move(r.value().org))
             : Result<model::Organization>(r.error());
}
Result<model::Organization> SqliteStore::organizationByExternalId(std::string_view externalId)
{
    auto r = m_->organizations.byExternalId(externalId);
    return r ? Result<model::Organization>(std::move(r.value().org))
             : Result<model::Organization>(r.error());
}
Result<model::Organization> SqliteStore::updateOrganization(const model::Organization& o)
{
    return write([&] { return m_->organizations.update(o); });
}
Result<model::Organization> SqliteStore::patchOrganizationMetadata(std::string_view id,
                                                                   const json::Value& patch,
                                                                   std::int64_t expectedVersion)
{
    return write([&] { return m_->organizations.patchMetadata(id, patch, expectedVersion); });
}
Error SqliteStore::deleteOrganization(std::string_view id, std::int64_t expectedVersion)
{
    return write([&] { return m_->organizations.remove(id, expectedVersion); });
}
Result<Page<model::Organization>> SqliteStore::findOrganizations(const OrganizationQuery& query)
{
    return m_->organizations.find(query);
}
Result<std::int64_t> SqliteStore::organizationCount()
{
    return m_->organizations.count();
}

// Memberships
Result<model::Membership> SqliteStore::createMembership(model::Membership m)
{
    return write([&] { return m_->memberships.create(consumed(m)); });
}
std::vector<Result<model::Membership>>
SqliteStore::createMemberships(std::vector<model::Membership> memberships)
{
    if (m_->db->dialect() != Dialect::Postgres || !m_->ctx.inBatch || memberships.size() < 2)
        return Store::createMemberships(std::move(memberships));
    // createAll() completes them (ids, times) only once all passed the
    // checks, in order, as createMembership() would: if they are then
    // created one by one, the same ids are theirs.
    Error together = write([&] { return m_->memberships.createAll(memberships); });
    if (!together) {
        std::vector<Result<model::Membership>> out;
        out.reserve(memberships.size());
        for (model::Membership& m : memberships)
            out.push_back(std::move(m));
        return out;
    }
    return Store::createMemberships(std::move(memberships));
}
Result<model::Membership> SqliteStore::membership(std::string_view id)
{
    return m_->memberships.byId(id);
}
Result<model::Membership> SqliteStore::membershipOf(std::string_view userId,
                                                    std::string_view organizationId)
{
    return m_->memberships.of(userId, organizationId);
}
Result<model::Membership> SqliteStore::updateMembership(const model::Membership& m)
{
    return write([&] { return m_->memberships.update(m); });
}
Error SqliteStore::deleteMembership(std::string_view id, std::int64_t expectedVersion)
{
    return write([&] { return m_->memberships.remove(id, expectedVersion); });
}
Result<Page<model::Membership>> SqliteStore::findMemberships(const MembershipQuery& query)
{
    return m_->memberships.find(query);
}

// Roles and permissions
Result<std::vector<model::Permission>> SqliteStore::permissions()
{
    return m_->roles.permissions();
}
Result<model::Permission> SqliteStore::createPermission(model::Permission p)
{
    return write([&] { return m_->roles.createPermission(consumed(p)); });
}
Result<model::Permission> SqliteStore::updatePermission(const model::Permission& p)
{
    return write([&] { return m_->roles.updatePermission(p); });
}
Error SqliteStore::deletePermission(std::string_view slug, std::int64_t expectedVersion)
{
    return write([&] { return m_->roles.removePermission(slug, expectedVersion); });
}
Result<std::vector<model::Role>> SqliteStore::roles()
{
    return m_->roles.roles();
}
Result<model::Role> SqliteStore::role(std::string_view slug)
{
    return m_->roles.role(slug);
}
Result<model::Role> SqliteStore::createRole(model::Role r)
{
    return write([&] { return m_->roles.createRole(consumed(r)); });
}
Result<model::Role> SqliteStore::updateRole(const model::Role& r)
{
    return write([&] { return m_->roles.updateRole(r); });
}
Error SqliteStore::deleteRole(std::string_view slug, std::int64_t expectedVersion)
{
    return write([&] { return m_->roles.removeRole(slug, expectedVersion); });
}

// Applications
Result<std::vector<model::Application>> SqliteStore::applications()
{
    return m_->applications.all();
}
Result<model::Application> SqliteStore::application(std::string_view id)
{
    return m_->applications.byId(id);
}
Result<model::Application> SqliteStore::applicationByClientId(std::string_view clientId)
{
    return m_->applications.byClientId(clientId);
}
Result<model::Application> SqliteStore::defaultApplication()
{
    return m_->applications.byDefault();
}
Result<model::Application> SqliteStore::createApplication(model::Application a)
{
    return write([&] { return m_->applications.create(consumed(a)); });
}
Result<model::Application> SqliteStore::updateApplication(const model::Application& a)
{
    return write([&] { return m_->applications.update(a); });
}
Result<model::Application> SqliteStore::patchApplicationMetadata(std::string_view id,
                                                                 const json::Value& patch,
                                                                 std::int64_t expectedVersion)
{
    return write([&] { return m_->applications.patchMetadata(id, patch, expectedVersion); });
}
Error SqliteStore::deleteApplication(std::string_view id, std::int64_t expectedVersion)
{
    return write([&] { return m_->applications.remove(id, expectedVersion); });
}

Result<std::vector<MetadataKeyStats>> SqliteStore::metadataKeys(MetadataObject object,
                                                                MetadataField field)
{
    return m_->metadata.keys(object, field);
}

// Templates
Result<std::vector<model::Template>> SqliteStore::templates()
{
    return m_->templates.all();
}
Result<model::Template> SqliteStore::templateByName(std::string_view name)
{
    return m_->templates.byName(name);
}
Result<std::vector<model::TemplateVersion>> SqliteStore::templateVersions(std::string_view name)
{
    return m_->templates.versions(name);
}
Result<model::TemplateVersion> SqliteStore::templateVersion(std::string_view name, int number)
{
    return m_->templates.version(name, number);
}
Result<model::Template> SqliteStore::createTemplate(std::string_view name, std::string_view content,
                                                    std::string_view comment)
{
    return write([&] { return m_->templates.create(name, content, comment); });
}
Result<model::TemplateVersion> SqliteStore::addTemplateVersion(std::string_view name,
                                                               std::string_view content,
                                                               std::string_view comment,
                                                               std::int64_t expectedVersion)
{
    return write([&] { return m_->templates.addVersion(name, content, comment, expectedVersion); });
}
Result<model::Template>
SqliteStore::restoreTemplate(const model::Template& t,
                             const std::vector<model::TemplateVersion>& versions)
{
    return write([&] { return m_->templates.restore(t, versions); });
}
Result<model::Template> SqliteStore::promoteTemplate(std::string_view name, int number,
                                                     std::string_view environment,
                                                     std::int64_t expectedVersion,
                                                     std::string_view note)
{
    return write(
        [&] { return m_->templates.promote(name, number, environment, expectedVersion, note); });
}

// API keys
Result<NewApiKey> SqliteStore::createApiKey(std::string_view name, ApiKeyRole role)
{
    return write([&] { return m_->apiKeys.create(name, role); });
}
Result<std::vector<ApiKey>> SqliteStore::apiKeys()
{
    return m_->apiKeys.all();
}
Result<ApiKey> SqliteStore::revokeApiKey(std::string_view nameOrId)
{
    return write([&] { return m_->apiKeys.revoke(nameOrId); });
}
Result<ApiKey> SqliteStore::authenticateApiKey(std::string_view secret)
{
    Result<ApiKey> key = m_->apiKeys.authenticate(secret);
    if (!key)
        return key;
    constexpr std::int64_t kTouchInterval = 60 * 1000;
    const std::int64_t now = m_->ctx.clock.now();
    if (!key->lastUsedAt || now - *key->lastUsedAt >= kTouchInterval) {
        // A failure to record the use must not refuse a valid key. On
        // PostgreSQL a failed statement spoils the transaction it runs in
        // (a request's read snapshot), and another server on the database
        // may record a use of the same key at the same time: there the
        // update runs in a savepoint (a transaction) of its own, which alone
        // is undone when it fails.
        const Error touched = m_->db->dialect() == Dialect::Postgres
                                  ? m_->db->transaction([&] { return m_->apiKeys.touch(*key); })
                                  : m_->apiKeys.touch(*key);
        if (!touched)
            key->lastUsedAt = now;
    }
    return key;
}

// Signing keys
Result<std::vector<model::SigningKey>> SqliteStore::signingKeys()
{
    return m_->keys.all();
}
Result<model::SigningKey> SqliteStore::addSigningKey(const jose::Key& privateKey,
                                                     model::KeyState state)
{
    return write([&] { return m_->keys.add(privateKey, state); });
}
Result<model::SigningKey> SqliteStore::activateSigningKey(std::string_view kid,
                                                          std::int64_t expectedVersion)
{
    return write([&] { return m_->keys.activate(kid, expectedVersion); });
}
Result<model::SigningKey> SqliteStore::retireSigningKey(std::string_view kid,
                                                        std::int64_t expectedVersion)
{
    return write([&] { return m_->keys.retire(kid, expectedVersion); });
}
Result<json::Value> SqliteStore::jwks()
{
    return m_->keys.jwks();
}
Result<model::SigningKey> SqliteStore::activeSigningKey()
{
    return m_->keys.active();
}
Result<jose::Key> SqliteStore::signingKeyForIssuing()
{
    return m_->keys.activePrivateKey();
}

Error SqliteStore::beginRead()
{
    return m_->db->beginRead();
}
void SqliteStore::endRead()
{
    m_->db->endRead();
}
Result<std::uint64_t> SqliteStore::changeCount()
{
    return m_->db->changeCount();
}

Result<Page<model::AuditEvent>> SqliteStore::findAuditEvents(const AuditQuery& query)
{
    return m_->audit.find(query);
}

// Batches
Error SqliteStore::beginBatch(std::string_view action, std::string_view description)
{
    if (m_->ctx.inBatch)
        return Error::make(ErrorKind::Invalid, "a batch is already open");
    if (Error e = m_->db->begin())
        return e;
    if (Error e = m_->refreshLimits()) {
        m_->db->rollback();
        return e;
    }
    m_->ctx.inBatch = true;
    m_->batchAction = std::string(action);
    m_->batchDescription = std::string(description);
    m_->audit.resetBatchWrites();
    return {};
}

Error SqliteStore::commitBatch()
{
    if (!m_->ctx.inBatch)
        return Error::make(ErrorKind::Invalid, "no batch is open");
    Error e = m_->metadata.flushBatch();
    if (Error counted = m_->counters.flushBatch(); !e)
        e = counted;
    if (!e)
        e = m_->audit.recordRaw(
            m_->batchAction, "store", m_->storeId, json::Value(),
            json::Value::object({{"description", m_->batchDescription},
                                 {"writes", static_cast<long long>(m_->audit.batchWrites())}}));
    if (e) {
        rollbackBatch();
        return e;
    }
    m_->ctx.inBatch = false;
    e = m_->db->commit();
    m_->endTransaction(!e);
    return e;
}

void SqliteStore::rollbackBatch()
{
    if (!m_->ctx.inBatch)
        return;
    m_->db->rollback();
    m_->metadata.discardBatch();
    m_->counters.discardBatch();
    m_->ctx.inBatch = false;
    m_->endTransaction(false);
    // Settings written in the batch are undone with it.
    if (Result<std::string> profile = m_->setting("limits_profile"))
        m_->ctx.limits =
            model::limitsProfileFromName(*profile).value_or(model::LimitsProfile::Default);
}

} // namespace claimsmith::store
