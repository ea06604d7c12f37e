#pragma once
// SubmitButton: Zendesk's split button: the main part says "Submit as Open" and submits with
// the status chosen in the properties; the arrow opens a menu to submit as another status.
#include "models/domain/Enums.h"

#include <QToolButton>

namespace DeskBridge::Ui {

class SubmitButton : public QToolButton {
    Q_OBJECT
public:
    explicit SubmitButton(QWidget *parent = nullptr);

    // The status the main part submits with.
    void setStatus(Domain::TicketStatus status);
    Domain::TicketStatus status() const { return m_status; }
    // The statuses the menu offers (a ticket never goes back to New).
    void setChoices(const QList<Domain::TicketStatus> &statuses);
    QList<Domain::TicketStatus> choices() const { return m_choices; }

Q_SIGNALS:
    void submitRequested(Domain::TicketStatus status);

private:
    void rebuildMenu();
    Domain::TicketStatus m_status = Domain::TicketStatus::Open;
    QList<Domain::TicketStatus> m_choices;
};

} // namespace DeskBridge::Ui
