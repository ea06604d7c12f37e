#include "app/services/RuleCache.h"

#include "app/rules/RuleValues.h"

#include <QLoggingCategory>

namespace DeskBridge::Services {

using namespace Domain;

Q_LOGGING_CATEGORY(lcRules, "deskbridge.rules")

RuleCache::RuleCache(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_lookup(ctx.db)
    , m_triggers(ctx.db)
    , m_account(ctx.db) {
    Store::ChangeHub *hub = &ctx.hub;
    for (auto signal : {&Store::ChangeHub::rulesChanged, &Store::ChangeHub::groupsChanged,
                        &Store::ChangeHub::usersChanged, &Store::ChangeHub::organizationsChanged,
                        &Store::ChangeHub::fieldsChanged, &Store::ChangeHub::agreementsChanged,
                        &Store::ChangeHub::accountChanged, &Store::ChangeHub::externalChange})
        connect(hub, signal, this, &RuleCache::invalidate);
}

void RuleCache::invalidate() {
    m_catalog.reset();
    m_choices.reset();
    m_runner.reset();
    m_hours.reset();
}

void RuleCache::setMaxPasses(int passes) {
    m_maxPasses = passes;
    m_runner.reset();
}

void RuleCache::checkFingerprint() {
    const QString fingerprint = m_lookup.fingerprint();
    if (fingerprint != m_fingerprint) {
        m_fingerprint = fingerprint;
        invalidate();
    }
}

const Rules::RuleCatalog &RuleCache::catalog() {
    checkFingerprint();
    if (m_catalog)
        return *m_catalog;
    Rules::RuleCatalog c;
    RuleChoices choices;
    for (const auto &r : m_lookup.groups()) {
        c.addGroup(r.id, r.name);
        choices.groups.append({r.id, r.name, {}});
    }
    for (const auto &r : m_lookup.staff()) {
        c.addUser({r.id, Role(r.code), r.name});
        choices.agents.append({r.id, r.name, Names::name(Role(r.code))});
    }
    for (const auto &r : m_lookup.organizations()) {
        c.addOrganization(r.id, r.name);
        choices.organizations.append({r.id, r.name, {}});
    }
    for (const auto &r : m_lookup.agreements()) {
        const auto direction = AgreementDirection(r.code);
        const auto status = AgreementStatus(r.code2);
        c.addAgreement({r.id, direction, status, r.name});
        (direction == AgreementDirection::Outbound ? choices.outboundAgreements
                                                   : choices.inboundAgreements)
            .append({r.id, r.name, Names::name(status)});
    }
    for (const auto &r : m_lookup.customFields()) {
        c.addCustomField({r.id, FieldType(r.code), r.name});
        choices.customFields.append({r.id, r.name, Names::name(FieldType(r.code))});
    }
    const auto byName = [](QList<RuleChoices::Choice> &list) {
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
    };
    for (auto *list : {&choices.groups, &choices.agents, &choices.organizations,
                       &choices.outboundAgreements, &choices.inboundAgreements})
        byName(*list);
    m_catalog = std::move(c);
    m_choices = std::move(choices);
    return *m_catalog;
}

RuleChoices RuleCache::choices() {
    catalog();
    return *m_choices;
}

Rules::RuleCatalog RuleCache::catalogWith(const QList<Id> &userIds) {
    Rules::RuleCatalog c = catalog();
    QList<Id> missing;
    for (Id id : userIds) {
        if (!c.user(id) && !missing.contains(id))
            missing.append(id);
    }
    for (const auto &r : m_lookup.users(missing))
        c.addUser({r.id, Role(r.code), r.name});
    return c;
}

QList<Id> RuleCache::referencedUsers(const Rules::Condition &condition,
                                     const Rules::ActionList *actions) {
    QList<Id> out;
    for (const auto *rows : {&condition.all(), &condition.any()}) {
        for (const Rules::ConditionRow &row : *rows) {
            const auto ref = Rules::RuleFields::fieldFromName(row.field);
            if (ref &&
                (ref->field == Rules::Field::Requester || ref->field == Rules::Field::Assignee)) {
                if (const auto id = Rules::RuleValues::id(row.value))
                    out.append(*id);
            }
        }
    }
    if (actions) {
        for (const Rules::Action &a : actions->actions()) {
            if (Rules::RuleFields::actionFromName(a.field) == Rules::ActionField::Assignee) {
                if (const auto id = Rules::RuleValues::id(a.value))
                    out.append(*id);
            }
        }
    }
    return out;
}

const Rules::TriggerRunner &RuleCache::runner() {
    checkFingerprint();
    if (m_runner)
        return *m_runner;
    QList<Rules::Trigger> parsed;
    QList<Id> users;
    for (const TriggerRecord &r : m_triggers.list(true)) {
        auto condition = Rules::Condition::fromJson(r.conditions);
        auto actions = Rules::ActionList::fromJson(r.actions);
        if (!condition || !actions) {
            qCWarning(lcRules) << "trigger" << r.id << "cannot be read and does not run:"
                               << (condition ? actions.error() : condition.error());
            continue;
        }
        parsed.append({r.id, r.title, *condition, *actions});
        users += referencedUsers(*condition, &*actions);
    }
    const Rules::RuleCatalog c = catalogWith(users);
    QList<Rules::CompiledTrigger> compiled;
    for (const Rules::Trigger &t : std::as_const(parsed)) {
        auto ct = t.compile(c);
        if (ct)
            compiled.append(std::move(ct).value());
        else
            qCInfo(lcRules) << "trigger" << t.id << "is broken and does not run:" << ct.error();
    }
    m_runner.emplace(std::move(compiled), m_maxPasses);
    ++m_builds;
    return *m_runner;
}

const Rules::BusinessHours &RuleCache::businessHours() {
    checkFingerprint();
    if (m_hours)
        return *m_hours;
    const auto account = m_account.get();
    Rules::BusinessHours hours;
    if (account) {
        auto parsed =
            Rules::BusinessHours::fromJson(account->businessHours.toUtf8(), account->timeZone);
        if (parsed)
            hours = std::move(parsed).value();
        else
            qCWarning(lcRules) << "the stored business hours cannot be read:" << parsed.error();
    }
    m_hours = std::move(hours);
    return *m_hours;
}

Plan RuleCache::plan() {
    const auto account = m_account.get();
    return account ? account->plan : Plan::Team;
}

} // namespace DeskBridge::Services
