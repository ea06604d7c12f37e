#include "ui/admin/HelpCenterPasswordBox.h"

#include "app/Instance.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "ui/admin/AdminContext.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/MessageBar.h"
#include "ui/admin/PasswordLinkDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

namespace DeskBridge::Ui {

HelpCenterPasswordBox::HelpCenterPasswordBox(AdminContext &context, MessageBar *messages,
                                             QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_messages(messages)
    , m_state(new QLabel(this))
    , m_button(new QPushButton(tr("Help Center password…"), this)) {
    setObjectName(QStringLiteral("helpCenterPasswordBox"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state->setObjectName(QStringLiteral("helpCenterPasswordState"));
    m_button->setObjectName(QStringLiteral("helpCenterPasswordButton"));
    auto *menu = new QMenu(m_button);
    m_createLink =
        menu->addAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Create password link…"));
    m_createLink->setObjectName(QStringLiteral("createPasswordLinkAction"));
    m_createLink->setToolTip(tr("A link with which the user sets their Help Center password"));
    m_remove = menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                               tr("Remove Help Center password"));
    m_remove->setObjectName(QStringLiteral("removeHelpCenterPasswordAction"));
    m_button->setMenu(menu);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_button);
    connect(m_createLink, &QAction::triggered, this, &HelpCenterPasswordBox::createLink);
    connect(m_remove, &QAction::triggered, this, &HelpCenterPasswordBox::removePassword);
    setUser(std::nullopt);
}

void HelpCenterPasswordBox::setUser(const std::optional<Domain::User> &user) {
    m_user = user;
    refresh();
}

void HelpCenterPasswordBox::refresh() {
    if (!m_user) {
        m_state->setText(tr("Set after the user is created."));
        m_button->setEnabled(false);
        return;
    }
    const bool has = m_context.instance().helpCenter().hasPassword(m_user->id);
    m_state->setText(has ? tr("Password set") : tr("No password set"));
    m_state->setToolTip(has ? tr("%1 can sign in to the Help Center.").arg(m_user->name)
                            : tr("%1 cannot sign in to the Help Center until they set a password "
                                 "with a link.")
                                  .arg(m_user->name));
    m_button->setEnabled(true);
    m_createLink->setEnabled(m_user->active);
    m_remove->setEnabled(has);
}

void HelpCenterPasswordBox::createLink() {
    if (!m_user)
        return;
    auto link = m_context.instance().helpCenter().createPasswordLink(m_context.actor(), m_user->id);
    if (!link) {
        m_messages->showError(link.message);
        return;
    }
    const auto account = m_context.instance().accounts().account();
    auto *dialog = new PasswordLinkDialog(*link.value, account ? account->name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    m_messages->showPositive(tr("Created a Help Center password link for %1.").arg(m_user->name));
}

void HelpCenterPasswordBox::removePassword() {
    if (!m_user)
        return;
    if (!Confirmation::ask(this, tr("Remove Help Center password"),
                           tr("Remove %1's Help Center password? They are signed out of the "
                              "Help Center and cannot sign in until they set a new password "
                              "with a link.")
                               .arg(m_user->name),
                           tr("Remove password")))
        return;
    const Status removed =
        m_context.instance().helpCenter().clearPassword(m_context.actor(), m_user->id);
    if (!removed)
        m_messages->showError(removed.error());
    else
        m_messages->showPositive(tr("Removed %1's Help Center password.").arg(m_user->name));
    refresh();
}

} // namespace DeskBridge::Ui
