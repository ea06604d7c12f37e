#pragma once
// HttpsServer: the account's HTTPS listener, one facade around Qt 6.4's QHttpServer module.
//
// Every QHttpServer type stays inside HttpsServer.cpp (the module's API changes after 6.4):
// callers register handlers for path prefixes and see only HttpRequest / HttpResponse below.
//
// What the server guarantees before a handler runs:
//  * TLS with the account's TlsIdentity and its intermediate certificates (TLS 1.2 or later,
//    no client certificates);
//  * the request body is at most maxBodyBytes() (10 MiB): a larger Content-Length is answered 413
//    as soon as the headers arrive, without buffering the body; the real body size is checked
//    again; chunked request bodies are refused with 411 (NHD senders always send Content-Length);
//  * an unknown path is 404, a method the route does not accept 405 (with Allow);
//  * garbage (broken HTTP, headers over 64 KiB, idle or half-open connections) closes that
//    connection; it never reaches a handler and never takes the process down.
// Each request is logged with the category `deskbridge.server`.
#include "app/server/HttpRequest.h"
#include "app/server/HttpResponse.h"
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace DeskBridge::Server {

class HttpsServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    static constexpr qint64 DefaultMaxBodyBytes = 10 * 1024 * 1024;
    static constexpr int DefaultMaxConnections = 256;

    explicit HttpsServer(const Sharing::TlsIdentity &identity, QObject *parent = nullptr);
    ~HttpsServer() override;

    // `pathPrefix` matches itself and anything below it ("/sharing" matches "/sharing" and
    // "/sharing/tickets/x", not "/sharingx"); the longest matching prefix wins. `methods` are
    // the accepted methods, upper case. A handler that throws is answered 500.
    void addRoute(const QString &pathPrefix, Handler handler,
                  const QList<QByteArray> &methods = {"GET", "POST", "PUT", "DELETE"});

    // Port 0 picks a free port; port() then tells which.
    Status listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;

    void setMaxBodyBytes(qint64 bytes);
    qint64 maxBodyBytes() const;
    // A connection that sends and receives nothing for this long is closed (default 60 s).
    void setIdleTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds idleTimeout() const;
    // Further connections wait in the kernel's backlog while this many are open.
    void setMaxConnections(int count);
    int connectionCount() const;

Q_SIGNALS:
    // After each answer was queued for sending (also for 404/405/413 and refused garbage).
    void requestFinished(const QByteArray &method, const QString &path, int status);

public:
    class Private; // opaque, defined in HttpsServer.cpp

private:
    std::unique_ptr<Private> d;
};

} // namespace DeskBridge::Server
