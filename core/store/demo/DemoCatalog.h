#pragma once

// The fixed part of the demo store: permissions, the roles admin, member and
// viewer, the application and the `default` template.

#include "DemoPlan.h"
#include "model/Model.h"

#include <string_view>
#include <vector>

namespace claimsmith::demo {

std::vector<model::Permission> demoPermissions();
std::vector<model::Role> demoRoles();
// Without an id (the caller gives it one).
model::Application demoApplication(const DemoSettings& settings);

} // namespace claimsmith::demo
