#pragma once
// Small pieces the sharing handlers share (internal to app/server): the uuid from the path,
// the inbox's answer as an HTTP response, and a token bucket for throttling with 503.
#include "app/server/HttpRequest.h"
#include "app/server/HttpResponse.h"
#include "app/sharing/SharingInbox.h"

#include <QElapsedTimer>

namespace DeskBridge::Server {

// "/<uuid>" -> "<uuid>"; anything else (nested paths, empty) -> empty.
QString singleSegment(const QString &path);
Sharing::InboxRequest inboxRequest(const HttpRequest &request);
HttpResponse toResponse(const Sharing::InboxAnswer &answer);

// At most `burst` requests at once, refilled at `perSecond`. When empty the caller answers 503
// with Retry-After (never 429: Zendesk's client raises on it).
class TokenBucket {
public:
    TokenBucket(double burst, double perSecond);
    // True when a request may go ahead; otherwise `retryAfter` says when (seconds, >= 1).
    bool take(int *retryAfter);

private:
    double m_burst;
    double m_rate;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace DeskBridge::Server
