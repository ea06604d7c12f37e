// The Admin Center pages that later versions fill (Organizations, Ticket sharing):
// registered as PlaceholderPage with what they will hold, in the article's words. A feature's own
// page replaces its entry here (same id) when it arrives.
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

const AdminPageRegistration ticketSharing{{
    QStringLiteral("ticket-sharing"),
    AdminSection::Channels,
    10,
    QStringLiteral("preferences-system-network-sharing"),
    [] { return PlannedPages::tr("Ticket sharing"); },
    [] { return PlannedPages::tr("Sharing agreements with partner accounts."); },
    &PlannedPages::ticketSharing,
}};

} // namespace

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(planned)
