#include "ui/agent/ViewSidebar.h"

#include "app/services/ViewService.h"
#include "models/item/ViewListModel.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/ViewItemDelegate.h"

#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

ViewSidebar::ViewSidebar(ConsoleContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new Models::ViewListModel(context.reader(), this))
    , m_list(new QListView(this))
    , m_header(new QLabel(tr("Views"), this)) {
    setObjectName(QStringLiteral("viewSidebar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(4);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    m_header->setContentsMargins(12, 4, 12, 4);
    layout->addWidget(m_header);

    m_list->setObjectName(QStringLiteral("viewList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ViewItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setAutoFillBackground(false);
    m_list->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_list, 1);
    setMinimumWidth(180);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT viewSelected(m_model->keyAt(current.row()));
            });
    connect(m_model, &Models::ViewListModel::countChanged, this, [this](int row, int count) {
        if (row == m_list->currentIndex().row())
            Q_EMIT currentCountChanged(count);
    });
    reload();
}

ViewSidebar::~ViewSidebar() = default;

void ViewSidebar::reload() {
    auto &views = m_context.instance().views();
    QList<Models::ViewListModel::Entry> entries;
    for (const Services::ViewDefinition &v : views.views(m_context.user())) {
        const auto query = views.query(m_context.user(), v.key);
        if (query)
            entries.append({v.key, v.title, *query});
    }
    m_model->setViews(entries);
}

bool ViewSidebar::selectView(const QString &key) {
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

QString ViewSidebar::currentKey() const {
    return m_model->keyAt(m_list->currentIndex().row());
}

QString ViewSidebar::currentTitle() const {
    return m_list->currentIndex().data(Qt::DisplayRole).toString();
}

Store::TicketQuery ViewSidebar::currentQuery() const {
    return m_model->queryAt(m_list->currentIndex().row());
}

int ViewSidebar::preferredWidth() const {
    const QFontMetrics fm = m_list->fontMetrics();
    int widest = fm.horizontalAdvance(m_header->text());
    for (int r = 0; r < m_model->rowCount(); ++r)
        widest = std::max(widest, fm.horizontalAdvance(m_model->index(r).data().toString()));
    const int badge = fm.horizontalAdvance(QStringLiteral("00,000")) + 14;
    return widest + badge + 2 * 10 + 8 + m_list->verticalScrollBar()->sizeHint().width();
}

int ViewSidebar::currentCount() const {
    return m_model->countAt(m_list->currentIndex().row());
}

} // namespace DeskBridge::Ui
