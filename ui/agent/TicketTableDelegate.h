#pragma once
// TicketTableDelegate: how the ticket table looks: statuses as coloured pills, urgent and high
// priorities in warning colours, and a soft placeholder bar for rows whose page is on its way.
#include <QStyledItemDelegate>

namespace DeskBridge::Ui {

class TicketTableDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace DeskBridge::Ui
