#pragma once
// TicketWorkspace: the console's tabs: the ticket list first (never closed), then one tab per
// open ticket. Closing a tab with a draft or edited properties asks Save / Discard / Cancel;
// nothing typed is ever dropped silently.
#include "models/domain/Entities.h"

#include <QTabWidget>

namespace DeskBridge::Ui {

class ConsoleContext;
class TicketEditor;

class TicketWorkspace : public QTabWidget {
    Q_OBJECT
public:
    TicketWorkspace(ConsoleContext &context, QWidget *listPage, QWidget *parent = nullptr);

    // Shows the ticket's tab, opening it (at `insertAt`, or last) if needed; nullptr when the
    // ticket cannot be read (the agent was told why).
    TicketEditor *openTicket(Domain::Id id, int insertAt = -1);
    // Asks about unsaved work first; false when the agent cancelled (or saving failed).
    bool closeTab(int index);
    bool closeCurrentTab() { return closeTab(currentIndex()); }
    // Before the window closes or the user changes: every tab, asking for each draft.
    bool closeAllTickets();

    TicketEditor *currentEditor() const;
    TicketEditor *editorFor(Domain::Id id) const;
    QList<TicketEditor *> editors() const;
    bool hasUnsavedWork() const;
    void showList() { setCurrentIndex(0); }

    // The ticket changed elsewhere (0: any ticket may have): editors follow, drafts stay.
    void reloadTickets(const QSet<Domain::Id> &ids, bool all);

private:
    bool confirmClose(TicketEditor *editor);
    void updateTab(TicketEditor *editor);

    ConsoleContext &m_context;
    QWidget *m_listPage;
};

} // namespace DeskBridge::Ui
