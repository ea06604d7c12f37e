#pragma once
// SharingObserver: the TicketObserver that turns a saved change of a shared ticket into outbox
// rows, inside the change's own transaction (so a change and its message commit together).
//
//   TicketService::persist ─► afterSave(write)
//     ├─ a ticket just received (SharingInbox set the pending incoming share): its share row
//     ├─ an update that came through sharing: an event "via ticket sharing from <partner>"
//     ├─ for each active share of the ticket, except the agreement the change came from
//     │  (write.via.agreementId: no echo loops): PUT with what the agreement syncs
//     └─ write.shareWith (a trigger's "share with"): share, if the plan allows triggers to
#include "app/services/TicketHooks.h"
#include "models/domain/Sharing.h"

#include <QCoreApplication>
#include <optional>

namespace DeskBridge::Sharing {

class SharingService;

class SharingObserver : public Services::TicketObserver {
    Q_DECLARE_TR_FUNCTIONS(SharingObserver)
public:
    explicit SharingObserver(SharingService &service)
        : m_service(service) {}

    Status afterSave(const Services::TicketWrite &write) override;

    // Set by SharingInbox right before it creates a received ticket; used by the next create.
    void expectIncoming(const Domain::TicketShare &share) { m_incoming = share; }
    void clearIncoming() { m_incoming.reset(); }
    Domain::Id lastIncomingShareId() const { return m_lastIncomingShare; }

private:
    SharingService &m_service;
    std::optional<Domain::TicketShare> m_incoming;
    Domain::Id m_lastIncomingShare = 0;
};

} // namespace DeskBridge::Sharing
