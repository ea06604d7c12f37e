// The Admin Center's built-in pages, referred to once so the linker keeps their registrations
// (see AdminPageRegistry.h: deskbridge_ui is a static library). One line per page file.
#include "ui/admin/AdminPageRegistry.h"

#define DESKBRIDGE_IMPORT_ADMIN_PAGE(name) int deskbridgeAdminPageAnchor_##name();

DESKBRIDGE_IMPORT_ADMIN_PAGE(accountSettings)
DESKBRIDGE_IMPORT_ADMIN_PAGE(plan)
DESKBRIDGE_IMPORT_ADMIN_PAGE(businessHours)
DESKBRIDGE_IMPORT_ADMIN_PAGE(users)
DESKBRIDGE_IMPORT_ADMIN_PAGE(groups)
DESKBRIDGE_IMPORT_ADMIN_PAGE(organizations)
DESKBRIDGE_IMPORT_ADMIN_PAGE(ticketFields)
DESKBRIDGE_IMPORT_ADMIN_PAGE(triggers)
DESKBRIDGE_IMPORT_ADMIN_PAGE(views)
DESKBRIDGE_IMPORT_ADMIN_PAGE(ticketSharing)
DESKBRIDGE_IMPORT_ADMIN_PAGE(helpCenter)

namespace DeskBridge::Ui {

void AdminPageRegistry::importBuiltinPages() {
    static const int linked =
        deskbridgeAdminPageAnchor_accountSettings() + deskbridgeAdminPageAnchor_plan() +
        deskbridgeAdminPageAnchor_businessHours() + deskbridgeAdminPageAnchor_users() +
        deskbridgeAdminPageAnchor_groups() + deskbridgeAdminPageAnchor_organizations() +
        deskbridgeAdminPageAnchor_ticketFields() + deskbridgeAdminPageAnchor_triggers() +
        deskbridgeAdminPageAnchor_views() + deskbridgeAdminPageAnchor_ticketSharing() +
        deskbridgeAdminPageAnchor_helpCenter();
    Q_UNUSED(linked);
}

} // namespace DeskBridge::Ui
