#pragma once

#include "Router.h"

namespace claimsmith::server {

// The WorkOS-compatible API (docs/workos-compat.md), served at the root of
// the server next to /v1: /user_management/... and /organizations...
void addWorkOsRoutes(Router& router);
void addWorkOsUserRoutes(Router& router);
void addWorkOsOrganizationRoutes(Router& router);
void addWorkOsMembershipRoutes(Router& router);
void addWorkOsTemplateRoutes(Router& router); // /user_management/jwt_template

} // namespace claimsmith::server
