#pragma once
// EventListModel: a ticket's history (ticket_events) as rows a person reads: when, a sentence
// ("Bob Agent changed status from New to Open") and the channel it came through.
#include "models/domain/Entities.h"

#include <QAbstractTableModel>

namespace DeskBridge::Models {

class EventListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, DescriptionColumn, ViaColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int (Domain::EventKind)
        TimeRole,                    // QDateTime, UTC
        InternalRole                 // bool: the event added an internal note
    };

    explicit EventListModel(QObject *parent = nullptr);

    // Replaces the rows; `fields` give custom field changes their titles and value formats.
    void setEvents(const QList<Domain::TicketEvent> &events,
                   const QList<Domain::CustomField> &fields = {});
    const QList<Domain::TicketEvent> &events() const { return m_events; }

    // The sentence for one event, in the user's language and locale.
    static QString describe(const Domain::TicketEvent &event,
                            const QList<Domain::CustomField> &fields = {});

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    static QString fieldLabel(const QString &field, const QList<Domain::CustomField> &fields);
    static QString valueLabel(const QString &field, const QString &value,
                              const QList<Domain::CustomField> &fields);

    QList<Domain::TicketEvent> m_events;
    QList<Domain::CustomField> m_fields;
    QStringList m_sentences; // made once per setEvents(), not on every paint
};

} // namespace DeskBridge::Models
