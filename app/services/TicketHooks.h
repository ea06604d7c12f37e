#pragma once
// Seams in the ticket write path, both run inside the write's one transaction:
//
//   TicketService::create / update
//     validate ─► TicketWrite{before, after, comments}
//              ─► TicketRulesHook::beforeSave   (triggers: may change `after`, add events,
//                                                 ask to share the ticket)
//              ─► save ticket, comments, events (a diff of before → after)
//              ─► TicketObserver::afterSave      (sharing: outbox rows for partners)
//              ─► COMMIT ─► ChangeHub signals
//
// A hook that fails rolls the whole change back; nothing is half-written.
#include "app/services/ServiceContext.h"
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

namespace DeskBridge::Services {

struct TicketWrite {
    Domain::User actor;
    Via via;
    bool created = false;
    Domain::Ticket before;                  // as stored before the change (empty on create)
    Domain::Ticket after;                   // what will be stored; hooks may change it
    QList<Domain::Comment> comments;        // comments this change adds (ids set on save)
    QList<Domain::TicketEvent> extraEvents; // events a hook adds (ticket id set on save)
    QList<Domain::Id> shareWith;            // agreements a trigger asked to share with
};

class TicketRulesHook {
public:
    virtual ~TicketRulesHook() = default;
    virtual Status beforeSave(TicketWrite &write) = 0;
};

class TicketObserver {
public:
    virtual ~TicketObserver() = default;
    virtual Status afterSave(const TicketWrite &write) = 0;
};

} // namespace DeskBridge::Services
