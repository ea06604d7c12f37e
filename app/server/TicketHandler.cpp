#include "app/server/TicketHandler.h"

#include "app/server/SharingHandlerUtil.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingInbox.h"

namespace DeskBridge::Server {

HttpResponse TicketHandler::handle(const HttpRequest &request) {
    const Sharing::InboxRequest r = inboxRequest(request);
    if (r.uuid.isEmpty())
        return HttpResponse::error(404, HttpResponse::tr("Not found."));
    const Sharing::InboxAnswer answer = m_inbox.ticket(r);
    const auto token = Sharing::NhdCodec::parseToken(r.token);
    qCDebug(lcSharing).noquote() << "agreement" << (token ? token->agreementUuid : QString())
                                 << request.method << "ticket" << r.uuid << "->" << answer.status;
    return toResponse(answer);
}

} // namespace DeskBridge::Server
