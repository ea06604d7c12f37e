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

QString TicketRepository::visibilitySql() {
    return QStringLiteral(
        "(t.requester_id = ? OR t.organization_id IN (SELECT m.organization_id FROM "
        "organization_memberships m JOIN organizations vo ON vo.id = m.organization_id "
        "WHERE m.user_id = ? AND vo.sharing_mode > 0))");
}

QString TicketRepository::ftsQuery(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList terms;
    for (const QString &word : text.split(separators, Qt::SkipEmptyParts))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString TicketRepository::whereClause(const TicketQuery &query, QVariantList &binds) const {
    QString where = QLatin1Char('(') + query.where + QLatin1Char(')');
    binds = query.binds;
    const QString fts = ftsQuery(query.search);
    if (!fts.isEmpty()) {
        where += QStringLiteral(
            " AND t.id IN (SELECT rowid FROM tickets_fts WHERE tickets_fts MATCH ? UNION "
            "SELECT c.ticket_id FROM comments_fts JOIN comments c ON c.id = comments_fts.rowid "
            "WHERE comments_fts MATCH ?");
        binds << fts << fts;
        // An end user's search must not find words that only stand in internal notes.
        if (query.visibleTo)
            where += QStringLiteral(" AND c.public = 1");
        where += QLatin1Char(')');
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

QList<TicketRow> TicketRepository::page(const TicketQuery &query, int offset, int limit) {
    QVariantList binds;
    const QString dir = query.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString sql =
        QStringLiteral("SELECT t.id, t.subject, coalesce(r.name, ''), coalesce(o.name, ''), "
                       "t.status, t.priority, coalesce(g.name, ''), coalesce(a.name, ''), "
                       "t.updated_at FROM tickets t "
                       "LEFT JOIN users r ON r.id = t.requester_id "
                       "LEFT JOIN organizations o ON o.id = t.organization_id "
                       "LEFT JOIN groups g ON g.id = t.group_id "
                       "LEFT JOIN users a ON a.id = t.assignee_id WHERE ") +
        whereClause(query, binds) + QStringLiteral(" ORDER BY ") + orderColumn(query.sort) + dir +
        QStringLiteral(", t.id") + dir + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
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
