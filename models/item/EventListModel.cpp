#include "models/item/EventListModel.h"

#include <QLocale>

namespace DeskBridge::Models {

using namespace Domain;

namespace {
const CustomField *customField(const QString &field, const QList<CustomField> &fields) {
    if (!field.startsWith(QLatin1String("field:")))
        return nullptr;
    const QString key = field.mid(6);
    for (const CustomField &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString listOf(const QStringList &words) {
    return words.join(QStringLiteral(", "));
}
} // namespace

EventListModel::EventListModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void EventListModel::setEvents(const QList<TicketEvent> &events, const QList<CustomField> &fields) {
    beginResetModel();
    m_events = events;
    m_fields = fields;
    m_sentences.clear();
    m_sentences.reserve(events.size());
    for (const TicketEvent &e : events)
        m_sentences.append(describe(e, fields));
    endResetModel();
}

QString EventListModel::fieldLabel(const QString &field, const QList<CustomField> &fields) {
    if (field == QLatin1String("status"))
        return tr("status");
    if (field == QLatin1String("priority"))
        return tr("priority");
    if (field == QLatin1String("type"))
        return tr("type");
    if (field == QLatin1String("group"))
        return tr("group");
    if (field == QLatin1String("assignee"))
        return tr("assignee");
    if (field == QLatin1String("organization"))
        return tr("organization");
    if (field == QLatin1String("subject"))
        return tr("subject");
    if (field == QLatin1String("tags"))
        return tr("tags");
    if (const CustomField *f = customField(field, fields))
        return QLatin1Char('"') + f->title + QLatin1Char('"');
    return field.startsWith(QLatin1String("field:")) ? field.mid(6) : field;
}

QString EventListModel::valueLabel(const QString &field, const QString &value,
                                   const QList<CustomField> &fields) {
    if (field == QLatin1String("status")) {
        if (const auto s = Names::fromName<TicketStatus>(value))
            return Names::label(*s);
    } else if (field == QLatin1String("priority")) {
        if (const auto p = Names::fromName<Priority>(value))
            return Names::label(*p);
    } else if (field == QLatin1String("type")) {
        if (const auto t = Names::fromName<TicketType>(value))
            return Names::label(*t);
    } else if (const CustomField *f = customField(field, fields)) {
        const QLocale locale;
        switch (f->type) {
        case FieldType::Checkbox:
            return value == QLatin1String("true") ? tr("Yes") : tr("No");
        case FieldType::Number: {
            bool ok = false;
            const double d = QLocale::c().toDouble(value, &ok);
            return ok ? locale.toString(d, 'g', 15) : value;
        }
        case FieldType::Date: {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : value;
        }
        default:
            break;
        }
    }
    return value;
}

QString EventListModel::describe(const TicketEvent &e, const QList<CustomField> &fields) {
    QString actor = e.actorName;
    if (actor.isEmpty()) {
        if (e.via == Channel::Sharing)
            actor = tr("A partner");
        else if (e.via == Channel::Trigger || e.triggerId)
            actor = tr("A trigger");
        else
            actor = tr("Someone");
    }
    switch (e.kind) {
    case EventKind::Created:
        return tr("%1 created the ticket \"%2\"").arg(actor, e.newValue);
    case EventKind::FieldChanged: {
        const QString what = fieldLabel(e.field, fields);
        const QString from = valueLabel(e.field, e.oldValue, fields);
        const QString to = valueLabel(e.field, e.newValue, fields);
        if (e.oldValue.isEmpty())
            return tr("%1 set %2 to %3").arg(actor, what, to);
        if (e.newValue.isEmpty())
            return tr("%1 cleared %2 (was %3)").arg(actor, what, from);
        return tr("%1 changed %2 from %3 to %4").arg(actor, what, from, to);
    }
    case EventKind::CommentAdded:
        return e.newValue == QLatin1String("internal") ? tr("%1 added an internal note").arg(actor)
                                                       : tr("%1 added a public reply").arg(actor);
    case EventKind::TagsChanged: {
        const QStringList before = e.oldValue.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QStringList after = e.newValue.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList added, removed;
        for (const QString &t : after)
            if (!before.contains(t))
                added.append(t);
        for (const QString &t : before)
            if (!after.contains(t))
                removed.append(t);
        if (!added.isEmpty() && !removed.isEmpty())
            return tr("%1 added tags: %2; removed tags: %3")
                .arg(actor, listOf(added), listOf(removed));
        if (!removed.isEmpty())
            return tr("%1 removed tags: %2").arg(actor, listOf(removed));
        return tr("%1 added tags: %2").arg(actor, listOf(added));
    }
    case EventKind::Shared:
        return tr("%1 shared the ticket with %2")
            .arg(actor, e.newValue.isEmpty() ? e.detail : e.newValue);
    case EventKind::Unshared:
        return tr("%1 stopped sharing the ticket with %2")
            .arg(actor, e.newValue.isEmpty() ? e.detail : e.newValue);
    case EventKind::TriggerFired:
        return tr("Trigger \"%1\" fired").arg(e.detail.isEmpty() ? e.newValue : e.detail);
    case EventKind::SharingUpdate:
        return e.detail.isEmpty()
                   ? tr("%1 sent an update through ticket sharing").arg(actor)
                   : tr("%1 sent an update through ticket sharing: %2").arg(actor, e.detail);
    case EventKind::Notice:
        return e.detail;
    }
    return e.detail;
}

int EventListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags EventListModel::flags(const QModelIndex &index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant EventListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TicketEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        case DescriptionColumn:
            return m_sentences.at(index.row());
        case ViaColumn:
            return Names::label(e.via);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(e.createdAt.toLocalTime(), QLocale::LongFormat);
        if (index.column() == DescriptionColumn)
            return m_sentences.at(index.row());
        return {};
    case KindRole:
        return int(e.kind);
    case TimeRole:
        return e.createdAt;
    case InternalRole:
        return e.kind == EventKind::CommentAdded && e.newValue == QLatin1String("internal");
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DescriptionColumn:
        return tr("Event");
    case ViaColumn:
        return tr("Via");
    }
    return {};
}

} // namespace DeskBridge::Models
