#include "app/server/HttpResponse.h"

#include <QJsonDocument>

namespace DeskBridge::Server {

namespace {

// Header names and values must not smuggle line breaks into the response.
QByteArray headerSafe(const QByteArray &text) {
    QByteArray out = text;
    out.replace('\r', ' ').replace('\n', ' ').replace('\0', ' ');
    return out.trimmed();
}

// "10 MiB", "64 KiB", "1000 bytes".
QString formatLimit(qint64 bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return HttpResponse::tr("%1 MiB").arg(bytes >> 20);
    if (bytes >= 1024 && bytes % 1024 == 0)
        return HttpResponse::tr("%1 KiB").arg(bytes >> 10);
    return HttpResponse::tr("%1 bytes").arg(bytes);
}

} // namespace

HttpResponse HttpResponse::json(int status, const QJsonObject &object) {
    return json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QByteArray &compactJson) {
    HttpResponse r;
    r.status = status;
    r.headers.set(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    r.body = compactJson;
    return r;
}

HttpResponse HttpResponse::error(int status, const QString &message) {
    return json(status, QJsonObject{{QStringLiteral("error"), message}});
}

HttpResponse HttpResponse::empty(int status) {
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse HttpResponse::payloadTooLarge(qint64 limitBytes) {
    return error(413, tr("The request body is larger than %1.").arg(formatLimit(limitBytes)));
}

QByteArray HttpResponse::toBytes(bool closeAfter) const {
    const int code = (status < 100 || status > 599) ? 500 : status;
    HttpHeaders fields = headers;
    for (const char *owned : {"Content-Length", "Connection", "Transfer-Encoding"})
        fields.remove(owned);
    if (!body.isEmpty() && !fields.contains("Content-Type"))
        fields.set(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    QByteArray out;
    out.reserve(256 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n";
    for (const auto &field : fields.fields())
        out += headerSafe(field.first) + ": " + headerSafe(field.second) + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    out += body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status) {
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 410:
        return QByteArrayLiteral("Gone");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace DeskBridge::Server
