#pragma once
// UserFilterModel: narrows the users table to a search text (name or email contains it,
// ignoring case) and to one role, and sorts it.
#include "models/domain/Enums.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace DeskBridge::Ui {

class UserFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit UserFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setRoleFilter(std::optional<Domain::Role> role);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    std::optional<Domain::Role> m_role;
};

} // namespace DeskBridge::Ui
