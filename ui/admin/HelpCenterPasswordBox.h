#pragma once
// HelpCenterPasswordBox: the Users page's row for a user's Help Center password: whether they
// have one, and a "Help Center password…" menu: "Create password link…" (shows the link in a
// PasswordLinkDialog to copy or send) and "Remove Help Center password" (after confirmation).
// It acts through HelpCenterService; refusals go to the page's message bar.
#include "models/domain/Entities.h"

#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;

namespace DeskBridge::Ui {

class AdminContext;
class MessageBar;

class HelpCenterPasswordBox : public QWidget {
    Q_OBJECT
public:
    HelpCenterPasswordBox(AdminContext &context, MessageBar *messages, QWidget *parent = nullptr);

    // The user the box is about; nullopt while a new user is being created.
    void setUser(const std::optional<Domain::User> &user);
    void refresh();

private:
    void createLink();
    void removePassword();

    AdminContext &m_context;
    MessageBar *m_messages;
    std::optional<Domain::User> m_user;
    QLabel *m_state;
    QPushButton *m_button;
    QAction *m_createLink;
    QAction *m_remove;
};

} // namespace DeskBridge::Ui
