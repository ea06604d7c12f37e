#pragma once
// ConnectionGuard: HttpsServer's doorman for one TLS connection (internal to app/server).
//
// It attaches to the socket before QtHttpServer does, so its readyRead slot runs first on every
// chunk. It reads the request head as it streams past (peek, nothing consumed) and answers
// 413 / 411 / 431 / 400 itself when the head says the request is unacceptable, so a hostile
// Content-Length is never buffered (Qt 6.4 buffers whole bodies and reserve()s Content-Length
// bytes up front). It also closes idle connections.
//
//   socket readyRead --> onHead() [guard] --> QtHttpServer's parser --> onTail() [guard]
//                          |                                             (what was consumed)
//                          +-- head too big / bad length / chunked / body too big
//                                --> reject(): answer, cut QtHttpServer off, drain, close
#include <QByteArray>
#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QSslSocket;

namespace DeskBridge::Server {

class ConnectionGuard;
struct HttpResponse;

// What the guard needs from its server.
class ConnectionObserver {
public:
    virtual ~ConnectionObserver() = default;
    virtual qint64 maxBodyBytes() const = 0;
    virtual std::chrono::milliseconds idleTimeout() const = 0;
    virtual void connectionOpened(ConnectionGuard *guard) = 0;
    virtual void connectionClosed(ConnectionGuard *guard) = 0;
    // A request answered by the guard itself (it never reached a handler).
    virtual void requestRefused(const QByteArray &method, int status) = 0;
};

class ConnectionGuard final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(ConnectionGuard)
public:
    static constexpr qint64 MaxHeaderBytes = 64 * 1024;

    // Becomes a child of `socket`; call before QtHttpServer connects to the socket.
    ConnectionGuard(QSslSocket *socket, ConnectionObserver *observer);
    ~ConnectionGuard() override;

    QSslSocket *socket() const { return m_socket; }
    // Call once QtHttpServer has connected to the socket (after the TLS handshake): the tail
    // slot, connected after QtHttpServer's, learns what its parser consumed.
    void attachTail();
    // A complete request reached the handler: the next bytes start a new request.
    void requestHandled();

private:
    void touch();
    void onHead();
    void onTail();
    bool inspectHead();
    void reject(const HttpResponse &answer);
    void drain();
    void onLingerEnd();
    void onIdle();
    void scheduleCheck();
    void ensureDeletion();

    static constexpr qint64 LingerMaxBytes = 32 * 1024 * 1024;
    static constexpr int LingerTimeMs = 5000;

    QSslSocket *m_socket;
    ConnectionObserver *m_observer;
    QMetaObject::Connection m_head;
    QTimer m_idle;
    QTimer m_linger;
    QByteArray m_headBytes;
    qint64 m_headEnd = -1;
    qint64 m_bodySeen = 0;
    qint64 m_contentLength = -1;
    qint64 m_unread = 0;
    qint64 m_drained = 0;
    qint64 m_drainLeft = 0;
    bool m_tailAttached = false;
    bool m_expectContinue = false;
    bool m_rejecting = false;
    bool m_closing = false;
    bool m_checkQueued = false;
};

} // namespace DeskBridge::Server
