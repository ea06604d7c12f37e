#pragma once
// DropdownOptionsEditor: edits a drop-down field's options: type a new option and press Enter
// (or Add), rename one in place (double-click or F2), remove it (Del), move it up or down.
// The order is the order agents see in the ticket form.
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace DeskBridge::Ui {

class DropdownOptionsEditor : public QWidget {
    Q_OBJECT
public:
    explicit DropdownOptionsEditor(QWidget *parent = nullptr);

    void setOptions(const QStringList &options);
    QStringList options() const;

Q_SIGNALS:
    void changed();

private:
    void addOption();
    void removeCurrent();
    void move(int delta);
    void updateButtons();

    QLineEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace DeskBridge::Ui
