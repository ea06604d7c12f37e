// The only file that touches QtHttpServer. Written against Qt 6.4's QAbstractHttpServer:
//
//   virtual bool handleRequest(const QHttpServerRequest &, QTcpSocket *) = 0;
//   virtual void missingHandler(const QHttpServerRequest &, QTcpSocket *) = 0;
//   void bind(QTcpServer *);   void sslSetup(const QSslConfiguration &);
//
// How a connection flows:
//
//   QSslServer (ours, bound with bind())
//     | startedEncryptionHandshake(socket)  --> new ConnectionGuard(socket): first on readyRead
//     | TLS handshake done, pendingConnectionAvailable
//     |   --> QtHttpServer takes the socket, connects its parser to readyRead
//     |   --> guard->attachTail() (connected after the parser)
//     v
//   bytes --> guard.onHead() --(refused: 413/411/431/400, answered by the guard)--> close
//         --> QtHttpServer parses; a complete request --> Engine::handleRequest()
//               --> 413 check (Content-Length and real size) --> route by longest prefix
//               --> 404 / 405 / handler (exceptions: 500) --> response written here, logged
//
// Responses are written directly, not with QHttpServerResponder: in 6.4 its status line comes
// from std::map::at over http_parser's status table, which throws for codes outside it, and its
// header list is a std::initializer_list (no dynamic headers).
#include "app/server/HttpsServer.h"
#include "app/server/ConnectionGuard.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QUrl>

#include <algorithm>
#include <exception>

Q_LOGGING_CATEGORY(lcServer, "deskbridge.server")

namespace DeskBridge::Server {

namespace {

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

struct Route {
    QString prefix; // no trailing '/', "" for the root
    HttpsServer::Handler handler;
    QList<QByteArray> methods;
};

} // namespace

// ---- Private ------------------------------------------------------------------------------------

class HttpsServer::Private final : public ConnectionObserver {
public:
    explicit Private(HttpsServer *owner)
        : q(owner) {}

    HttpsServer *q;
    Sharing::TlsIdentity identity;
    QAbstractHttpServer *engine = nullptr;
    QPointer<QSslServer> tcp;
    QList<Route> routes; // longest prefix first
    qint64 maxBody = DefaultMaxBodyBytes;
    std::chrono::milliseconds idle{60000};
    int maxConnections = DefaultMaxConnections;
    int connections = 0;
    // Every open connection's guard, by socket.
    QHash<const QObject *, ConnectionGuard *> guards;

    HttpResponse dispatch(const HttpRequest &request);
    void answer(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response,
                bool closeAfter, qint64 elapsedMs);

