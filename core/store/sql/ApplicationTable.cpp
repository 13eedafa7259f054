#include "ApplicationTable.h"

#include "AuditLog.h"
#include "MetadataIndex.h"
#include "SqlValues.h"
#include "json/Base64.h"
#include "model/ModelJson.h"

#include <QRandomGenerator>

#include <algorithm>

namespace claimsmith::store::sql {

namespace {

model::Application readRow(const Statement& q)
{
    model::Application a;
    a.id = text(q, 1);
    a.name = text(q, 2);
    a.clientId = text(q, 3);
    a.metadata = jsonColumn(q, 4);
    a.templateName = text(q, 5);
    a.tokenLifetime = integer(q, 6);
    a.createdAt = integer(q, 7);
    a.updatedAt = integer(q, 8);
    a.version = integer(q, 9);
    return a;
}

std::string newClientId()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return "client_" + base64::encodeUrl(std::string_view(
                           reinterpret_cast<const char*>(words.data()), sizeof words));
}

} // namespace

Result<std::optional<std::pair<std::int64_t, model::Application>>>
ApplicationTable::load(const char* sql, const QVariant& key)
{
    Statement& q = m_ctx.db.statement(sql);
    if (key.isValid())
        q.bindValue(0, key);
    std::optional<std::pair<std::int64_t, model::Application>> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = std::make_pair(integer(r, 0), readRow(r));
            return false;
        }))
        return e;
    return found;
}

Result<std::vector<model::Application>> ApplicationTable::all()
{
    Statement& q = m_ctx.db.statement("SELECT rid, id, name, client_id, metadata, template, "
                                      "token_lifetime, created_at, updated_at, version"
                                      " FROM applications ORDER BY rid");
    std::vector<model::Application> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back(readRow(r));
            return true;
        }))
        return e;
    return out;
}

Result<model::Application> ApplicationTable::byId(std::string_view id)
{
    auto found =
        load("SELECT rid, id, name, client_id, metadata, template, token_lifetime, created_at,"
             " updated_at, version FROM applications WHERE id = ?",
             qs(id));
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("application", std::string(id));
    return (*found)->second;
}

Result<model::Application> ApplicationTable::byClientId(std::string_view clientId)
{
    auto found =
        load("SELECT rid, id, name, client_id, metadata, template, token_lifetime, created_at,"
             " updated_at, version FROM applications WHERE client_id = ?",
             qs(clientId));
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("application with client id", std::string(clientId));
    return (*found)->second;
}

Result<model::Application> ApplicationTable::byDefault()
{
    auto found =
        load("SELECT rid, id, name, client_id, metadata, template, token_lifetime, created_at,"
             " updated_at, version FROM applications ORDER BY rid LIMIT 1",
             QVariant());
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(ErrorKind::NotFound,
                           "the store has no application; create one under Applications first");
    return (*found)->second;
}

Error ApplicationTable::validate(const model::Application& a) const
{
    if (a.name.empty())
        return Error::make(ErrorKind::Invalid, "an application needs a name", "name");
    if (!a.id.empty() && !model::isValidId(a.id, "app_"))
        return Error::make(ErrorKind::Invalid,
                           "\"" + a.id + "\" is not an application id (app_ followed by a ULID)",
                           "id");
    if (a.templateName.empty())
        return Error::make(ErrorKind::Invalid, "an application names the template of its tokens",
                           "template");
    if (a.tokenLifetime < kMinLifetime || a.tokenLifetime > kMaxLifetime)
        return Error::make(ErrorKind::Invalid,
                           "a token lifetime is from 30 seconds to 10 years, not " +
                               std::to_string(a.tokenLifetime) + " seconds",
                           "token_lifetime");
    if (!a.metadata.isObject())
        return Error::make(ErrorKind::Invalid, "metadata must be a JSON object", "metadata");
    if (auto v = model::checkMetadata(a.metadata, m_ctx.limits, "metadata"))
        return Error::make(ErrorKind::Limit, v->message,
                           "metadata" + (v->key.empty() ? "" : "." + v->key));
    return {};
}

