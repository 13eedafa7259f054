#include "SigningKeyTable.h"

#include "AuditLog.h"
#include "SqlValues.h"
#include "model/ModelJson.h"

#include <QByteArray>

#include <openssl/crypto.h>

namespace claimsmith::store::sql {

namespace {

model::SigningKey readRow(const Statement& q)
{
    model::SigningKey k;
    k.kid = text(q, 0);
    k.alg = text(q, 1);
    k.state = model::keyStateFromName(text(q, 2)).value_or(model::KeyState::Retired);
    k.publicJwk = q.isNull(3) ? json::Value() : jsonColumn(q, 3);
    k.createdAt = integer(q, 4);
    k.activatedAt = optionalInteger(q, 5);
    k.retiredAt = optionalInteger(q, 6);
    k.version = integer(q, 7);
    return k;
}

void wipe(std::string& s)
{
    if (!s.empty())
        OPENSSL_cleanse(s.data(), s.size());
    s.clear();
}

} // namespace

Result<std::vector<model::SigningKey>> SigningKeyTable::all()
{
    Statement& q = m_ctx.db.statement("SELECT kid, alg, state, public_jwk, created_at, "
                                      "activated_at, retired_at, version FROM signing_keys"
                                      " ORDER BY created_at DESC, kid");
    std::vector<model::SigningKey> out;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            out.push_back(readRow(r));
            return true;
        }))
        return e;
    return out;
}

Result<model::SigningKey> SigningKeyTable::byKid(std::string_view kid)
{
    Statement& q = m_ctx.db.statement("SELECT kid, alg, state, public_jwk, created_at, "
                                      "activated_at, retired_at, version FROM signing_keys"
                                      " WHERE kid = ?");
    q.bindValue(0, qs(kid));
    std::optional<model::SigningKey> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = readRow(r);
            return false;
        }))
        return e;
    if (!found)
        return Error::notFound("signing key", std::string(kid));
    return std::move(*found);
}

