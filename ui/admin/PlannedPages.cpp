// The Admin Center pages that later versions fill (Organizations, Triggers, Views): registered as
// PlaceholderPage with what they will hold, in the article's words. A feature's own page replaces
// its entry here (same id) when it arrives.
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/PlaceholderPage.h"

namespace DeskBridge::Ui {

namespace {

class PlannedPages {
    Q_DECLARE_TR_FUNCTIONS(PlannedPages)
public:
    static AdminPage *organizations(AdminContext &context, QWidget *parent) {
        return new PlaceholderPage(
            context, QStringLiteral("resource-group"),
            tr("Organizations are collections of users, typically companies or departments."),
            {tr("Give each organization a unique name and add email domains: a new user whose "
                "address matches a domain joins the organization automatically."),
             tr("Add users by hand, or by bulk import from a CSV file."),
             tr("\"Users can view all tickets in this organization\": signed-in members then see "
                "the tickets their colleagues submitted."),
             tr("Group mapping: tickets from an organization go to the right agent group."),
             tr("On the Professional and Enterprise plans a user can belong to up to 300 "
                "organizations at once.")},
            parent);
    }

    static AdminPage *triggers(AdminContext &context, QWidget *parent) {
        return new PlaceholderPage(
            context, QStringLiteral("run-build"),
            tr("Triggers are event-based business rules: \"when X happens, do Y\"."),
            {tr("Share tickets automatically, for example: condition \"ticket is created\" and "
                "\"tags contain warranty_claim\", action \"share ticket with\" your manufacturing "
                "partner."),
             tr("Use organizations in triggers to set tags, the priority or the group."),
             tr("Automatic sharing through triggers needs the Enterprise plan.")},
            parent);
    }

    static AdminPage *views(AdminContext &context, QWidget *parent) {
        return new PlaceholderPage(
            context, QStringLiteral("view-filter"),
            tr("Views keep track of what is shared once sharing is set up, manually or "
               "automatically."),
            {tr("All tickets shared with a particular partner."),
             tr("All tickets received from partners."), tr("Tickets shared in the last 24 hours."),
             tr("Orphaned tickets: tickets whose sharing was removed."),
             tr("Filter with the conditions \"Received from\" and \"Sent to\".")},
            parent);
    }
};

const AdminPageRegistration organizations{{
    QStringLiteral("organizations"),
    AdminSection::People,
    30,
    QStringLiteral("resource-group"),
    [] { return PlannedPages::tr("Organizations"); },
    [] { return PlannedPages::tr("Companies and departments, their email domains and sharing."); },
    &PlannedPages::organizations,
}};

const AdminPageRegistration triggers{{
    QStringLiteral("triggers"),
    AdminSection::ObjectsAndRules,
    20,
    QStringLiteral("run-build"),
    [] { return PlannedPages::tr("Triggers"); },
    [] { return PlannedPages::tr("Business rules that act when tickets are created or updated."); },
    &PlannedPages::triggers,
}};

const AdminPageRegistration views{{
    QStringLiteral("views"),
    AdminSection::ObjectsAndRules,
    30,
    QStringLiteral("view-filter"),
    [] { return PlannedPages::tr("Views"); },
    [] { return PlannedPages::tr("Ticket lists for the agents' console."); },
    &PlannedPages::views,
}};

} // namespace

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(planned)
