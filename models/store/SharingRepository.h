#pragma once
// SharingRepository: the sharing aggregate: agreements, ticket shares and the outbox.
// The outbox is written in the same transaction as the change it reports, and read per
// agreement in order (a failing head blocks only its own agreement).
#include "models/domain/Result.h"
#include "models/domain/Sharing.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class SharingRepository {
public:
    explicit SharingRepository(Database &db)
        : m_db(db) {}

    // Agreements
    Result<Domain::Id> insertAgreement(const Domain::Agreement &a);
    Status updateAgreement(const Domain::Agreement &a);
    std::optional<Domain::Agreement> agreement(Domain::Id id);
    std::optional<Domain::Agreement> agreementByUuid(const QString &uuid);
    QList<Domain::Agreement> agreements();
    QList<Domain::Agreement> acceptedOutbound();

    // Ticket shares
    Result<Domain::Id> insertShare(const Domain::TicketShare &s);
    Status updateShare(const Domain::TicketShare &s);
    std::optional<Domain::TicketShare> share(Domain::Id id);
    std::optional<Domain::TicketShare> shareByRemote(Domain::Id agreementId, const QString &uuid);
    QList<Domain::TicketShare> sharesOfTicket(Domain::Id ticketId);
    QList<Domain::TicketShare> activeSharesOfAgreement(Domain::Id agreementId);
    // Orphans every active share of the agreement; returns how many.
    Result<int> orphanSharesOfAgreement(Domain::Id agreementId, const QDateTime &at);

    // Outbox
    Result<Domain::Id> enqueue(const Domain::OutboxMessage &m);
    // The oldest queued message of each agreement whose time has come (at most one each).
    QList<Domain::OutboxMessage> dueHeads(const QDateTime &now);
    std::optional<Domain::OutboxMessage> message(Domain::Id id);
    Status markDone(Domain::Id id);
    Status markFailed(Domain::Id id, const QString &error);
    Status reschedule(Domain::Id id, int attempts, const QDateTime &next, const QString &error);
    // Makes every queued message of the agreement due now ("retry now").
    Status retryNow(Domain::Id agreementId, const QDateTime &now);
    int queueLength(Domain::Id agreementId);
    // The earliest next_attempt_at among the queue heads, nullopt when nothing is queued.
    std::optional<QDateTime> nextDueTime();
    int queueLengthOfShare(Domain::Id shareId);
    // Drops queued messages of an agreement (e.g. after it was deactivated).
    Status dropQueued(Domain::Id agreementId);

private:
    QList<Domain::OutboxMessage> heads();
    QList<Domain::Agreement> readAgreements(QSqlQuery &q);
    QList<Domain::TicketShare> readShares(QSqlQuery &q);
    QList<Domain::OutboxMessage> readMessages(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
