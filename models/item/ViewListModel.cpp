#include "models/item/ViewListModel.h"

#include "models/item/TicketReader.h"

#include <QLocale>

namespace DeskBridge::Models {

ViewListModel::ViewListModel(TicketReader &reader, QObject *parent)
    : QAbstractListModel(parent)
    , m_reader(reader) {
    connect(&m_reader, &TicketReader::countFinished, this, &ViewListModel::onCounted);
}

ViewListModel::~ViewListModel() {
    cancelPending();
}

void ViewListModel::cancelPending() {
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_reader.cancel(it.key());
    m_pending.clear();
}

void ViewListModel::setViews(const QList<Entry> &views) {
    bool sameKeys = views.size() == m_views.size();
    for (int i = 0; sameKeys && i < views.size(); ++i)
        sameKeys = views.at(i).key == m_views.at(i).key;
    if (sameKeys) {
        m_views = views;
        if (!m_views.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_views.size()) - 1), {Qt::DisplayRole});
    } else {
        cancelPending();
        beginResetModel();
        m_views = views;
        m_counts = QList<int>(views.size(), -1);
        endResetModel();
    }
    refreshCounts();
}

void ViewListModel::refreshCounts() {
    cancelPending();
    for (const Entry &e : m_views)
        m_pending.insert(m_reader.requestCount(e.query, TicketReader::Priority::Background), e.key);
}

void ViewListModel::onCounted(quint64 request, int count) {
    const auto it = m_pending.find(request);
    if (it == m_pending.end())
        return;
    const int row = rowOfKey(it.value());
    m_pending.erase(it);
    if (row < 0 || m_counts.at(row) == count)
        return;
    m_counts[row] = count;
    Q_EMIT dataChanged(index(row), index(row), {CountRole, Qt::ToolTipRole});
    Q_EMIT countChanged(row, count);
}

int ViewListModel::rowOfKey(const QString &key) const {
    for (int i = 0; i < m_views.size(); ++i)
        if (m_views.at(i).key == key)
            return i;
    return -1;
}

QString ViewListModel::keyAt(int row) const {
    return row >= 0 && row < m_views.size() ? m_views.at(row).key : QString();
}

Store::TicketQuery ViewListModel::queryAt(int row) const {
    return row >= 0 && row < m_views.size() ? m_views.at(row).query : Store::TicketQuery();
}

int ViewListModel::countAt(int row) const {
    return row >= 0 && row < m_counts.size() ? m_counts.at(row) : -1;
}

int ViewListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_views.size());
}

Qt::ItemFlags ViewListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ViewListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_views.at(index.row());
    const int count = m_counts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.title;
    case Qt::ToolTipRole:
        return count < 0 ? e.title : tr("%1 (%2)").arg(e.title, QLocale().toString(count));
    case KeyRole:
        return e.key;
    case CountRole:
        return count;
    }
    return {};
}

} // namespace DeskBridge::Models
