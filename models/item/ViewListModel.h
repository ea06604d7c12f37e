#pragma once
// ViewListModel: the views of the console sidebar ("Your unsolved tickets", ...) with a live
// ticket count each. The counts are read off the GUI thread (TicketReader, background
// priority) and refreshed as a whole after changes; a count stays shown until its new value
// arrives, so the sidebar never flickers.
#include "models/store/TicketQuery.h"

#include <QAbstractListModel>
#include <QHash>

namespace DeskBridge::Models {

class TicketReader;

class ViewListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QString: "all_unsolved", "custom:12", ...
        CountRole                   // int, -1 until counted
    };
    struct Entry {
        QString key;
        QString title;
        Store::TicketQuery query;
    };

    explicit ViewListModel(TicketReader &reader, QObject *parent = nullptr);
    ~ViewListModel() override;

    // Shows these views. When the keys are the same as before, rows stay (and the selection
    // with them); titles and queries are updated and the counts read again.
    void setViews(const QList<Entry> &views);
    void refreshCounts();
    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;
    Store::TicketQuery queryAt(int row) const;
    int countAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void countChanged(int row, int count);

private:
    void onCounted(quint64 request, int count);
    void cancelPending();

    TicketReader &m_reader;
    QList<Entry> m_views;
    QList<int> m_counts;
    QHash<quint64, QString> m_pending; // request -> view key
};

} // namespace DeskBridge::Models
