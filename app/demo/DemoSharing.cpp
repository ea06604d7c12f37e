#include "app/demo/DemoSharing.h"

#include "app/demo/DemoData.h"
#include "app/services/TicketService.h"
#include "app/sharing/SharingService.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <functional>

namespace DeskBridge::Demo {

using namespace Domain;

namespace {
// Runs the event loop until `done` or the deadline: the hosts' threads do the HTTPS work.
bool waitFor(const std::function<bool()> &done, int timeoutMs) {
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    return true;
}

// One direction: `from` invites `to`, `to` accepts. Returns `from`'s agreement id.
Result<Id> agree(Instance &from, const User &fromAdmin, Instance &to, const User &toAdmin,
                 Sharing::SharingHost &toHost, const QString &partnerName, int timeoutMs) {
    Sharing::InviteRequest invite;
    invite.partnerUrl = toHost.sharingUrl();
    invite.name = partnerName;
    invite.fingerprint = toHost.fingerprint();
    auto created = from.sharing().invite(fromAdmin, invite);
    if (!created)
        return Result<Id>::failure(created.error());
    const QString uuid = created->uuid;
    if (!waitFor([&] { return bool(to.sharing().findAgreement(uuid)); }, timeoutMs))
        return Result<Id>::failure(DemoSharing::tr("The partner did not receive the invite."));
    if (Status s = to.sharing().accept(toAdmin, to.sharing().findAgreement(uuid)->id); !s)
        return Result<Id>::failure(s.error());
    if (!waitFor([&] { return from.sharing().findAgreement(uuid)->isAccepted(); }, timeoutMs))
        return Result<Id>::failure(DemoSharing::tr("The acceptance did not arrive."));
    return created->id;
}
} // namespace

Status DemoSharing::connect(Instance &retailer, Sharing::SharingHost &retailerHost,
                            Instance &manufacturer, Sharing::SharingHost &manufacturerHost,
                            int timeoutMs) {
    if (!retailer.sharing().shareTargets().isEmpty() &&
        !manufacturer.sharing().shareTargets().isEmpty())
        return {}; // done at an earlier start
    auto rAdmin = retailer.actor(DemoData::retailerAdminEmail());
    auto mAdmin = manufacturer.actor(DemoData::manufacturerAdminEmail());
    if (!rAdmin)
        return Status::failure(rAdmin.error());
    if (!mAdmin)
        return Status::failure(mAdmin.error());
    auto toMaker = agree(retailer, *rAdmin, manufacturer, *mAdmin, manufacturerHost,
                         QStringLiteral("Kessel & Co. Hersteller AG"), timeoutMs);
    if (!toMaker)
        return Status::failure(toMaker.error());
    auto toRetailer = agree(manufacturer, *mAdmin, retailer, *rAdmin, retailerHost,
                            QStringLiteral("Elektro Schmidt GmbH"), timeoutMs);
    if (!toRetailer)
        return Status::failure(toRetailer.error());
    // A few of the retailer's tickets already travel to the manufacturer.
    for (Id ticket : {Id(1), Id(2), Id(3)})
        if (retailer.tickets().get(*rAdmin, ticket))
            if (Status s = retailer.sharing().share(*rAdmin, ticket, *toMaker); !s)
                return s;
    return {};
}

} // namespace DeskBridge::Demo
