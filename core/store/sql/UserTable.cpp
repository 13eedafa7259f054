#include "UserTable.h"

#include "AuditLog.h"
#include "Counters.h"
#include "MetadataIndex.h"
#include "SqlValues.h"
#include "model/ModelJson.h"

#include <unordered_map>

namespace claimsmith::store::sql {

namespace {

constexpr int kColumns = 15; // of a users row, as appendValues gives them

std::string trimmed(std::string s)
{
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    s.erase(0, first);
    s.erase(s.find_last_not_of(' ') + 1);
    return s;
}

std::string fullNameKey(const model::User& u)
{
    return nameKey(trimmed(u.firstName.value_or("") + " " + u.lastName.value_or("")));
}

} // namespace

const char* UserTable::columns()
{
    return "u.id, u.email, u.email_verified, u.first_name, u.last_name, u.external_id, u.metadata,"
           " u.user_metadata, u.sso_attributes, u.created_at, u.updated_at, u.version";
}

model::User UserTable::readRow(const Statement& q, int f)
{
    model::User u;
    u.id = text(q, f);
    u.email = text(q, f + 1);
    u.emailVerified = integer(q, f + 2) != 0;
    u.firstName = optionalText(q, f + 3);
    u.lastName = optionalText(q, f + 4);
    u.externalId = optionalText(q, f + 5);
    u.metadata = jsonColumn(q, f + 6);
    u.userMetadata = jsonColumn(q, f + 7);
    u.ssoAttributes = jsonColumn(q, f + 8);
    u.createdAt = integer(q, f + 9);
    u.updatedAt = integer(q, f + 10);
    u.version = integer(q, f + 11);
    return u;
}

Result<UserTable::Row> UserTable::load(const char* sql, const QVariant& key, std::string_view what,
                                       std::string_view value)
{
    Statement& q = m_ctx.db.statement(sql);
    q.bindValue(0, key);
    std::optional<Row> row;
    Error e = m_ctx.db.select(q, [&](const Statement& r) {
        row = Row{integer(r, 0), readRow(r, 1)};
        return false;
    });
    if (e)
        return e;
    if (!row)
        return Error::notFound("user with " + std::string(what), std::string(value));
    return std::move(*row);
}

Result<UserTable::Row> UserTable::byId(std::string_view id)
{
    return load("SELECT u.rid, u.id, u.email, u.email_verified, u.first_name, u.last_name,"
                " u.external_id, u.metadata, u.user_metadata, u.sso_attributes, u.created_at,"
                " u.updated_at, u.version FROM users u WHERE u.id = ?",
                qs(id), "id", id);
}

Result<UserTable::Row> UserTable::byExternalId(std::string_view externalId)
{
    return load("SELECT u.rid, u.id, u.email, u.email_verified, u.first_name, u.last_name,"
                " u.external_id, u.metadata, u.user_metadata, u.sso_attributes, u.created_at,"
                " u.updated_at, u.version FROM users u WHERE u.external_id = ?",
                qs(externalId), "external id", externalId);
}

Result<UserTable::Row> UserTable::byEmail(std::string_view email)
{
    return load("SELECT u.rid, u.id, u.email, u.email_verified, u.first_name, u.last_name,"
                " u.external_id, u.metadata, u.user_metadata, u.sso_attributes, u.created_at,"
                " u.updated_at, u.version FROM users u WHERE u.email_key = ?",
                qs(fold(email)), "email", email);
}

Result<UserTable::Row> UserTable::byRid(std::int64_t rid)
{
    return load("SELECT u.rid, u.id, u.email, u.email_verified, u.first_name, u.last_name,"
                " u.external_id, u.metadata, u.user_metadata, u.sso_attributes, u.created_at,"
                " u.updated_at, u.version FROM users u WHERE u.rid = ?",
                static_cast<qlonglong>(rid), "row", std::to_string(rid));
}

Error UserTable::validate(const model::User& u) const
{
    if (auto problem = model::checkEmail(u.email))
        return Error::make(ErrorKind::Invalid, *problem, "email");
    if (u.externalId) {
        if (auto problem = model::checkExternalId(*u.externalId, m_ctx.limits))
            return Error::make(ErrorKind::Invalid, *problem, "external_id");
    }
    if (!u.id.empty() && !model::isValidId(u.id, "user_"))
        return Error::make(ErrorKind::Invalid,
                           "\"" + u.id + "\" is not a user id (user_ followed by a ULID)", "id");
    const struct
    {
        const json::Value& bag;
        const char* name;
        model::LimitsProfile profile;
    } bags[] = {{u.metadata, "metadata", m_ctx.limits},
                {u.userMetadata, "user_metadata", m_ctx.limits},
                {u.ssoAttributes, "sso_attributes", model::LimitsProfile::Default}};
    for (const auto& b : bags) {
        if (!b.bag.isObject())
            return Error::make(ErrorKind::Invalid, std::string(b.name) + " must be a JSON object",
                               b.name);
        if (auto v = model::checkMetadata(b.bag, b.profile, b.name))
            return Error::make(ErrorKind::Limit, v->message,
                               std::string(b.name) + (v->key.empty() ? "" : "." + v->key));
    }
    return {};
}

Error UserTable::checkUnique(const model::User& u, std::int64_t rid) const
{
    auto holder = [&](const char* sql, const QString& value) -> std::string {
        Statement& q = m_ctx.db.statement(sql);
        q.bindValue(0, value);
        q.bindValue(1, static_cast<qlonglong>(rid));
        std::string id;
        m_ctx.db.select(q, [&](const Statement& r) {
            id = text(r, 0);
            return false;
        });
        return id;
    };
    const std::string byEmail =
        holder("SELECT id FROM users WHERE email_key = ? AND rid <> ?", qs(fold(u.email)));
    if (!byEmail.empty())
        return Error::make(ErrorKind::Duplicate,
                           "the email " + u.email + " belongs to user " + byEmail +
                               " (emails are unique, whatever their case)",
                           "email", byEmail);
    if (u.externalId) {
        const std::string byExternal =
            holder("SELECT id FROM users WHERE external_id = ? AND rid <> ?", qs(*u.externalId));
        if (!byExternal.empty())
            return Error::make(ErrorKind::Duplicate,
                               "the external id " + *u.externalId + " belongs to user " +
                                   byExternal,
                               "external_id", byExternal);
    }
    return {};
}

Error UserTable::index(std::int64_t rid, const model::User* before, const model::User* after)
{
    static const json::Value empty{json::Object{}};
    auto bag = [](const model::User* u,
                  const json::Value model::User::*member) -> const json::Value& {
        return u ? u->*member : empty;
    };
    return m_ctx.metadata.update(
        MetadataObject::User, rid,
        {{MetadataField::Metadata, bag(before, &model::User::metadata),
          bag(after, &model::User::metadata)},
         {MetadataField::UserMetadata, bag(before, &model::User::userMetadata),
          bag(after, &model::User::userMetadata)},
         {MetadataField::SsoAttributes, bag(before, &model::User::ssoAttributes),
          bag(after, &model::User::ssoAttributes)}});
}

void UserTable::appendValues(QVariantList& values, const model::User& u)
{
    values << qs(u.id) << qs(u.email) << qs(fold(u.email)) << (u.emailVerified ? 1 : 0)
           << optionalText(u.firstName) << optionalText(u.lastName) << qs(fullNameKey(u))
           << qs(nameKey(u.lastName.value_or(""))) << optionalText(u.externalId)
           << jsonText(u.metadata) << jsonText(u.userMetadata) << jsonText(u.ssoAttributes)
           << static_cast<qlonglong>(u.createdAt) << static_cast<qlonglong>(u.updatedAt)
           << static_cast<qlonglong>(u.version);
}

Result<std::int64_t> UserTable::write(const model::User& u, std::int64_t rid)
{
    Statement& q =
        rid == 0 ? m_ctx.db.statement(
                       "INSERT INTO users (id, email, email_key, email_verified, first_name,"
                       " last_name, name_key, last_key, external_id, metadata, user_metadata,"
                       " sso_attributes, created_at, updated_at, version)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING {RETURNING rid}")
                 : m_ctx.db.statement(
                       "UPDATE users SET id = ?, email = ?, email_key = ?, email_verified = ?,"
                       " first_name = ?, last_name = ?, name_key = ?, last_key = ?,"
                       " external_id = ?, metadata = ?, user_metadata = ?, sso_attributes = ?,"
                       " created_at = ?, updated_at = ?, version = ? WHERE rid = ?");
    QVariantList values;
    values.reserve(kColumns + 1);
    appendValues(values, u);
    if (rid != 0)
        values << static_cast<qlonglong>(rid);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (rid != 0)
        return rid;
    // A new row whose id, email or external id is taken is not inserted:
    // no key (create() then says which).
    return q.numRowsAffected() == 1 ? q.lastInsertId() : 0;
}

Error UserTable::complete(model::User& u) const
{
    if (Error e = validate(u))
        return e;
    if (u.id.empty())
        u.id = m_ctx.ids.next("user_");
    const model::Millis now = m_ctx.clock.now();
    if (u.createdAt == 0)
        u.createdAt = now;
    if (u.updatedAt == 0)
        u.updatedAt = u.createdAt;
    if (u.version <= 0)
        u.version = 1;
    return {};
}

Error UserTable::createAll(const std::vector<model::User>& users)
{
    if (!m_ctx.inBatch)
        return Error::make(ErrorKind::Internal, "users are created together only in a batch");
    QVariantList values;
    values.reserve(static_cast<qsizetype>(users.size()) * kColumns);
    for (const model::User& u : users)
        appendValues(values, u);
    // The rows the insert skipped (ON CONFLICT DO NOTHING) are missing from
    // what it returns; duplicates among the users themselves too (the
    // second conflicts with the first).
    std::unordered_map<std::string, std::int64_t> rids;
    rids.reserve(users.size());
    if (Error e = m_ctx.db.insertRows(
            "INSERT INTO users (id, email, email_key, email_verified, first_name,"
            " last_name, name_key, last_key, external_id, metadata, user_metadata,"
            " sso_attributes, created_at, updated_at, version)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING RETURNING rid, id",
            kColumns, values, [&](const Statement& r) {
                rids.emplace(text(r, 1), integer(r, 0));
                return true;
            }))
        return e;
    if (rids.size() != users.size())
        return Error::make(ErrorKind::Duplicate,
                           "some of the users hold an id, email or external id that is taken",
                           "id");
    QVariantList rows;
    for (const model::User& u : users) {
        const auto rid = rids.find(u.id);
        if (rid == rids.end())
            return Error::make(ErrorKind::Internal, "the store did not return user " + u.id);
        m_ctx.metadata.addNew(MetadataObject::User, rid->second,
                              {{MetadataField::Metadata, u.metadata},
                               {MetadataField::UserMetadata, u.userMetadata},
                               {MetadataField::SsoAttributes, u.ssoAttributes}},
                              rows);
    }
    if (Error e = m_ctx.metadata.insertValues(rows))
        return e;
    if (Error e = addToCounter(m_ctx, "users", static_cast<int>(users.size())))
        return e;
    m_ctx.audit.countBatchWrites(static_cast<std::int64_t>(users.size()));
    return {};
}

Result<model::User> UserTable::create(model::User u)
{
    if (Error e = complete(u))
        return e;
    // The insert itself checks that the id, the email and the external id
    // are free (it inserts nothing otherwise): one statement, one round trip
    // on PostgreSQL, instead of a lookup of each before it. Only when it
    // inserted nothing do the lookups run, to say which value is taken.
    Result<std::int64_t> rid = write(u, 0);
    if (!rid)
        return rid.error();
    if (*rid == 0) {
        if (byId(u.id))
            return Error::make(ErrorKind::Duplicate, "a user with the id " + u.id + " exists", "id",
                               u.id);
        if (Error e = checkUnique(u, 0))
            return e;
        return Error::make(ErrorKind::Duplicate,
                           "the user " + u.id + " conflicts with one in the store", "id");
    }
    if (Error e = index(*rid, nullptr, &u))
        return e;
    if (Error e = addToCounter(m_ctx, "users", +1))
        return e;
    if (Error e = m_ctx.audit.record("user.create", "user", u.id, json::Value(), model::toJson(u)))
        return e;
    return u;
}

Result<model::User> UserTable::update(const model::User& changed)
{
    Result<Row> current = byId(changed.id);
    if (!current)
        return current.error();
    if (current->user.version != changed.version)
        return Error::conflict("user", changed.id, changed.version, current->user.version);
    if (Error e = validate(changed))
        return e;
    if (Error e = checkUnique(changed, current->rid))
        return e;
    model::User u = changed;
    u.createdAt = current->user.createdAt;
    u.updatedAt = std::max(m_ctx.clock.now(), current->user.updatedAt);
    u.version = current->user.version + 1;
    if (Result<std::int64_t> written = write(u, current->rid); !written)
        return written.error();
    if (Error e = index(current->rid, &current->user, &u))
        return e;
    if (Error e = m_ctx.audit.record("user.update", "user", u.id, model::toJson(current->user),
                                     model::toJson(u)))
        return e;
    return u;
}

Result<model::User> UserTable::patchMetadata(std::string_view id, MetadataField field,
                                             const json::Value& patch, std::int64_t expectedVersion)
{
    Result<Row> current = byId(id);
    if (!current)
        return current.error();
    if (current->user.version != expectedVersion)
        return Error::conflict("user", std::string(id), expectedVersion, current->user.version);
    model::User u = current->user;
    json::Value* bag = field == MetadataField::Metadata       ? &u.metadata
                       : field == MetadataField::UserMetadata ? &u.userMetadata
                                                              : &u.ssoAttributes;
    std::optional<json::Value> merged = model::mergeMetadata(*bag, patch);
    if (!merged)
        return Error::make(ErrorKind::Invalid, "a metadata change must be a JSON object of keys",
                           metadataFieldName(field));
    *bag = std::move(*merged);
    return update(u);
}

Error UserTable::remove(std::string_view id, std::int64_t expectedVersion)
{
    Result<Row> current = byId(id);
    if (!current)
        return current.error();
    if (current->user.version != expectedVersion)
        return Error::conflict("user", std::string(id), expectedVersion, current->user.version);
    if (Error e = index(current->rid, &current->user, nullptr))
        return e;
    Statement& q = m_ctx.db.statement("DELETE FROM users WHERE rid = ?");
    q.bindValue(0, static_cast<qlonglong>(current->rid));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = addToCounter(m_ctx, "users", -1))
        return e;
    return m_ctx.audit.record("user.delete", "user", std::string(id), model::toJson(current->user),
                              json::Value());
}

Result<std::int64_t> UserTable::count()
{
    return m_ctx.counters.value("users");
}

Error addToCounter(SqlContext& ctx, const char* name, int delta)
{
    return ctx.counters.add(name, delta);
}

} // namespace claimsmith::store::sql
