#pragma once
// MessageBox: the console's questions and warnings, behind a seam: tests set the answer the
// next dialogs give (and read what they said) instead of clicking modal boxes.
#include <QMessageBox>
#include <optional>

namespace DeskBridge::Ui {

class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    // Tests: every following dialog answers `button` at once without showing; nullopt shows
    // them again. lastText() is what the last dialog said; shownCount() how many were asked.
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> button);
    static QString lastText();
    static int shownCount();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace DeskBridge::Ui
