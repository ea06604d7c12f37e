#include "models/store/SharingRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kAgreementColumns = QStringLiteral(
    "SELECT id, uuid, name, direction, partner_url, local_url, access_key, status, "
    "status_reason, deactivated_by, comment_sync, status_sync, tag_sync, field_sync, "
    "cert_fingerprint, next_attempt_at, last_error, created_at, updated_at, "
    "wire_status FROM sharing_agreements ");
const QString kShareColumns =
    QStringLiteral("SELECT id, ticket_id, agreement_id, direction, remote_uuid, state, "
                   "sync_state, last_error, shared_at, updated_at FROM ticket_shares ");
const QString kMessageColumns =
    QStringLiteral("SELECT id, agreement_id, ticket_share_id, method, path, body, state, "
                   "attempts, next_attempt_at, last_error, created_at FROM outbox ");

QVariantList agreementValues(const Agreement &a) {
    return {a.uuid,
            a.name,
            int(a.direction),
            a.partnerUrl,
            a.localUrl,
            a.accessKey,
            int(a.status),
            a.statusReason,
            a.deactivatedBy,
            int(a.commentSync),
            a.statusSync,
            a.tagSync,
            a.fieldSync,
            a.certFingerprint,
            a.nextAttemptAt.isValid() ? QVariant(ms(a.nextAttemptAt))
                                      : QVariant(QMetaType(QMetaType::LongLong)),
            a.lastError,
            ms(a.createdAt),
            ms(a.updatedAt),
            int(a.wireStatus)};
}
} // namespace

