#pragma once
// UserListModel: the Admin Center's table of users (name, email, role, status). It holds a
// snapshot the users page loads from UserService; UserFilterModel searches and filters it.
#include "models/domain/Entities.h"

#include <QAbstractTableModel>

namespace DeskBridge::Ui {

class UserListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, RoleColumn, StatusColumn, ColumnCount };
    enum ItemRole { IdRole = Qt::UserRole + 1, UserRoleRole, ActiveRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setUsers(const QList<Domain::User> &users);
    const QList<Domain::User> &users() const { return m_users; }
    // The row of the user with this id, or -1.
    int rowOf(Domain::Id id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Domain::User> m_users;
};

} // namespace DeskBridge::Ui
