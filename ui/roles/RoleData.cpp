#include "RoleData.h"

namespace claimsmith::ui {

store::Result<RoleData> loadRoleData(store::Store& s)
{
    store::Result<std::vector<model::Role>> roles = s.roles();
    if (!roles)
        return roles.error();
    store::Result<std::vector<model::Permission>> permissions = s.permissions();
    if (!permissions)
        return permissions.error();
    return RoleData{std::move(roles).value(), std::move(permissions).value()};
}

} // namespace claimsmith::ui
