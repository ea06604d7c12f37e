// The Admin Center pages that later versions fill (Ticket sharing, Triggers,
// Views): registered as PlaceholderPage with what they will hold, in the article's words. A
// feature's own page replaces its entry here (same id) when it arrives.
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/PlaceholderPage.h"

namespace DeskBridge::Ui {

namespace {

class PlannedPages {
    Q_DECLARE_TR_FUNCTIONS(PlannedPages)
public:
    static AdminPage *ticketSharing(AdminContext &context, QWidget *parent) {
        return new PlaceholderPage(
            context, QStringLiteral("preferences-system-network-sharing"),
            tr("Ticket sharing lets you work with other help desk accounts: think of it as a "
               "bridge between two separate help desks."),
            {tr("Send an invitation to a sharing agreement to a partner account; its "
                "administrator accepts or declines it. Agreements are pending, accepted, "
                "declined or inactive."),
             tr("Sharing agreements are one-way streets: to share tickets back, the partner "
                "sends an agreement of its own."),
             tr("Decide for each agreement what is synchronized: public and private comments, "
                "status, tags and custom fields."),
             tr("Agents then share single tickets with the \"Share ticket with\" drop-down in "
                "the ticket's properties."),
             tr("Needs the Professional or Enterprise plan.")},
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

const AdminPageRegistration ticketSharing{{
    QStringLiteral("ticket-sharing"),
    AdminSection::Channels,
    10,
    QStringLiteral("preferences-system-network-sharing"),
    [] { return PlannedPages::tr("Ticket sharing"); },
    [] { return PlannedPages::tr("Sharing agreements with partner accounts."); },
    &PlannedPages::ticketSharing,
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
