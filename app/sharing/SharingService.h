#pragma once
// SharingService: cross-account ticket sharing for one account (DESIGN.md §1A, §5, §6).
//
//  * Agreements: invite (outbound, pending) / accept / decline (inbound) / deactivate (either
//    side; final) / retry delivery now. Admins only; the plan must allow sharing.
//  * Tickets: share with an accepted outbound agreement / unshare. Agents and admins.
//  * Every operation writes its rows and the outbox messages for the partner in one
//    transaction; the OutboxWorker delivers them. outboxChanged() wakes it in this process,
//    other processes notice through PRAGMA data_version.
// Changes of shared tickets reach the outbox through SharingObserver (a TicketObserver), and
// messages from partners are applied by SharingInbox; both use the helpers below.
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/domain/Sharing.h"
#include "models/store/ApiTokenRepository.h"
#include "models/store/CustomFieldRepository.h"
#include "models/store/SharingRepository.h"
#include "models/store/TicketRepository.h"
#include "models/store/UserRepository.h"

#include <QJsonObject>
#include <QObject>
#include <memory>
#include <optional>

namespace DeskBridge::Services {
class TicketService;
class UserService;
class AccountService;
} // namespace DeskBridge::Services

namespace DeskBridge::Sharing {

class SharingObserver;
struct PayloadContext;

struct AgreementPermissions {
    Domain::CommentSync commentSync = Domain::CommentSync::PublicAndPrivate;
    bool statusSync = true;
    bool tagSync = true;
    QStringList fields; // custom field keys that travel
};

struct InviteRequest {
    QString partnerUrl;  // the partner's sharing URL, e.g. https://host:port/sharing
    QString name;        // how we call the partner
    QString fingerprint; // the partner certificate's SHA-256 (confirmed by the admin), or empty
                         // to trust only certificates a system CA vouches for
    AgreementPermissions permissions;
};

// An agreement as the Admin Center shows it.
struct AgreementInfo {
    Domain::Agreement agreement;
    int queueLength = 0;  // messages waiting for delivery
    int activeShares = 0; // tickets shared under it, not orphaned
};

class SharingService : public QObject {
    Q_OBJECT
public:
    SharingService(Services::ServiceContext ctx, Services::TicketService &tickets,
                   Services::UserService &users, Services::AccountService &accounts, QString tlsDir,
                   QObject *parent = nullptr);
    ~SharingService() override;

    // ---- Agreements (admins) -------------------------------------------------------------
    Result<Domain::Agreement> invite(const Domain::User &actor, const InviteRequest &request);
    // `fingerprint` replaces the pin the invite announced (empty: keep it).
    Status accept(const Domain::User &actor, Domain::Id agreementId,
                  const QString &fingerprint = {});
    Status decline(const Domain::User &actor, Domain::Id agreementId);
    Status deactivate(const Domain::User &actor, Domain::Id agreementId);
    // Clears a delivery problem (ssl_error, configuration_error, failed) and makes the queue
    // due now.
    Status retry(const Domain::User &actor, Domain::Id agreementId);
    Result<QList<AgreementInfo>> agreements(const Domain::User &actor);
    Result<AgreementInfo> agreementInfo(const Domain::User &actor, Domain::Id agreementId);
    // By id, uuid or (case-insensitive) name.
    Result<Domain::Agreement> findAgreement(const QString &idOrName);
    // "Share ticket with": the accepted outbound agreements (agents too).
    QList<Domain::Agreement> shareTargets();

    // ---- Tickets (agents and admins) -----------------------------------------------------
    Status share(const Domain::User &actor, Domain::Id ticketId, Domain::Id agreementId);
    Status unshare(const Domain::User &actor, Domain::Id ticketId, Domain::Id agreementId);
    QList<Domain::TicketShare> sharesOfTicket(Domain::Id ticketId);

    // ---- API tokens (admins) -------------------------------------------------------------
    // Returns the token; only its hash is stored.
    Result<QString> createApiToken(const Domain::User &actor, const QString &description);
    // The admin an `email/token:TOKEN` pair belongs to, or why not.
    Result<Domain::User> authenticateApiToken(const QString &email, const QString &token);

    // ---- Identity ------------------------------------------------------------------------
    QString sharingUrl();       // the account's public sharing URL ("" until serving)
    QString localFingerprint(); // our certificate's SHA-256, "" before the first start

    // ---- Used by SharingObserver / SharingInbox inside their transaction -----------------
    Services::ServiceContext &context() { return m_ctx; }
    Store::SharingRepository &repository() { return m_repo; }
    Store::TicketRepository &ticketRepository() { return m_ticketRepo; }
    Services::TicketService &tickets() { return m_tickets; }
    Services::UserService &users() { return m_users; }
    Services::AccountService &accounts() { return m_accounts; }
    Status shareInTransaction(const Domain::User &actor, Domain::Id ticketId,
                              const Domain::Agreement &agreement, Domain::Channel via);
    Result<Domain::Id> enqueue(const Domain::Agreement &agreement, Domain::Id shareId,
                               const QString &method, const QString &path, const QByteArray &body);
    // Orphans the agreement's shares with an event on each ticket, drops its queue.
    Status orphanAgreement(const Domain::Agreement &agreement, const QString &why);
    Status writeTicketEvent(Domain::Id ticketId, Domain::Id actorId, Domain::EventKind kind,
                            Domain::Id agreementId, const QString &newValue, const QString &detail);
    PayloadContext payloadContext(const Domain::User &actor, const Domain::Ticket &ticket,
                                  const QList<Domain::Comment> &comments);
    // The agreement body (with our extension: comment sync, fields, our fingerprint).
    QByteArray agreementBody(const Domain::Agreement &a, const Domain::User &actor, bool invite);
    // Noted by the observer; flushed into outboxChanged() after the commit.
    void noteEnqueued() { m_enqueued = true; }
    SharingObserver &observer() { return *m_observer; }

Q_SIGNALS:
    // New outbox rows were committed (wakes the OutboxWorker).
    void outboxChanged();

private:
    Status requireAgreementAdmin(const Domain::User &actor);
    Result<Domain::Agreement> adminAgreement(const Domain::User &actor, Domain::Id id);
    Status changeStatus(const Domain::User &actor, Domain::Id id, Domain::AgreementStatus to,
                        const QString &fingerprint);
    AgreementInfo info(const Domain::Agreement &a);
    void flushEnqueued();

    Services::ServiceContext m_ctx;
    Services::TicketService &m_tickets;
    Services::UserService &m_users;
    Services::AccountService &m_accounts;
    QString m_tlsDir;
    Store::SharingRepository m_repo;
    Store::TicketRepository m_ticketRepo;
    Store::UserRepository m_userRepo;
    Store::CustomFieldRepository m_fieldRepo;
    Store::ApiTokenRepository m_tokens;
    std::unique_ptr<SharingObserver> m_observer;
    bool m_enqueued = false;
};

} // namespace DeskBridge::Sharing
