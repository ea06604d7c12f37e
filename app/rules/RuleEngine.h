#pragma once
// RuleEngine: decides whether a ticket's facts match a condition. Pure: no store, no network,
// no clock (the caller passes `now`). The compiled overloads are the hot path (triggers on every
// update): they parse nothing and allocate nothing.
//
// What each field means (the view SQL in ViewSqlCompiler means exactly the same):
// - group/assignee/organization "is null": none set; "is_not X" also matches none set.
// - tags includes: at least one of; includes_all: every one; not_includes: none of.
// - custom fields: present = has a non-empty value; is_not X matches an empty field too;
//   number values compare as numbers, dates (yyyy-MM-dd) and texts as text, checkboxes as "1".
// - received_from X / sent_to X: the ticket has an *active* incoming / outgoing share under
//   agreement X; "is null" = no active incoming / outgoing share at all.
// - share_state: outgoing / incoming = has an active share in that direction (a ticket can be
//   both); orphaned = has shares but none active; not_shared = has no share at all.
// - shared_hours_ago: hours since the most recent share of any direction and state;
//   a ticket never shared matches neither less_than nor greater_than.
// - created/updated/shared_hours_ago less_than N: the time is after now - N hours;
//   greater_than N: before now - N hours.
// - within_business_hours: whether `now` (the moment of the update) is within the schedule.
#include "app/rules/BusinessHours.h"
#include "app/rules/CompiledCondition.h"
#include "app/rules/Condition.h"
#include "app/rules/TicketFacts.h"

#include <QDateTime>

namespace DeskBridge::Rules {

class RuleEngine {
public:
    // The moment of an evaluation: `now` once as milliseconds, and whether it is within business
    // hours, computed at most once however many conditions ask.
    class Moment {
    public:
        Moment(const QDateTime &now, const BusinessHours &hours)
            : m_now(now)
            , m_nowMs(now.toMSecsSinceEpoch())
            , m_hours(&hours) {}
        qint64 nowMs() const { return m_nowMs; }
        bool withinBusinessHours() const {
            if (m_within < 0)
                m_within = m_hours->contains(m_now) ? 1 : 0;
            return m_within == 1;
        }

    private:
        QDateTime m_now;
        qint64 m_nowMs;
        const BusinessHours *m_hours;
        mutable qint8 m_within = -1;
    };

    // Convenience: compiles `condition` first. A condition that does not compile never matches.
    static bool matches(const Condition &condition, const TicketFacts &facts, const QDateTime &now,
                        const BusinessHours &hours);
    static bool matches(const CompiledCondition &condition, const TicketFacts &facts,
                        const QDateTime &now, const BusinessHours &hours);
    static bool matches(const CompiledCondition &condition, const TicketFacts &facts,
                        const Moment &moment);
    static bool rowMatches(const CompiledRow &row, const TicketFacts &facts, const Moment &moment);
};

} // namespace DeskBridge::Rules
