#pragma once
// TriggerService: the account's triggers (business rules that run on every ticket create and
// update): list in run order, create, change, delete, reorder, activate and deactivate. Admins
// only. Every definition is checked against what exists in the account (RuleCatalog) before it
// is stored, and a message names the bad condition row or action; share_ticket actions need the
// Enterprise plan (DESIGN.md §1C). A stored trigger that names something deleted since is read
// back as broken, with the reasons, and does not run.
#include "app/services/RuleCache.h"
#include "app/services/RuleDefinitions.h"
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/TriggerRepository.h"

#include <QObject>

namespace DeskBridge::Services {

class TriggerService : public QObject {
    Q_OBJECT
public:
    TriggerService(ServiceContext ctx, RuleCache &cache, QObject *parent = nullptr);

    // In run order, with broken status.
    Result<QList<TriggerInfo>> list(const Domain::User &actor);
    Result<TriggerInfo> get(const Domain::User &actor, Domain::Id id);
    // By id ("12" or "#12") or by title (case-insensitive).
    Result<TriggerInfo> find(const Domain::User &actor, const QString &idOrTitle);

    Result<TriggerInfo> create(const Domain::User &actor, const TriggerDraft &draft);
    // Replaces title, conditions and actions; `active` and `position` only when set in the draft.
    Result<TriggerInfo> update(const Domain::User &actor, Domain::Id id, const TriggerDraft &draft);
    Status remove(const Domain::User &actor, Domain::Id id);
    // `ids`: every trigger once, in the new run order.
    Status reorder(const Domain::User &actor, const QList<Domain::Id> &ids);
    // Activating checks the trigger again (a broken one, or one the plan does not allow, stays
    // inactive with the reason); deactivating always works.
    Status setActive(const Domain::User &actor, Domain::Id id, bool active);
    // Checks a draft as create() / update() would, writing nothing (the editor's live check).
    Status check(const Domain::User &actor, const TriggerDraft &draft, Domain::Id existingId = 0);

    // The value pickers of the trigger editor.
    Result<RuleChoices> choices(const Domain::User &actor);

    static constexpr int maxTitleLength = 255;

private:
    Status validate(const TriggerDraft &draft, Domain::Id existingId);
    TriggerInfo info(const Domain::TriggerRecord &record, const Rules::RuleCatalog &catalog,
                     Domain::Plan plan);
    Result<TriggerInfo> reload(Domain::Id id);
    // Moves `id` to the 1-based `position` in the run order.
    Status move(Domain::Id id, int position, const QDateTime &at);

    ServiceContext m_ctx;
    RuleCache &m_cache;
    Store::TriggerRepository m_repo;
};

} // namespace DeskBridge::Services
