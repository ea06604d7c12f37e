#include "models/store/TicketRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace DeskBridge::Store {

using namespace Domain;

namespace {
QString orderColumn(TicketSort sort) {
    switch (sort) {
    case TicketSort::Id:
        return QStringLiteral("t.id");
    case TicketSort::Subject:
        return QStringLiteral("t.subject COLLATE NOCASE");
    case TicketSort::Requester:
        return QStringLiteral("r.name COLLATE NOCASE");
    case TicketSort::Organization:
        return QStringLiteral("o.name COLLATE NOCASE");
    case TicketSort::Status:
        return QStringLiteral("t.status");
    case TicketSort::Priority:
        return QStringLiteral("t.priority");
    case TicketSort::Group:
        return QStringLiteral("g.name COLLATE NOCASE");
    case TicketSort::Assignee:
        return QStringLiteral("a.name COLLATE NOCASE");
    case TicketSort::Updated:
        return QStringLiteral("t.updated_at");
    case TicketSort::Created:
        return QStringLiteral("t.created_at");
    case TicketSort::SharedAt:
        // "x IS NULL, x <dir>": tickets never shared come last in both directions.
        return QStringLiteral("(SELECT max(s.shared_at) FROM ticket_shares s WHERE s.ticket_id = "
                              "t.id) IS NULL, (SELECT max(s.shared_at) FROM ticket_shares s WHERE "
                              "s.ticket_id = t.id)");
    }
    return QStringLiteral("t.id");
}
} // namespace

Result<Id> TicketRepository::insert(const Ticket &t) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO tickets (subject, status, priority, type, channel, requester_id, "
        "organization_id, group_id, assignee_id, original_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q,
            {t.subject, int(t.status), int(t.priority), int(t.type), int(t.channel), t.requesterId,
             idOrNull(t.organizationId), idOrNull(t.groupId), idOrNull(t.assigneeId),
             textOrNull(t.originalId), ms(t.createdAt), ms(t.updatedAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status s =
            m_db.exec(QStringLiteral("INSERT INTO tickets_fts (rowid, subject) VALUES (?, ?)"),
                      {id, t.subject});
        !s)
        return Result<Id>::failure(s.error());
    if (Status s = writeTags(id, t.tags); !s)
        return Result<Id>::failure(s.error());
    if (Status s = writeFields(id, t.fields); !s)
        return Result<Id>::failure(s.error());
    return id;
}

Status TicketRepository::update(const Ticket &t) {
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE tickets SET subject = ?, status = ?, priority = ?, type = ?, "
                           "organization_id = ?, group_id = ?, assignee_id = ?, updated_at = ? "
                           "WHERE id = ?"),
            {t.subject, int(t.status), int(t.priority), int(t.type), idOrNull(t.organizationId),
             idOrNull(t.groupId), idOrNull(t.assigneeId), ms(t.updatedAt), t.id});
        !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM ticket_tags WHERE ticket_id = ?"), {t.id});
        !s)
        return s;
    if (Status s = writeTags(t.id, t.tags); !s)
        return s;
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM ticket_field_values WHERE ticket_id = ?"),
                             {t.id});
        !s)
        return s;
    return writeFields(t.id, t.fields);
}

Status TicketRepository::touch(Id id, const QDateTime &at) {
    return m_db.exec(QStringLiteral("UPDATE tickets SET updated_at = ? WHERE id = ?"),
                     {ms(at), id});
}

Status TicketRepository::writeTags(Id id, const QStringList &tags) {
    for (const QString &tag : tags) {
        if (Status s = m_db.exec(
                QStringLiteral("INSERT OR IGNORE INTO ticket_tags (ticket_id, tag) VALUES (?, ?)"),
                {id, tag});
            !s)
            return s;
    }
    return {};
}

Status TicketRepository::writeFields(Id id, const QMap<Id, QString> &fields) {
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO ticket_field_values (ticket_id, "
                                                "field_id, value) VALUES (?, ?, ?)"),
                                 {id, it.key(), it.value()});
            !s)
            return s;
    }
    return {};
}

