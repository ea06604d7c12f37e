#include "app/rules/TriggerRunner.h"

#include "app/rules/RuleEngine.h"

#include <QVarLengthArray>
#include <algorithm>

namespace DeskBridge::Rules {

using namespace Domain;

QString FieldChange::fieldName() const {
    switch (field) {
    case Field::Status:
        return QStringLiteral("status");
    case Field::Priority:
        return QStringLiteral("priority");
    case Field::Type:
        return QStringLiteral("type");
    case Field::Group:
        return QStringLiteral("group_id");
    case Field::Assignee:
        return QStringLiteral("assignee_id");
    case Field::Tags:
        return QStringLiteral("tags");
    }
    return {};
}

TriggerRunner::TriggerRunner(QList<CompiledTrigger> triggers, int maxPasses)
    : m_triggers(std::move(triggers))
    , m_maxPasses(std::max(1, maxPasses)) {}

QString TriggerRunner::loopMessage(int passes) {
    return tr("Triggers stopped after %n pass(es): they kept changing the ticket (a loop?)",
              nullptr, passes);
}

TriggerRunResult TriggerRunner::run(const TicketFacts &facts, const QDateTime &now,
                                    const BusinessHours &hours) const {
    TriggerRunResult result;
    result.facts = facts;
    const RuleEngine::Moment moment(now, hours);
    QVarLengthArray<bool, 64> fired(m_triggers.size(), false);

    for (int pass = 1;; ++pass) {
        result.passes = pass;
        bool changed = false;
        for (int i = 0; i < m_triggers.size(); ++i) {
            const CompiledTrigger &t = m_triggers.at(i);
            if (fired[i] || !RuleEngine::matches(t.condition, result.facts, moment))
                continue;
            fired[i] = true;
            result.fired.append({t.id, t.title, pass});
            for (const CompiledAction &a : t.actions)
                changed |= apply(a, t.id, result);
        }
        if (!changed)
            break;
        if (pass == m_maxPasses) {
            result.loopStopped = true;
            break;
        }
    }
    return result;
}

bool TriggerRunner::apply(const CompiledAction &action, qint64 triggerId,
                          TriggerRunResult &result) {
    TicketFacts &f = result.facts;
    using F = FieldChange::Field;
    const auto setValue = [&](F field, auto &slot, qint64 value) {
        using T = std::remove_reference_t<decltype(slot)>;
        const qint64 old = qint64(slot);
        if (old == value)
            return false;
        slot = T(value);
        result.changes.append({field, triggerId, old, value, {}, {}});
        return true;
    };
    const auto tagChange = [&](QStringList added, QStringList removed) {
        if (added.isEmpty() && removed.isEmpty())
            return false;
        result.changes.append({F::Tags, triggerId, 0, 0, std::move(added), std::move(removed)});
        return true;
    };

    switch (action.field) {
    case ActionField::ShareTicket: {
        const qint64 agreement = action.value;
        const bool active =
            std::any_of(f.shares.cbegin(), f.shares.cend(), [&](const ShareFact &s) {
                return s.agreementId == agreement && s.direction == ShareDirection::Outgoing &&
                       s.state == ShareState::Active;
            });
        const bool intended =
            std::any_of(result.shares.cbegin(), result.shares.cend(),
                        [&](const ShareIntent &s) { return s.agreementId == agreement; });
        if (!active && !intended)
            result.shares.append({agreement, triggerId});
        return false;
    }
    case ActionField::AddTags: {
        QStringList added;
        for (const QString &t : action.tags) {
            if (!f.tags.contains(t)) {
                f.tags.insert(t);
                added.append(t);
            }
        }
        return tagChange(std::move(added), {});
    }
    case ActionField::RemoveTags: {
        QStringList removed;
        for (const QString &t : action.tags) {
            if (f.tags.remove(t))
                removed.append(t);
        }
        return tagChange({}, std::move(removed));
    }
    case ActionField::SetTags: {
        QStringList added, removed;
        for (const QString &t : action.tags) {
            if (!f.tags.contains(t))
                added.append(t);
        }
        for (const QString &t : std::as_const(f.tags)) {
            if (!action.tags.contains(t))
                removed.append(t);
        }
        removed.sort(); // QSet order is arbitrary; the history should not be
        f.tags = QSet<QString>(action.tags.cbegin(), action.tags.cend());
        return tagChange(std::move(added), std::move(removed));
    }
    case ActionField::Priority:
        return setValue(F::Priority, f.priority, action.value);
    case ActionField::Status:
        return setValue(F::Status, f.status, action.value);
    case ActionField::Type:
        return setValue(F::Type, f.type, action.value);
    case ActionField::Group:
        return setValue(F::Group, f.groupId, action.value);
    case ActionField::Assignee:
        return setValue(F::Assignee, f.assigneeId, action.value);
    }
    return false;
}

} // namespace DeskBridge::Rules
