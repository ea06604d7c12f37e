#include "app/server/SharingHandlerUtil.h"

#include <cmath>

namespace DeskBridge::Server {

QString singleSegment(const QString &path) {
    QString p = path;
    if (!p.startsWith(QLatin1Char('/')))
        return {};
    p.remove(0, 1);
    if (p.endsWith(QLatin1Char('/')))
        p.chop(1);
    if (p.isEmpty() || p.contains(QLatin1Char('/')))
        return {};
    return p;
}

Sharing::InboxRequest inboxRequest(const HttpRequest &request) {
    Sharing::InboxRequest r;
    r.method = request.method;
    r.uuid = singleSegment(request.path);
    r.token = request.headers.value("X-Ticket-Sharing-Token");
    r.contentType = request.headers.value("Content-Type");
    r.body = request.body;
    return r;
}

HttpResponse toResponse(const Sharing::InboxAnswer &answer) {
    HttpResponse r = answer.status >= 400    ? HttpResponse::error(answer.status, answer.message)
                     : answer.body.isEmpty() ? HttpResponse::json(answer.status, QJsonObject())
                                             : HttpResponse::json(answer.status, answer.body);
    if (answer.status == 503)
        r.headers.set("Retry-After", QByteArray::number(std::max(1, answer.retryAfter)));
    r.headers.set("X-Ticket-Sharing-Version", "1");
    return r;
}

TokenBucket::TokenBucket(double burst, double perSecond)
    : m_burst(burst)
    , m_rate(perSecond)
    , m_tokens(burst) {
    m_clock.start();
}

bool TokenBucket::take(int *retryAfter) {
    const double elapsed = double(m_clock.restart()) / 1000.0;
    m_tokens = std::min(m_burst, m_tokens + elapsed * m_rate);
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    if (retryAfter)
        *retryAfter = std::max(1, int(std::ceil((1.0 - m_tokens) / m_rate)));
    return false;
}

} // namespace DeskBridge::Server