std::optional<Ticket> TicketRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, subject, status, priority, type, channel, requester_id, organization_id, "
        "group_id, assignee_id, original_id, created_at, updated_at FROM tickets WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Ticket t;
    t.id = q.value(0).toLongLong();
    t.subject = q.value(1).toString();
    t.status = static_cast<TicketStatus>(q.value(2).toInt());
    t.priority = static_cast<Priority>(q.value(3).toInt());
    t.type = static_cast<TicketType>(q.value(4).toInt());
    t.channel = static_cast<Channel>(q.value(5).toInt());
    t.requesterId = q.value(6).toLongLong();
    t.organizationId = q.value(7).toLongLong();
    t.groupId = q.value(8).toLongLong();
    t.assigneeId = q.value(9).toLongLong();
    t.originalId = q.value(10).toString();
    t.createdAt = time(q.value(11));
    t.updatedAt = time(q.value(12));
    q.finish();

    QSqlQuery &tags = m_db.prepared(
        QStringLiteral("SELECT tag FROM ticket_tags WHERE ticket_id = ? ORDER BY tag"));
    tags.bindValue(0, id);
    if (tags.exec())
        while (tags.next())
            t.tags.append(tags.value(0).toString());
    tags.finish();

    QSqlQuery &fields = m_db.prepared(
        QStringLiteral("SELECT field_id, value FROM ticket_field_values WHERE ticket_id = ?"));
    fields.bindValue(0, id);
    if (fields.exec())
        while (fields.next())
            t.fields.insert(fields.value(0).toLongLong(), fields.value(1).toString());
    fields.finish();
    return t;
}

bool TicketRepository::exists(Id id) {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM tickets WHERE id = ?"));
    q.bindValue(0, id);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

Result<Id> TicketRepository::insertComment(const Comment &c) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO comments (uuid, ticket_id, author_id, author_name, body, html_body, public, "
        "via, agreement_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {c.uuid, c.ticketId, idOrNull(c.authorId), c.authorName, c.body, c.htmlBody,
                c.isPublic, int(c.via), idOrNull(c.agreementId), ms(c.createdAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status s = m_db.exec(QStringLiteral("INSERT INTO comments_fts (rowid, body) VALUES (?, ?)"),
                             {id, c.body});
        !s)
        return Result<Id>::failure(s.error());
    return id;
}

bool TicketRepository::commentExists(const QString &uuid) {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT 1 FROM comments WHERE uuid = ?"));
    q.bindValue(0, uuid);
    const bool found = q.exec() && q.next();
    q.finish();
    return found;
}

QList<Comment> TicketRepository::comments(Id ticketId, bool includePrivate) {
    QList<Comment> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT c.id, c.uuid, c.ticket_id, c.author_id, "
        "CASE WHEN c.author_name <> '' THEN c.author_name ELSE coalesce(u.name, '') END, "
        "c.body, c.html_body, c.public, c.via, c.agreement_id, c.created_at "
        "FROM comments c LEFT JOIN users u ON u.id = c.author_id "
        "WHERE c.ticket_id = ? AND (c.public = 1 OR ? = 1) ORDER BY c.created_at, c.id"));
    q.bindValue(0, ticketId);
    q.bindValue(1, includePrivate ? 1 : 0);
    if (q.exec()) {
        while (q.next()) {
            Comment c;
            c.id = q.value(0).toLongLong();
            c.uuid = q.value(1).toString();
            c.ticketId = q.value(2).toLongLong();
            c.authorId = q.value(3).toLongLong();
            c.authorName = q.value(4).toString();
            c.body = q.value(5).toString();
            c.htmlBody = q.value(6).toString();
            c.isPublic = q.value(7).toBool();
            c.via = static_cast<Channel>(q.value(8).toInt());
            c.agreementId = q.value(9).toLongLong();
            c.createdAt = time(q.value(10));
            out.append(c);
        }
    }
    q.finish();
    return out;
}

