#pragma once
// ViewService: the ticket lists of the console sidebar, and the account's own views.
// - Built in: the six console views (your unsolved, unassigned, all unsolved, recently updated,
//   pending, recently solved) and, on plans with ticket sharing, the four sharing views of the
//   product article (shared with a partner, received from partners, shared in the last 24
//   hours, orphaned); defined in code, so their titles follow the UI language.
// - The account's own views (the views table): conditions, columns and sort, created, changed,
//   ordered and (de)activated by admins, compiled by ViewSqlCompiler into the WHERE clause and
//   bound values of a TicketQuery. A view naming a deleted group, agreement or field is listed
//   as broken, with the reasons, and matches nothing.
// Each view turns into a TicketQuery for the acting user (end users always see only what the
// visibility rule allows). Sorting has one path: TicketRepository's whitelisted TicketSort; a
// view's stored sort column is mapped onto it (ticketSort()).
#include "app/services/RuleCache.h"
#include "app/services/RuleDefinitions.h"
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/TicketRepository.h"
#include "models/store/ViewRepository.h"

#include <QHash>
#include <QObject>

namespace DeskBridge::Services {

struct ViewDefinition {
    QString key;   // "all_unsolved", "shared_outgoing", ... or "custom:<id>"
    QString title; // translated
    Store::TicketSort sort = Store::TicketSort::Updated;
    bool descending = true;
    Domain::Id id = 0;      // the account's own views: the views row
    bool builtin = true;    // false for the account's own views
    bool broken = false;    // names something deleted: matches nothing (see problems)
    QStringList problems{}; // why it is broken
    QStringList columns{};  // the columns to show; empty: the default ones
};

class ViewService : public QObject {
    Q_OBJECT
public:
    ViewService(ServiceContext ctx, RuleCache &cache, QObject *parent = nullptr);

    // The sidebar: built-in views, then the account's active views in their order.
    QList<ViewDefinition> views(const Domain::User &actor);
    // A view by key ("all_unsolved", "custom:12"), by the id of an own view, or by title.
    std::optional<ViewDefinition> find(const Domain::User &actor, const QString &keyOrTitle);
    Result<Store::TicketQuery> query(const Domain::User &actor, const QString &keyOrTitle);
    // The whole list for `actor` (all tickets they may see), optionally searched.
    Store::TicketQuery everything(const Domain::User &actor, const QString &search = {});
    int count(const Store::TicketQuery &query);
    QList<Domain::TicketRow> page(const Store::TicketQuery &query, int offset, int limit);
    // The sidebar's counts: view key -> number of tickets.
    QHash<QString, int> counts(const Domain::User &actor);

    // The account's own views, for the Admin Center and the CLI (admins; inactive ones too).
    Result<QList<ViewInfo>> customViews(const Domain::User &actor);
    Result<ViewInfo> customView(const Domain::User &actor, Domain::Id id);
    // By id ("12", "#12", "custom:12") or title.
    Result<ViewInfo> findCustom(const Domain::User &actor, const QString &idOrTitle);
    Result<ViewInfo> create(const Domain::User &actor, const ViewDraft &draft);
    // Replaces title, conditions, columns and sort; `active` and `position` only when set.
    Result<ViewInfo> update(const Domain::User &actor, Domain::Id id, const ViewDraft &draft);
    Status remove(const Domain::User &actor, Domain::Id id);
    Status reorder(const Domain::User &actor, const QList<Domain::Id> &ids);
    Status setActive(const Domain::User &actor, Domain::Id id, bool active);
    Status check(const Domain::User &actor, const ViewDraft &draft, Domain::Id existingId = 0);
    Result<RuleChoices> choices(const Domain::User &actor);

    // A view's sort column ("updated_at", "shared_at", "priority", ...) as TicketRepository
    // sorts; nullopt for columns it cannot sort by.
    static std::optional<Store::TicketSort> ticketSort(const QString &column);
    static QStringList sortColumns();

    static constexpr int maxTitleLength = 255;

private:
    // `anyPlan`: also the sharing views when the plan has no sharing.
    QList<ViewDefinition> builtinViews(const Domain::User &actor, bool anyPlan = false);
    ViewInfo info(const Domain::ViewRecord &record, const Rules::RuleCatalog &catalog);
    Rules::RuleCatalog catalogFor(const QList<Domain::ViewRecord> &records);
    Result<ViewInfo> reload(Domain::Id id);
    Status validate(const ViewDraft &draft, Domain::Id existingId);
    Status move(Domain::Id id, int position, const QDateTime &at);
    static ViewDefinition definition(const ViewInfo &view);

    ServiceContext m_ctx;
    RuleCache &m_cache;
    Store::TicketRepository m_tickets;
    Store::ViewRepository m_repo;
};

} // namespace DeskBridge::Services
