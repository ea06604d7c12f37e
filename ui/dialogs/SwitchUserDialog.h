#pragma once
// SwitchUserDialog: "who is at the desk": the account's active agents and administrators to
// pick from. The console then works as that user (and remembers them for the next start).
#include "models/domain/Entities.h"

#include <QDialog>
#include <optional>

class QListWidget;

namespace DeskBridge {
class Instance;
}

namespace DeskBridge::Ui {

class SwitchUserDialog : public QDialog {
    Q_OBJECT
public:
    SwitchUserDialog(Instance &instance, Domain::Id currentUserId, QWidget *parent = nullptr);

    std::optional<Domain::User> selectedUser() const;
    // Shows the dialog; the chosen user, or nothing when cancelled.
    static std::optional<Domain::User> choose(Instance &instance, Domain::Id currentUserId,
                                              QWidget *parent = nullptr);

private:
    QList<Domain::User> m_users;
    QListWidget *m_list;
};

} // namespace DeskBridge::Ui
