#pragma once

#include "model/Model.h"
#include "store/Store.h"

#include <vector>

namespace claimsmith::ui {

// Roles and permissions, read together: each list needs the other (the
// permissions a role may grant; the roles that grant a permission).
struct RoleData
{
    std::vector<model::Role> roles;
    std::vector<model::Permission> permissions;
};

// On the store worker.
store::Result<RoleData> loadRoleData(store::Store& s);

} // namespace claimsmith::ui
