#pragma once
// TicketSharingPage: Admin Center → Channels → Ticket sharing (DESIGN.md §1A): the account's
// sharing URL and certificate fingerprint to give partners, the agreements with their status,
// queue and last delivery error, and what an admin does with them: accept or decline a
// partner's invite, retry delivery now, deactivate (final), and decline all invites.
#include "ui/admin/AdminPage.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace DeskBridge::Ui {

class TicketSharingPage : public AdminPage {
    Q_OBJECT
public:
    explicit TicketSharingPage(AdminContext &context, QWidget *parent = nullptr);

protected:
    void reload() override;

private:
    Domain::Id selectedAgreement() const;
    void updateButtons();
    void invite();
    void accept();
    void decline();
    void deactivate();
    void retry();
    void setDeclineInvites(bool decline);

    QLabel *m_url;
    QLabel *m_fingerprint;
    QTreeWidget *m_agreements;
    QPushButton *m_invite;
    QPushButton *m_accept;
    QPushButton *m_decline;
    QPushButton *m_deactivate;
    QPushButton *m_retry;
    QCheckBox *m_declineInvites;
};

} // namespace DeskBridge::Ui