Result<Id> SharingRepository::insertAgreement(const Agreement &a) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO sharing_agreements (uuid, name, direction, partner_url, local_url, "
        "access_key, status, status_reason, deactivated_by, comment_sync, status_sync, tag_sync, "
        "field_sync, cert_fingerprint, next_attempt_at, last_error, created_at, updated_at, "
        "wire_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, agreementValues(a));
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status SharingRepository::updateAgreement(const Agreement &a) {
    QVariantList values = agreementValues(a);
    values.removeAt(16); // created_at never changes
    values.append(a.id);
    return m_db.exec(
        QStringLiteral("UPDATE sharing_agreements SET uuid = ?, name = ?, direction = ?, "
                       "partner_url = ?, local_url = ?, access_key = ?, status = ?, "
                       "status_reason = ?, deactivated_by = ?, comment_sync = ?, status_sync = ?, "
                       "tag_sync = ?, field_sync = ?, cert_fingerprint = ?, next_attempt_at = ?, "
                       "last_error = ?, updated_at = ?, wire_status = ? WHERE id = ?"),
        values);
}

QList<Agreement> SharingRepository::readAgreements(QSqlQuery &q) {
    QList<Agreement> out;
    while (q.next()) {
        Agreement a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.name = q.value(2).toString();
        a.direction = AgreementDirection(q.value(3).toInt());
        a.partnerUrl = q.value(4).toString();
        a.localUrl = q.value(5).toString();
        a.accessKey = q.value(6).toString();
        a.status = AgreementStatus(q.value(7).toInt());
        a.statusReason = q.value(8).toString();
        a.deactivatedBy = q.value(9).toString();
        a.commentSync = CommentSync(q.value(10).toInt());
        a.statusSync = q.value(11).toBool();
        a.tagSync = q.value(12).toBool();
        a.fieldSync = q.value(13).toString();
        a.certFingerprint = q.value(14).toString();
        a.nextAttemptAt = time(q.value(15));
        a.lastError = q.value(16).toString();
        a.createdAt = time(q.value(17));
        a.updatedAt = time(q.value(18));
        a.wireStatus = AgreementStatus(q.value(19).toInt());
        out.append(a);
    }
    q.finish();
    return out;
}

std::optional<Agreement> SharingRepository::agreement(Id id) {
    QSqlQuery &q = m_db.prepared(kAgreementColumns + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? readAgreements(q) : QList<Agreement>();
    return all.isEmpty() ? std::nullopt : std::optional<Agreement>(all.first());
}

std::optional<Agreement> SharingRepository::agreementByUuid(const QString &uuid) {
    QSqlQuery &q = m_db.prepared(kAgreementColumns + QStringLiteral("WHERE uuid = ?"));
    q.bindValue(0, uuid);
    const auto all = q.exec() ? readAgreements(q) : QList<Agreement>();
    return all.isEmpty() ? std::nullopt : std::optional<Agreement>(all.first());
}

QList<Agreement> SharingRepository::agreements() {
    QSqlQuery &q = m_db.prepared(kAgreementColumns +
                                 QStringLiteral("ORDER BY direction, name COLLATE NOCASE, id"));
    return q.exec() ? readAgreements(q) : QList<Agreement>();
}

QList<Agreement> SharingRepository::acceptedOutbound() {
    QSqlQuery &q =
        m_db.prepared(kAgreementColumns + QStringLiteral("WHERE direction = 0 AND status = 1 "
                                                         "ORDER BY name COLLATE NOCASE, id"));
    return q.exec() ? readAgreements(q) : QList<Agreement>();
}

Result<Id> SharingRepository::insertShare(const TicketShare &s) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO ticket_shares (ticket_id, agreement_id, direction, "
                       "remote_uuid, state, sync_state, last_error, shared_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {s.ticketId, s.agreementId, int(s.direction), s.remoteUuid, int(s.state),
                int(s.syncState), s.lastError, ms(s.sharedAt), ms(s.updatedAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status SharingRepository::updateShare(const TicketShare &s) {
    return m_db.exec(QStringLiteral("UPDATE ticket_shares SET state = ?, sync_state = ?, "
                                    "last_error = ?, updated_at = ? WHERE id = ?"),
                     {int(s.state), int(s.syncState), s.lastError, ms(s.updatedAt), s.id});
}

QList<TicketShare> SharingRepository::readShares(QSqlQuery &q) {
    QList<TicketShare> out;
    while (q.next()) {
        TicketShare s;
        s.id = q.value(0).toLongLong();
        s.ticketId = q.value(1).toLongLong();
        s.agreementId = q.value(2).toLongLong();
        s.direction = ShareDirection(q.value(3).toInt());
        s.remoteUuid = q.value(4).toString();
        s.state = ShareState(q.value(5).toInt());
        s.syncState = SyncState(q.value(6).toInt());
        s.lastError = q.value(7).toString();
        s.sharedAt = time(q.value(8));
        s.updatedAt = time(q.value(9));
        out.append(s);
    }
    q.finish();
    return out;
}

std::optional<TicketShare> SharingRepository::share(Id id) {
    QSqlQuery &q = m_db.prepared(kShareColumns + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? readShares(q) : QList<TicketShare>();
    return all.isEmpty() ? std::nullopt : std::optional<TicketShare>(all.first());
}

std::optional<TicketShare> SharingRepository::shareByRemote(Id agreementId, const QString &uuid) {
    QSqlQuery &q =
        m_db.prepared(kShareColumns + QStringLiteral("WHERE agreement_id = ? AND remote_uuid = ?"));
    q.bindValue(0, agreementId);
    q.bindValue(1, uuid);
    const auto all = q.exec() ? readShares(q) : QList<TicketShare>();
    return all.isEmpty() ? std::nullopt : std::optional<TicketShare>(all.first());
}

QList<TicketShare> SharingRepository::sharesOfTicket(Id ticketId) {
    QSqlQuery &q = m_db.prepared(kShareColumns + QStringLiteral("WHERE ticket_id = ? ORDER BY id"));
    q.bindValue(0, ticketId);
    return q.exec() ? readShares(q) : QList<TicketShare>();
}

QList<TicketShare> SharingRepository::activeSharesOfAgreement(Id agreementId) {
    QSqlQuery &q = m_db.prepared(
        kShareColumns + QStringLiteral("WHERE agreement_id = ? AND state = 0 ORDER BY id"));
    q.bindValue(0, agreementId);
    return q.exec() ? readShares(q) : QList<TicketShare>();
}

Result<int> SharingRepository::orphanSharesOfAgreement(Id agreementId, const QDateTime &at) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "UPDATE ticket_shares SET state = 1, updated_at = ? WHERE agreement_id = ? AND state = 0"));
    q.bindValue(0, ms(at));
    q.bindValue(1, agreementId);
    if (!q.exec())
        return Result<int>::failure(Database::describe(q));
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

Result<Id> SharingRepository::enqueue(const OutboxMessage &m) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox (agreement_id, ticket_share_id, method, path, body, state, attempts, "
        "next_attempt_at, last_error, created_at) VALUES (?, ?, ?, ?, ?, 0, 0, ?, '', ?)"));
    bindAll(q, {m.agreementId, idOrNull(m.ticketShareId), m.method, m.path,
                QString::fromUtf8(m.body), ms(m.nextAttemptAt), ms(m.createdAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

QList<OutboxMessage> SharingRepository::readMessages(QSqlQuery &q) {
    QList<OutboxMessage> out;
    while (q.next()) {
        OutboxMessage m;
        m.id = q.value(0).toLongLong();
        m.agreementId = q.value(1).toLongLong();
        m.ticketShareId = q.value(2).toLongLong();
        m.method = q.value(3).toString();
        m.path = q.value(4).toString();
        m.body = q.value(5).toString().toUtf8();
        m.state = OutboxState(q.value(6).toInt());
        m.attempts = q.value(7).toInt();
        m.nextAttemptAt = time(q.value(8));
        m.lastError = q.value(9).toString();
        m.createdAt = time(q.value(10));
        out.append(m);
    }
    q.finish();
    return out;
}

QList<OutboxMessage> SharingRepository::heads() {
    // Per agreement (there are few), the oldest queued message: one index lookup each on
    // outbox_queue, so the cost does not grow with the delivered history.
    QList<Id> ids;
    QSqlQuery &all = m_db.prepared(QStringLiteral("SELECT id FROM sharing_agreements ORDER BY id"));
    if (all.exec())
        while (all.next())
            ids.append(all.value(0).toLongLong());
    all.finish();
    QList<OutboxMessage> out;
    QSqlQuery &q =
        m_db.prepared(kMessageColumns + QStringLiteral("WHERE agreement_id = ? AND state = 0 "
                                                       "ORDER BY id LIMIT 1"));
    for (Id id : std::as_const(ids)) {
        q.bindValue(0, id);
        if (q.exec())
            out += readMessages(q);
    }
    return out;
}

QList<OutboxMessage> SharingRepository::dueHeads(const QDateTime &now) {
    // The head of each agreement's queue is its oldest queued message; it is due when its
    // time has come. Later messages wait behind it, so the order per agreement holds.
    QList<OutboxMessage> out;
    for (const OutboxMessage &m : heads())
        if (!m.nextAttemptAt.isValid() || m.nextAttemptAt <= now)
            out.append(m);
    return out;
}

std::optional<OutboxMessage> SharingRepository::message(Id id) {
    QSqlQuery &q = m_db.prepared(kMessageColumns + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? readMessages(q) : QList<OutboxMessage>();
    return all.isEmpty() ? std::nullopt : std::optional<OutboxMessage>(all.first());
}

Status SharingRepository::markDone(Id id) {
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 1, last_error = '' WHERE id = ?"),
                     {id});
}

Status SharingRepository::markFailed(Id id, const QString &error) {
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 2, last_error = ? WHERE id = ?"),
                     {error, id});
}

Status SharingRepository::reschedule(Id id, int attempts, const QDateTime &next,
                                     const QString &error) {
    return m_db.exec(QStringLiteral("UPDATE outbox SET attempts = ?, next_attempt_at = ?, "
                                    "last_error = ? WHERE id = ?"),
                     {attempts, ms(next), error, id});
}

Status SharingRepository::retryNow(Id agreementId, const QDateTime &now) {
    return m_db.exec(QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE agreement_id = ? "
                                    "AND state = 0"),
                     {ms(now), agreementId});
}

int SharingRepository::queueLength(Id agreementId) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM outbox WHERE agreement_id = ? AND state = 0"));
    q.bindValue(0, agreementId);
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

std::optional<QDateTime> SharingRepository::nextDueTime() {
    std::optional<QDateTime> out;
    for (const OutboxMessage &m : heads())
        if (!out || m.nextAttemptAt < *out)
            out = m.nextAttemptAt;
    return out;
}

int SharingRepository::queueLengthOfShare(Id shareId) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT count(*) FROM outbox WHERE ticket_share_id = ? AND state = 0"));
    q.bindValue(0, shareId);
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

Status SharingRepository::dropQueued(Id agreementId) {
    return m_db.exec(QStringLiteral("UPDATE outbox SET state = 2, last_error = 'agreement "
                                    "deactivated' WHERE agreement_id = ? AND state = 0"),
                     {agreementId});
}

} // namespace DeskBridge::Store
