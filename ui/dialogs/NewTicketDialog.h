#pragma once
// NewTicketDialog: creates a ticket on behalf of a requester: who asks (an existing user, or a
// new address that becomes one), subject and description, and the first properties. The
// service's refusal is shown in the dialog, which stays open with everything typed.
#include "models/domain/Entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QPushButton;

namespace DeskBridge::Ui {

class ConsoleContext;

class NewTicketDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewTicketDialog(ConsoleContext &context, QWidget *parent = nullptr);

    // The ticket created when the dialog was accepted, else 0.
    Domain::Id createdTicketId() const { return m_created; }
    void accept() override;

    // "Name <email>" or a bare address; empty name when none was given.
    static void parseRequester(const QString &text, QString &name, QString &email);

private:
    void fillAssignees();
    void updateCreateButton();

    ConsoleContext &m_context;
    QComboBox *m_requester;
    QLineEdit *m_subject;
    QPlainTextEdit *m_description;
    QCheckBox *m_internal;
    QComboBox *m_priority;
    QComboBox *m_type;
    QComboBox *m_group;
    QComboBox *m_assignee;
    QLineEdit *m_tags;
    QLabel *m_error;
    QPushButton *m_create;
    Domain::Id m_created = 0;
};

} // namespace DeskBridge::Ui
