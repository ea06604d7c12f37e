#pragma once
// ViewItemDelegate: a sidebar row: the view's title, and its ticket count right-aligned in a
// rounded badge (like unread counts in a mail client's folder list).
#include <QStyledItemDelegate>

namespace DeskBridge::Ui {

class ViewItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace DeskBridge::Ui
