#pragma once
// TicketTableModel: the console's ticket list as a table (ID, subject, requester, organization,
// status, priority, group, assignee, updated). It holds no more than a few hundred rows per page
// and a bounded number of pages: rowCount() is the view's COUNT, and rows are read page by page
// (through TicketReader, off the GUI thread) when a view asks for them. Until its page arrives a
// row answers nothing for DisplayRole and false for LoadedRole. Sorting is done by SQL.
#include "models/domain/Entities.h"
#include "models/store/TicketQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace DeskBridge::Models {

class TicketReader;

class TicketTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        SubjectColumn,
        RequesterColumn,
        OrganizationColumn,
        StatusColumn,
        PriorityColumn,
        GroupColumn,
        AssigneeColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role {
        TicketIdRole = Qt::UserRole + 1, // Domain::Id, 0 while the row is not loaded
        StatusRole,                      // int (Domain::TicketStatus)
        PriorityRole,                    // int (Domain::Priority)
        UpdatedRole,                     // QDateTime, UTC
        LoadedRole                       // bool: the row's page has arrived
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 60; // ~12,000 rows in memory at most

    explicit TicketTableModel(TicketReader &reader, QObject *parent = nullptr);
    ~TicketTableModel() override;

    // A new list (another view, another search): the model empties and counts again.
    void setQuery(const Store::TicketQuery &query);
    // The same list, re-read after a change: rows keep their place until fresh pages arrive,
    // so the selection and the scroll position stay. `query` may carry new bound values
    // (a view's "last 24 hours" moves on).
    void refresh(const Store::TicketQuery &query);
    void refresh() { refresh(m_query); }
    Store::TicketQuery query() const { return m_query; }

    // True once the first COUNT of the current query has arrived.
    bool isCounted() const { return m_counted; }
    bool isRowLoaded(int row) const;
    Domain::Id ticketId(int row) const;
    // The row of a ticket among the loaded pages, or -1.
    int rowOfTicket(Domain::Id id) const;
    int loadedRowCount() const;
    // Column <-> SQL sort key.
    static Store::TicketSort sortForColumn(int column);
    static int columnForSort(Store::TicketSort sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // "Today 14:03", "Yesterday 09:12", or the short date, in the user's locale.
    static QString formatUpdated(const QDateTime &utc, const QDateTime &now);

Q_SIGNALS:
    // The COUNT of the current query arrived (also after a refresh).
    void counted(int total);
    // Rows [first, last] were (re)loaded; after a refresh, rows may now hold other tickets.
    void rowsLoaded(int first, int last);

private:
    struct Page {
        QList<Domain::TicketRow> rows;
        quint64 lastUse = 0;
        bool stale = false; // from before a refresh: shown until its fresh copy arrives
    };
    void requestPage(int page) const;
    void onCounted(quint64 request, int count);
    void onPageFinished(quint64 request, int offset, const QList<Domain::TicketRow> &rows);
    void evictPages();
    void cancelPending();
    const Domain::TicketRow *row(int row) const;

    TicketReader &m_reader;
    Store::TicketQuery m_query;
    int m_total = 0;
    bool m_counted = false;
    quint64 m_countRequest = 0;
    // Mutable: data() is const but asks for the pages it lacks.
    mutable QHash<int, Page> m_pages;
    mutable QHash<quint64, int> m_pending; // request id -> page
    mutable QHash<int, quint64> m_pendingByPage;
    mutable quint64 m_useCounter = 0;
};

} // namespace DeskBridge::Models
