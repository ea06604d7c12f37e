#include "app/services/TicketTriggerHook.h"

#include "app/rules/RuleFields.h"
#include "app/services/Permissions.h"
#include "models/domain/Clock.h"

namespace DeskBridge::Services {

using namespace Domain;
using Rules::FieldChange;

TicketTriggerHook::TicketTriggerHook(ServiceContext ctx, RuleCache &cache)
    : m_ctx(ctx)
    , m_cache(cache)
    , m_sharing(ctx.db)
    , m_groups(ctx.db)
    , m_users(ctx.db) {}

Rules::TicketFacts TicketTriggerHook::facts(const TicketWrite &write,
                                            const QList<TicketShare> &shares) {
    const Ticket &t = write.after;
    Rules::TicketFacts f;
    f.ticketId = t.id;
    f.isCreate = write.created;
    f.status = t.status;
    f.priority = t.priority;
    f.type = t.type;
    f.groupId = t.groupId;
    f.assigneeId = t.assigneeId;
    f.requesterId = t.requesterId;
    f.organizationId = t.organizationId;
    f.tags.reserve(t.tags.size());
    for (const QString &tag : t.tags)
        f.tags.insert(Rules::RuleFields::normalizeTag(tag));
    for (auto it = t.fields.cbegin(); it != t.fields.cend(); ++it)
        f.customFields.insert(it.key(), it.value());
    f.channel = t.channel;
    f.currentVia = write.via.channel;
    f.shares.reserve(shares.size());
    for (const TicketShare &s : shares)
        f.shares.append({s.agreementId, s.direction, s.state, s.sharedAt});
    f.createdAt = t.createdAt;
    f.updatedAt = t.updatedAt;
    return f;
}

TicketEvent TicketTriggerHook::event(const TicketWrite &write, EventKind kind, Id triggerId,
                                     const QString &text) const {
    TicketEvent e;
    e.actorId = write.actor.id;
    e.kind = kind;
    e.via = Channel::Trigger;
    e.triggerId = triggerId;
    e.agreementId = write.via.agreementId;
    if (kind == EventKind::TriggerFired) {
        // The console words it ("Trigger "X" fired") from the title in new_value.
        e.field = QStringLiteral("trigger");
        e.newValue = text;
    } else {
        e.detail = text;
    }
    return e;
}

QString TicketTriggerHook::titleOf(const Rules::TriggerRunResult &result, Id triggerId) const {
    for (const Rules::FiredTrigger &f : result.fired) {
        if (f.triggerId == triggerId)
            return f.title;
    }
    return QString::number(triggerId);
}

Status TicketTriggerHook::beforeSave(TicketWrite &write) {
    // A copy: the runner() call below may rebuild the cache (and with it the schedule).
    const Rules::BusinessHours hours = m_cache.businessHours();
    const Rules::TriggerRunner &runner = m_cache.runner();
    if (runner.triggers().isEmpty())
        return {};
    const QList<TicketShare> shares = write.created || write.after.id == 0
                                          ? QList<TicketShare>()
                                          : m_sharing.sharesOfTicket(write.after.id);
    const QDateTime now = write.after.updatedAt.isValid() ? write.after.updatedAt : Clock::now();
    const Rules::TriggerRunResult result = runner.run(facts(write, shares), now, hours);
    if (result.fired.isEmpty())
        return {};
    for (const Rules::FiredTrigger &f : result.fired)
        write.extraEvents.append(event(write, EventKind::TriggerFired, f.triggerId, f.title));
    applyChanges(write, result);
    applyShares(write, result);
    if (result.loopStopped)
        write.extraEvents.append(
            event(write, EventKind::Notice, 0, Rules::TriggerRunner::loopMessage(result.passes)));
    return {};
}

void TicketTriggerHook::applyChanges(TicketWrite &write, const Rules::TriggerRunResult &result) {
    if (result.changes.isEmpty())
        return;
    Ticket &t = write.after;
    const Ticket requested = t;
    const Rules::TicketFacts &f = result.facts;
    t.status = f.status;
    t.priority = f.priority;
    t.type = f.type;
    t.groupId = f.groupId;
    t.assigneeId = f.assigneeId;
    t.tags = QStringList(f.tags.cbegin(), f.tags.cend());
    t.tags.sort();

    // Which trigger set a field last, to name it when the change cannot be kept.
    const auto setBy = [&](FieldChange::Field field) -> Id {
        for (auto it = result.changes.crbegin(); it != result.changes.crend(); ++it) {
            if (it->field == field)
                return it->triggerId;
        }
        return 0;
    };
    const auto notice = [&](Id triggerId, const QString &text) {
        write.extraEvents.append(event(write, EventKind::Notice, triggerId, text));
    };
    // The catalog makes triggers naming deleted groups or non-agents broken; these checks catch
    // what changed since it was read, so the save never fails because of a trigger.
    if (t.groupId != requested.groupId && t.groupId && !m_groups.find(t.groupId)) {
        const Id by = setBy(FieldChange::Field::Group);
        notice(by, tr("Trigger \"%1\" could not set the group: the group %2 does not exist "
                      "(any more).")
                       .arg(titleOf(result, by))
                       .arg(t.groupId));
        t.groupId = requested.groupId;
    }
    if (t.assigneeId != requested.assigneeId && t.assigneeId) {
        const auto user = m_users.find(t.assigneeId);
        if (!user || !user->isStaff() || !user->active) {
            const Id by = setBy(FieldChange::Field::Assignee);
            notice(by, tr("Trigger \"%1\" could not assign the ticket: user %2 is not an active "
                          "agent.")
                           .arg(titleOf(result, by))
                           .arg(t.assigneeId));
            t.assigneeId = requested.assigneeId;
        }
    }
    const auto fits = [&](Id assignee, Id group) {
        if (!assignee || !group)
            return true;
        const QList<Id> members = m_groups.members(group);
        return members.isEmpty() || members.contains(assignee);
    };
    if ((t.groupId != requested.groupId || t.assigneeId != requested.assigneeId) &&
        !fits(t.assigneeId, t.groupId)) {
        const auto group = m_groups.find(t.groupId);
        const QString groupName = group ? group->name : QString::number(t.groupId);
        if (t.assigneeId != requested.assigneeId && fits(requested.assigneeId, t.groupId)) {
            const Id by = setBy(FieldChange::Field::Assignee);
            notice(by, tr("Trigger \"%1\" could not assign the ticket to %2: not a member of the "
                          "group %3.")
                           .arg(titleOf(result, by), m_users.nameOf(t.assigneeId), groupName));
            t.assigneeId = requested.assigneeId;
        } else {
            notice(setBy(FieldChange::Field::Group),
                   tr("%1 is not a member of the group %2 the triggers chose; the ticket is now "
                      "unassigned.")
                       .arg(m_users.nameOf(t.assigneeId), groupName));
            t.assigneeId = 0;
        }
    }
    // As when an agent assigns it: an assigned ticket is no longer new.
    if (t.assigneeId && t.status == TicketStatus::New)
        t.status = TicketStatus::Open;
}

void TicketTriggerHook::applyShares(TicketWrite &write, const Rules::TriggerRunResult &result) {
    if (result.shares.isEmpty())
        return;
    const Status allowed =
        Permissions::requirePlan(m_cache.plan(), Permissions::Feature::TriggerSharing);
    for (const Rules::ShareIntent &s : result.shares) {
        if (allowed) {
            if (!write.shareWith.contains(s.agreementId))
                write.shareWith.append(s.agreementId);
            continue;
        }
        const auto agreement = m_sharing.agreement(s.agreementId);
        write.extraEvents.append(
            event(write, EventKind::Notice, s.triggerId,
                  tr("Trigger \"%1\" did not share the ticket with %2: %3")
                      .arg(titleOf(result, s.triggerId),
                           agreement ? agreement->name : QString::number(s.agreementId),
                           allowed.error())));
    }
}

} // namespace DeskBridge::Services
