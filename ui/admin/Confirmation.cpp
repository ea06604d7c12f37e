#include "ui/admin/Confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace DeskBridge::Ui {

std::optional<bool> Confirmation::s_nextAnswer;
QString Confirmation::s_lastQuestion;

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text,
                       const QString &acceptLabel) {
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *accept = box.addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // Enter must never destroy anything
    box.exec();
    return box.clickedButton() == accept;
}

void Confirmation::setNextAnswer(bool accept) {
    s_nextAnswer = accept;
}

QString Confirmation::lastQuestion() {
    return s_lastQuestion;
}

} // namespace DeskBridge::Ui