Result<model::Application> ApplicationTable::create(model::Application a)
{
    if (Error e = validate(a))
        return e;
    if (a.id.empty())
        a.id = m_ctx.ids.next("app_");
    else if (byId(a.id))
        return Error::make(ErrorKind::Duplicate, "an application with the id " + a.id + " exists",
                           "id", a.id);
    if (a.clientId.empty())
        a.clientId = newClientId();
    if (Result<model::Application> holder = byClientId(a.clientId))
        return Error::make(ErrorKind::Duplicate,
                           "the client id " + a.clientId + " belongs to application " + holder->id,
                           "client_id", holder->id);
    if (a.createdAt == 0)
        a.createdAt = m_ctx.clock.now();
    if (a.updatedAt == 0)
        a.updatedAt = a.createdAt;
    if (a.version <= 0)
        a.version = 1;
    Statement& q = m_ctx.db.statement("INSERT INTO applications (id, name, client_id, metadata, "
                                      "template, token_lifetime, created_at,"
                                      " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                      " {RETURNING rid}");
    q.bindValue(0, qs(a.id));
    q.bindValue(1, qs(a.name));
    q.bindValue(2, qs(a.clientId));
    q.bindValue(3, jsonText(a.metadata));
    q.bindValue(4, qs(a.templateName));
    q.bindValue(5, static_cast<qlonglong>(a.tokenLifetime));
    q.bindValue(6, static_cast<qlonglong>(a.createdAt));
    q.bindValue(7, static_cast<qlonglong>(a.updatedAt));
    q.bindValue(8, static_cast<qlonglong>(a.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    const std::int64_t rid = q.lastInsertId();
    static const json::Value empty{json::Object{}};
    if (Error e = m_ctx.metadata.update(MetadataObject::Application, MetadataField::Metadata, rid,
                                        empty, a.metadata))
        return e;
    if (Error e = m_ctx.audit.record("application.create", "application", a.id, json::Value(),
                                     model::toJson(a)))
        return e;
    return a;
}

Result<model::Application> ApplicationTable::update(const model::Application& changed)
{
    auto found =
        load("SELECT rid, id, name, client_id, metadata, template, token_lifetime, created_at,"
             " updated_at, version FROM applications WHERE id = ?",
             qs(changed.id));
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("application", changed.id);
    const auto& [rid, current] = **found;
    if (current.version != changed.version)
        return Error::conflict("application", changed.id, changed.version, current.version);
    if (Error e = validate(changed))
        return e;
    Result<model::Application> holder = byClientId(changed.clientId);
    if (holder && holder->id != changed.id)
        return Error::make(ErrorKind::Duplicate,
                           "the client id " + changed.clientId + " belongs to application " +
                               holder->id,
                           "client_id", holder->id);
    model::Application a = changed;
    a.createdAt = current.createdAt;
    a.updatedAt = std::max(m_ctx.clock.now(), current.updatedAt);
    a.version = current.version + 1;
    Statement& q = m_ctx.db.statement("UPDATE applications SET name = ?, client_id = ?, metadata = "
                                      "?, template = ?, token_lifetime = ?,"
                                      " updated_at = ?, version = ? WHERE rid = ?");
    q.bindValue(0, qs(a.name));
    q.bindValue(1, qs(a.clientId));
    q.bindValue(2, jsonText(a.metadata));
    q.bindValue(3, qs(a.templateName));
    q.bindValue(4, static_cast<qlonglong>(a.tokenLifetime));
    q.bindValue(5, static_cast<qlonglong>(a.updatedAt));
    q.bindValue(6, static_cast<qlonglong>(a.version));
    q.bindValue(7, static_cast<qlonglong>(rid));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.metadata.update(MetadataObject::Application, MetadataField::Metadata, rid,
                                        current.metadata, a.metadata))
        return e;
    if (Error e = m_ctx.audit.record("application.update", "application", a.id,
                                     model::toJson(current), model::toJson(a)))
        return e;
    return a;
}

Result<model::Application> ApplicationTable::patchMetadata(std::string_view id,
                                                           const json::Value& patch,
                                                           std::int64_t expectedVersion)
{
    Result<model::Application> current = byId(id);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return Error::conflict("application", std::string(id), expectedVersion, current->version);
    std::optional<json::Value> merged = model::mergeMetadata(current->metadata, patch);
    if (!merged)
        return Error::make(ErrorKind::Invalid, "a metadata change must be a JSON object of keys",
                           "metadata");
    model::Application a = *current;
    a.metadata = std::move(*merged);
    return update(a);
}

Error ApplicationTable::remove(std::string_view id, std::int64_t expectedVersion)
{
    auto found =
        load("SELECT rid, id, name, client_id, metadata, template, token_lifetime, created_at,"
             " updated_at, version FROM applications WHERE id = ?",
             qs(id));
    if (!found)
        return found.error();
    if (!*found)
        return Error::notFound("application", std::string(id));
    const auto& [rid, current] = **found;
    if (current.version != expectedVersion)
        return Error::conflict("application", std::string(id), expectedVersion, current.version);
    static const json::Value empty{json::Object{}};
    if (Error e = m_ctx.metadata.update(MetadataObject::Application, MetadataField::Metadata, rid,
                                        current.metadata, empty))
        return e;
    Statement& q = m_ctx.db.statement("DELETE FROM applications WHERE rid = ?");
    q.bindValue(0, static_cast<qlonglong>(rid));
    if (Error e = m_ctx.db.exec(q))
        return e;
    return m_ctx.audit.record("application.delete", "application", std::string(id),
                              model::toJson(current), json::Value());
}

} // namespace claimsmith::store::sql
