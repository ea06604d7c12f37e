#include "models/store/HelpCenterRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"
#include "models/store/TicketRepository.h"

#include <limits>

namespace DeskBridge::Store {

using namespace Domain;

namespace {
HelpCenterSessionRecord rowToSession(const QSqlQuery &q) {
    HelpCenterSessionRecord s;
    s.id = q.value(0).toLongLong();
    s.userId = q.value(1).toLongLong();
    s.csrfToken = q.value(2).toString();
    s.createdAt = time(q.value(3));
    s.lastSeenAt = time(q.value(4));
    s.expiresAt = time(q.value(5));
    return s;
}

// The list queries: the keyset condition as a row value, so SQLite starts the walk down
// tickets_organization / tickets_requester (whose trailing rowid gives the id order) right
// after the previous page instead of skipping rows.
QString requestSql(const char *keyColumn) {
    return QStringLiteral("SELECT t.id, t.subject, t.status, coalesce(r.name, ''), t.created_at, "
                          "t.updated_at FROM tickets t LEFT JOIN users r ON r.id = t.requester_id "
                          "WHERE t.") +
           QLatin1String(keyColumn) + QStringLiteral(" = ? AND ") +
           TicketRepository::visibilitySql() +
           QStringLiteral(" AND (t.updated_at, t.id) < (?, ?) "
                          "ORDER BY t.updated_at DESC, t.id DESC LIMIT ?");
}
} // namespace

Result<Id> HelpCenterRepository::insertSession(const QByteArray &tokenHash, Id userId,
                                               const QString &csrfToken, const QDateTime &createdAt,
                                               const QDateTime &expiresAt) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO help_center_sessions (token_hash, user_id, csrf_token, "
                       "created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"));
    bindAll(q, {tokenHash, userId, csrfToken, ms(createdAt), ms(createdAt), ms(expiresAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

std::optional<HelpCenterSessionRecord> HelpCenterRepository::findSession(const QByteArray &hash) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, user_id, csrf_token, created_at, last_seen_at, expires_at "
                       "FROM help_center_sessions WHERE token_hash = ?"));
    q.bindValue(0, hash);
    std::optional<HelpCenterSessionRecord> out;
    if (q.exec() && q.next())
        out = rowToSession(q);
    q.finish();
    return out;
}

Status HelpCenterRepository::touchSession(Id id, const QDateTime &at) {
    return m_db.exec(
        QStringLiteral("UPDATE help_center_sessions SET last_seen_at = ? WHERE id = ?"),
        {ms(at), id});
}

Status HelpCenterRepository::deleteSession(const QByteArray &tokenHash) {
    return m_db.exec(QStringLiteral("DELETE FROM help_center_sessions WHERE token_hash = ?"),
                     {tokenHash});
}

Status HelpCenterRepository::deleteSessionsOf(Id userId) {
    return m_db.exec(QStringLiteral("DELETE FROM help_center_sessions WHERE user_id = ?"),
                     {userId});
}

Status HelpCenterRepository::deleteExpiredSessions(const QDateTime &now,
                                                   const QDateTime &idleSince) {
    return m_db.exec(QStringLiteral("DELETE FROM help_center_sessions WHERE expires_at <= ? OR "
                                    "last_seen_at <= ?"),
                     {ms(now), ms(idleSince)});
}

int HelpCenterRepository::sessionCount(Id userId) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM help_center_sessions WHERE user_id = ?"));
    q.bindValue(0, userId);
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Result<Id> HelpCenterRepository::insertLink(const QByteArray &tokenHash, Id userId, Id createdBy,
                                            const QDateTime &createdAt,
                                            const QDateTime &expiresAt) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO help_center_password_links (token_hash, user_id, created_by, "
                       "created_at, expires_at) VALUES (?, ?, ?, ?, ?)"));
    bindAll(q, {tokenHash, userId, idOrNull(createdBy), ms(createdAt), ms(expiresAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

std::optional<PasswordLinkRecord> HelpCenterRepository::findLink(const QByteArray &tokenHash) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id, user_id, created_by, created_at, expires_at, used_at FROM "
                       "help_center_password_links WHERE token_hash = ?"));
    q.bindValue(0, tokenHash);
    std::optional<PasswordLinkRecord> out;
    if (q.exec() && q.next()) {
        PasswordLinkRecord l;
        l.id = q.value(0).toLongLong();
        l.userId = q.value(1).toLongLong();
        l.createdBy = q.value(2).toLongLong();
        l.createdAt = time(q.value(3));
        l.expiresAt = time(q.value(4));
        l.usedAt = time(q.value(5));
        out = l;
    }
    q.finish();
    return out;
}

Status HelpCenterRepository::useLinks(Id userId, const QDateTime &at) {
    return m_db.exec(QStringLiteral("UPDATE help_center_password_links SET used_at = ? "
                                    "WHERE user_id = ? AND used_at IS NULL"),
                     {ms(at), userId});
}

std::optional<StoredPassword> HelpCenterRepository::password(Id userId) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT password_hash, password_salt FROM users WHERE id = ? AND password_hash IS NOT "
        "NULL AND password_hash <> ''"));
    q.bindValue(0, userId);
    std::optional<StoredPassword> out;
    if (q.exec() && q.next())
        out = StoredPassword{q.value(0).toString(), q.value(1).toString()};
    q.finish();
    return out;
}

Status HelpCenterRepository::setPassword(Id userId, const QString &hash, const QString &salt) {
    return m_db.exec(
        QStringLiteral("UPDATE users SET password_hash = ?, password_salt = ? WHERE id = ?"),
        {textOrNull(hash), hash.isEmpty() ? textOrNull(QString()) : textOrNull(salt), userId});
}

QString HelpCenterRepository::requesterRequestsSql() {
    return requestSql("requester_id");
}

QString HelpCenterRepository::organizationRequestsSql() {
    return requestSql("organization_id");
}

QList<RequestListRow> HelpCenterRepository::requestsOf(Id viewerId, Id requesterId,
                                                       const std::optional<RequestKey> &after,
                                                       int limit) {
    static const QString sql = requesterRequestsSql();
    return readRequests(sql, viewerId, requesterId, after, limit);
}

QList<RequestListRow>
HelpCenterRepository::requestsOfOrganization(Id viewerId, Id organizationId,
                                             const std::optional<RequestKey> &after, int limit) {
    static const QString sql = organizationRequestsSql();
    return readRequests(sql, viewerId, organizationId, after, limit);
}

QList<RequestListRow> HelpCenterRepository::readRequests(const QString &sql, Id viewerId, Id key,
                                                         const std::optional<RequestKey> &after,
                                                         int limit) {
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    QSqlQuery &q = m_db.prepared(sql);
    bindAll(q, {key, viewerId, viewerId, after ? after->updatedAtMs : kMax,
                after ? after->id : kMax, limit});
    QList<RequestListRow> out;
    if (q.exec()) {
        while (q.next()) {
            RequestListRow r;
            r.id = q.value(0).toLongLong();
            r.subject = q.value(1).toString();
            r.status = static_cast<TicketStatus>(q.value(2).toInt());
            r.requesterName = q.value(3).toString();
            r.createdAt = time(q.value(4));
            r.updatedAt = time(q.value(5));
            out.append(r);
        }
    }
    q.finish();
    return out;
}

} // namespace DeskBridge::Store
