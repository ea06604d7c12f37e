#include "app/services/ViewService.h"

#include "models/domain/Clock.h"

namespace DeskBridge::Services {

using namespace Domain;

namespace {
constexpr qint64 kHour = 3600 * 1000;
}

ViewService::ViewService(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_tickets(ctx.db) {}

QList<ViewDefinition> ViewService::views(const User &actor) {
    if (!actor.isStaff())
        return {{QStringLiteral("my_requests"), tr("My requests")}};
    return {
        {QStringLiteral("your_unsolved"), tr("Your unsolved tickets")},
        {QStringLiteral("unassigned"), tr("Unassigned tickets")},
        {QStringLiteral("all_unsolved"), tr("All unsolved tickets")},
        {QStringLiteral("recently_updated"), tr("Recently updated tickets")},
        {QStringLiteral("pending"), tr("Pending tickets")},
        {QStringLiteral("recently_solved"), tr("Recently solved tickets")},
    };
}

std::optional<ViewDefinition> ViewService::find(const User &actor, const QString &keyOrTitle) {
    const QString k = keyOrTitle.trimmed();
    for (const ViewDefinition &v : views(actor)) {
        if (v.key.compare(k, Qt::CaseInsensitive) == 0 ||
            v.title.compare(k, Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

Store::TicketQuery ViewService::everything(const User &actor, const QString &search) {
    Store::TicketQuery q;
    q.search = search;
    q.visibleTo = actor.isStaff() ? 0 : actor.id;
    return q;
}

Result<Store::TicketQuery> ViewService::query(const User &actor, const QString &keyOrTitle) {
    const auto view = find(actor, keyOrTitle);
    if (!view)
        return Result<Store::TicketQuery>::failure(
            tr("There is no view named \"%1\".").arg(keyOrTitle));
    Store::TicketQuery q = everything(actor);
    q.sort = view->sort;
    q.descending = view->descending;
    const qint64 now = Clock::nowMs();
    const QString &key = view->key;
    if (key == QLatin1String("your_unsolved")) {
        q.where = QStringLiteral("t.status < 4 AND t.assignee_id = ?");
        q.binds = {actor.id};
    } else if (key == QLatin1String("unassigned")) {
        q.where = QStringLiteral("t.status < 4 AND t.assignee_id IS NULL");
    } else if (key == QLatin1String("all_unsolved")) {
        q.where = QStringLiteral("t.status < 4");
    } else if (key == QLatin1String("recently_updated")) {
        q.where = QStringLiteral("t.updated_at >= ?");
        q.binds = {now - 24 * kHour};
    } else if (key == QLatin1String("pending")) {
        q.where = QStringLiteral("t.status = 2");
    } else if (key == QLatin1String("recently_solved")) {
        q.where = QStringLiteral("t.status = 4 AND t.updated_at >= ?");
        q.binds = {now - 7 * 24 * kHour};
    } else if (key == QLatin1String("my_requests")) {
        q.where = QStringLiteral("t.requester_id = ?");
        q.binds = {actor.id};
    }
    return q;
}

int ViewService::count(const Store::TicketQuery &query) {
    return m_tickets.count(query);
}

QList<TicketRow> ViewService::page(const Store::TicketQuery &query, int offset, int limit) {
    return m_tickets.page(query, offset, limit);
}

} // namespace DeskBridge::Services
