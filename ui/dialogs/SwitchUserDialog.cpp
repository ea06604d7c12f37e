#include "ui/dialogs/SwitchUserDialog.h"

#include "app/Instance.h"
#include "app/services/UserService.h"
#include "ui/widgets/IconTheme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

SwitchUserDialog::SwitchUserDialog(Instance &instance, Domain::Id currentUserId, QWidget *parent)
    : QDialog(parent)
    , m_users(instance.users().staff())
    , m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("switchUserDialog"));
    setWindowTitle(tr("Switch user"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Work in the console as:"), this);
    layout->addWidget(intro);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setIconSize(QSize(22, 22));
    m_list->setSpacing(2);
    for (const Domain::User &u : m_users) {
        auto *item = new QListWidgetItem(
            IconTheme::icon(u.isAdmin() ? QStringLiteral("user-group-properties")
                                        : QStringLiteral("im-user")),
            QStringLiteral("%1 — %2").arg(u.name, Domain::Names::label(u.role)), m_list);
        item->setToolTip(u.email);
        item->setData(Qt::UserRole, u.id);
        if (u.id == currentUserId)
            m_list->setCurrentItem(item);
    }
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Switch"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    resize(fontMetrics().averageCharWidth() * 55, fontMetrics().lineSpacing() * 18);
}

std::optional<Domain::User> SwitchUserDialog::selectedUser() const {
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const Domain::Id id = item->data(Qt::UserRole).toLongLong();
    for (const Domain::User &u : m_users)
        if (u.id == id)
            return u;
    return std::nullopt;
}

std::optional<Domain::User> SwitchUserDialog::choose(Instance &instance, Domain::Id currentUserId,
                                                     QWidget *parent) {
    SwitchUserDialog dialog(instance, currentUserId, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selectedUser();
}

} // namespace DeskBridge::Ui
