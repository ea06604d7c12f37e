#pragma once
// RuleFields: the vocabulary of triggers and views in one table: which condition fields exist,
// which operators apply to each, which fields only make sense for triggers, the action fields,
// and how tags are written. Parsing, validation, the engine and the SQL compiler all read it, so
// they cannot disagree about what a rule means.
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace DeskBridge::Rules {

// Where a condition is used: triggers test one update as it happens, views select stored tickets.
enum class RuleKind { Trigger, View };

enum class Field : quint8 {
    UpdateType,          // update_type: Create | Change (triggers only)
    Status,              // status (ordered: new < open < pending < hold < solved < closed)
    Priority,            // priority (ordered: low < normal < high < urgent)
    Type,                // type
    Group,               // group_id, null = none
    Assignee,            // assignee_id, null = none
    Requester,           // requester_id
    Organization,        // organization_id, null = none
    Tags,                // tags
    CustomField,         // custom_fields_<id>
    Via,                 // via: the channel the ticket came in through (incl. sharing)
    CurrentVia,          // current_via: the channel of this update (triggers only)
    ReceivedFrom,        // received_from: an inbound agreement id (active incoming share)
    SentTo,              // sent_to: an outbound agreement id (active outgoing share)
    ShareState,          // share_state: not_shared | outgoing | incoming | orphaned
    SharedHoursAgo,      // shared_hours_ago: hours since the most recent share
    CreatedHoursAgo,     // created_hours_ago
    UpdatedHoursAgo,     // updated_hours_ago
    WithinBusinessHours, // within_business_hours: the moment of the update (triggers only)
};

enum class Operator : quint8 {
    Is,
    IsNot,
    LessThan,
    GreaterThan,
    Includes,    // tags: at least one of
    IncludesAll, // tags: all of
    NotIncludes, // tags: none of
    Present,     // custom fields: has a non-empty value
    NotPresent,
};

// The values of share_state. A ticket can be outgoing and incoming at once (received from one
// partner, passed on to another); "orphaned" means it has shares but none is active any more.
enum class ShareStateValue : quint8 { NotShared, Outgoing, Incoming, Orphaned };

enum class ActionField : quint8 {
    ShareTicket, // share_ticket: an outbound agreement id (Enterprise plan)
    AddTags,
    RemoveTags,
    SetTags,
    Priority,
    Status,
    Type,
    Group,    // group_id, null = none
    Assignee, // assignee_id, null = unassigned
};

class RuleFields {
    Q_DECLARE_TR_FUNCTIONS(RuleFields)
public:
    struct FieldRef {
        Field field = Field::Status;
        qint64 customFieldId = 0;
    };

    // "status", "group_id" (alias "group"), "custom_fields_12", ...; nullopt when unknown.
    static std::optional<FieldRef> fieldFromName(const QString &name);
    // The canonical JSON name ("custom_fields_12" needs the id).
    static QString fieldName(Field field, qint64 customFieldId = 0);
    static std::optional<Operator> operatorFromName(const QString &name);
    static QString operatorName(Operator op);
    // Whether `op` may be used with `field` (the spec's operator table).
    static bool applies(Operator op, Field field);
    static QList<Operator> operators(Field field);
    // Fields that describe an update rather than a stored ticket; views refuse them.
    static bool triggerOnly(Field field);

    static std::optional<ActionField> actionFromName(const QString &name);
    static QString actionName(ActionField field);

    static std::optional<ShareStateValue> shareStateFromName(const QString &name);
    static QString shareStateName(ShareStateValue value);
    static QStringList shareStateNames();

    // Tags are compared exactly; rules store them the way Zendesk does: trimmed and lower-case.
    // The services should write ticket tags through the same function so that they match.
    static QString normalizeTag(const QString &tag);
    // A tag list written as one string ("a b c", split on white space and commas) or as a JSON
    // array of strings; normalized, without duplicates, in the order given. nullopt when the
    // value is neither.
    static std::optional<QStringList> parseTags(const QJsonValue &value);
};

} // namespace DeskBridge::Rules
