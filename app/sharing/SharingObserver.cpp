#include "app/sharing/SharingObserver.h"

#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingPayloads.h"
#include "app/sharing/SharingService.h"
#include "models/domain/Clock.h"

namespace DeskBridge::Sharing {

using namespace Domain;
using Services::Permissions;

Status SharingObserver::afterSave(const Services::TicketWrite &write) {
    const Ticket &t = write.after;
    Store::SharingRepository &repo = m_service.repository();
    if (write.created && m_incoming && write.via.channel == Channel::Sharing &&
        write.via.agreementId == m_incoming->agreementId) {
        TicketShare share = *m_incoming;
        m_incoming.reset();
        share.ticketId = t.id;
        auto id = repo.insertShare(share);
        if (!id)
            return Status::failure(id.error());
        m_lastIncomingShare = *id;
    }
    if (!write.created && write.via.channel == Channel::Sharing && write.via.agreementId) {
        const auto from = repo.agreement(write.via.agreementId);
        const QString partner = from ? from->name : QString();
        if (Status s = m_service.writeTicketEvent(t.id, write.actor.id, EventKind::SharingUpdate,
                                                  write.via.agreementId, partner,
                                                  tr("via ticket sharing from %1").arg(partner));
            !s)
            return s;
    }

    const QList<TicketShare> shares = repo.sharesOfTicket(t.id);
    std::optional<PayloadContext> ctx;
    for (TicketShare share : shares) {
        if (share.state != ShareState::Active || share.agreementId == write.via.agreementId)
            continue; // orphaned, or where the change came from: never echo it back
        const auto agreement = repo.agreement(share.agreementId);
        if (!agreement || !agreement->isAccepted())
            continue;
        if (!ctx)
            ctx = m_service.payloadContext(write.actor, t, write.comments);
        const auto body = SharingPayloads::update(*agreement, share.remoteUuid, write.before, t,
                                                  write.comments, *ctx);
        if (!body)
            continue;
        if (auto m = m_service.enqueue(*agreement, share.id, QStringLiteral("PUT"),
                                       QStringLiteral("/tickets/") + share.remoteUuid,
                                       NhdCodec::writeTicket(*body));
            !m)
            return Status::failure(m.error());
        if (share.syncState != SyncState::Pending) {
            share.syncState = SyncState::Pending;
            share.updatedAt = Clock::now();
            if (Status s = repo.updateShare(share); !s)
                return s;
        }
    }

    if (!write.shareWith.isEmpty()) {
        const Plan plan = m_service.accounts().plan();
        for (Id agreementId : write.shareWith) {
            const auto agreement = repo.agreement(agreementId);
            QString problem;
            if (!Permissions::planAllows(plan, Permissions::Feature::TriggerSharing))
                problem =
                    Permissions::requirePlan(plan, Permissions::Feature::TriggerSharing).error();
            else if (!agreement)
                problem = tr("There is no sharing agreement with the id %1.").arg(agreementId);
            else if (Status s = m_service.shareInTransaction(write.actor, t.id, *agreement,
                                                             Channel::Trigger);
                     !s)
                problem = s.error();
            // A trigger's share that cannot happen is noted on the ticket, not fatal for the
            // change that fired it.
            if (!problem.isEmpty())
                if (Status s = m_service.writeTicketEvent(t.id, write.actor.id, EventKind::Notice,
                                                          agreementId, QString(), problem);
                    !s)
                    return s;
        }
    }
    return {};
}

} // namespace DeskBridge::Sharing
