#pragma once
// HttpRequest: one complete request as HttpsServer hands it to a route's handler. Our own type,
// so no QtHttpServer type reaches the services (that module's API changes after Qt 6.4).
#include "app/server/HttpHeaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace DeskBridge::Server {

struct HttpRequest {
    QByteArray method; // upper case: "GET", "POST", "PUT", "DELETE", ...
    QString path;      // percent-decoded, after the route's prefix: "" or "/tickets/abc"
    QString fullPath;  // percent-decoded, as requested: "/sharing/tickets/abc"
    QString query;     // without '?', still encoded
    HttpHeaders headers;
    QByteArray body; // at most the server's body limit (10 MiB)
    QHostAddress remoteAddress;
};

} // namespace DeskBridge::Server
