#include "app/services/ViewService.h"

#include "app/rules/CompiledCondition.h"
#include "app/rules/SampleRules.h"
#include "app/rules/ViewSqlCompiler.h"
#include "app/services/Permissions.h"
#include "app/services/RuleWrite.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DeskBridge::Services {

using namespace Domain;

namespace {
constexpr qint64 kHour = 3600 * 1000;
const QString kCustomPrefix = QStringLiteral("custom:");

struct SortName {
    const char *column;
    Store::TicketSort sort;
    bool alias; // another spelling, not offered in messages
};
// The names a view's sort may use; the *_id spellings are the rules layer's column names.
constexpr SortName kSortNames[] = {
    {"updated_at", Store::TicketSort::Updated, false},
    {"created_at", Store::TicketSort::Created, false},
    {"shared_at", Store::TicketSort::SharedAt, false},
    {"id", Store::TicketSort::Id, false},
    {"subject", Store::TicketSort::Subject, false},
    {"status", Store::TicketSort::Status, false},
    {"priority", Store::TicketSort::Priority, false},
    {"requester", Store::TicketSort::Requester, false},
    {"organization", Store::TicketSort::Organization, false},
    {"group", Store::TicketSort::Group, false},
    {"assignee", Store::TicketSort::Assignee, false},
    {"requester_id", Store::TicketSort::Requester, true},
    {"organization_id", Store::TicketSort::Organization, true},
    {"group_id", Store::TicketSort::Group, true},
    {"assignee_id", Store::TicketSort::Assignee, true},
};

bool isSharingView(const QString &key) {
    for (const Rules::samples::BuiltinView &v : Rules::samples::builtinViews()) {
        if (v.key == key)
            return true;
    }
    return false;
}
} // namespace

