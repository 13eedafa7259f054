#include "ApiKey.h"

namespace claimsmith::store {

const char* apiKeyRoleName(ApiKeyRole role)
{
    return role == ApiKeyRole::Admin ? "admin" : "read-only";
}

std::optional<ApiKeyRole> apiKeyRoleFromName(std::string_view name)
{
    if (name == "admin")
        return ApiKeyRole::Admin;
    if (name == "read-only")
        return ApiKeyRole::ReadOnly;
    return std::nullopt;
}

} // namespace claimsmith::store
