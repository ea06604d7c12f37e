#include "models/item/TicketTableModel.h"

#include "models/domain/Clock.h"
#include "models/item/TicketReader.h"

#include <QLocale>
#include <algorithm>

namespace DeskBridge::Models {

using namespace Domain;

namespace {
// Pages asked for but not yet read; older ones (scrolled past) are cancelled beyond this.
constexpr int kMaxPending = 6;
// After a refresh, this many of the most recently shown pages are re-read at once; the others
// are dropped and read again when a view shows them.
constexpr int kRefreshPages = 4;
} // namespace

TicketTableModel::TicketTableModel(TicketReader &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader) {
    connect(&m_reader, &TicketReader::countFinished, this, &TicketTableModel::onCounted);
    connect(&m_reader, &TicketReader::pageFinished, this, &TicketTableModel::onPageFinished);
}

TicketTableModel::~TicketTableModel() {
    cancelPending();
}

void TicketTableModel::cancelPending() {
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_reader.cancel(it.key());
    m_pending.clear();
    m_pendingByPage.clear();
    if (m_countRequest)
        m_reader.cancel(m_countRequest);
    m_countRequest = 0;
}

void TicketTableModel::setQuery(const Store::TicketQuery &query) {
    cancelPending();
    beginResetModel();
    m_query = query;
    m_pages.clear();
    m_total = 0;
    m_counted = false;
    endResetModel();
    m_countRequest = m_reader.requestCount(m_query);
}

void TicketTableModel::refresh(const Store::TicketQuery &query) {
    if (!m_counted) {
        setQuery(query); // nothing shown yet: nothing to keep
        return;
    }
    m_query = query;
    // Pages asked for under the old query would answer with old rows: ask again later.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_reader.cancel(it.key());
    m_pending.clear();
    m_pendingByPage.clear();
    for (Page &p : m_pages)
        p.stale = true;
    if (m_countRequest)
        m_reader.cancel(m_countRequest);
    m_countRequest = m_reader.requestCount(m_query);
}

void TicketTableModel::onCounted(quint64 request, int count) {
    if (request != m_countRequest)
        return;
    m_countRequest = 0;
    if (!m_counted) {
        m_counted = true;
        if (count > 0) {
            beginInsertRows({}, 0, count - 1);
            m_total = count;
            endInsertRows();
        }
        Q_EMIT counted(m_total);
        return;
    }

    // A refresh: grow or shrink at the end, so rows (and the selection) keep their place.
    if (count > m_total) {
        beginInsertRows({}, m_total, count - 1);
        m_total = count;
        endInsertRows();
    } else if (count < m_total) {
        beginRemoveRows({}, count, m_total - 1);
        m_total = count;
        const int lastPage = count > 0 ? (count - 1) / kPageSize : -1;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() > lastPage) {
                it = m_pages.erase(it);
            } else {
                if (it.key() == lastPage)
                    it->rows = it->rows.mid(0, count - lastPage * kPageSize);
                ++it;
            }
        }
        endRemoveRows();
    }
    // Re-read the pages the user saw last; forget the rest (read again when shown).
    QList<int> recent = m_pages.keys();
    std::sort(recent.begin(), recent.end(),
              [this](int a, int b) { return m_pages.value(a).lastUse > m_pages.value(b).lastUse; });
    for (int i = 0; i < recent.size(); ++i) {
        if (i < kRefreshPages)
            requestPage(recent.at(i));
        else
            m_pages.remove(recent.at(i));
    }
    Q_EMIT counted(m_total);
}

void TicketTableModel::requestPage(int page) const {
    if (m_pendingByPage.contains(page) || !m_counted)
        return;
    const quint64 id = m_reader.requestPage(m_query, page * kPageSize, kPageSize, m_total,
                                            TicketReader::Priority::Visible);
    m_pending.insert(id, page);
    m_pendingByPage.insert(page, id);
    if (m_pending.size() > kMaxPending) {
        // The oldest requests are pages the user scrolled past: don't read them.
        QList<quint64> ids = m_pending.keys();
        std::sort(ids.begin(), ids.end());
        for (int i = 0; i < ids.size() - kMaxPending; ++i) {
            if (m_reader.cancel(ids.at(i))) {
                m_pendingByPage.remove(m_pending.value(ids.at(i)));
                m_pending.remove(ids.at(i));
            }
        }
    }
}

