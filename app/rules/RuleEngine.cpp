#include "app/rules/RuleEngine.h"

namespace DeskBridge::Rules {

using namespace Domain;

namespace {

bool compare(Operator op, qint64 actual, qint64 expected) {
    switch (op) {
    case Operator::Is:
        return actual == expected;
    case Operator::IsNot:
        return actual != expected;
    case Operator::LessThan:
        return actual < expected;
    case Operator::GreaterThan:
        return actual > expected;
    default:
        return false;
    }
}

// Is/IsNot on a yes-or-no fact.
bool holds(Operator op, bool fact) {
    return op == Operator::IsNot ? !fact : fact;
}

bool tagsMatch(const CompiledRow &row, const QSet<QString> &tags) {
    switch (row.op) {
    case Operator::Includes:
        for (const QString &t : row.tags) {
            if (tags.contains(t))
                return true;
        }
        return false;
    case Operator::IncludesAll:
        for (const QString &t : row.tags) {
            if (!tags.contains(t))
                return false;
        }
        return true;
    case Operator::NotIncludes:
        for (const QString &t : row.tags) {
            if (tags.contains(t))
                return false;
        }
        return true;
    default:
        return false;
    }
}

bool customFieldMatches(const CompiledRow &row, const TicketFacts &facts) {
    const auto it = facts.customFields.constFind(row.customFieldId);
    const bool present = it != facts.customFields.constEnd() && !it->isEmpty();
    switch (row.op) {
    case Operator::Present:
        return present;
    case Operator::NotPresent:
        return !present;
    default:
        break;
    }
    // The value compared as the SQL compares it: numbers via a numeric conversion (a value that
    // is not a number matches nothing), everything else as exact text.
    bool equal = false, less = false, greater = false;
    if (present) {
        if (row.valueKind == CompiledRow::ValueKind::Number) {
            bool ok = false;
            const double v = it->toDouble(&ok);
            if (ok) {
                equal = v == row.real;
                less = v < row.real;
                greater = v > row.real;
            }
        } else {
            const int c = it->compare(row.text);
            equal = c == 0;
            less = c < 0;
            greater = c > 0;
        }
    }
    switch (row.op) {
    case Operator::Is:
        return equal;
    case Operator::IsNot:
        return !equal;
    case Operator::LessThan:
        return less;
    case Operator::GreaterThan:
        return greater;
    default:
        return false;
    }
}

bool sharedWithAgreement(const TicketFacts &facts, ShareDirection direction,
                         const CompiledRow &row) {
    for (const ShareFact &s : facts.shares) {
        if (s.state == ShareState::Active && s.direction == direction &&
            (row.isNull || s.agreementId == row.number))
            return true;
    }
    return false;
}

bool shareStateIs(const TicketFacts &facts, ShareStateValue value) {
    bool active = false, outgoing = false, incoming = false;
    for (const ShareFact &s : facts.shares) {
        if (s.state != ShareState::Active)
            continue;
        active = true;
        (s.direction == ShareDirection::Outgoing ? outgoing : incoming) = true;
    }
    switch (value) {
    case ShareStateValue::NotShared:
        return facts.shares.isEmpty();
    case ShareStateValue::Outgoing:
        return outgoing;
    case ShareStateValue::Incoming:
        return incoming;
    case ShareStateValue::Orphaned:
        return !facts.shares.isEmpty() && !active;
    }
    return false;
}

// created/updated/shared_hours_ago: less_than N = after now - N h; greater_than N = before.
bool hoursAgo(const CompiledRow &row, qint64 atMs, qint64 nowMs) {
    const qint64 cutoff = nowMs - row.number;
    return row.op == Operator::LessThan ? atMs > cutoff : atMs < cutoff;
}

} // namespace

bool RuleEngine::rowMatches(const CompiledRow &row, const TicketFacts &facts,
                            const Moment &moment) {
    switch (row.field) {
    case Field::UpdateType:
        return holds(row.op, facts.isCreate == (row.number == 1));
    case Field::Status:
        return compare(row.op, int(facts.status), row.number);
    case Field::Priority:
        return compare(row.op, int(facts.priority), row.number);
    case Field::Type:
        return compare(row.op, int(facts.type), row.number);
    case Field::Via:
        return compare(row.op, int(facts.channel), row.number);
    case Field::CurrentVia:
        return compare(row.op, int(facts.currentVia), row.number);
    // Ids: 0 is "none" in the facts and a null value compiles to 0, so one comparison serves.
    case Field::Group:
        return compare(row.op, facts.groupId, row.number);
    case Field::Assignee:
        return compare(row.op, facts.assigneeId, row.number);
    case Field::Requester:
        return compare(row.op, facts.requesterId, row.number);
    case Field::Organization:
        return compare(row.op, facts.organizationId, row.number);
    case Field::Tags:
        return tagsMatch(row, facts.tags);
    case Field::CustomField:
        return customFieldMatches(row, facts);
    case Field::ReceivedFrom:
    case Field::SentTo: {
        const bool found = sharedWithAgreement(
            facts,
            row.field == Field::ReceivedFrom ? ShareDirection::Incoming : ShareDirection::Outgoing,
            row);
        // "is null" asks for no such share at all.
        return holds(row.op, row.isNull ? !found : found);
    }
    case Field::ShareState:
        return holds(row.op, shareStateIs(facts, ShareStateValue(row.number)));
    case Field::SharedHoursAgo: {
        if (facts.shares.isEmpty())
            return false;
        qint64 latest = std::numeric_limits<qint64>::min();
        for (const ShareFact &s : facts.shares)
            latest = std::max(latest, s.sharedAt.toMSecsSinceEpoch());
        return hoursAgo(row, latest, moment.nowMs());
    }
    case Field::CreatedHoursAgo:
        return hoursAgo(row, facts.createdAt.toMSecsSinceEpoch(), moment.nowMs());
    case Field::UpdatedHoursAgo:
        return hoursAgo(row, facts.updatedAt.toMSecsSinceEpoch(), moment.nowMs());
    case Field::WithinBusinessHours:
        return holds(row.op, moment.withinBusinessHours() == (row.number == 1));
    }
    return false;
}

bool RuleEngine::matches(const CompiledCondition &condition, const TicketFacts &facts,
                         const Moment &moment) {
    for (const CompiledRow &row : condition.all()) {
        if (!rowMatches(row, facts, moment))
            return false;
    }
    if (condition.any().isEmpty())
        return true;
    for (const CompiledRow &row : condition.any()) {
        if (rowMatches(row, facts, moment))
            return true;
    }
    return false;
}

bool RuleEngine::matches(const CompiledCondition &condition, const TicketFacts &facts,
                         const QDateTime &now, const BusinessHours &hours) {
    return matches(condition, facts, Moment(now, hours));
}

bool RuleEngine::matches(const Condition &condition, const TicketFacts &facts, const QDateTime &now,
                         const BusinessHours &hours) {
    const Result<CompiledCondition> compiled = CompiledCondition::compile(condition);
    return compiled && matches(*compiled, facts, Moment(now, hours));
}

} // namespace DeskBridge::Rules