Result<Id> TicketRepository::insertEvent(const TicketEvent &e) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO ticket_events (ticket_id, actor_id, kind, field, old_value, new_value, via, "
        "trigger_id, agreement_id, detail, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {e.ticketId, idOrNull(e.actorId), int(e.kind), e.field, e.oldValue, e.newValue,
                int(e.via), idOrNull(e.triggerId), idOrNull(e.agreementId), e.detail,
                ms(e.createdAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

QList<TicketEvent> TicketRepository::events(Id ticketId) {
    QList<TicketEvent> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT e.id, e.ticket_id, e.actor_id, coalesce(u.name, ''), e.kind, e.field, "
        "e.old_value, e.new_value, e.via, e.trigger_id, e.agreement_id, e.detail, e.created_at "
        "FROM ticket_events e LEFT JOIN users u ON u.id = e.actor_id "
        "WHERE e.ticket_id = ? ORDER BY e.id"));
    q.bindValue(0, ticketId);
    if (q.exec()) {
        while (q.next()) {
            TicketEvent e;
            e.id = q.value(0).toLongLong();
            e.ticketId = q.value(1).toLongLong();
            e.actorId = q.value(2).toLongLong();
            e.actorName = q.value(3).toString();
            e.kind = static_cast<EventKind>(q.value(4).toInt());
            e.field = q.value(5).toString();
            e.oldValue = q.value(6).toString();
            e.newValue = q.value(7).toString();
            e.via = static_cast<Channel>(q.value(8).toInt());
            e.triggerId = q.value(9).toLongLong();
            e.agreementId = q.value(10).toLongLong();
            e.detail = q.value(11).toString();
            e.createdAt = time(q.value(12));
            out.append(e);
        }
    }
    q.finish();
    return out;
}

QString TicketRepository::sharedOrganizationsSql() {
    return QStringLiteral("SELECT m.organization_id FROM organization_memberships m JOIN "
                          "organizations vo ON vo.id = m.organization_id "
                          "WHERE m.user_id = ? AND vo.sharing_mode > 0");
}

QString TicketRepository::visibilitySql() {
    return QStringLiteral("(t.requester_id = ? OR t.organization_id IN (") +
           sharedOrganizationsSql() + QStringLiteral("))");
}

Result<int> TicketRepository::clearOrganization(Id organizationId, const QString &organizationName,
                                                Id actorId, Channel via, const QString &detail,
                                                const QDateTime &at) {
    // The events first, while the tickets still name the organization.
    QSqlQuery &events = m_db.prepared(QStringLiteral(
        "INSERT INTO ticket_events (ticket_id, actor_id, kind, field, old_value, new_value, via, "
        "detail, created_at) SELECT id, ?, ?, 'organization', ?, '', ?, ?, ? FROM tickets "
        "WHERE organization_id = ?"));
    bindAll(events, {idOrNull(actorId), int(EventKind::FieldChanged), organizationName, int(via),
                     detail, ms(at), organizationId});
    if (!events.exec())
        return Result<int>::failure(Database::describe(events));
    events.finish();
    QSqlQuery &clear = m_db.prepared(
        QStringLiteral("UPDATE tickets SET organization_id = NULL WHERE organization_id = ?"));
    clear.bindValue(0, organizationId);
    if (!clear.exec())
        return Result<int>::failure(Database::describe(clear));
    const int changed = clear.numRowsAffected();
    clear.finish();
    return changed;
}

