#include "ui/admin/UserListModel.h"

#include <QIcon>
#include <QPalette>

namespace DeskBridge::Ui {

void UserListModel::setUsers(const QList<Domain::User> &users) {
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserListModel::rowOf(Domain::Id id) const {
    for (int i = 0; i < m_users.size(); ++i)
        if (m_users[i].id == id)
            return i;
    return -1;
}

int UserListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Domain::User &u = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return u.name;
        case EmailColumn:
            return u.email;
        case RoleColumn:
            return Domain::Names::label(u.role);
        case StatusColumn:
            return u.active ? tr("Active") : tr("Suspended");
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            switch (u.role) {
            case Domain::Role::Admin:
                return QIcon::fromTheme(QStringLiteral("user-properties"));
            case Domain::Role::Agent:
                return QIcon::fromTheme(QStringLiteral("user-identity"));
            case Domain::Role::EndUser:
                return QIcon::fromTheme(QStringLiteral("im-user"));
            }
        }
        return {};
    case Qt::ForegroundRole:
        // Suspended users fade, as disabled entries do elsewhere in the desktop.
        if (!u.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        return tr("%1 <%2>").arg(u.name, u.email);
    case IdRole:
        return u.id;
    case UserRoleRole:
        return int(u.role);
    case ActiveRole:
        return u.active;
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace DeskBridge::Ui
