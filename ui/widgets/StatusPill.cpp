#include "ui/widgets/StatusPill.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace DeskBridge::Ui {

using Domain::TicketStatus;

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;

QFont pillFont(QFont font) {
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}
} // namespace

StatusPill::StatusPill(QWidget *parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

void StatusPill::setStatus(TicketStatus status) {
    m_status = status;
    setAccessibleName(text());
    updateGeometry();
    update();
}

QString StatusPill::text() const {
    return Domain::Names::label(m_status);
}

QColor StatusPill::background(TicketStatus status) {
    switch (status) {
    case TicketStatus::New:
        return QColor(0xF5, 0xCA, 0x00);
    case TicketStatus::Open:
        return QColor(0xE3, 0x4F, 0x32);
    case TicketStatus::Pending:
        return QColor(0x30, 0x91, 0xEC);
    case TicketStatus::Hold:
        return QColor(0x2F, 0x39, 0x41);
    case TicketStatus::Solved:
        return QColor(0x87, 0x92, 0x9D);
    case TicketStatus::Closed:
        return QColor(0xD8, 0xDC, 0xDE);
    }
    return Qt::gray;
}

QColor StatusPill::foreground(TicketStatus status) {
    return status == TicketStatus::New || status == TicketStatus::Closed ? QColor(0x2F, 0x39, 0x41)
                                                                         : QColor(Qt::white);
}

QSize StatusPill::pillSize(const QString &text, const QFont &font) {
    const QFontMetrics fm(pillFont(font));
    // +2: painter and widget metrics may round differently; a pill must never elide its word.
    return {fm.horizontalAdvance(text) + 2 * kPadX + 2, fm.height() + 2 * kPadY};
}

int StatusPill::paint(QPainter &painter, const QRect &rect, TicketStatus status,
                      const QString &text, const QFont &font) {
    painter.save();
    painter.setFont(pillFont(font));
    const QFontMetrics fm = painter.fontMetrics();
    const QSize size(fm.horizontalAdvance(text) + 2 * kPadX + 2, fm.height() + 2 * kPadY);
    const QRect pill(rect.left(), rect.top() + (rect.height() - size.height()) / 2,
                     std::min(size.width(), rect.width()), size.height());
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill), pill.height() / 2.0, pill.height() / 2.0);
    painter.fillPath(path, background(status));
    painter.setPen(foreground(status));
    const QString shown = fm.elidedText(text, Qt::ElideRight, pill.width() - 2 * kPadX + 2);
    painter.drawText(pill, Qt::AlignCenter, shown);
    painter.restore();
    return pill.width();
}

QSize StatusPill::sizeHint() const {
    return pillSize(text(), font());
}

void StatusPill::paintEvent(QPaintEvent *) {
    QPainter p(this);
    paint(p, rect(), m_status, text(), font());
}

void StatusPill::changeEvent(QEvent *event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace DeskBridge::Ui
