#pragma once
// SharingInbox: applies what partners send (DESIGN.md §5) through the account's services, and
// says which HTTP status answers it. The server's handlers only translate HTTP to these calls.
//
//   POST /agreements/<uuid>   invite: inbound `pending` agreement (the body's access_key binds
//                             the uuid; no token needed); refused when invites are declined
//   PUT  /agreements/<uuid>   the partner accepted / declined / deactivated / renamed
//   GET  /agreements/<uuid>   read back
//   POST /tickets/<uuid>      a new received ticket (idempotent: a repeat answers 200)
//   PUT  /tickets/<uuid>      new comments (de-duplicated by uuid), status, tags, fields
//   DELETE /tickets/<uuid>    unshared: our copy is orphaned; later messages get 410
#include "app/sharing/NhdTypes.h"
#include "models/domain/Result.h"
#include "models/domain/Sharing.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <variant>

namespace DeskBridge::Sharing {

class SharingService;

struct InboxAnswer {
    int status = 200;
    QString message;    // for error answers ({"error": message})
    QByteArray body;    // JSON for success answers (may be empty)
    int retryAfter = 0; // seconds, with 503
};

struct InboxRequest {
    QByteArray method;
    QString uuid;     // from the path
    QByteArray token; // X-Ticket-Sharing-Token as received
    QByteArray contentType;
    QByteArray body;
};

class SharingInbox {
    Q_DECLARE_TR_FUNCTIONS(SharingInbox)
public:
    explicit SharingInbox(SharingService &service)
        : m_service(service) {}

    InboxAnswer agreement(const InboxRequest &request);
    InboxAnswer ticket(const InboxRequest &request);

private:
    // 401 without a token, 403 for an unknown agreement or a wrong key.
    std::variant<Domain::Agreement, InboxAnswer> authenticate(const QByteArray &token);
    InboxAnswer invite(const InboxRequest &request);
    InboxAnswer updateAgreement(const Domain::Agreement &agreement, const InboxRequest &request);
    InboxAnswer createTicket(const Domain::Agreement &agreement, const InboxRequest &request);
    InboxAnswer updateTicket(const Domain::Agreement &agreement, const Domain::TicketShare &share,
                             const InboxRequest &request);
    InboxAnswer deleteTicket(const Domain::Agreement &agreement, const Domain::TicketShare &share);
    // The agent in whose name a partner's changes are written ("<Partner> (ticket sharing)").
    Result<Domain::User> partnerActor(const Domain::Agreement &agreement);
    QByteArray agreementJson(const Domain::Agreement &agreement);

    SharingService &m_service;
};

} // namespace DeskBridge::Sharing
