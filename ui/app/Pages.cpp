#include "Pages.h"

#include "applications/ApplicationsPage.h"
#include "audit/AuditPage.h"
#include "common/PlaceholderPage.h"
#include "inspector/InspectorPage.h"
#include "keys/KeysPage.h"
#include "organizations/OrganizationsPage.h"
#include "roles/RolesPage.h"
#include "templates/TemplatesPage.h"
#include "users/UsersPage.h"

#include <QCoreApplication>

namespace claimsmith::ui {

std::vector<PageEntry> createPages()
{
    return {
        {QStringLiteral("users"), QCoreApplication::translate("Pages", "Users"), new UsersPage},
        {QStringLiteral("organizations"), QCoreApplication::translate("Pages", "Organizations"),
         new OrganizationsPage},
        {QStringLiteral("roles"), QCoreApplication::translate("Pages", "Roles & Permissions"),
         new RolesPage},
        {QStringLiteral("applications"), QCoreApplication::translate("Pages", "Applications"),
         new ApplicationsPage},
        {QStringLiteral("templates"), QCoreApplication::translate("Pages", "Templates"),
         new TemplatesPage},
        {QStringLiteral("keys"), QCoreApplication::translate("Pages", "Signing Keys"),
         new KeysPage},
        {QStringLiteral("audit"), QCoreApplication::translate("Pages", "Audit Log"), new AuditPage},
        {QStringLiteral("inspector"), QCoreApplication::translate("Pages", "Token Inspector"),
         new InspectorPage},
    };
}

} // namespace claimsmith::ui
