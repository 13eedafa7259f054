#pragma once

#include "Router.h"

namespace claimsmith::server {

// Each resource adds its routes; Server adds them all, in this order.
void addSystemRoutes(Router& router); // /healthz, JWKS, tokens, signing keys
void addUserRoutes(Router& router);
void addOrganizationRoutes(Router& router);
void addMembershipRoutes(Router& router);
void addAccessRoutes(Router& router); // roles and permissions
void addApplicationRoutes(Router& router);
void addTemplateRoutes(Router& router); // templates, render, rollout check
void addRecordRoutes(Router& router);   // audit log, metadata keys
void addReplaceRoutes(Router& router);  // PUT of whole objects
void addSettingsRoutes(Router& router); // store settings, template import

} // namespace claimsmith::server
