#pragma once
// AgreementHandler: the route /sharing/agreements/<uuid> (POST invite, PUT, GET) in front of
// SharingInbox. Invites come without a token, so they are throttled: past the burst the
// answer is 503 with Retry-After.
#include "app/server/HttpRequest.h"
#include "app/server/HttpResponse.h"
#include "app/server/SharingHandlerUtil.h"

namespace DeskBridge::Sharing {
class SharingInbox;
}

namespace DeskBridge::Server {

class AgreementHandler {
public:
    static constexpr double InviteBurst = 20;
    static constexpr double InvitesPerSecond = 0.5;

    explicit AgreementHandler(Sharing::SharingInbox &inbox)
        : m_inbox(inbox) {}
    HttpResponse handle(const HttpRequest &request);

private:
    Sharing::SharingInbox &m_inbox;
    TokenBucket m_invites{InviteBurst, InvitesPerSecond};
};

} // namespace DeskBridge::Server
