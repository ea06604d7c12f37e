#include "ui/widgets/SearchField.h"

#include "ui/widgets/IconTheme.h"

#include <QAction>
#include <QKeyEvent>

namespace DeskBridge::Ui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent) {
    setClearButtonEnabled(true);
    addAction(IconTheme::icon(QStringLiteral("system-search")), QLineEdit::LeadingPosition);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchField::announce);
    connect(this, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    // The clear button changes the text without textEdited.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            m_debounce.start();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchField::announce);
}

void SearchField::announce() {
    m_debounce.stop();
    const QString text = this->text().trimmed();
    if (text == m_announced)
        return;
    m_announced = text;
    Q_EMIT searchRequested(text);
}

void SearchField::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        announce();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace DeskBridge::Ui