    // ConnectionObserver
    qint64 maxBodyBytes() const override { return maxBody; }
    std::chrono::milliseconds idleTimeout() const override { return idle; }
    void connectionOpened(ConnectionGuard *guard) override;
    void connectionClosed(ConnectionGuard *guard) override;
    void requestRefused(const QByteArray &method, int status) override;
};

namespace {

class Engine final : public QAbstractHttpServer {
public:
    Engine(HttpsServer::Private *d, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_d(d) {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override {
        QElapsedTimer clock;
        clock.start();
        if (ConnectionGuard *guard = m_d->guards.value(socket))
            guard->requestHandled();

        HttpRequest r;
        r.method = methodName(request.method());
        const QUrl url = request.url();
        r.fullPath = url.path(QUrl::FullyDecoded);
        r.query = url.query(QUrl::FullyEncoded);
        for (const auto &field : request.headers())
            r.headers.add(field.first, field.second);
        r.body = request.body();
        r.remoteAddress = request.remoteAddress();

        const QByteArray connection = r.headers.value("Connection").toLower();
        const bool closeAfter = connection.contains("close");

        HttpResponse response;
        bool lengthOk = false;
        const qint64 declared = r.headers.value("Content-Length").toLongLong(&lengthOk);
        if ((lengthOk && declared > m_d->maxBody) || r.body.size() > m_d->maxBody)
            response = HttpResponse::payloadTooLarge(m_d->maxBody);
        else
            response = m_d->dispatch(r);
        m_d->answer(socket, r, response, closeAfter, clock.elapsed());
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override {
        // Not reached (handleRequest answers everything); kept for the 6.4 interface.
        HttpRequest r;
        r.method = methodName(request.method());
        r.fullPath = request.url().path();
        m_d->answer(socket, r, HttpResponse::error(404, HttpsServer::tr("Not found.")), false, 0);
    }

private:
    HttpsServer::Private *m_d;
};

} // namespace

HttpResponse HttpsServer::Private::dispatch(const HttpRequest &request) {
    const QString &path = request.fullPath;
    for (const Route &route : std::as_const(routes)) {
        const bool matches =
            route.prefix.isEmpty() ||
            (path.startsWith(route.prefix) &&
             (path.size() == route.prefix.size() || path.at(route.prefix.size()) == u'/'));
        if (!matches)
            continue;
        if (!route.methods.contains(request.method)) {
            HttpResponse r =
                HttpResponse::error(405, HttpsServer::tr("The method %1 is not allowed here.")
                                             .arg(QString::fromLatin1(request.method)));
            QByteArrayList allowed(route.methods.cbegin(), route.methods.cend());
            r.headers.set(QByteArrayLiteral("Allow"), allowed.join(", "));
            return r;
        }
        HttpRequest routed = request;
        routed.path = path.mid(route.prefix.size());
        try {
            return route.handler(routed);
        } catch (const std::exception &e) {
            qCCritical(lcServer) << "handler for" << route.prefix << "threw:" << e.what();
        } catch (...) {
            qCCritical(lcServer) << "handler for" << route.prefix << "threw";
        }
        return HttpResponse::error(500, HttpsServer::tr("Internal error."));
    }
    return HttpResponse::error(404, HttpsServer::tr("Not found."));
}

void HttpsServer::Private::answer(QTcpSocket *socket, const HttpRequest &request,
                                  const HttpResponse &response, bool closeAfter, qint64 elapsedMs) {
    const bool connected = socket && socket->state() == QAbstractSocket::ConnectedState;
    if (connected) {
        socket->write(response.toBytes(closeAfter));
        if (closeAfter)
            socket->disconnectFromHost();
    }
    qCInfo(lcServer).noquote() << request.method << request.fullPath << "->" << response.status
                               << QStringLiteral("(%1 B in, %2 B out, %3 ms, from %4%5)")
                                      .arg(request.body.size())
                                      .arg(response.body.size())
                                      .arg(elapsedMs)
                                      .arg(request.remoteAddress.toString(),
                                           connected ? QString() : QStringLiteral(", gone"));
    Q_EMIT q->requestFinished(request.method, request.fullPath, response.status);
}

void HttpsServer::Private::connectionOpened(ConnectionGuard *guard) {
    guards.insert(guard->socket(), guard);
    ++connections;
    if (tcp && connections >= maxConnections)
        tcp->pauseAccepting();
}

void HttpsServer::Private::connectionClosed(ConnectionGuard *guard) {
    guards.remove(guard->socket());
    --connections;
    if (tcp && connections < maxConnections)
        tcp->resumeAccepting();
}

void HttpsServer::Private::requestRefused(const QByteArray &method, int status) {
    Q_EMIT q->requestFinished(method, QString(), status);
}

// ---- HttpsServer --------------------------------------------------------------------------------

HttpsServer::HttpsServer(const Sharing::TlsIdentity &identity, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this)) {
    d->identity = identity;
    d->engine = new Engine(d.get(), this);
}

HttpsServer::~HttpsServer() {
    // Sockets (and their guards, which call back into d) go before d does.
    delete d->engine;
    d->engine = nullptr;
}

void HttpsServer::addRoute(const QString &pathPrefix, Handler handler,
                           const QList<QByteArray> &methods) {
    QString prefix = pathPrefix;
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    if (!prefix.isEmpty() && !prefix.startsWith(u'/'))
        prefix.prepend(u'/');
    QList<QByteArray> upper;
    for (const QByteArray &m : methods)
        upper.append(m.toUpper());
    d->routes.removeIf([&prefix](const Route &r) { return r.prefix == prefix; });
    d->routes.append(Route{prefix, std::move(handler), upper});
    std::stable_sort(d->routes.begin(), d->routes.end(), [](const Route &a, const Route &b) {
        return a.prefix.size() > b.prefix.size();
    });
}

Status HttpsServer::listen(const QHostAddress &address, quint16 port) {
    if (d->tcp)
        return Status::failure(tr("The server is already listening on port %1.").arg(this->port()));
    if (d->identity.isNull())
        return Status::failure(tr("The server has no TLS certificate."));

    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    // The leaf and, for an installed CA-issued certificate, its intermediates: clients need
    // them to build the path to a root they trust.
    conf.setLocalCertificateChain(d->identity.certificateChain());
    conf.setPrivateKey(d->identity.privateKey());
    conf.setPeerVerifyMode(QSslSocket::VerifyNone); // partners authenticate with their token
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    d->engine->sslSetup(conf); // recorded in QtHttpServer too; the listener below is ours

    // Our own QSslServer instead of QAbstractHttpServer::listen(): we need every socket before
    // QtHttpServer connects to it (see ConnectionGuard).
    auto *tcp = new QSslServer(this);
    tcp->setSslConfiguration(conf);
    connect(tcp, &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *socket) { new ConnectionGuard(socket, d.get()); });
    connect(tcp, &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError error) {
                qCDebug(lcServer) << "TLS connection from" << socket->peerAddress()
                                  << "failed:" << error;
            });
    if (!tcp->listen(address, port)) {
        const QString error = tcp->errorString();
        delete tcp;
        return Status::failure(
            tr("Could not listen on %1 port %2: %3").arg(address.toString()).arg(port).arg(error));
    }
    d->tcp = tcp;
    d->engine->bind(tcp);
    // Connected after bind(): runs after QtHttpServer took the sockets whose handshake just
    // finished (QSslServer announces them with pendingConnectionAvailable; its newConnection
    // comes at TCP accept, before the handshake).
    const auto attachTails = [this] {
        for (ConnectionGuard *guard : std::as_const(d->guards))
            guard->attachTail();
        // QTcpServer::nextPendingConnection() resumes accepting on its own: pause again.
        if (d->tcp && d->connections >= d->maxConnections)
            d->tcp->pauseAccepting();
    };
    connect(tcp, &QTcpServer::pendingConnectionAvailable, this, attachTails);
    connect(tcp, &QTcpServer::newConnection, this, attachTails);
    if (d->connections >= d->maxConnections)
        tcp->pauseAccepting();
    qCInfo(lcServer).noquote() << "listening on" << address.toString() << "port"
                               << tcp->serverPort() << "certificate" << d->identity.fingerprint();
    return {};
}

void HttpsServer::close() {
    if (!d->tcp)
        return;
    d->tcp->close();
    delete d->tcp; // its sockets and their guards with it
}

bool HttpsServer::isListening() const {
    return d->tcp && d->tcp->isListening();
}

quint16 HttpsServer::port() const {
    return d->tcp ? d->tcp->serverPort() : 0;
}

QHostAddress HttpsServer::address() const {
    return d->tcp ? d->tcp->serverAddress() : QHostAddress();
}

void HttpsServer::setMaxBodyBytes(qint64 bytes) {
    d->maxBody = std::max<qint64>(0, bytes);
}

qint64 HttpsServer::maxBodyBytes() const {
    return d->maxBody;
}

void HttpsServer::setIdleTimeout(std::chrono::milliseconds timeout) {
    d->idle = std::max(timeout, std::chrono::milliseconds(100));
}

std::chrono::milliseconds HttpsServer::idleTimeout() const {
    return d->idle;
}

void HttpsServer::setMaxConnections(int count) {
    d->maxConnections = std::max(1, count);
}

int HttpsServer::connectionCount() const {
    return d->connections;
}

} // namespace DeskBridge::Server
