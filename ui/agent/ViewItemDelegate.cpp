#include "ui/agent/ViewItemDelegate.h"

#include "models/item/ViewListModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace DeskBridge::Ui {

namespace {
constexpr int kBadgePadX = 7;
constexpr int kMargin = 10;
} // namespace

QSize ViewItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 14));
    return s;
}

void ViewItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = opt.rect.adjusted(kMargin, 0, -kMargin, 0);

    painter->save();
    int badgeWidth = 0;
    const int count = index.data(Models::ViewListModel::CountRole).toInt();
    if (count >= 0) {
        QFont badgeFont = opt.font;
        badgeFont.setPointSizeF(badgeFont.pointSizeF() * 0.9);
        const QFontMetrics fm(badgeFont);
        const QString number = QLocale().toString(count);
        badgeWidth = std::max(fm.horizontalAdvance(number) + 2 * kBadgePadX, fm.height() + 4);
        const int h = fm.height() + 2;
        const QRect badge(area.right() - badgeWidth + 1, area.center().y() - h / 2 + 1, badgeWidth,
                          h);
        QPainterPath path;
        path.addRoundedRect(QRectF(badge), h / 2.0, h / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        QColor fill = selected ? opt.palette.color(group, QPalette::HighlightedText)
                               : opt.palette.color(group, QPalette::Text);
        fill.setAlphaF(count > 0 ? 0.14 : 0.06);
        painter->fillPath(path, fill);
        painter->setFont(badgeFont);
        QColor numberColor = text;
        if (count == 0)
            numberColor.setAlphaF(0.55);
        painter->setPen(numberColor);
        painter->drawText(badge, Qt::AlignCenter, number);
    }
    painter->setFont(opt.font);
    painter->setPen(text);
    const QRect titleRect = area.adjusted(0, 0, -(badgeWidth + (badgeWidth ? 8 : 0)), 0);
    painter->drawText(titleRect, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->restore();
}

} // namespace DeskBridge::Ui
