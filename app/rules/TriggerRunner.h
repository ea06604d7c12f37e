#pragma once
// TriggerRunner: runs the account's active triggers over one create or update, purely: it takes
// the compiled triggers in their order and the ticket's facts, and returns a change list that
// the service applies inside its write transaction (like a merge that returns its decisions).
//
//   pass 1: T1 T2 T3 ... Tn   each not-yet-fired trigger in order, against the facts as the
//           |  fires          triggers before it in this pass left them
//           +-> apply its actions to the facts (share_ticket only records an intent)
//   pass 2: again, skipping triggers that fired   <- only if pass 1 changed the facts
//   ...     until a pass changes nothing; at most maxPasses, then stop and report a loop.
//
// Each trigger fires at most once per update. A pass that changed nothing cannot make another
// trigger fire, so "repeat until none fires" stops as soon as a pass changes nothing.
// Share intents do not change the facts later triggers see: the share exists only once the
// service has made it (and checked the plan: see Action::needsEnterprise()).
#include "app/rules/BusinessHours.h"
#include "app/rules/TicketFacts.h"
#include "app/rules/Trigger.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace DeskBridge::Rules {

struct FiredTrigger {
    qint64 triggerId = 0;
    QString title;
    int pass = 1;
};

// One action's effect on the ticket (actions that changed nothing are not listed).
struct FieldChange {
    enum class Field { Status, Priority, Type, Group, Assignee, Tags };
    Field field = Field::Status;
    qint64 triggerId = 0;
    qint64 oldValue = 0; // enum code or id (0 = none); not used for tags
    qint64 newValue = 0;
    QStringList addedTags; // Field::Tags
    QStringList removedTags;
    // The name ticket_events.field uses: status, priority, type, group_id, assignee_id, tags.
    QString fieldName() const;
};

struct ShareIntent {
    qint64 agreementId = 0;
    qint64 triggerId = 0;
};

struct TriggerRunResult {
    QList<FiredTrigger> fired;  // in firing order
    QList<FieldChange> changes; // in the order the actions ran
    QList<ShareIntent> shares;  // one per agreement, not already actively shared with
    TicketFacts facts;          // the facts after every action
    int passes = 0;
    bool loopStopped = false; // the pass cap was reached while triggers still changed things
};

class TriggerRunner {
    Q_DECLARE_TR_FUNCTIONS(TriggerRunner)
public:
    static constexpr int defaultMaxPasses = 10;

    explicit TriggerRunner(QList<CompiledTrigger> triggers, int maxPasses = defaultMaxPasses);

    TriggerRunResult run(const TicketFacts &facts, const QDateTime &now,
                         const BusinessHours &hours) const;

    const QList<CompiledTrigger> &triggers() const { return m_triggers; }
    // For the ticket's history when loopStopped is set.
    static QString loopMessage(int passes);

private:
    // Applies one action; true when the facts changed.
    static bool apply(const CompiledAction &action, qint64 triggerId, TriggerRunResult &result);

    QList<CompiledTrigger> m_triggers;
    int m_maxPasses;
};

} // namespace DeskBridge::Rules
