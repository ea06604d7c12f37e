#pragma once
// HelpCenterRepository: what the Help Center stores: end users' sessions and "set your
// password" links (only the SHA-256 of their tokens), the users' Help Center password columns,
// and the keyset-paged request lists, filtered by the one visibility rule
// (TicketRepository::visibilitySql). Checks are the HelpCenterService's; this class only
// reads and writes.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <optional>

namespace DeskBridge::Store {

class Database;

struct HelpCenterSessionRecord {
    Domain::Id id = 0;
    Domain::Id userId = 0;
    QString csrfToken;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt; // absolute expiry
};

struct PasswordLinkRecord {
    Domain::Id id = 0;
    Domain::Id userId = 0;
    Domain::Id createdBy = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime usedAt; // invalid while unused
};

struct StoredPassword {
    QString hash; // "pbkdf2-sha256$<iterations>$<base64 key>"
    QString salt; // base64
};

// One row of a Help Center request list.
struct RequestListRow {
    Domain::Id id = 0;
    QString subject;
    Domain::TicketStatus status = Domain::TicketStatus::New;
    QString requesterName;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Where a page starts: after the ticket with this (updated_at, id), in (updated_at DESC, id DESC).
struct RequestKey {
    qint64 updatedAtMs = 0;
    Domain::Id id = 0;
};

class HelpCenterRepository {
public:
    explicit HelpCenterRepository(Database &db)
        : m_db(db) {}

    // --- sessions ---
    Result<Domain::Id> insertSession(const QByteArray &tokenHash, Domain::Id userId,
                                     const QString &csrfToken, const QDateTime &createdAt,
                                     const QDateTime &expiresAt);
    std::optional<HelpCenterSessionRecord> findSession(const QByteArray &tokenHash);
    Status touchSession(Domain::Id id, const QDateTime &at);
    Status deleteSession(const QByteArray &tokenHash);
    Status deleteSessionsOf(Domain::Id userId);
    // Drops sessions past their absolute expiry or unused since `idleSince`.
    Status deleteExpiredSessions(const QDateTime &now, const QDateTime &idleSince);
    int sessionCount(Domain::Id userId);

    // --- password links ---
    Result<Domain::Id> insertLink(const QByteArray &tokenHash, Domain::Id userId,
                                  Domain::Id createdBy, const QDateTime &createdAt,
                                  const QDateTime &expiresAt);
    std::optional<PasswordLinkRecord> findLink(const QByteArray &tokenHash);
    // Marks every unused link of the user used (one was used; the others are void).
    Status useLinks(Domain::Id userId, const QDateTime &at);

    // --- passwords (users.password_hash / password_salt) ---
    std::optional<StoredPassword> password(Domain::Id userId);
    // Empty `hash` clears both columns.
    Status setPassword(Domain::Id userId, const QString &hash, const QString &salt);

    // --- request lists, visible to the end user `viewerId` by the one visibility rule ---
    // The tickets `requesterId` requested, newest update first, after `after` (if set).
    QList<RequestListRow> requestsOf(Domain::Id viewerId, Domain::Id requesterId,
                                     const std::optional<RequestKey> &after, int limit);
    // The tickets of one organization, newest update first, after `after` (if set).
    QList<RequestListRow> requestsOfOrganization(Domain::Id viewerId, Domain::Id organizationId,
                                                 const std::optional<RequestKey> &after, int limit);
    // The SQL requestsOfOrganization() runs (for EXPLAIN QUERY PLAN in tests).
    static QString organizationRequestsSql();
    static QString requesterRequestsSql();

private:
    QList<RequestListRow> readRequests(const QString &sql, Domain::Id viewerId, Domain::Id key,
                                       const std::optional<RequestKey> &after, int limit);
    Database &m_db;
};

} // namespace DeskBridge::Store
