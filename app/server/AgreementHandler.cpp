#include "app/server/AgreementHandler.h"

#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingInbox.h"

namespace DeskBridge::Server {

HttpResponse AgreementHandler::handle(const HttpRequest &request) {
    const Sharing::InboxRequest r = inboxRequest(request);
    if (r.uuid.isEmpty())
        return HttpResponse::error(404, HttpResponse::tr("Not found."));
    if (r.method == "POST" && r.token.isEmpty()) {
        int retryAfter = 1;
        if (!m_invites.take(&retryAfter)) {
            Sharing::InboxAnswer busy;
            busy.status = 503;
            busy.message = HttpResponse::tr("Too many invites; try again later.");
            busy.retryAfter = retryAfter;
            return toResponse(busy);
        }
    }
    const Sharing::InboxAnswer answer = m_inbox.agreement(r);
    qCInfo(lcSharing).noquote() << "agreement" << r.uuid << request.method << "->" << answer.status;
    return toResponse(answer);
}

} // namespace DeskBridge::Server
