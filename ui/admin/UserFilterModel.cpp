#include "ui/admin/UserFilterModel.h"

#include "ui/admin/UserListModel.h"

namespace DeskBridge::Ui {

UserFilterModel::UserFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void UserFilterModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void UserFilterModel::setRoleFilter(std::optional<Domain::Role> role) {
    if (role == m_role)
        return;
    m_role = role;
    invalidateRowsFilter();
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QAbstractItemModel *source = sourceModel();
    const QModelIndex name = source->index(sourceRow, UserListModel::NameColumn, sourceParent);
    if (m_role && source->data(name, UserListModel::UserRoleRole).toInt() != int(*m_role))
        return false;
    if (m_search.isEmpty())
        return true;
    const QString email =
        source->index(sourceRow, UserListModel::EmailColumn, sourceParent).data().toString();
    return name.data().toString().contains(m_search, Qt::CaseInsensitive) ||
           email.contains(m_search, Qt::CaseInsensitive);
}

} // namespace DeskBridge::Ui