ViewService::ViewService(ServiceContext ctx, RuleCache &cache, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_cache(cache)
    , m_tickets(ctx.db)
    , m_repo(ctx.db) {}

std::optional<Store::TicketSort> ViewService::ticketSort(const QString &column) {
    for (const SortName &s : kSortNames) {
        if (column == QLatin1String(s.column))
            return s.sort;
    }
    return std::nullopt;
}

QStringList ViewService::sortColumns() {
    QStringList out;
    for (const SortName &s : kSortNames) {
        if (!s.alias)
            out.append(QString::fromLatin1(s.column));
    }
    return out;
}

QList<ViewDefinition> ViewService::builtinViews(const User &actor, bool anyPlan) {
    if (!actor.isStaff())
        return {{QStringLiteral("my_requests"), tr("My requests")}};
    QList<ViewDefinition> out{
        {QStringLiteral("your_unsolved"), tr("Your unsolved tickets")},
        {QStringLiteral("unassigned"), tr("Unassigned tickets")},
        {QStringLiteral("all_unsolved"), tr("All unsolved tickets")},
        {QStringLiteral("recently_updated"), tr("Recently updated tickets")},
        {QStringLiteral("pending"), tr("Pending tickets")},
        {QStringLiteral("recently_solved"), tr("Recently solved tickets")},
    };
    // Sharing views only where the plan shares tickets at all (DESIGN.md §1C).
    if (anyPlan || Permissions::planAllows(m_cache.plan(), Permissions::Feature::ManualSharing)) {
        for (const Rules::samples::BuiltinView &v : Rules::samples::builtinViews()) {
            ViewDefinition d{v.key, v.title};
            d.sort = ticketSort(v.sort.column).value_or(Store::TicketSort::Updated);
            d.descending = v.sort.order == Qt::DescendingOrder;
            out.append(d);
        }
    }
    return out;
}

ViewDefinition ViewService::definition(const ViewInfo &v) {
    ViewDefinition d{v.key(), v.title};
    d.sort = ticketSort(v.sort.column).value_or(Store::TicketSort::Updated);
    d.descending = v.sort.order == Qt::DescendingOrder;
    d.id = v.id;
    d.builtin = false;
    d.broken = v.broken;
    d.problems = v.problems;
    d.columns = v.columns;
    return d;
}

QList<ViewDefinition> ViewService::views(const User &actor) {
    QList<ViewDefinition> out = builtinViews(actor);
    if (!actor.isStaff())
        return out;
    const QList<ViewRecord> records = m_repo.list(true);
    const Rules::RuleCatalog catalog = catalogFor(records);
    for (const ViewRecord &r : records)
        out.append(definition(info(r, catalog)));
    return out;
}

std::optional<ViewDefinition> ViewService::find(const User &actor, const QString &keyOrTitle) {
    const QString k = keyOrTitle.trimmed();
    const QList<ViewDefinition> all = views(actor);
    for (const ViewDefinition &v : all) {
        if (v.key.compare(k, Qt::CaseInsensitive) == 0)
            return v;
    }
    QString idText = k;
    if (idText.startsWith(QLatin1Char('#')))
        idText.remove(0, 1);
    bool isNumber = false;
    const Id id = idText.toLongLong(&isNumber);
    for (const ViewDefinition &v : all) {
        if ((isNumber && v.id == id && !v.builtin) || v.title.compare(k, Qt::CaseInsensitive) == 0)
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
    using R = Result<Store::TicketQuery>;
    const auto view = find(actor, keyOrTitle);
    if (!view)
        return R::failure(tr("There is no view named \"%1\".").arg(keyOrTitle));
    Store::TicketQuery q = everything(actor);
    q.sort = view->sort;
    q.descending = view->descending;
    const QDateTime now = Clock::now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QString &key = view->key;
    const auto compiled = [&](const Rules::Condition &condition) -> Status {
        auto c = Rules::CompiledCondition::compile(condition);
        if (!c)
            return Status::failure(c.error());
        auto where = Rules::ViewSqlCompiler::where(*c, now);
        if (!where)
            return Status::failure(where.error());
        q.where = where->sql;
        q.binds = where->values;
        q.rowWhere = where->rowSql; // lets the first pages be read in sort order
        return {};
    };
    if (!view->builtin) {
        const auto record = m_repo.find(view->id);
        if (!record)
            return R::failure(tr("There is no view named \"%1\".").arg(keyOrTitle));
        if (view->broken) {
            q.where = QStringLiteral("0 = 1"); // a broken view matches nothing
            q.binds.clear();
            return q;
        }
        const auto condition = Rules::Condition::fromJson(record->conditions);
        if (!condition)
            return R::failure(condition.error());
        if (Status s = compiled(*condition); !s)
            return R::failure(s.error());
    } else if (key == QLatin1String("your_unsolved")) {
        // "+t.status": not through an index on status, so that SQLite reads the agent's tickets
        // newest first from tickets_assignee_updated and stops after a page, instead of
        // sorting all of them (a no-op elsewhere: the SQL stays portable).
        q.where = QStringLiteral("+t.status < 4 AND t.assignee_id = ?");
        q.binds = {actor.id};
    } else if (key == QLatin1String("unassigned")) {
        q.where = QStringLiteral("+t.status < 4 AND t.assignee_id IS NULL");
    } else if (key == QLatin1String("all_unsolved")) {
        q.where = QStringLiteral("t.status < 4");
    } else if (key == QLatin1String("recently_updated")) {
        q.where = QStringLiteral("t.updated_at >= ?");
        q.binds = {nowMs - 24 * kHour};
    } else if (key == QLatin1String("pending")) {
        q.where = QStringLiteral("t.status = 2");
    } else if (key == QLatin1String("recently_solved")) {
        q.where = QStringLiteral("t.status = 4 AND t.updated_at >= ?");
        q.binds = {nowMs - 7 * 24 * kHour};
    } else if (key == QLatin1String("my_requests")) {
        q.where = QStringLiteral("t.requester_id = ?");
        q.binds = {actor.id};
    } else if (isSharingView(key)) {
        for (const Rules::samples::BuiltinView &v : Rules::samples::builtinViews()) {
            if (v.key == key) {
                if (Status s = compiled(v.condition); !s)
                    return R::failure(s.error());
            }
        }
    }
    return q;
}

int ViewService::count(const Store::TicketQuery &query) {
    return m_tickets.count(query);
}

QList<TicketRow> ViewService::page(const Store::TicketQuery &query, int offset, int limit) {
    return m_tickets.page(query, offset, limit);
}

QHash<QString, int> ViewService::counts(const User &actor) {
    QHash<QString, int> out;
    for (const ViewDefinition &v : views(actor)) {
        const auto q = query(actor, v.key);
        out.insert(v.key, q ? m_tickets.count(*q) : 0);
    }
    return out;
}

// ---- the account's own views ----------------------------------------------------------------

Rules::RuleCatalog ViewService::catalogFor(const QList<ViewRecord> &records) {
    QList<Id> users;
    for (const ViewRecord &r : records) {
        if (const auto c = Rules::Condition::fromJson(r.conditions))
            users += RuleCache::referencedUsers(*c);
    }
    return m_cache.catalogWith(users);
}

ViewInfo ViewService::info(const ViewRecord &r, const Rules::RuleCatalog &catalog) {
    ViewInfo out;
    out.id = r.id;
    out.title = r.title;
    out.position = r.position;
    out.active = r.active;
    out.createdAt = r.createdAt;
    out.updatedAt = r.updatedAt;
    QJsonParseError error;
    const QJsonDocument columns = QJsonDocument::fromJson(r.columns, &error);
    for (const QJsonValue &c : columns.array()) {
        if (RuleDefinitions::viewColumns().contains(c.toString()))
            out.columns.append(c.toString());
    }
    if (const auto sort = Rules::ViewSort::fromJson(r.sort))
        out.sort = *sort;
    else
        out.problems.append(sort.error());
    if (!ticketSort(out.sort.column))
        out.problems.append(tr("A view cannot be sorted by '%1' (use one of: %2)")
                                .arg(out.sort.column, sortColumns().join(QStringLiteral(", "))));
    const auto condition = Rules::Condition::fromJson(r.conditions);
    if (!condition) {
        out.problems.append(condition.error());
    } else {
        out.condition = *condition;
        out.problems += condition->brokenReferences(catalog);
        if (Status s = condition->validate(catalog, Rules::RuleKind::View);
            !s && !out.problems.contains(s.error()))
            out.problems.append(s.error());
    }
    out.broken = !out.problems.isEmpty();
    return out;
}

Result<ViewInfo> ViewService::reload(Id id) {
    const auto r = m_repo.find(id);
    if (!r || !r->builtinKey.isEmpty())
        return Result<ViewInfo>::failure(tr("There is no view with the id %1.").arg(id));
    return info(*r, catalogFor({*r}));
}

Result<QList<ViewInfo>> ViewService::customViews(const User &actor) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<QList<ViewInfo>>::failure(s.error());
    const QList<ViewRecord> records = m_repo.list();
    const Rules::RuleCatalog catalog = catalogFor(records);
    QList<ViewInfo> out;
    for (const ViewRecord &r : records)
        out.append(info(r, catalog));
    return out;
}

Result<ViewInfo> ViewService::customView(const User &actor, Id id) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<ViewInfo>::failure(s.error());
    return reload(id);
}

