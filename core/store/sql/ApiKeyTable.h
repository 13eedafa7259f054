#pragma once

#include "SqlContext.h"
#include "store/ApiKey.h"

#include <vector>

namespace claimsmith::store::sql {

// The server's API keys. Secrets are "csk_" + 43 base64url characters (32
// random bytes); the table holds a per-key random salt and SHA-256(salt ||
// secret). A fast hash is enough here: a 256-bit random secret cannot be
// guessed, so the slow, memory-hard functions that passwords need would only
// slow down every request without making a stolen table any weaker.
//
// Lookup is by the secret's first 12 characters (the prefix `apikey list`
// shows; it leaves 208 unknown bits), then the hashes are compared in
// constant time.
class ApiKeyTable
{
public:
    explicit ApiKeyTable(SqlContext& ctx)
        : m_ctx(ctx)
    {}

    Result<NewApiKey> create(std::string_view name, ApiKeyRole role);
    // Newest first, revoked keys included.
    Result<std::vector<ApiKey>> all();
    // `nameOrId`: the id, or the name of a key that is not revoked.
    Result<ApiKey> revoke(std::string_view nameOrId);
    // The live key this secret belongs to, or Unauthorized.
    Result<ApiKey> authenticate(std::string_view secret);
    // Records that a key was used now (not audited).
    Error touch(const ApiKey& key);

private:
    SqlContext& m_ctx;
};

} // namespace claimsmith::store::sql
