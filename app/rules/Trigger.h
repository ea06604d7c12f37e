#pragma once
// Trigger: one row of the triggers table as the rules layer sees it (id, title, condition,
// actions), and CompiledTrigger, its checked and resolved form that the TriggerRunner runs.
// compile() refuses a trigger with a broken reference, so the service leaves it out of the run
// (and shows why) instead of running a rule that no longer means what its author meant.
#include "app/rules/Action.h"
#include "app/rules/CompiledCondition.h"
#include "app/rules/Condition.h"

#include <QString>

namespace DeskBridge::Rules {

class RuleCatalog;

struct CompiledTrigger {
    qint64 id = 0;
    QString title;
    CompiledCondition condition;
    QList<CompiledAction> actions;
};

struct Trigger {
    qint64 id = 0;
    QString title;
    Condition condition;
    ActionList actions;

    // The condition (as a trigger condition) and the actions; the first problem wins.
    Status validate(const RuleCatalog &catalog) const;
    QStringList brokenReferences(const RuleCatalog &catalog) const;
    bool needsEnterprise() const { return actions.needsEnterprise(); }
    // validate(), then resolve. The error is validate()'s message.
    Result<CompiledTrigger> compile(const RuleCatalog &catalog) const;
};

} // namespace DeskBridge::Rules
