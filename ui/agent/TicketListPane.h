#pragma once
// TicketListPane: the ticket list of the chosen view: a title bar with the view's name and a
// debounced full-text search, and the table, which pages lazily from the store. Refreshes keep
// the selected ticket selected even when it moves (e.g. to the top after an update).
#include "models/domain/Entities.h"
#include "models/store/TicketQuery.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace DeskBridge::Models {
class TicketTableModel;
}

namespace DeskBridge::Ui {

class ConsoleContext;
class EmptyState;
class SearchField;

class TicketListPane : public QWidget {
    Q_OBJECT
public:
    explicit TicketListPane(ConsoleContext &context, QWidget *parent = nullptr);
    ~TicketListPane() override;

    // Shows a view (its default sort; the search text stays).
    void setView(const QString &title, const Store::TicketQuery &query);
    // Re-reads the list after a change, keeping rows, sort, search and selection.
    void refresh(const Store::TicketQuery &viewQuery);
    void focusSearch();

    Domain::Id currentTicketId() const;
    bool selectTicket(Domain::Id id);
    // The ticket `delta` rows after `id` in the list (0 when there is none or it is not loaded).
    Domain::Id ticketNextTo(Domain::Id id, int delta) const;
    int totalCount() const;
    QTableView *table() const { return m_table; }
    Models::TicketTableModel &model() { return *m_model; }
    SearchField *searchField() const { return m_search; }

Q_SIGNALS:
    void ticketActivated(Domain::Id id);
    void countChanged(int total);

private:
    Store::TicketQuery withSearch(Store::TicketQuery query) const;
    void applySearch(const QString &text);
    void updateEmptyState();
    void restoreSelection();
    void sizeColumns();

    ConsoleContext &m_context;
    Models::TicketTableModel *m_model;
    QLabel *m_title;
    SearchField *m_search;
    QTableView *m_table;
    EmptyState *m_empty;
    Store::TicketQuery m_viewQuery;
    Domain::Id m_selectedId = 0;
    bool m_restoring = false;
};

} // namespace DeskBridge::Ui
