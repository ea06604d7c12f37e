#pragma once
// StatusPill: a ticket status as a small coloured pill ("Open" in red, "Pending" in blue, ...),
// the colours agents know from Zendesk. The ticket table's delegate paints the same pill.
#include "models/domain/Enums.h"

#include <QColor>
#include <QWidget>

namespace DeskBridge::Ui {

class StatusPill : public QWidget {
    Q_OBJECT
public:
    explicit StatusPill(QWidget *parent = nullptr);

    void setStatus(Domain::TicketStatus status);
    Domain::TicketStatus status() const { return m_status; }
    QString text() const;

    static QColor background(Domain::TicketStatus status);
    static QColor foreground(Domain::TicketStatus status);
    // Paints a pill with `text` left-aligned and vertically centred in `rect`; returns its width.
    static int paint(QPainter &painter, const QRect &rect, Domain::TicketStatus status,
                     const QString &text, const QFont &font);
    static QSize pillSize(const QString &text, const QFont &font);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    Domain::TicketStatus m_status = Domain::TicketStatus::New;
};

} // namespace DeskBridge::Ui
