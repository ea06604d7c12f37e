#pragma once
// HttpResponse: what a handler answers. HttpsServer adds Content-Length and Connection and
// writes it; the factories give every DeskBridge answer the same shape.
#include "app/server/HttpHeaders.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace DeskBridge::Server {

struct HttpResponse {
    Q_DECLARE_TR_FUNCTIONS(HttpResponse)
public:
    int status = 200;
    HttpHeaders headers; // Content-Length, Connection and Transfer-Encoding are the server's
    QByteArray body;

    // `object` as compact JSON, Content-Type application/json.
    static HttpResponse json(int status, const QJsonObject &object);
    // Already encoded JSON.
    static HttpResponse json(int status, const QByteArray &compactJson);
    // {"error": message}: the shape of every DeskBridge error answer.
    static HttpResponse error(int status, const QString &message);
    static HttpResponse empty(int status);
    // 413 naming the limit ("... larger than 10 MiB.").
    static HttpResponse payloadTooLarge(qint64 limitBytes);

    // The bytes on the wire: status line, headers (line breaks in them neutralized),
    // Content-Length, `Connection: close` when asked, body. A status outside 100-599 becomes 500.
    QByteArray toBytes(bool closeAfter) const;
    static QByteArray reasonPhrase(int status);
};

} // namespace DeskBridge::Server
