#include "ui/widgets/MessageBox.h"

namespace DeskBridge::Ui {

namespace {
std::optional<QMessageBox::StandardButton> s_autoAnswer;
QString s_lastText;
int s_shown = 0;
} // namespace

void MessageBox::setAutoAnswer(std::optional<QMessageBox::StandardButton> button) {
    s_autoAnswer = button;
}

QString MessageBox::lastText() {
    return s_lastText;
}

int MessageBox::shownCount() {
    return s_shown;
}

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget *parent,
                                             const QString &title, const QString &text,
                                             QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton) {
    s_lastText = text;
    ++s_shown;
    if (s_autoAnswer)
        return (buttons & *s_autoAnswer) ? *s_autoAnswer : defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton) {
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text) {
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text) {
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace DeskBridge::Ui
