#pragma once
// TicketHandler: the route /sharing/tickets/<uuid> (POST share, PUT update, DELETE unshare) in
// front of SharingInbox; every request is logged with its agreement.
#include "app/server/HttpRequest.h"
#include "app/server/HttpResponse.h"

namespace DeskBridge::Sharing {
class SharingInbox;
}

namespace DeskBridge::Server {

class TicketHandler {
public:
    explicit TicketHandler(Sharing::SharingInbox &inbox)
        : m_inbox(inbox) {}
    HttpResponse handle(const HttpRequest &request);

private:
    Sharing::SharingInbox &m_inbox;
};

} // namespace DeskBridge::Server
