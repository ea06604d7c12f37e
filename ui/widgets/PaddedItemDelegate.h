#pragma once
// PaddedItemDelegate: the default item look with some air above and below each row, for lists
// that people read (the ticket's events) rather than scan.
#include <QStyledItemDelegate>

namespace DeskBridge::Ui {

class PaddedItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit PaddedItemDelegate(int verticalPadding, QObject *parent = nullptr)
        : QStyledItemDelegate(parent)
        , m_padding(verticalPadding) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 2 * m_padding);
    }

private:
    int m_padding;
};

} // namespace DeskBridge::Ui