Result<ViewInfo> ViewService::findCustom(const User &actor, const QString &idOrTitle) {
    using R = Result<ViewInfo>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    QString text = idOrTitle.trimmed();
    if (text.startsWith(kCustomPrefix))
        text = text.mid(kCustomPrefix.size());
    if (text.startsWith(QLatin1Char('#')))
        text.remove(0, 1);
    bool isNumber = false;
    const Id id = text.toLongLong(&isNumber);
    if (isNumber) {
        if (auto v = reload(id))
            return v;
    }
    if (const auto byTitle = m_repo.findByTitle(idOrTitle.trimmed()))
        return reload(byTitle->id);
    return R::failure(tr("There is no view \"%1\".").arg(idOrTitle.trimmed()));
}

Status ViewService::validate(const ViewDraft &draft, Id existingId) {
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        return Status::failure(tr("The view needs a title."));
    if (title.size() > maxTitleLength)
        return Status::failure(
            tr("The view's title is longer than %1 characters.").arg(maxTitleLength));
    if (const auto same = m_repo.findByTitle(title); same && same->id != existingId)
        return Status::failure(tr("There is already a view named \"%1\".").arg(same->title));
    User staff;
    staff.role = Role::Admin;
    // Also the sharing views' titles, shown once the plan allows sharing.
    for (const ViewDefinition &b : builtinViews(staff, true)) {
        if (b.title.compare(title, Qt::CaseInsensitive) == 0 ||
            b.key.compare(title, Qt::CaseInsensitive) == 0)
            return Status::failure(tr("\"%1\" is the name of a built-in view.").arg(title));
    }
    const Rules::RuleCatalog catalog =
        m_cache.catalogWith(RuleCache::referencedUsers(draft.condition));
    if (Status s = draft.condition.validate(catalog, Rules::RuleKind::View); !s)
        return s;
    if (!ticketSort(draft.sort.column))
        return Status::failure(
            tr("A view cannot be sorted by '%1' (use one of: %2)")
                .arg(draft.sort.column, sortColumns().join(QStringLiteral(", "))));
    for (const QString &c : draft.columns) {
        if (!RuleDefinitions::viewColumns().contains(c))
            return Status::failure(
                tr("'%1' is not a column (use one of: %2)")
                    .arg(c, RuleDefinitions::viewColumns().join(QStringLiteral(", "))));
    }
    return {};
}