void TicketTableModel::onPageFinished(quint64 request, int offset,
                                      const QList<Domain::TicketRow> &rows) {
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return; // cancelled, or asked for under a query that is gone
    const int page = it.value();
    m_pending.erase(it);
    m_pendingByPage.remove(page);

    const int expected = std::max(0, std::min(kPageSize, m_total - offset));
    Page &p = m_pages[page];
    p.rows = rows.mid(0, expected);
    p.stale = false;
    p.lastUse = ++m_useCounter;
    evictPages();
    if (expected > 0) {
        const int last = offset + expected - 1;
        Q_EMIT dataChanged(index(offset, 0), index(last, ColumnCount - 1));
        Q_EMIT rowsLoaded(offset, last);
    }
    // Fewer rows than counted: tickets went away meanwhile; count again.
    if (rows.size() < expected && !m_countRequest)
        refresh();
}

void TicketTableModel::evictPages() {
    while (m_pages.size() > kMaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_pages.erase(oldest);
    }
}

const TicketRow *TicketTableModel::row(int r) const {
    if (r < 0 || r >= m_total)
        return nullptr;
    const int page = r / kPageSize;
    const auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useCounter;
    const int inPage = r - page * kPageSize;
    return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
}

bool TicketTableModel::isRowLoaded(int r) const {
    const auto it = m_pages.constFind(r / kPageSize);
    return r >= 0 && r < m_total && it != m_pages.cend() && !it->stale &&
           r - it.key() * kPageSize < it->rows.size();
}

Id TicketTableModel::ticketId(int r) const {
    const TicketRow *t = row(r);
    return t ? t->id : 0;
}

int TicketTableModel::rowOfTicket(Id id) const {
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it->rows.size(); ++i)
            if (it->rows.at(i).id == id)
                return it.key() * kPageSize + i;
    return -1;
}

int TicketTableModel::loadedRowCount() const {
    int n = 0;
    for (const Page &p : m_pages)
        n += int(p.rows.size());
    return n;
}

int TicketTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_total;
}

int TicketTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags TicketTableModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QString TicketTableModel::formatUpdated(const QDateTime &utc, const QDateTime &now) {
    if (!utc.isValid())
        return QString();
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    const QDate today = now.toLocalTime().date();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today)
        return tr("Today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("Yesterday %1").arg(time);
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == LoadedRole)
        return isRowLoaded(index.row());
    const TicketRow *t = row(index.row());
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(t->id);
        case SubjectColumn:
            return t->subject;
        case RequesterColumn:
            return t->requester;
        case OrganizationColumn:
            return t->organization;
        case StatusColumn:
            return Names::label(t->status);
        case PriorityColumn:
            return Names::label(t->priority);
        case GroupColumn:
            return t->group;
        case AssigneeColumn:
            return t->assignee;
        case UpdatedColumn:
            return formatUpdated(t->updatedAt, Clock::now());
        }
        return {};
    case Qt::ToolTipRole:
        // Columns elide long names: the tooltip has the whole text.
        if (index.column() == UpdatedColumn)
            return QLocale().toString(t->updatedAt.toLocalTime(), QLocale::LongFormat);
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TicketIdRole:
        return t->id;
    case StatusRole:
        return int(t->status);
    case PriorityRole:
        return int(t->priority);
    case UpdatedRole:
        return t->updatedAt;
    }
    return {};
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == IdColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case SubjectColumn:
        return tr("Subject");
    case RequesterColumn:
        return tr("Requester");
    case OrganizationColumn:
        return tr("Organization");
    case StatusColumn:
        return tr("Status");
    case PriorityColumn:
        return tr("Priority");
    case GroupColumn:
        return tr("Group");
    case AssigneeColumn:
        return tr("Assignee");
    case UpdatedColumn:
        return tr("Updated");
    }
    return {};
}

Store::TicketSort TicketTableModel::sortForColumn(int column) {
    static const Store::TicketSort sorts[ColumnCount] = {
        Store::TicketSort::Id,           Store::TicketSort::Subject,  Store::TicketSort::Requester,
        Store::TicketSort::Organization, Store::TicketSort::Status,   Store::TicketSort::Priority,
        Store::TicketSort::Group,        Store::TicketSort::Assignee, Store::TicketSort::Updated};
    return column >= 0 && column < ColumnCount ? sorts[column] : Store::TicketSort::Updated;
}

int TicketTableModel::columnForSort(Store::TicketSort sort) {
    for (int c = 0; c < ColumnCount; ++c)
        if (sortForColumn(c) == sort)
            return c;
    return UpdatedColumn;
}

void TicketTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount)
        return;
    const Store::TicketSort sort = sortForColumn(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_query.sort && descending == m_query.descending && (m_counted || m_countRequest))
        return;
    Store::TicketQuery q = m_query;
    q.sort = sort;
    q.descending = descending;
    setQuery(q);
}

} // namespace DeskBridge::Models
