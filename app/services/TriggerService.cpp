#include "app/services/TriggerService.h"

#include "app/rules/Trigger.h"
#include "app/services/Permissions.h"
#include "app/services/RuleWrite.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

namespace DeskBridge::Services {

using namespace Domain;

TriggerService::TriggerService(ServiceContext ctx, RuleCache &cache, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_cache(cache)
    , m_repo(ctx.db) {}

TriggerInfo TriggerService::info(const TriggerRecord &r, const Rules::RuleCatalog &catalog,
                                 Plan plan) {
    TriggerInfo out;
    out.id = r.id;
    out.title = r.title;
    out.position = r.position;
    out.active = r.active;
    out.createdAt = r.createdAt;
    out.updatedAt = r.updatedAt;
    auto condition = Rules::Condition::fromJson(r.conditions);
    auto actions = Rules::ActionList::fromJson(r.actions);
    if (!condition)
        out.problems.append(condition.error());
    else
        out.condition = *condition;
    if (!actions)
        out.problems.append(actions.error());
    else
        out.actions = *actions;
    if (condition && actions) {
        const Rules::Trigger t{r.id, r.title, out.condition, out.actions};
        out.problems = t.brokenReferences(catalog);
        // Anything else that keeps it from compiling (e.g. an assignee who is no agent any
        // more) also keeps it from running: show that too.
        if (Status s = t.validate(catalog); !s && !out.problems.contains(s.error()))
            out.problems.append(s.error());
        if (out.actions.needsEnterprise() &&
            !Permissions::planAllows(plan, Permissions::Feature::TriggerSharing))
            out.planNotice =
                Permissions::requirePlan(plan, Permissions::Feature::TriggerSharing).error();
    }
    out.broken = !out.problems.isEmpty();
    return out;
}

Result<QList<TriggerInfo>> TriggerService::list(const User &actor) {
    using R = Result<QList<TriggerInfo>>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    const QList<TriggerRecord> records = m_repo.list();
    QList<Id> users;
    for (const TriggerRecord &r : records) {
        const auto c = Rules::Condition::fromJson(r.conditions);
        const auto a = Rules::ActionList::fromJson(r.actions);
        if (c && a)
            users += RuleCache::referencedUsers(*c, &*a);
    }
    const Rules::RuleCatalog catalog = m_cache.catalogWith(users);
    const Plan plan = m_cache.plan();
    QList<TriggerInfo> out;
    out.reserve(records.size());
    for (const TriggerRecord &r : records)
        out.append(info(r, catalog, plan));
    return out;
}

Result<TriggerInfo> TriggerService::reload(Id id) {
    const auto r = m_repo.find(id);
    if (!r)
        return Result<TriggerInfo>::failure(tr("There is no trigger with the id %1.").arg(id));
    const auto c = Rules::Condition::fromJson(r->conditions);
    const auto a = Rules::ActionList::fromJson(r->actions);
    const QList<Id> users = c && a ? RuleCache::referencedUsers(*c, &*a) : QList<Id>();
    return info(*r, m_cache.catalogWith(users), m_cache.plan());
}

Result<TriggerInfo> TriggerService::get(const User &actor, Id id) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<TriggerInfo>::failure(s.error());
    return reload(id);
}

Result<TriggerInfo> TriggerService::find(const User &actor, const QString &idOrTitle) {
    using R = Result<TriggerInfo>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    QString text = idOrTitle.trimmed();
    if (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    bool isNumber = false;
    const Id id = text.toLongLong(&isNumber);
    if (isNumber && m_repo.find(id))
        return reload(id);
    if (const auto byTitle = m_repo.findByTitle(idOrTitle.trimmed()))
        return reload(byTitle->id);
    return R::failure(tr("There is no trigger \"%1\".").arg(idOrTitle.trimmed()));
}

Status TriggerService::validate(const TriggerDraft &draft, Id existingId) {
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        return Status::failure(tr("The trigger needs a title."));
    if (title.size() > maxTitleLength)
        return Status::failure(
            tr("The trigger's title is longer than %1 characters.").arg(maxTitleLength));
    if (const auto same = m_repo.findByTitle(title); same && same->id != existingId)
        return Status::failure(tr("There is already a trigger named \"%1\".").arg(same->title));

    const Rules::RuleCatalog catalog =
        m_cache.catalogWith(RuleCache::referencedUsers(draft.condition, &draft.actions));
    const Rules::Trigger trigger{existingId, title, draft.condition, draft.actions};
    if (Status s = trigger.validate(catalog); !s)
        return s;
    const Plan plan = m_cache.plan();
    const QList<Rules::Action> &actions = draft.actions.actions();
    for (int i = 0; i < actions.size(); ++i) {
        const QString label = Rules::ActionList::actionLabel(i);
        const auto compiled = Rules::ActionList::compileAction(actions.at(i), label);
        // A trigger that reopened every ticket as "new" would confuse every view.
        if (compiled && compiled->field == Rules::ActionField::Status &&
            compiled->value == int(TicketStatus::New))
            return Status::failure(
                tr("%1: a trigger cannot set the status back to New").arg(label));
        if (actions.at(i).needsEnterprise()) {
            if (Status s = Permissions::requirePlan(plan, Permissions::Feature::TriggerSharing); !s)
                return Status::failure(QStringLiteral("%1: %2").arg(label, s.error()));
        }
    }
    return {};
}

Status TriggerService::check(const User &actor, const TriggerDraft &draft, Id existingId) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    return validate(draft, existingId);
}

Status TriggerService::move(Id id, int position, const QDateTime &at) {
    QList<Id> ids;
    for (const TriggerRecord &r : m_repo.list())
        ids.append(r.id);
    ids.removeAll(id);
    ids.insert(std::clamp(position - 1, 0, int(ids.size())), id);
    return m_repo.setOrder(ids, at);
}

Result<TriggerInfo> TriggerService::create(const User &actor, const TriggerDraft &draft) {
    using R = Result<TriggerInfo>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    if (Status s = validate(draft, 0); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    TriggerRecord r;
    r.title = draft.title.trimmed();
    r.position = m_repo.nextPosition();
    r.active = draft.active.value_or(true);
    r.conditions = draft.condition.toJson();
    r.actions = draft.actions.toJson();
    r.createdAt = r.updatedAt = Clock::now();
    auto id = m_repo.insert(r);
    if (!id)
        return R::failure(id.error());
    if (draft.position) {
        if (Status s = move(*id, *draft.position, r.updatedAt); !s)
            return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    Q_EMIT m_ctx.hub.rulesChanged();
    return reload(*id);
}

Result<TriggerInfo> TriggerService::update(const User &actor, Id id, const TriggerDraft &draft) {
    using R = Result<TriggerInfo>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    auto r = m_repo.find(id);
    if (!r)
        return R::failure(tr("There is no trigger with the id %1.").arg(id));
    if (Status s = validate(draft, id); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    r->title = draft.title.trimmed();
    if (draft.active)
        r->active = *draft.active;
    r->conditions = draft.condition.toJson();
    r->actions = draft.actions.toJson();
    r->updatedAt = Clock::now();
    if (Status s = m_repo.update(*r); !s)
        return R::failure(s.error());
    if (draft.position) {
        if (Status s = move(id, *draft.position, r->updatedAt); !s)
            return R::failure(s.error());
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    Q_EMIT m_ctx.hub.rulesChanged();
    return reload(id);
}

Status TriggerService::remove(const User &actor, Id id) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    if (!m_repo.find(id))
        return Status::failure(tr("There is no trigger with the id %1.").arg(id));
    return RuleWrite::commit(m_ctx, [&] { return m_repo.remove(id); });
}

Status TriggerService::reorder(const User &actor, const QList<Id> &ids) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    QList<Id> current;
    for (const TriggerRecord &r : m_repo.list())
        current.append(r.id);
    if (!RuleWrite::isReordering(ids, current))
        return Status::failure(tr("The new order must name each of the %n trigger(s) exactly once.",
                                  nullptr, int(current.size())));
    return RuleWrite::commit(m_ctx, [&] { return m_repo.setOrder(ids, Clock::now()); });
}

Status TriggerService::setActive(const User &actor, Id id, bool active) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    auto r = m_repo.find(id);
    if (!r)
        return Status::failure(tr("There is no trigger with the id %1.").arg(id));
    if (r->active == active)
        return {};
    if (active) {
        const TriggerInfo current = reload(id).value();
        if (current.broken)
            return Status::failure(tr("The trigger \"%1\" cannot be activated: %2")
                                       .arg(r->title, current.problems.join(QLatin1Char(' '))));
        const TriggerDraft draft{r->title, true, std::nullopt, current.condition, current.actions};
        if (Status s = validate(draft, id); !s)
            return Status::failure(
                tr("The trigger \"%1\" cannot be activated: %2").arg(r->title, s.error()));
    }
    r->active = active;
    r->updatedAt = Clock::now();
    return RuleWrite::commit(m_ctx, [&] { return m_repo.update(*r); });
}

Result<RuleChoices> TriggerService::choices(const User &actor) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<RuleChoices>::failure(s.error());
    return m_cache.choices();
}

} // namespace DeskBridge::Services
