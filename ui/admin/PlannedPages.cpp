// The Admin Center pages that later versions fill (Ticket sharing): registered as
// PlaceholderPage with what they will hold, in the article's words. A feature's own page replaces
// its entry here (same id) when it arrives.
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

} // namespace

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(planned)
