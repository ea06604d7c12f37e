#pragma once
// ChangeHub: the signals that tell item models and windows that data changed, whether through
// this process's services or another process on the same data directory (data_version poll).
#include "models/domain/Entities.h"

#include <QObject>

namespace DeskBridge::Store {

class ChangeHub : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

Q_SIGNALS:
    void ticketChanged(DeskBridge::Domain::Id id);
    void ticketsChanged(); // many or unknown tickets: reload lists and counts
    void usersChanged();
    void groupsChanged();
    void organizationsChanged();
    void fieldsChanged();
    void accountChanged();
    void agreementsChanged();
    void rulesChanged();
    // Another connection (the CLI, the sharing thread) committed: reload whatever is shown.
    void externalChange();
};

} // namespace DeskBridge::Store
