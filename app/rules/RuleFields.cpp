#include "app/rules/RuleFields.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace DeskBridge::Rules {

namespace {

struct FieldName {
    const char *name;
    Field field;
};

// Canonical names first: fieldName() returns the first entry of a field.
constexpr FieldName fieldNames[] = {
    {"update_type", Field::UpdateType},
    {"status", Field::Status},
    {"priority", Field::Priority},
    {"type", Field::Type},
    {"group_id", Field::Group},
    {"assignee_id", Field::Assignee},
    {"requester_id", Field::Requester},
    {"organization_id", Field::Organization},
    {"tags", Field::Tags},
    {"via", Field::Via},
    {"current_via", Field::CurrentVia},
    {"received_from", Field::ReceivedFrom},
    {"sent_to", Field::SentTo},
    {"share_state", Field::ShareState},
    {"shared_hours_ago", Field::SharedHoursAgo},
    {"created_hours_ago", Field::CreatedHoursAgo},
    {"updated_hours_ago", Field::UpdatedHoursAgo},
    {"within_business_hours", Field::WithinBusinessHours},
    // Aliases: the spec's plain names and Zendesk's.
    {"group", Field::Group},
    {"assignee", Field::Assignee},
    {"requester", Field::Requester},
    {"organization", Field::Organization},
    {"current_tags", Field::Tags},
    {"ticket_type", Field::Type},
    {"ticket_type_id", Field::Type},
};

constexpr const char *operatorNames[] = {"is",           "is_not",   "less_than",
                                         "greater_than", "includes", "includes_all",
                                         "not_includes", "present",  "not_present"};

constexpr const char *actionNames[] = {"share_ticket", "add_tags", "remove_tags",
                                       "set_tags",     "priority", "status",
                                       "type",         "group_id", "assignee_id"};

constexpr const char *shareStateNamesTable[] = {"not_shared", "outgoing", "incoming", "orphaned"};

const QString customFieldPrefix = QStringLiteral("custom_fields_");

// The enumerator whose name (the table is indexed by the enumerator's value) is `name`.
template <typename E, size_t N>
std::optional<E> fromTable(const char *const (&table)[N], const QString &name) {
    const QString n = name.trimmed();
    for (size_t i = 0; i < N; ++i) {
        if (n.compare(QLatin1String(table[i]), Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

// Tags never contain white space; commas separate them too, as in Zendesk's tag box.
const QRegularExpression &tagSeparators() {
    static const QRegularExpression re(QStringLiteral("[\\s,]+"));
    return re;
}

} // namespace

std::optional<RuleFields::FieldRef> RuleFields::fieldFromName(const QString &name) {
    const QString n = name.trimmed();
    for (const FieldName &f : fieldNames) {
        if (n.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return FieldRef{f.field, 0};
    }
    static const QRegularExpression custom(QStringLiteral("^custom_fields_([0-9]{1,18})$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = custom.match(n); m.hasMatch()) {
        const qint64 id = m.captured(1).toLongLong();
        if (id > 0)
            return FieldRef{Field::CustomField, id};
    }
    return std::nullopt;
}

QString RuleFields::fieldName(Field field, qint64 customFieldId) {
    if (field == Field::CustomField)
        return customFieldPrefix + QString::number(customFieldId);
    for (const FieldName &f : fieldNames) {
        if (f.field == field)
            return QString::fromLatin1(f.name);
    }
    return {};
}

std::optional<Operator> RuleFields::operatorFromName(const QString &name) {
    return fromTable<Operator>(operatorNames, name);
}

QString RuleFields::operatorName(Operator op) {
    return QString::fromLatin1(operatorNames[int(op)]);
}

QList<Operator> RuleFields::operators(Field field) {
    using O = Operator;
    switch (field) {
    case Field::Status:
    case Field::Priority:
        return {O::Is, O::IsNot, O::LessThan, O::GreaterThan};
    case Field::UpdateType:
    case Field::Type:
    case Field::Group:
    case Field::Assignee:
    case Field::Requester:
    case Field::Organization:
    case Field::Via:
    case Field::CurrentVia:
    case Field::ReceivedFrom:
    case Field::SentTo:
    case Field::ShareState:
    case Field::WithinBusinessHours:
        return {O::Is, O::IsNot};
    case Field::Tags:
        return {O::Includes, O::IncludesAll, O::NotIncludes};
    case Field::CustomField:
        return {O::Is, O::IsNot, O::LessThan, O::GreaterThan, O::Present, O::NotPresent};
    case Field::SharedHoursAgo:
    case Field::CreatedHoursAgo:
    case Field::UpdatedHoursAgo:
        return {O::LessThan, O::GreaterThan};
    }
    return {};
}

bool RuleFields::applies(Operator op, Field field) {
    return operators(field).contains(op);
}

bool RuleFields::triggerOnly(Field field) {
    // within_business_hours tests the moment of the update, not a stored property of the
    // ticket; in a view it would select all tickets or none depending on the clock.
    return field == Field::UpdateType || field == Field::CurrentVia ||
           field == Field::WithinBusinessHours;
}

std::optional<ActionField> RuleFields::actionFromName(const QString &name) {
    if (const std::optional<ActionField> a = fromTable<ActionField>(actionNames, name))
        return a;
    // The spec's plain names, as for condition fields.
    const QString n = name.trimmed();
    if (n.compare(QLatin1String("group"), Qt::CaseInsensitive) == 0)
        return ActionField::Group;
    if (n.compare(QLatin1String("assignee"), Qt::CaseInsensitive) == 0)
        return ActionField::Assignee;
    return std::nullopt;
}

QString RuleFields::actionName(ActionField field) {
    return QString::fromLatin1(actionNames[int(field)]);
}

std::optional<ShareStateValue> RuleFields::shareStateFromName(const QString &name) {
    return fromTable<ShareStateValue>(shareStateNamesTable, name);
}

QString RuleFields::shareStateName(ShareStateValue value) {
    return QString::fromLatin1(shareStateNamesTable[int(value)]);
}

QStringList RuleFields::shareStateNames() {
    QStringList out;
    for (const char *n : shareStateNamesTable)
        out.append(QString::fromLatin1(n));
    return out;
}

QString RuleFields::normalizeTag(const QString &tag) {
    return tag.trimmed().toLower();
}

std::optional<QStringList> RuleFields::parseTags(const QJsonValue &value) {
    QStringList raw;
    if (value.isString()) {
        raw = value.toString().split(tagSeparators(), Qt::SkipEmptyParts);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &v : array) {
            if (!v.isString())
                return std::nullopt;
            raw.append(v.toString().split(tagSeparators(), Qt::SkipEmptyParts));
        }
    } else {
        return std::nullopt;
    }
    QStringList out;
    for (const QString &t : std::as_const(raw)) {
        const QString n = normalizeTag(t);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    }
    return out;
}

} // namespace DeskBridge::Rules
