#pragma once
// Confirmation: asks before something that cannot be undone (deleting a group, discarding
// edits). A seam for tests, as keepassxc's MessageBox: a test sets the next answer instead of
// clicking a modal dialog, and can read what was asked.
#include <QCoreApplication>
#include <QString>
#include <optional>

class QWidget;

namespace DeskBridge::Ui {

class Confirmation {
    Q_DECLARE_TR_FUNCTIONS(Confirmation)
public:
    // A question with `acceptLabel` (e.g. "Delete group") and Cancel; true when accepted.
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    const QString &acceptLabel);

    // Tests: answer the next question without showing it.
    static void setNextAnswer(bool accept);
    static QString lastQuestion();

private:
    static std::optional<bool> s_nextAnswer;
    static QString s_lastQuestion;
};

} // namespace DeskBridge::Ui
