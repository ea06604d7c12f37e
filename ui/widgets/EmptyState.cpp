#include "ui/widgets/EmptyState.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace DeskBridge::Ui {

EmptyState::EmptyState(QAbstractScrollArea *view)
    : QLabel(view->viewport())
    , m_view(view) {
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::Disabled, QPalette::WindowText));
    setPalette(pal);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    setFont(f);
    view->viewport()->installEventFilter(this);
    place();
    hide();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void EmptyState::place() {
    const QRect area = m_view->viewport()->rect();
    setGeometry(area.adjusted(24, 0, -24, 0));
}

} // namespace DeskBridge::Ui
