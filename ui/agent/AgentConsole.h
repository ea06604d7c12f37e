#pragma once
// AgentConsole: the agent's working area: views on the left, the ticket list and the open
// tickets as tabs on the right. It keeps everything current: changes from this window, other
// windows, the CLI or partners (ChangeHub) refresh the counts, the list (keeping the
// selection) and the open tickets (keeping drafts), coalesced so a burst costs one refresh.
#include "models/domain/Entities.h"

#include <QSet>
#include <QTimer>
#include <QWidget>

class QSplitter;

namespace DeskBridge::Ui {

class ConsoleContext;
class TicketEditor;
class TicketListPane;
class TicketWorkspace;
class ViewSidebar;

class AgentConsole : public QWidget {
    Q_OBJECT
public:
    explicit AgentConsole(ConsoleContext &context, QWidget *parent = nullptr);
    ~AgentConsole() override;

    TicketEditor *openTicket(Domain::Id id);
    // The next (delta 1) or previous (-1) ticket of the list: from an open ticket, its
    // neighbour in the view opens in its place (a tab with a draft stays open); on the list,
    // the selection moves.
    bool openAdjacentTicket(int delta);
    bool submitCurrent();
    void focusSearch();
    bool closeCurrentTab();
    bool closeAllTickets();
    // Re-reads views, counts, the list and the open tickets now.
    void refreshNow();

    ViewSidebar *sidebar() const { return m_sidebar; }
    TicketListPane *listPane() const { return m_list; }
    TicketWorkspace *workspace() const { return m_workspace; }

Q_SIGNALS:
    // For the status bar: the list's view and how many tickets it holds (-1 while counting).
    void listChanged(const QString &viewTitle, int count);
    void message(const QString &text);

private:
    void onViewSelected(const QString &key);
    void scheduleRefresh(Domain::Id id);
    void scheduleFullRefresh();

    ConsoleContext &m_context;
    QSplitter *m_splitter;
    ViewSidebar *m_sidebar;
    TicketListPane *m_list;
    TicketWorkspace *m_workspace;
    QTimer m_refresh;
    QTimer m_clock; // views like "updated in the last 24 hours" move on by themselves
    QSet<Domain::Id> m_changedIds;
    bool m_refreshAll = false;
};

} // namespace DeskBridge::Ui
