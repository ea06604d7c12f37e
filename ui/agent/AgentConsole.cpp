#include "ui/agent/AgentConsole.h"

#include "app/Instance.h"
#include "models/item/TicketTableModel.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketEditor.h"
#include "ui/agent/TicketListPane.h"
#include "ui/agent/TicketWorkspace.h"
#include "ui/agent/ViewSidebar.h"

#include <QHBoxLayout>
#include <QSplitter>

namespace DeskBridge::Ui {

namespace {
// Changes often come in bursts (a submit writes the ticket and its events; a partner sends
// many): one refresh for all of them.
constexpr int kRefreshDelayMs = 120;
constexpr int kClockRefreshMs = 2 * 60 * 1000;
} // namespace

AgentConsole::AgentConsole(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new ViewSidebar(context, this))
    , m_list(new TicketListPane(context, this))
    , m_workspace(new TicketWorkspace(context, m_list, this)) {
    setObjectName(QStringLiteral("agentConsole"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter->setObjectName(QStringLiteral("consoleSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_workspace);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({m_sidebar->preferredWidth(), 1000});
    layout->addWidget(m_splitter);

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &AgentConsole::refreshNow);
    m_clock.setInterval(kClockRefreshMs);
    connect(&m_clock, &QTimer::timeout, this, [this] { scheduleRefresh(0); });
    m_clock.start();

    connect(m_sidebar, &ViewSidebar::viewSelected, this, &AgentConsole::onViewSelected);
    connect(m_list, &TicketListPane::ticketActivated, this, &AgentConsole::openTicket);
    connect(m_list, &TicketListPane::countChanged, this,
            [this](int total) { Q_EMIT listChanged(m_sidebar->currentTitle(), total); });

    Store::ChangeHub &hub = context.instance().changes();
    connect(&hub, &Store::ChangeHub::ticketChanged, this, &AgentConsole::scheduleRefresh);
    connect(&hub, &Store::ChangeHub::ticketsChanged, this, [this] { scheduleRefresh(0); });
    // Names shown in the list (users, groups, organizations) and anything another process did.
    for (auto signal : {&Store::ChangeHub::usersChanged, &Store::ChangeHub::groupsChanged,
                        &Store::ChangeHub::organizationsChanged, &Store::ChangeHub::externalChange})
        connect(&hub, signal, this, &AgentConsole::scheduleFullRefresh);

    m_sidebar->selectView(QStringLiteral("your_unsolved"));
}

AgentConsole::~AgentConsole() = default;

void AgentConsole::onViewSelected(const QString &) {
    m_list->setView(m_sidebar->currentTitle(), m_sidebar->currentQuery());
    m_workspace->showList();
    Q_EMIT listChanged(m_sidebar->currentTitle(), -1);
}

void AgentConsole::scheduleRefresh(Domain::Id id) {
    if (id)
        m_changedIds.insert(id);
    m_refresh.start();
}

void AgentConsole::scheduleFullRefresh() {
    m_refreshAll = true;
    m_refresh.start();
}

void AgentConsole::refreshNow() {
    m_refresh.stop();
    const QSet<Domain::Id> ids = std::exchange(m_changedIds, {});
    const bool all = std::exchange(m_refreshAll, false);
    m_sidebar->reload();
    m_list->refresh(m_sidebar->currentQuery());
    m_workspace->reloadTickets(ids, all);
}

TicketEditor *AgentConsole::openTicket(Domain::Id id) {
    TicketEditor *editor = m_workspace->openTicket(id);
    if (editor)
        m_list->selectTicket(id);
    return editor;
}

bool AgentConsole::openAdjacentTicket(int delta) {
    TicketEditor *current = m_workspace->currentEditor();
    const Domain::Id from = current ? current->ticketId() : m_list->currentTicketId();
    const Domain::Id next =
        from ? m_list->ticketNextTo(from, delta)
             : m_list->model().ticketId(delta > 0 ? 0 : m_list->totalCount() - 1);
    if (!next) {
        Q_EMIT message(delta > 0 ? tr("This is the last ticket of the view.")
                                 : tr("This is the first ticket of the view."));
        return false;
    }
    if (!current) {
        m_list->selectTicket(next);
        return true;
    }
    const int index = m_workspace->indexOf(current);
    TicketEditor *opened = m_workspace->openTicket(next, index + 1);
    if (!opened)
        return false;
    m_list->selectTicket(next);
    // Browsing replaces the tab, unless it holds unsaved work.
    if (!current->isDirty() && opened != current)
        m_workspace->closeTab(m_workspace->indexOf(current));
    return true;
}

bool AgentConsole::submitCurrent() {
    TicketEditor *editor = m_workspace->currentEditor();
    return editor && editor->submit();
}

void AgentConsole::focusSearch() {
    m_workspace->showList();
    m_list->focusSearch();
}

bool AgentConsole::closeCurrentTab() {
    return m_workspace->closeCurrentTab();
}

bool AgentConsole::closeAllTickets() {
    return m_workspace->closeAllTickets();
}

} // namespace DeskBridge::Ui
