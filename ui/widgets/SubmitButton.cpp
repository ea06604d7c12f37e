#include "ui/widgets/SubmitButton.h"

#include "ui/widgets/IconTheme.h"
#include "ui/widgets/StatusPill.h"

#include <QMenu>
#include <QPainter>

namespace DeskBridge::Ui {

using Domain::TicketStatus;

namespace {
QIcon swatch(TicketStatus status) {
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(StatusPill::background(status));
    p.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(pm);
}
} // namespace

SubmitButton::SubmitButton(QWidget *parent)
    : QToolButton(parent) {
    setPopupMode(QToolButton::MenuButtonPopup);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(IconTheme::icon(QStringLiteral("mail-send")));
    setMenu(new QMenu(this));
    setMinimumHeight(32);
    connect(this, &QToolButton::clicked, this, [this] { Q_EMIT submitRequested(m_status); });
    setChoices(
        {TicketStatus::Open, TicketStatus::Pending, TicketStatus::Hold, TicketStatus::Solved});
    setStatus(TicketStatus::Open);
}

void SubmitButton::setStatus(TicketStatus status) {
    m_status = status;
    setText(tr("Submit as %1").arg(Domain::Names::label(status)));
    setToolTip(tr("Submit the reply and the changes, setting the status to %1 (Ctrl+Return)")
                   .arg(Domain::Names::label(status)));
}

void SubmitButton::setChoices(const QList<TicketStatus> &statuses) {
    m_choices = statuses;
    rebuildMenu();
}

void SubmitButton::rebuildMenu() {
    QMenu *m = menu();
    m->clear();
    for (TicketStatus s : m_choices) {
        QAction *a = m->addAction(swatch(s), tr("Submit as %1").arg(Domain::Names::label(s)));
        a->setObjectName(QStringLiteral("submitAs_") + Domain::Names::name(s));
        connect(a, &QAction::triggered, this, [this, s] { Q_EMIT submitRequested(s); });
    }
}

} // namespace DeskBridge::Ui