Result<model::SigningKey> SigningKeyTable::add(const jose::Key& privateKey, model::KeyState state)
{
    if (privateKey.isNull() || !privateKey.hasPrivate())
        return Error::make(ErrorKind::Invalid,
                           "a signing key needs its private part; this is a public key", "key");
    const jose::Algorithm alg = jose::signingAlgorithm(privateKey);
    std::string why;
    if (!privateKey.canSign(alg, &why))
        return Error::make(ErrorKind::Invalid, "this key cannot sign: " + why, "key");
    model::SigningKey k;
    k.kid = privateKey.kid().empty() ? privateKey.thumbprint() : privateKey.kid();
    k.alg = std::string(jose::algorithmName(alg));
    k.state = state;
    k.publicJwk = privateKey.type() == jose::KeyType::Oct ? json::Value()
                                                          : privateKey.publicKey().toJwk(false);
    if (k.publicJwk.isObject()) {
        k.publicJwk.set("kid", k.kid);
        k.publicJwk.set("alg", k.alg);
        k.publicJwk.set("use", "sig");
    }
    k.createdAt = m_ctx.clock.now();
    k.version = 1;
    if (byKid(k.kid))
        return Error::make(ErrorKind::Duplicate, "the key " + k.kid + " is already in the store",
                           "kid", k.kid);

    Result<const KeyVault*> vault = m_vault(true);
    if (!vault)
        return vault.error();
    json::Value jwk = privateKey.toJwk(true);
    jwk.set("kid", k.kid);
    jwk.set("alg", k.alg);
    std::string plain = json::toString(jwk);
    Result<std::string> sealed = (*vault)->seal(plain, k.kid);
    wipe(plain);
    if (!sealed)
        return sealed.error();

    if (state == model::KeyState::Active) {
        Result<std::vector<model::SigningKey>> keys = all();
        if (!keys)
            return keys.error();
        for (const model::SigningKey& other : *keys) {
            if (other.state == model::KeyState::Active) {
                if (Error e = setState(other, model::KeyState::Retired))
                    return e;
            }
        }
        k.activatedAt = k.createdAt;
    }
    Statement& q = m_ctx.db.statement("INSERT INTO signing_keys (kid, alg, state, public_jwk, "
                                      "sealed_private, created_at, activated_at,"
                                      " retired_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bindValue(0, qs(k.kid));
    q.bindValue(1, qs(k.alg));
    q.bindValue(2, QString::fromLatin1(model::keyStateName(k.state)));
    q.bindValue(3, k.publicJwk.isNull() ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(jsonText(k.publicJwk)));
    q.bindValue(4, QByteArray::fromStdString(*sealed));
    q.bindValue(5, static_cast<qlonglong>(k.createdAt));
    q.bindValue(6, optionalInt(k.activatedAt));
    q.bindValue(7, optionalInt(k.retiredAt));
    q.bindValue(8, static_cast<qlonglong>(k.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (Error e =
            m_ctx.audit.record("key.add", "signing_key", k.kid, json::Value(), model::toJson(k)))
        return e;
    return k;
}

Error SigningKeyTable::setState(const model::SigningKey& key, model::KeyState state)
{
    model::SigningKey k = key;
    k.state = state;
    const model::Millis now = m_ctx.clock.now();
    if (state == model::KeyState::Active)
        k.activatedAt = now;
    if (state == model::KeyState::Retired)
        k.retiredAt = now;
    k.version += 1;
    Statement& q = m_ctx.db.statement("UPDATE signing_keys SET state = ?, activated_at = ?, "
                                      "retired_at = ?, version = ? WHERE kid = ? AND version = ?");
    q.bindValue(0, QString::fromLatin1(model::keyStateName(state)));
    q.bindValue(1, optionalInt(k.activatedAt));
    q.bindValue(2, optionalInt(k.retiredAt));
    q.bindValue(3, static_cast<qlonglong>(k.version));
    q.bindValue(4, qs(k.kid));
    q.bindValue(5, static_cast<qlonglong>(key.version));
    if (Error e = m_ctx.db.exec(q))
        return e;
    if (q.numRowsAffected() != 1)
        return Error::conflict("signing key", k.kid, key.version, key.version + 1);
    const char* action = state == model::KeyState::Active ? "key.activate" : "key.retire";
    return m_ctx.audit.record(action, "signing_key", k.kid, model::toJson(key), model::toJson(k));
}

Result<model::SigningKey> SigningKeyTable::activate(std::string_view kid,
                                                    std::int64_t expectedVersion)
{
    Result<model::SigningKey> key = byKid(kid);
    if (!key)
        return key.error();
    if (key->version != expectedVersion)
        return Error::conflict("signing key", std::string(kid), expectedVersion, key->version);
    if (key->state == model::KeyState::Active)
        return key;
    Result<std::vector<model::SigningKey>> keys = all();
    if (!keys)
        return keys.error();
    for (const model::SigningKey& other : *keys) {
        if (other.state == model::KeyState::Active) {
            if (Error e = setState(other, model::KeyState::Retired))
                return e;
        }
    }
    if (Error e = setState(*key, model::KeyState::Active))
        return e;
    return byKid(kid);
}

Result<model::SigningKey> SigningKeyTable::retire(std::string_view kid,
                                                  std::int64_t expectedVersion)
{
    Result<model::SigningKey> key = byKid(kid);
    if (!key)
        return key.error();
    if (key->version != expectedVersion)
        return Error::conflict("signing key", std::string(kid), expectedVersion, key->version);
    if (key->state == model::KeyState::Retired)
        return key;
    if (Error e = setState(*key, model::KeyState::Retired))
        return e;
    return byKid(kid);
}

Result<json::Value> SigningKeyTable::jwks()
{
    Result<std::vector<model::SigningKey>> keys = all();
    if (!keys)
        return keys.error();
    json::Array list;
    // Active first, then next: verifiers try keys in order when there is no kid.
    for (model::KeyState wanted : {model::KeyState::Active, model::KeyState::Next}) {
        for (const model::SigningKey& k : *keys) {
            if (k.state == wanted && k.publicJwk.isObject())
                list.push_back(k.publicJwk);
        }
    }
    return json::Value::object({{"keys", json::Value(std::move(list))}});
}

Result<model::SigningKey> SigningKeyTable::active()
{
    Statement& q = m_ctx.db.statement("SELECT kid, alg, state, public_jwk, created_at, "
                                      "activated_at, retired_at, version FROM signing_keys"
                                      " WHERE state = 'active' ORDER BY activated_at DESC LIMIT 1");
    std::optional<model::SigningKey> found;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            found = readRow(r);
            return false;
        }))
        return e;
    if (!found)
        return Error::make(
            ErrorKind::NotFound,
            "the store has no active signing key; add one with claimsmith keys add, or under "
            "Signing Keys");
    return std::move(*found);
}

Result<jose::Key> SigningKeyTable::activePrivateKey()
{
    Statement& q = m_ctx.db.statement("SELECT kid, sealed_private FROM signing_keys WHERE state = "
                                      "'active' ORDER BY activated_at DESC LIMIT 1");
    std::string kid;
    std::string sealed;
    if (Error e = m_ctx.db.select(q, [&](const Statement& r) {
            kid = text(r, 0);
            sealed = r.blob(1);
            return false;
        }))
        return e;
    if (kid.empty())
        return Error::make(
            ErrorKind::NotFound,
            "the store has no active signing key; add one with claimsmith keys add, or under "
            "Signing Keys");
    Result<const KeyVault*> vault = m_vault(false);
    if (!vault)
        return vault.error();
    Result<std::string> plain = (*vault)->unseal(sealed, kid);
    if (!plain)
        return plain.error();
    jose::Key key;
    std::string error;
    const bool ok = jose::Key::fromJwkText(*plain, key, error);
    wipe(plain.value());
    if (!ok)
        return Error::make(ErrorKind::Internal,
                           "the stored key " + kid + " cannot be read: " + error);
    return key;
}

} // namespace claimsmith::store::sql
