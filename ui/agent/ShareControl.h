#pragma once
// ShareControl: "Share ticket with" in the properties sidebar (DESIGN.md §1A). Lists the
// accepted outbound agreements; the agent picks one and the share happens on submit, like the
// other properties. Once shared, the same control offers "Unshare". Hidden when the account has
// no outbound agreement; disabled, with the reason, when the plan does not include sharing.
// Also says what the title's badge shows ("Outgoing → Partner", sync state).
#include "models/domain/Result.h"
#include "models/domain/Sharing.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace DeskBridge::Ui {

class ConsoleContext;

class ShareControl : public QWidget {
    Q_OBJECT
public:
    explicit ShareControl(ConsoleContext &context, QWidget *parent = nullptr);

    void setTicket(Domain::Id ticketId);
    // Re-reads agreements and shares; keeps the agent's pick when it is still offered.
    void refresh();
    // The agent picked a partner to share with, or "Unshare".
    bool isModified() const;
    // Shares / unshares as picked; the pick is reset afterwards.
    Status apply();
    void revert();
    void setReadOnly(bool readOnly);

    // The badge under the title: direction and partner, or "Orphaned", with the sync state;
    // empty when the ticket is not shared. `toolTip` gets the partner's error message if any.
    static QString badgeText(ConsoleContext &context, Domain::Id ticketId, QString *toolTip);

Q_SIGNALS:
    void modified();
    // Agreements or shares changed (the badge may have to follow).
    void refreshed();

private:
    QString partnerName(Domain::Id agreementId);

    ConsoleContext &m_context;
    Domain::Id m_ticketId = 0;
    QLabel *m_caption;
    QComboBox *m_combo;
    QLabel *m_reason;
    bool m_readOnly = false;
    int m_updating = 0;
};

} // namespace DeskBridge::Ui
