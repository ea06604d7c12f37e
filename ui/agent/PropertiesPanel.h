#pragma once
// PropertiesPanel: the ticket's properties on the right of the editor: requester,
// organization, group, assignee, status, priority, type, tags and the custom fields, each with
// the editor that fits. It remembers the values it was loaded with (the baseline): change()
// is only what the agent edited, and a refresh from elsewhere updates the untouched fields
// without clobbering the edited ones.
#include "app/services/TicketChange.h"
#include "models/domain/Entities.h"

#include <QMap>
#include <QScrollArea>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace DeskBridge::Ui {

class ConsoleContext;
class CustomFieldEditor;
class ShareControl;

class PropertiesPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit PropertiesPanel(ConsoleContext &context, QWidget *parent = nullptr);

    // First call: shows the ticket. Later calls: the ticket changed elsewhere; fields the agent
    // has not touched follow it, edited ones keep the agent's value.
    void setTicket(const Domain::Ticket &ticket);
    // What the agent changed, relative to the last ticket given (no comment, no status).
    Services::TicketChange change() const;
    bool isModified() const;
    // Drops the agent's edits: every editor shows the last ticket given again.
    void revert();
    Domain::TicketStatus status() const;
    void setStatus(Domain::TicketStatus status);
    // The statuses the ticket may be given now (never back to New).
    QList<Domain::TicketStatus> statusChoices() const;
    void setReadOnly(bool readOnly);
    // Lookups (groups, agents, fields) changed: rebuild the choices, keeping the values.
    void rebuildChoices();
    // "Share ticket with": applied by the editor on submit.
    ShareControl *shareControl() const { return m_share; }

Q_SIGNALS:
    void modified();
    void statusChanged(Domain::TicketStatus status);

private:
    // The editable values, as the editors hold them and as the baseline remembers them.
    struct Values {
        Domain::Id organizationId = 0;
        Domain::Id groupId = 0;
        Domain::Id assigneeId = 0;
        Domain::TicketStatus status = Domain::TicketStatus::New;
        Domain::Priority priority = Domain::Priority::Normal;
        Domain::TicketType type = Domain::TicketType::Question;
        QStringList tags;
        QMap<Domain::Id, QString> fields;
    };
    static Values valuesOf(const Domain::Ticket &ticket);
    Values current() const;
    void show(const Values &values);
    void fillOrganizations();
    void fillAssignees();
    void fillStatuses();
    void buildFieldEditors();
    QLabel *caption(const QString &text);
    static void selectData(QComboBox *combo, qint64 value);

    ConsoleContext &m_context;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QVBoxLayout *m_fieldsLayout;
    QLabel *m_requester;
    QComboBox *m_organization;
    QComboBox *m_group;
    QComboBox *m_assignee;
    QToolButton *m_takeIt;
    QComboBox *m_status;
    QComboBox *m_priority;
    QComboBox *m_type;
    QLineEdit *m_tags;
    ShareControl *m_share;
    QList<CustomFieldEditor *> m_fieldEditors;
    Domain::Ticket m_ticket;
    Values m_baseline;
    bool m_loaded = false;
    bool m_readOnly = false;
    int m_updating = 0; // > 0 while the panel itself sets editors: no "modified"
};

} // namespace DeskBridge::Ui
