#pragma once
// Value types of ticket sharing as the store keeps them: agreements with partner accounts,
// the shares of tickets under them, and the outbox of messages waiting for delivery.
#include "models/domain/Entities.h"

namespace DeskBridge::Domain {

struct Agreement {
    Id id = 0;
    QString uuid; // the NHD agreement uuid, same on both sides
    QString name; // the partner's display name
    AgreementDirection direction = AgreementDirection::Outbound;
    QString partnerUrl; // the partner's sharing base URL, stored whole
    QString localUrl;   // our sharing URL as the partner knows it
    QString accessKey;  // shared secret of this agreement
    AgreementStatus status = AgreementStatus::Pending;
    // The status both sides agreed on; differs from `status` while a local delivery state
    // (failed, ssl_error, configuration_error) is shown.
    AgreementStatus wireStatus = AgreementStatus::Pending;
    QString statusReason;  // why failed / ssl_error / configuration_error
    QString deactivatedBy; // "sender" or "receiver"
    CommentSync commentSync = CommentSync::PublicAndPrivate;
    bool statusSync = true;
    bool tagSync = true;
    QString fieldSync = QStringLiteral("[]"); // JSON: synced custom fields / mapping
    QString certFingerprint;                  // pinned SHA-256 of the partner's certificate
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isOutbound() const { return direction == AgreementDirection::Outbound; }
    bool isAccepted() const { return wireStatus == AgreementStatus::Accepted; }
    // Delivery is paused until an admin retries (certificate or token problem).
    bool isPaused() const {
        return status == AgreementStatus::SslError || status == AgreementStatus::ConfigurationError;
    }
    static bool isDeliveryState(AgreementStatus s) { return int(s) > 3; }
};

struct TicketShare {
    Id id = 0;
    Id ticketId = 0;
    Id agreementId = 0;
    ShareDirection direction = ShareDirection::Outgoing;
    QString remoteUuid; // the NHD ticket uuid
    ShareState state = ShareState::Active;
    SyncState syncState = SyncState::Pending;
    QString lastError;
    QDateTime sharedAt;
    QDateTime updatedAt;
};

enum class OutboxState { Queued = 0, Done = 1, Failed = 2 };

struct OutboxMessage {
    Id id = 0;
    Id agreementId = 0;
    Id ticketShareId = 0; // 0 for agreement messages
    QString method;       // POST, PUT, DELETE
    QString path;         // relative to the partner URL, e.g. "/tickets/<uuid>"
    QByteArray body;      // JSON as sent
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
};

} // namespace DeskBridge::Domain
