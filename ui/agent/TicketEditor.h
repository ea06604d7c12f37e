#pragma once
// TicketEditor: one open ticket (a tab of the console): the subject with a status pill and the
// place for the sharing badge; the conversation (internal notes tinted) and the composer; the
// Events tab with the full history; the properties on the right; and "Submit as <status>".
// A refresh from elsewhere updates what the agent sees without touching their draft.
#include "models/domain/Entities.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTabWidget;
class QTreeView;

namespace DeskBridge::Models {
class EventListModel;
}

namespace DeskBridge::Ui {

class Composer;
class ConsoleContext;
class ConversationView;
class PropertiesPanel;
class StatusPill;
class SubmitButton;

class TicketEditor : public QWidget {
    Q_OBJECT
public:
    TicketEditor(ConsoleContext &context, Domain::Id ticketId, QWidget *parent = nullptr);
    ~TicketEditor() override;

    // Reads the ticket; false (see errorString()) when it does not exist or is not visible.
    bool load();
    QString errorString() const { return m_error; }
    // The ticket changed elsewhere: conversation, events and untouched properties follow;
    // the composer and edited properties stay as the agent left them.
    void reload();
    // A draft comment or edited properties that are not submitted yet.
    bool isDirty() const;
    // Writes the draft comment and the edited properties with `status` (default: the one chosen
    // in the properties). False when the service refused (the agent was told why; the draft
    // stays). True also when there was nothing to write.
    bool submit(std::optional<Domain::TicketStatus> status = std::nullopt);
    void discardChanges();

    Domain::Id ticketId() const { return m_id; }
    const Domain::Ticket &ticket() const { return m_ticket; }
    QString tabTitle() const;
    void focusComposer();

    Composer *composer() const { return m_composer; }
    PropertiesPanel *properties() const { return m_properties; }
    SubmitButton *submitButton() const { return m_submit; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void titleChanged();
    void dirtyChanged(bool dirty);
    void submitted(Domain::Id id);

private:
    void showTicket();
    void loadConversation();
    void loadEvents();
    void updateDirty();
    void updateSubmitChoices();
    void updateSharingBadge();

    ConsoleContext &m_context;
    Domain::Id m_id;
    Domain::Ticket m_ticket;
    QString m_error;
    bool m_dirty = false;

    QLabel *m_subject;
    StatusPill *m_pill;
    QLabel *m_meta;
    QLabel *m_sharingBadge;
    QTabWidget *m_tabs;
    ConversationView *m_conversation;
    Composer *m_composer;
    QTreeView *m_eventsView;
    Models::EventListModel *m_events;
    PropertiesPanel *m_properties;
    SubmitButton *m_submit;
};

} // namespace DeskBridge::Ui
