#include "Migrations.h"

#include "SqlDialect.h"

#include <QVariant>

#include <vector>

using namespace Qt::StringLiterals;

namespace claimsmith::store::sql {

namespace {

struct Migration
{
    int version;
    std::vector<const char*> statements; // with {PK}, {BLOB} and {WITHOUT_ROWID} per dialect
};

// Version 1: the data model of DESIGN.md.
// Users and organizations have an integer row id (rid) for compact joins and
// indexes, and their public id. Metadata bags are JSON text in the row; the
// metadata_values table holds one row per key and owner for searches (its
// primary key answers "does this owner have key K with a value like V", its
// value index answers "who has K = V"); metadata_keys keeps the counts that
// autocompletion shows, updated with every write.
const std::vector<Migration>& all()
{
    static const std::vector<Migration> list = {
        {1,
         {
             "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
             "INSERT INTO counters (name, value) VALUES ('users', 0), ('organizations', 0)",
             "CREATE TABLE users ("
             " rid {PK}, id TEXT NOT NULL UNIQUE, email TEXT NOT NULL,"
             " email_key TEXT NOT NULL UNIQUE, email_verified INTEGER NOT NULL,"
             " first_name TEXT, last_name TEXT, name_key TEXT NOT NULL, last_key TEXT NOT NULL,"
             " external_id TEXT UNIQUE, metadata TEXT NOT NULL, user_metadata TEXT NOT NULL,"
             " sso_attributes TEXT NOT NULL, created_at INTEGER NOT NULL,"
             " updated_at INTEGER NOT NULL, version INTEGER NOT NULL)",
             "CREATE INDEX users_name ON users (name_key)",
             "CREATE INDEX users_last ON users (last_key)",
             "CREATE INDEX users_created ON users (created_at)",
             "CREATE INDEX users_updated ON users (updated_at)",
             "CREATE TABLE organizations ("
             " rid {PK}, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, name_key TEXT NOT NULL,"
             " external_id TEXT UNIQUE, domains TEXT NOT NULL, metadata TEXT NOT NULL,"
             " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL)",
             "CREATE INDEX organizations_name ON organizations (name_key)",
             "CREATE TABLE organization_domains ("
             " domain TEXT NOT NULL, org_rid INTEGER NOT NULL REFERENCES organizations (rid)"
             " ON DELETE CASCADE, PRIMARY KEY (domain, org_rid)){WITHOUT_ROWID}",
             "CREATE INDEX organization_domains_org ON organization_domains (org_rid)",
             "CREATE TABLE memberships ("
             " rid {PK}, id TEXT NOT NULL UNIQUE,"
             " user_rid INTEGER NOT NULL REFERENCES users (rid) ON DELETE CASCADE,"
             " org_rid INTEGER NOT NULL REFERENCES organizations (rid) ON DELETE CASCADE,"
             " roles TEXT NOT NULL, status TEXT NOT NULL, custom_attributes TEXT NOT NULL,"
             " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, version INTEGER NOT NULL,"
             " UNIQUE (user_rid, org_rid))",
             "CREATE INDEX memberships_org ON memberships (org_rid, user_rid)",
             "CREATE TABLE permissions ("
             " slug TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,"
             " version INTEGER NOT NULL)",
             "CREATE TABLE roles ("
             " slug TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,"
             " permissions TEXT NOT NULL, version INTEGER NOT NULL)",
             "CREATE TABLE applications ("
             " rid {PK}, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
             " client_id TEXT NOT NULL UNIQUE, metadata TEXT NOT NULL, template TEXT NOT NULL,"
             " token_lifetime INTEGER NOT NULL, created_at INTEGER NOT NULL,"
             " updated_at INTEGER NOT NULL, version INTEGER NOT NULL)",
             "CREATE TABLE metadata_values ("
             " object INTEGER NOT NULL, field INTEGER NOT NULL, key TEXT NOT NULL,"
             " owner INTEGER NOT NULL, value TEXT NOT NULL,"
             " PRIMARY KEY (object, field, key, owner)){WITHOUT_ROWID}",
             "CREATE INDEX metadata_values_value ON metadata_values (object, field, key, value)",
             "CREATE TABLE metadata_keys ("
             " object INTEGER NOT NULL, field INTEGER NOT NULL, key TEXT NOT NULL,"
             " count INTEGER NOT NULL, nulls INTEGER NOT NULL, booleans INTEGER NOT NULL,"
             " numbers INTEGER NOT NULL, strings INTEGER NOT NULL, objects INTEGER NOT NULL,"
             " arrays INTEGER NOT NULL, PRIMARY KEY (object, field, key)){WITHOUT_ROWID}",
             "CREATE TABLE templates ("
             " name TEXT PRIMARY KEY, latest_version INTEGER NOT NULL, staging_version INTEGER,"
             " production_version INTEGER, created_at INTEGER NOT NULL,"
             " updated_at INTEGER NOT NULL, version INTEGER NOT NULL)",
             "CREATE TABLE template_versions ("
             " template TEXT NOT NULL REFERENCES templates (name) ON DELETE CASCADE,"
             " number INTEGER NOT NULL, content TEXT NOT NULL, author TEXT NOT NULL,"
             " comment TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (template, number))",
             "CREATE TABLE signing_keys ("
             " kid TEXT PRIMARY KEY, alg TEXT NOT NULL, state TEXT NOT NULL, public_jwk TEXT,"
             " sealed_private {BLOB} NOT NULL, created_at INTEGER NOT NULL, activated_at INTEGER,"
             " retired_at INTEGER, version INTEGER NOT NULL)",
             "CREATE TABLE audit_events ("
             " id {PK}, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
             " target_type TEXT NOT NULL, target_id TEXT NOT NULL, before TEXT, after TEXT)",
             "CREATE INDEX audit_target ON audit_events (target_type, target_id)",
             "CREATE INDEX audit_actor ON audit_events (actor)",
             "CREATE INDEX audit_action ON audit_events (action)",
         }},
        // Version 2: API keys of the server (stored as salted hashes) and the
        // audit log's time index for its time-range filter.
        {2,
         {
             "CREATE TABLE api_keys ("
             " id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, role TEXT NOT NULL,"
             " salt {BLOB} NOT NULL, hash {BLOB} NOT NULL, created_at INTEGER NOT NULL,"
             " last_used_at INTEGER, revoked_at INTEGER, version INTEGER NOT NULL)",
             "CREATE INDEX audit_at ON audit_events (at)",
         }},
        // Version 3: api_keys as the server uses them. The secret's first
        // characters (`prefix`) find a key without hashing against every row
        // and tell keys apart in `apikey list`; a name is unique among the
        // keys that are not revoked, so that a revoked key's name can be
        // used again. Nothing wrote to the table of version 2, so it is
        // made anew.
        {3,
         {
             "DROP TABLE api_keys",
             "CREATE TABLE api_keys ("
             " id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, prefix TEXT NOT NULL,"
             " salt {BLOB} NOT NULL, hash {BLOB} NOT NULL, created_at INTEGER NOT NULL,"
             " last_used_at INTEGER, revoked_at INTEGER, version INTEGER NOT NULL)",
             "CREATE UNIQUE INDEX api_keys_live_name ON api_keys (name) WHERE revoked_at IS NULL",
             "CREATE INDEX api_keys_prefix ON api_keys (prefix)",
         }},
        // Version 4: creation order (created_at, then id), the order of the
        // WorkOS-compatible lists, read from an index from any record's place
        // on: users (whose created_at index gains the id; it kept ties in row
        // order), organizations, and the memberships of one organization.
        {4,
         {
             "DROP INDEX users_created",
             "CREATE INDEX users_created ON users (created_at, id)",
             "CREATE INDEX organizations_created ON organizations (created_at, id)",
             "CREATE INDEX memberships_org_created ON memberships (org_rid, created_at, id)",
         }},
    };
    return list;
}

Error writeVersion(SqlConnection& c, int version)
{
    for (const QString& sql : SqlDialect::writeSchemaVersion(c.dialect(), version)) {
        if (Error e = c.execOnce(sql))
            return e;
    }
    return {};
}

} // namespace

int latestSchemaVersion()
{
    return all().back().version;
}

Result<int> schemaVersion(SqlConnection& c)
{
    const QString exists = SqlDialect::hasSchemaVersion(c.dialect());
    if (!exists.isEmpty()) {
        auto stmt = c.prepare(exists);
        std::int64_t tables = 0;
        if (Error e = c.select(*stmt, [&](const Statement& r) {
                tables = r.integer(0);
                return false;
            }))
            return e;
        if (tables == 0)
            return 0; // an empty database
    }
    auto stmt = c.prepare(SqlDialect::readSchemaVersion(c.dialect()));
    int version = 0;
    if (Error e = c.select(*stmt, [&](const Statement& r) {
            version = static_cast<int>(r.integer(0));
            return false;
        }))
        return e;
    return version;
}

Error migrate(SqlConnection& c, int target)
{
    if (target <= 0)
        target = latestSchemaVersion();
    const Result<int> current = schemaVersion(c);
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion()) {
        return Error::make(ErrorKind::Unavailable,
                           "the store " + c.location().toStdString() +
                               " was made by a newer Claimsmith (schema version " +
                               std::to_string(*current) + "; this one reads up to version " +
                               std::to_string(latestSchemaVersion()) +
                               "); update Claimsmith to open it — the store was not changed");
    }
    for (const Migration& m : all()) {
        if (m.version <= *current || m.version > target)
            continue;
        Error e = c.transaction([&]() -> Error {
            for (const char* statement : m.statements) {
                if (Error err = c.execOnce(SqlDialect::schema(statement, c.dialect())))
                    return err;
            }
            return writeVersion(c, m.version);
        });
        if (e) {
            e.message = "cannot upgrade the store to schema version " + std::to_string(m.version) +
                        " (the store was left at version " + std::to_string(m.version - 1) +
                        "): " + e.message;
            return e;
        }
    }
    return {};
}

} // namespace claimsmith::store::sql
