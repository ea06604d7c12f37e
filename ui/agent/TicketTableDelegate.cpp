#include "ui/agent/TicketTableDelegate.h"

#include "models/item/TicketTableModel.h"
#include "ui/widgets/StatusPill.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace DeskBridge::Ui {

using Models::TicketTableModel;

void TicketTableDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == TicketTableModel::PriorityColumn) {
        const auto priority =
            static_cast<Domain::Priority>(index.data(TicketTableModel::PriorityRole).toInt());
        if (priority == Domain::Priority::Urgent) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, QColor(0xCC, 0x33, 0x40));
        } else if (priority == Domain::Priority::High) {
            option->palette.setColor(QPalette::Text, QColor(0xC7, 0x6A, 0x00));
        } else if (priority == Domain::Priority::Low) {
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::Disabled, QPalette::Text));
        }
    }
}

void TicketTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const {
    const bool loaded = index.data(TicketTableModel::TicketIdRole).toLongLong() != 0;
    if (!loaded) {
        // Not read yet: draw the row's background and a skeleton bar, not an empty cell.
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
        const int h = std::max(4, option.fontMetrics.height() / 2);
        const int w = std::max(8, (option.rect.width() - 16) * (index.column() == 1 ? 3 : 2) / 4);
        const QRect bar(option.rect.left() + 8, option.rect.center().y() - h / 2, w, h);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor c = option.palette.color(QPalette::Text);
        c.setAlphaF(0.08);
        QPainterPath path;
        path.addRoundedRect(QRectF(bar), h / 2.0, h / 2.0);
        painter->fillPath(path, c);
        painter->restore();
        return;
    }
    if (index.column() != TicketTableModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const auto status =
        static_cast<Domain::TicketStatus>(index.data(TicketTableModel::StatusRole).toInt());
    StatusPill::paint(*painter, option.rect.adjusted(6, 3, -4, -3), status, text, option.font);
}

} // namespace DeskBridge::Ui