QString TicketRepository::ftsQuery(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString TicketRepository::whereClause(const TicketQuery &query, QVariantList &binds,
                                      SearchForm form) const {
    QString where = QLatin1Char('(') + query.where + QLatin1Char(')');
    binds = query.binds;
    const QString fts = ftsQuery(query.search);
    if (!fts.isEmpty() && form == SearchForm::HitList) {
        where += QStringLiteral(
            " AND t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? UNION "
            "SELECT c.ticket_id FROM comments_fts JOIN comments c ON c.id = comments_fts.rowid "
            "WHERE comments_fts MATCH ?");
        binds << fts << fts;
        // An end user's search must not find words that only stand in internal notes.
        if (query.visibleTo)
            where += QStringLiteral(" AND c.public = 1");
        where += QLatin1Char(')');
    } else if (!fts.isEmpty()) {
        // The same rule tested ticket by ticket: both hit lists are read once (rowids only,
        // no row of comments), and only the comments of the tickets walked are looked up.
        where += QStringLiteral(
            " AND (t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ?) OR "
            "EXISTS (SELECT 1 FROM comments c WHERE c.ticket_id = t.id AND c.id IN "
            "(SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)");
        binds << fts << fts;
        if (query.visibleTo)
            where += QStringLiteral(" AND c.public = 1");
        where += QStringLiteral("))");
    }
    if (query.visibleTo) {
        where += QStringLiteral(" AND ") + visibilitySql();
        binds << query.visibleTo << query.visibleTo;
    }
    return where;
}

int TicketRepository::count(const TicketQuery &query) {
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM tickets t WHERE ") + whereClause(query, binds);
    QSqlQuery &q = m_db.prepared(sql);
    bindAll(q, binds);
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

namespace {
const QString kRowColumns =
    QStringLiteral("SELECT t.id, t.subject, coalesce(r.name, ''), coalesce(o.name, ''), "
                   "t.status, t.priority, coalesce(g.name, ''), coalesce(a.name, ''), "
                   "t.updated_at FROM tickets t "
                   "LEFT JOIN users r ON r.id = t.requester_id "
                   "LEFT JOIN organizations o ON o.id = t.organization_id "
                   "LEFT JOIN groups g ON g.id = t.group_id "
                   "LEFT JOIN users a ON a.id = t.assignee_id WHERE ");
} // namespace

QList<TicketRow> TicketRepository::readRows(const QString &sql, const QVariantList &binds,
                                            int limit) {
    QSqlQuery &q = m_db.prepared(sql);
    bindAll(q, binds);
    QList<TicketRow> out;
    if (q.exec()) {
        out.reserve(limit);
        while (q.next()) {
            TicketRow r;
            r.id = q.value(0).toLongLong();
            r.subject = q.value(1).toString();
            r.requester = q.value(2).toString();
            r.organization = q.value(3).toString();
            r.status = static_cast<TicketStatus>(q.value(4).toInt());
            r.priority = static_cast<Priority>(q.value(5).toInt());
            r.group = q.value(6).toString();
            r.assignee = q.value(7).toString();
            r.updatedAt = time(q.value(8));
            out.append(r);
        }
    }
    q.finish();
    return out;
}

std::optional<QList<TicketRow>> TicketRepository::pageInSortOrder(const TicketQuery &query,
                                                                  int offset, int limit) {
    QString column;
    switch (query.sort) {
    case TicketSort::Updated:
        column = QStringLiteral("updated_at");
        break;
    case TicketSort::Created:
        column = QStringLiteral("created_at");
        break;
    case TicketSort::Id:
        column = QStringLiteral("id");
        break;
    default:
        return std::nullopt; // no index gives this order
    }
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // The window: every ticket at or past the `window`-th one in sort order (ties included),
    // i.e. a prefix of the list's order. If it holds offset + limit matches, they are the page.
    const QString floor =
        QStringLiteral("coalesce((SELECT %1 FROM tickets ORDER BY %1%2 LIMIT 1 OFFSET ?), %3)")
            .arg(column, dir,
                 query.descending ? QStringLiteral("-9223372036854775807")
                                  : QStringLiteral("9223372036854775807"));
    const QString order =
        column == QLatin1String("id")
            ? QString(QStringLiteral("t.id") + dir)
            : QString(QStringLiteral("t.") + column + dir + QStringLiteral(", t.id") + dir);
    const QString sql = kRowColumns + QStringLiteral("t.") + column +
                        (query.descending ? QStringLiteral(" >= ") : QStringLiteral(" <= ")) +
                        floor + QStringLiteral(" AND (") + query.rowWhere +
                        QStringLiteral(") ORDER BY ") + order + QStringLiteral(" LIMIT ? OFFSET ?");
    const int window = std::max(sortOrderWindow, (offset + limit) * 50);
    QVariantList binds{window};
    binds += query.binds;
    binds << limit << offset;
    QList<TicketRow> rows = readRows(sql, binds, limit);
    if (rows.size() < limit)
        return std::nullopt;
    return rows;
}

std::optional<qint64> TicketRepository::sortCutoff(const QString &column, bool descending,
                                                   qint64 window) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT %1 FROM tickets ORDER BY %1%2 LIMIT 1 OFFSET ?")
            .arg(column, descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC")));
    q.bindValue(0, window);
    std::optional<qint64> cutoff;
    if (q.exec() && q.next())
        cutoff = q.value(0).toLongLong();
    q.finish();
    return cutoff;
}

QList<TicketRow> TicketRepository::page(const TicketQuery &query, int offset, int limit) {
    // Views with a row form, read by staff without a search: try the sort order first.
    if (!query.rowWhere.isEmpty() && !query.visibleTo && ftsQuery(query.search).isEmpty() &&
        limit > 0 && offset >= 0) {
        if (auto rows = pageInSortOrder(query, offset, limit))
            return *rows;
    }

    // A search sorted by an indexed column (the list's usual newest first). The general plan
    // collects every hit (for a common word, tens of thousands of comments, each looked up for
    // its ticket) and sorts them; the first page is found faster by walking the newest tickets
    // in sort order and testing each against the FTS hit lists. Within a window of the newest
    // tickets only: rows outside it all sort after it, so a full page from it is exact.
    // Otherwise (rare words, deep pages) the general plan, which is fast when hits are few.
    if (!ftsQuery(query.search).isEmpty() && limit > 0 && offset >= 0 &&
        qint64(offset) + limit <= searchMaxDepth && indexedSort(query.sort)) {
        const qint64 window = searchWindow + 50LL * (qint64(offset) + limit);
        if (auto cutoff = sortCutoff(indexedSort(query.sort)->column, query.descending, window)) {
            auto rows = pageRows(query, offset, limit, cutoff);
            if (rows.size() == limit)
                return rows;
        }
    }

    // An end user's newest tickets. When their organizations share many tickets, the page is
    // found fastest by walking tickets_updated from the top and testing the visibility rule
    // row by row (a few hundred rows); when they see few, by collecting those few through the
    // requester and organization indexes and sorting them (SQLite's plan for the OR). Try the
    // walk within a window of the newest tickets first; rows outside the window all sort
    // after it, so a full page from the window is exact. Otherwise the usual plan.
    if (query.visibleTo && query.sort == TicketSort::Updated && query.descending &&
        query.search.trimmed().isEmpty()) {
        const qint64 window = 10000 + 20LL * (qint64(offset) + limit);
        // No cutoff: the table is small and the usual plan fast.
        if (auto cutoff = sortCutoff(QStringLiteral("updated_at"), true, window)) {
            auto rows = pageRows(query, offset, limit, cutoff);
            if (rows.size() == limit)
                return rows;
        }
    }
    return pageRows(query, offset, limit, std::nullopt);
}

std::optional<TicketRepository::IndexedSort> TicketRepository::indexedSort(TicketSort sort) {
    switch (sort) {
    case TicketSort::Updated:
        return IndexedSort{QStringLiteral("updated_at"),
                           QStringLiteral("INDEXED BY tickets_updated")};
    case TicketSort::Created:
        return IndexedSort{QStringLiteral("created_at"),
                           QStringLiteral("INDEXED BY tickets_created")};
    case TicketSort::Id:
        // The rowid order: no index at all, only the table's own b-tree.
        return IndexedSort{QStringLiteral("id"), QStringLiteral("NOT INDEXED")};
    default:
        return std::nullopt;
    }
}

QList<TicketRow> TicketRepository::pageRows(const TicketQuery &query, int offset, int limit,
                                            std::optional<qint64> cutoff) {
    QVariantList binds;
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const std::optional<IndexedSort> walk = cutoff ? indexedSort(query.sort) : std::nullopt;
    QString where = whereClause(query, binds, walk ? SearchForm::PerTicket : SearchForm::HitList);
    if (walk) {
        where += QStringLiteral(" AND t.") + walk->column +
                 (query.descending ? QStringLiteral(" >= ?") : QStringLiteral(" <= ?"));
        binds << *cutoff;
    }
    const QString sql =
        QStringLiteral("SELECT t.id, t.subject, coalesce(r.name, ''), coalesce(o.name, ''), "
                       "t.status, t.priority, coalesce(g.name, ''), coalesce(a.name, ''), "
                       "t.updated_at FROM tickets t ") +
        (walk ? walk->plan + QLatin1Char(' ') : QString()) +
        QStringLiteral("LEFT JOIN users r ON r.id = t.requester_id "
                       "LEFT JOIN organizations o ON o.id = t.organization_id "
                       "LEFT JOIN groups g ON g.id = t.group_id "
                       "LEFT JOIN users a ON a.id = t.assignee_id WHERE ") +
        where + QStringLiteral(" ORDER BY ") + orderColumn(query.sort) + dir +
        QStringLiteral(", t.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
    return readRows(sql, binds, limit);
}

QList<Id> TicketRepository::ids(const TicketQuery &query, int limit) {
    QVariantList binds;
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql = QStringLiteral("SELECT t.id FROM tickets t WHERE ") +
                        whereClause(query, binds) + QStringLiteral(" ORDER BY t.updated_at") + dir +
                        QStringLiteral(", t.id") + dir + QStringLiteral(" LIMIT ?");
    binds << limit;
    QSqlQuery &q = m_db.prepared(sql);
    bindAll(q, binds);
    QList<Id> out;
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

} // namespace DeskBridge::Store
