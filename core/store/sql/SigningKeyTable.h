#pragma once

#include "SqlContext.h"
#include "jose/Key.h"
#include "model/Model.h"
#include "store/KeyVault.h"
#include "store/Queries.h"

#include <functional>

namespace claimsmith::store::sql {

// Signing keys: the public JWK in clear, the private key sealed by the
// store's KeyVault. At most one key is active; activating a key retires the
// one that was active.
class SigningKeyTable
{
public:
    // Opens the store's vault (creating it for the first key when asked).
    using VaultAccess = std::function<Result<const KeyVault*>(bool create)>;

    SigningKeyTable(SqlContext& ctx, VaultAccess vault)
        : m_ctx(ctx)
        , m_vault(std::move(vault))
    {}

    Result<std::vector<model::SigningKey>> all();
    Result<model::SigningKey> byKid(std::string_view kid);
    Result<model::SigningKey> add(const jose::Key& privateKey, model::KeyState state);
    Result<model::SigningKey> activate(std::string_view kid, std::int64_t expectedVersion);
    Result<model::SigningKey> retire(std::string_view kid, std::int64_t expectedVersion);
    Result<json::Value> jwks();
    Result<model::SigningKey> active();
    Result<jose::Key> activePrivateKey();

private:
    Error setState(const model::SigningKey& key, model::KeyState state);

    SqlContext& m_ctx;
    VaultAccess m_vault;
};

} // namespace claimsmith::store::sql
