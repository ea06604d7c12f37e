#pragma once
// Action / ActionList: what a trigger does when it fires, as stored in triggers.actions:
// [{"field":"share_ticket","value":3},{"field":"add_tags","value":"garantie rma"}, ...].
// Fields: share_ticket (an outbound agreement id), add_tags / remove_tags / set_tags (tags as
// one string or a list), priority / status / type (names), group_id / assignee_id (an id, or
// null to clear). CompiledAction is the resolved form the TriggerRunner applies.
#include "app/rules/RuleFields.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace DeskBridge::Rules {

class RuleCatalog;

struct CompiledAction {
    ActionField field = ActionField::AddTags;
    qint64 value = 0; // agreement id, enum code, or group/user id (0 = none)
    QStringList tags; // the tag actions
};

struct Action {
    QString field;
    QJsonValue value;

    QJsonObject toJson() const;
    // Sharing from a trigger is an Enterprise feature; the service checks the plan.
    bool needsEnterprise() const;
    friend bool operator==(const Action &, const Action &) = default;
};

class ActionList {
    Q_DECLARE_TR_FUNCTIONS(ActionList)
public:
    static Result<ActionList> fromJson(const QByteArray &json);
    static Result<ActionList> fromJson(const QJsonArray &array);
    QJsonArray toJsonArray() const;
    QByteArray toJson() const; // compact

    ActionList &add(const QString &field, const QJsonValue &value);
    const QList<Action> &actions() const { return m_actions; }
    QList<Action> &actions() { return m_actions; }
    bool isEmpty() const { return m_actions.isEmpty(); }
    bool needsEnterprise() const;

    // At least one action; each one well formed; referenced groups, agents and agreements exist;
    // share_ticket names an outbound agreement that is not declined or deactivated. The message
    // names the action: "Action 2: ...".
    Status validate(const RuleCatalog &catalog) const;
    // References to things that do not exist (any more), or agreements that can never share
    // again (declined, deactivated), one message per bad action.
    QStringList brokenReferences(const RuleCatalog &catalog) const;

    // Resolves every action; fails on the first malformed one (no catalog needed).
    Result<QList<CompiledAction>> compile() const;
    static Result<CompiledAction> compileAction(const Action &action, const QString &label);
    static QString actionLabel(int index); // "Action 2"

    friend bool operator==(const ActionList &, const ActionList &) = default;

private:
    struct Problem {
        QString message;
        bool brokenReference = false;
    };
    // The first problem of each bad action, in order (see Condition::problems()).
    QList<Problem> problems(const RuleCatalog &catalog) const;
    static QString referenceProblem(const CompiledAction &action, const RuleCatalog &catalog,
                                    const QString &label);
    // Only called when the references exist.
    static QString fitProblem(const CompiledAction &action, const RuleCatalog &catalog,
                              const QString &label);

    QList<Action> m_actions;
};

} // namespace DeskBridge::Rules
