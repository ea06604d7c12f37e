#include "app/rules/Trigger.h"

namespace DeskBridge::Rules {

Status Trigger::validate(const RuleCatalog &catalog) const {
    if (Status s = condition.validate(catalog, RuleKind::Trigger); !s)
        return s;
    return actions.validate(catalog);
}

QStringList Trigger::brokenReferences(const RuleCatalog &catalog) const {
    return condition.brokenReferences(catalog) + actions.brokenReferences(catalog);
}

Result<CompiledTrigger> Trigger::compile(const RuleCatalog &catalog) const {
    using R = Result<CompiledTrigger>;
    if (Status s = validate(catalog); !s)
        return R::failure(s.error());
    Result<CompiledCondition> c = CompiledCondition::compile(condition);
    Result<QList<CompiledAction>> a = actions.compile();
    if (!c)
        return R::failure(c.error());
    if (!a)
        return R::failure(a.error());
    return CompiledTrigger{id, title, std::move(c).value(), std::move(a).value()};
}

} // namespace DeskBridge::Rules
