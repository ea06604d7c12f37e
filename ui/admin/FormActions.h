#pragma once
// FormActions: the Revert and Save buttons under an Admin Center form, with Ctrl+S bound on the
// whole page. Save and Revert are enabled only while the form differs from what is stored.
#include <QWidget>

class QPushButton;

namespace DeskBridge::Ui {

class FormActions : public QWidget {
    Q_OBJECT
public:
    // `page` receives the Ctrl+S shortcut; `prefix` names the buttons ("<prefix>SaveButton",
    // "<prefix>RevertButton") so tests find them.
    FormActions(QWidget *page, const QString &prefix, QWidget *parent = nullptr);

    void setDirty(bool dirty);
    void setSaveText(const QString &text);
    QPushButton *saveButton() const { return m_save; }
    QPushButton *revertButton() const { return m_revert; }

Q_SIGNALS:
    void saveRequested();
    void revertRequested();

private:
    void trySave();
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace DeskBridge::Ui