Status ViewService::check(const User &actor, const ViewDraft &draft, Id existingId) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    return validate(draft, existingId);
}

Status ViewService::move(Id id, int position, const QDateTime &at) {
    QList<Id> ids;
    for (const ViewRecord &r : m_repo.list())
        ids.append(r.id);
    ids.removeAll(id);
    ids.insert(std::clamp(position - 1, 0, int(ids.size())), id);
    return m_repo.setOrder(ids, at);
}

namespace {
QByteArray columnsJson(const QStringList &columns) {
    return QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact);
}
} // namespace

Result<ViewInfo> ViewService::create(const User &actor, const ViewDraft &draft) {
    using R = Result<ViewInfo>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    if (Status s = validate(draft, 0); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    ViewRecord r;
    r.title = draft.title.trimmed();
    r.position = m_repo.nextPosition();
    r.active = draft.active.value_or(true);
    r.conditions = draft.condition.toJson();
    r.columns = columnsJson(draft.columns);
    r.sort = draft.sort.toJson();
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

Result<ViewInfo> ViewService::update(const User &actor, Id id, const ViewDraft &draft) {
    using R = Result<ViewInfo>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    auto r = m_repo.find(id);
    if (!r || !r->builtinKey.isEmpty())
        return R::failure(tr("There is no view with the id %1.").arg(id));
    if (Status s = validate(draft, id); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    r->title = draft.title.trimmed();
    if (draft.active)
        r->active = *draft.active;
    r->conditions = draft.condition.toJson();
    r->columns = columnsJson(draft.columns);
    r->sort = draft.sort.toJson();
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

Status ViewService::remove(const User &actor, Id id) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    const auto r = m_repo.find(id);
    if (!r || !r->builtinKey.isEmpty())
        return Status::failure(tr("There is no view with the id %1.").arg(id));
    return RuleWrite::commit(m_ctx, [&] { return m_repo.remove(id); });
}

Status ViewService::reorder(const User &actor, const QList<Id> &ids) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    QList<Id> current;
    for (const ViewRecord &r : m_repo.list())
        current.append(r.id);
    if (!RuleWrite::isReordering(ids, current))
        return Status::failure(tr("The new order must name each of the %n view(s) exactly once.",
                                  nullptr, int(current.size())));
    return RuleWrite::commit(m_ctx, [&] { return m_repo.setOrder(ids, Clock::now()); });
}

Status ViewService::setActive(const User &actor, Id id, bool active) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    auto r = m_repo.find(id);
    if (!r || !r->builtinKey.isEmpty())
        return Status::failure(tr("There is no view with the id %1.").arg(id));
    if (r->active == active)
        return {};
    r->active = active;
    r->updatedAt = Clock::now();
    return RuleWrite::commit(m_ctx, [&] { return m_repo.update(*r); });
}

Result<RuleChoices> ViewService::choices(const User &actor) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<RuleChoices>::failure(s.error());
    return m_cache.choices();
}

} // namespace DeskBridge::Services
