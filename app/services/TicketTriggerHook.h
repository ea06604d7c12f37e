#pragma once
// TicketTriggerHook: runs the account's triggers on every ticket create and update, inside the
// write's transaction, before the ticket is saved (TicketRulesHook, see TicketHooks.h):
//
//   TicketWrite ─► TicketFacts (before/after, the ticket's shares, the channel of this update)
//               ─► TriggerRunner over the active, non-broken triggers in order (RuleCache)
//               ─► write.after      the triggers' field changes (TicketService records them
//                                   as events via "trigger")
//                  write.extraEvents one "trigger fired" event per firing; notices for a loop
//                                   that was stopped, for shares the plan does not allow, and
//                                   for changes that could not be applied
//                  write.shareWith  the agreements share_ticket actions asked for (Enterprise);
//                                   the sharing observer shares the ticket after the save
//
// Updates that arrive through ticket sharing run the triggers too; the condition current_via
// lets an admin leave them out.
#include "app/rules/TicketFacts.h"
#include "app/rules/TriggerRunner.h"
#include "app/services/RuleCache.h"
#include "app/services/TicketHooks.h"
#include "models/domain/Sharing.h"
#include "models/store/GroupRepository.h"
#include "models/store/SharingRepository.h"
#include "models/store/UserRepository.h"

#include <QCoreApplication>

namespace DeskBridge::Services {

class TicketTriggerHook : public TicketRulesHook {
    Q_DECLARE_TR_FUNCTIONS(TicketTriggerHook)
public:
    TicketTriggerHook(ServiceContext ctx, RuleCache &cache);

    Status beforeSave(TicketWrite &write) override;

    // What the triggers see of one write.
    static Rules::TicketFacts facts(const TicketWrite &write,
                                    const QList<Domain::TicketShare> &shares);

private:
    Domain::TicketEvent event(const TicketWrite &write, Domain::EventKind kind,
                              Domain::Id triggerId, const QString &text) const;
    void applyChanges(TicketWrite &write, const Rules::TriggerRunResult &result);
    void applyShares(TicketWrite &write, const Rules::TriggerRunResult &result);
    QString titleOf(const Rules::TriggerRunResult &result, Domain::Id triggerId) const;

    ServiceContext m_ctx;
    RuleCache &m_cache;
    Store::SharingRepository m_sharing;
    Store::GroupRepository m_groups;
    Store::UserRepository m_users;
};

} // namespace DeskBridge::Services
