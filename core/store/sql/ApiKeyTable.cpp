#include "ApiKeyTable.h"

#include "AuditLog.h"
#include "SqlValues.h"
#include "jose/Secrets.h"
#include "json/Base64.h"
#include "model/Clock.h"

#include <QByteArray>

namespace claimsmith::store::sql {

namespace {

constexpr std::size_t kSecretBytes = 32;
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kPrefixLength = 12; // "csk_" + 8 characters

ApiKey readRow(const Statement& q)
{
    ApiKey k;
    k.id = text(q, 0);
    k.name = text(q, 1);
    k.role = apiKeyRoleFromName(q.text(2)).value_or(ApiKeyRole::ReadOnly);
    k.prefix = text(q, 3);
    k.createdAt = integer(q, 4);
    k.lastUsedAt = optionalInteger(q, 5);
    k.revokedAt = optionalInteger(q, 6);
    k.version = integer(q, 7);
    return k;
}

// What the audit log keeps of a key: never the salt or the hash.
json::Value auditJson(const ApiKey& k)
{
    json::Value v = json::Value::object({{"id", k.id},
                                         {"name", k.name},
                                         {"role", apiKeyRoleName(k.role)},
                                         {"prefix", k.prefix},
                                         {"created_at", model::isoTime(k.createdAt)}});
    if (k.revokedAt)
        v.set("revoked_at", model::isoTime(*k.revokedAt));
    return v;
}

bool validName(std::string_view name)
{
    if (name.empty() || name.size() > 100)
        return false;
    for (unsigned char c : name) {
        if (c < 0x20 || c == 0x7f)
            return false;
    }
    return true;
}

} // namespace

Result<NewApiKey> ApiKeyTable::create(std::string_view name, ApiKeyRole role)
{
    if (!validName(name))
        return Error::make(ErrorKind::Invalid,
                           "an API key's name is 1 to 100 characters, without control characters",
                           "name");
    const std::string random = jose::randomBytes(kSecretBytes);
    const std::string salt = jose::randomBytes(kSaltBytes);
    if (random.size() != kSecretBytes || salt.size() != kSaltBytes)
        return Error::make(ErrorKind::Internal, "the system's random generator failed");
    NewApiKey made;
    made.secret = std::string(kApiKeySecretPrefix) + base64::encodeUrl(random);
    ApiKey& k = made.key;
    k.id = m_ctx.ids.next("ak_");
    k.name = std::string(name);
    k.role = role;
    k.prefix = made.secret.substr(0, kPrefixLength);
    k.createdAt = m_ctx.clock.now();
    k.version = 1;

    Statement& taken =
        m_ctx.db.statement("SELECT id FROM api_keys WHERE name = ? AND revoked_at IS NULL");
    taken.bindValue(0, qs(name));
    std::string holder;
    if (Error e = m_ctx.db.select(taken, [&](const Statement& r) {
            holder = text(r, 0);
            return false;
        }))
        return e;
    if (!holder.empty())
        return Error::make(ErrorKind::Duplicate,
                           "there is already an API key named \"" + k.name +
                               "\"; revoke it first or choose another name",
                           "name", holder);

    Statement& q = m_ctx.db.statement(
        "INSERT INTO api_keys (id, name, role, prefix, salt, hash, created_at, last_used_at,"
        " revoked_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)");
    q.bindValue(0, qs(k.id));
    q.bindValue(1, qs(k.name));
    q.bindValue(2, QString::fromLatin1(apiKeyRoleName(k.role)));
    q.bindValue(3, qs(k.prefix));
    q.bindValue(4, QByteArray::fromStdString(salt));
    q.bindValue(5, QByteArray::fromStdString(jose::sha256(salt, made.secret)));
    q.bindValue(6, static_cast<qlonglong>(k.createdAt));
    q.bindValue(7, static_cast<qlonglong>(k.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e =
            m_ctx.audit.recordRaw("api_key.create", "api_key", k.id, json::Value(), auditJson(k)))
        return e;
    return made;
}

Result<std::vector<ApiKey>> ApiKeyTable::all()
{
    Statement& q = m_ctx.db.statement(
        "SELECT id, name, role, prefix, created_at, last_used_at, revoked_at, version"
        " FROM api_keys ORDER BY created_at DESC, id DESC");
    std::vector<ApiKey> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back(readRow(r));
            return true;
        }))
        return e;
    return out;
}

Result<ApiKey> ApiKeyTable::revoke(std::string_view nameOrId)
{
    Statement& find = m_ctx.db.statement(
        "SELECT id, name, role, prefix, created_at, last_used_at, revoked_at, version"
        " FROM api_keys WHERE id = ? OR (name = ? AND revoked_at IS NULL)");
    find.bindValue(0, qs(nameOrId));
    find.bindValue(1, qs(nameOrId));
    std::optional<ApiKey> found;
    if (Error e = m_ctx.db.select(find, [&](const Statement& r) {
            found = readRow(r);
            return false;
        }))
        return e;
    if (!found)
        return Error::notFound("API key", std::string(nameOrId));
    if (found->revokedAt)
        return Error::make(ErrorKind::Invalid,
                           "the API key " + found->name + " (" + found->id + ") is already revoked",
                           "id", found->id);
    const ApiKey before = *found;
    found->revokedAt = m_ctx.clock.now();
    found->version += 1;
    Statement& q = m_ctx.db.statement(
        "UPDATE api_keys SET revoked_at = ?, version = ? WHERE id = ? AND version = ?");
    q.bindValue(0, static_cast<qlonglong>(*found->revokedAt));
    q.bindValue(1, static_cast<qlonglong>(found->version));
    q.bindValue(2, qs(found->id));
    q.bindValue(3, static_cast<qlonglong>(before.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e = m_ctx.audit.recordRaw("api_key.revoke", "api_key", found->id, auditJson(before),
                                        auditJson(*found)))
        return e;
    return std::move(*found);
}

Result<ApiKey> ApiKeyTable::authenticate(std::string_view secret)
{
    const Error unknown = Error::make(ErrorKind::Unauthorized, "unknown or revoked API key");
    if (secret.size() < kPrefixLength ||
        secret.substr(0, kApiKeySecretPrefix.size()) != kApiKeySecretPrefix)
        return unknown;
    Statement& q = m_ctx.db.statement(
        "SELECT id, name, role, prefix, created_at, last_used_at, revoked_at, version, salt, hash"
        " FROM api_keys WHERE prefix = ? AND revoked_at IS NULL");
    q.bindValue(0, qs(secret.substr(0, kPrefixLength)));
    std::optional<ApiKey> match;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            const std::string salt = r.blob(8);
            const std::string hash = r.blob(9);
            if (jose::constantTimeEquals(jose::sha256(salt, secret), hash)) {
                match = readRow(r);
                return false;
            }
            return true;
        }))
        return e;
    if (!match)
        return unknown;
    return std::move(*match);
}

Error ApiKeyTable::touch(const ApiKey& key)
{
    Statement& q = m_ctx.db.statement("UPDATE api_keys SET last_used_at = ? WHERE id = ?");
    q.bindValue(0, static_cast<qlonglong>(m_ctx.clock.now()));
    q.bindValue(1, qs(key.id));
    return m_ctx.db.exec(q);
}

} // namespace claimsmith::store::sql
