#include "ui/agent/TicketListPane.h"

#include "models/domain/Clock.h"
#include "models/item/TicketTableModel.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketTableDelegate.h"
#include "ui/widgets/EmptyState.h"
#include "ui/widgets/SearchField.h"
#include "ui/widgets/StatusPill.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Models::TicketTableModel;

TicketListPane::TicketListPane(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TicketTableModel(context.reader(), this))
    , m_title(new QLabel(this))
    , m_search(new SearchField(this))
    , m_table(new QTableView(this))
    , m_empty(new EmptyState(m_table)) {
    setObjectName(QStringLiteral("ticketListPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 8, 8);
    m_title->setObjectName(QStringLiteral("viewTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    bar->addWidget(m_title, 1);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search tickets"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 30);
    m_search->setToolTip(tr("Full-text search in subjects and comments (Ctrl+F)"));
    bar->addWidget(m_search);
    layout->addLayout(bar);

    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TicketTableDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setSortingEnabled(true);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setMinimumSectionSize(40);
    sizeColumns();
    layout->addWidget(m_table, 1);

    m_empty->setObjectName(QStringLiteral("emptyState"));

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Domain::Id id = m_model->ticketId(index.row()))
            Q_EMIT ticketActivated(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_restoring)
                    m_selectedId = current.isValid() ? m_model->ticketId(current.row()) : 0;
            });
    connect(m_search, &SearchField::searchRequested, this, &TicketListPane::applySearch);
    connect(m_model, &TicketTableModel::counted, this, [this](int total) {
        updateEmptyState();
        Q_EMIT countChanged(total);
    });
    connect(m_model, &TicketTableModel::rowsLoaded, this, &TicketListPane::restoreSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TicketListPane::updateEmptyState);
}

TicketListPane::~TicketListPane() = default;

void TicketListPane::sizeColumns() {
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    auto widest = [&](const QStringList &texts) {
        int w = 0;
        for (const QString &t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + pad;
    };
    QStringList statuses, priorities;
    int pill = 0;
    for (int i = 0; i < Domain::Names::count<Domain::TicketStatus>(); ++i) {
        const auto s = static_cast<Domain::TicketStatus>(i);
        pill = std::max(pill, StatusPill::pillSize(Domain::Names::label(s), font()).width());
    }
    for (int i = 0; i < Domain::Names::count<Domain::Priority>(); ++i)
        priorities << Domain::Names::label(static_cast<Domain::Priority>(i));
    const QDateTime sample(QDate(2025, 12, 28), QTime(23, 58), Qt::LocalTime);
    const int chars = fm.averageCharWidth();
    const int widths[TicketTableModel::ColumnCount] = {
        fm.horizontalAdvance(QStringLiteral("0000000")) + pad,
        chars * 40,
        chars * 20,
        chars * 18,
        pill + 16,
        widest(priorities),
        chars * 20,
        chars * 17,
        widest({TicketTableModel::formatUpdated(sample.toUTC(), sample.addDays(3)),
                TicketTableModel::formatUpdated(sample.toUTC(), sample)})};
    QHeaderView *columns = m_table->horizontalHeader();
    for (int c = 0; c < TicketTableModel::ColumnCount; ++c) {
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) +
                           pad + 12; // room for the sort arrow
        columns->resizeSection(c, std::max(widths[c], header));
    }
    columns->setSectionResizeMode(TicketTableModel::SubjectColumn, QHeaderView::Stretch);
}

Store::TicketQuery TicketListPane::withSearch(Store::TicketQuery query) const {
    query.search = m_search->searchText();
    return query;
}

void TicketListPane::setView(const QString &title, const Store::TicketQuery &query) {
    m_viewQuery = query;
    m_title->setText(title);
    m_selectedId = 0;
    m_model->setQuery(withSearch(query));
    m_table->horizontalHeader()->setSortIndicator(TicketTableModel::columnForSort(query.sort),
                                                  query.descending ? Qt::DescendingOrder
                                                                   : Qt::AscendingOrder);
    m_table->scrollToTop();
    updateEmptyState();
}

void TicketListPane::refresh(const Store::TicketQuery &viewQuery) {
    m_viewQuery = viewQuery;
    Store::TicketQuery q = withSearch(viewQuery);
    const Store::TicketQuery current = m_model->query();
    q.sort = current.sort; // the user's column choice stays
    q.descending = current.descending;
    m_model->refresh(q);
}

void TicketListPane::applySearch(const QString &) {
    Store::TicketQuery q = withSearch(m_viewQuery);
    const Store::TicketQuery current = m_model->query();
    q.sort = current.sort;
    q.descending = current.descending;
    m_selectedId = 0;
    m_model->setQuery(q);
    updateEmptyState();
}

void TicketListPane::restoreSelection() {
    if (!m_selectedId)
        return;
    const int row = m_model->rowOfTicket(m_selectedId);
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.row() == row)
        return;
    m_restoring = true;
    if (row >= 0) {
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    } else if (current.isValid() && m_model->isRowLoaded(current.row())) {
        // The ticket left the loaded rows (or the view): don't leave another one selected.
        m_table->selectionModel()->clearSelection();
    }
    m_restoring = false;
}

void TicketListPane::updateEmptyState() {
    const bool empty = m_model->isCounted() && m_model->rowCount() == 0;
    if (empty) {
        const QString search = m_search->searchText();
        m_empty->setText(search.isEmpty() ? tr("No tickets in this view")
                                          : tr("No tickets match \"%1\" in this view").arg(search));
    }
    m_empty->setVisible(empty);
}

void TicketListPane::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

Domain::Id TicketListPane::currentTicketId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->ticketId(current.row()) : 0;
}

bool TicketListPane::selectTicket(Domain::Id id) {
    const int row = m_model->rowOfTicket(id);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

Domain::Id TicketListPane::ticketNextTo(Domain::Id id, int delta) const {
    const int row = m_model->rowOfTicket(id);
    if (row < 0)
        return 0;
    const int next = row + delta;
    return next >= 0 && next < m_model->rowCount() ? m_model->ticketId(next) : 0;
}

int TicketListPane::totalCount() const {
    return m_model->rowCount();
}

} // namespace DeskBridge::Ui
