#include "app/server/ConnectionGuard.h"
#include "app/server/HttpResponse.h"
#include "app/server/HttpsServer.h" // lcServer

#include <QSslSocket>

#include <algorithm>

namespace DeskBridge::Server {

ConnectionGuard::ConnectionGuard(QSslSocket *socket, ConnectionObserver *observer)
    : QObject(socket)
    , m_socket(socket)
    , m_observer(observer) {
    m_observer->connectionOpened(this);
    m_head = connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::onHead);
    connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::touch);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &ConnectionGuard::onIdle);
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, &ConnectionGuard::onLingerEnd);
    touch();
}

ConnectionGuard::~ConnectionGuard() {
    m_observer->connectionClosed(this);
}

void ConnectionGuard::attachTail() {
    if (m_tailAttached || m_rejecting || !m_socket->isEncrypted())
        return;
    m_tailAttached = true;
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onTail);
}

void ConnectionGuard::requestHandled() {
    m_expectContinue = false;
    m_headBytes.clear();
    m_headEnd = -1;
    m_bodySeen = 0;
    m_contentLength = -1;
}

void ConnectionGuard::touch() {
    m_idle.start(m_observer->idleTimeout());
}

void ConnectionGuard::onHead() {
    touch();
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = std::max<qint64>(0, available - m_unread);
    m_unread = available; // until the tail says what the parser consumed
    if (fresh == 0)
        return;

    if (m_headEnd < 0) {
        const qint64 want = std::min<qint64>(fresh, MaxHeaderBytes + 4);
        const QByteArray peeked = m_socket->peek(available - fresh + want);
        const qsizetype searchFrom = std::max<qsizetype>(0, m_headBytes.size() - 3);
        m_headBytes += peeked.sliced(peeked.size() - std::min<qsizetype>(want, peeked.size()));
        const qsizetype end = m_headBytes.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_headBytes.size() > MaxHeaderBytes)
                reject(HttpResponse::error(
                    431,
                    tr("The request headers are larger than %1 KiB.").arg(MaxHeaderBytes / 1024)));
            else
                scheduleCheck();
            return;
        }
        m_headEnd = end + 4;
        m_bodySeen = m_headBytes.size() - m_headEnd + (fresh - want);
        if (!inspectHead())
            return;
    } else {
        m_bodySeen += fresh;
    }
    // More than the announced body (plus room for one pipelined head): refused as too large.
    if (m_contentLength >= 0 ? m_bodySeen > m_contentLength + MaxHeaderBytes
                             : m_bodySeen > MaxHeaderBytes) {
        reject(HttpResponse::payloadTooLarge(m_observer->maxBodyBytes()));
        return;
    }
    scheduleCheck();
}

void ConnectionGuard::onTail() {
    m_unread = m_socket->bytesAvailable();
}

// The request head is complete in m_headBytes[0, m_headEnd). False when it was refused.
bool ConnectionGuard::inspectHead() {
    const QList<QByteArray> lines = m_headBytes.first(m_headEnd - 4).split('\n');
    m_expectContinue = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // QtHttpServer's parser judges malformed lines
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (m_contentLength >= 0 && length != m_contentLength)) {
                reject(HttpResponse::error(400, tr("The request has an invalid Content-Length.")));
                return false;
            }
            m_contentLength = length;
        } else if (name == "transfer-encoding") {
            reject(HttpResponse::error(
                411, tr("Send the request body with a Content-Length, not chunked.")));
            return false;
        } else if (name == "expect") {
            m_expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (m_contentLength > m_observer->maxBodyBytes()) {
        reject(HttpResponse::payloadTooLarge(m_observer->maxBodyBytes()));
        return false;
    }
    if (m_expectContinue && m_bodySeen == 0 && m_contentLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

// Answers from here (the request never reaches QtHttpServer or a handler), reads and drops what
// the client still sends so it gets to read the answer (bounded in bytes and time), then closes.
void ConnectionGuard::reject(const HttpResponse &answer) {
    m_rejecting = true;
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::drain);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const QByteArray method = m_headBytes.left(m_headBytes.indexOf(' ')).left(16);
    qCWarning(lcServer).noquote() << "refused" << method << "from"
                                  << m_socket->peerAddress().toString() << "->" << answer.status
                                  << QString::fromUtf8(answer.body);
    m_socket->write(answer.toBytes(true));
    // A client that waits for "100 Continue" sends no body after a refusal.
    m_drainLeft = (m_contentLength >= 0 && m_headEnd >= 0 && !m_expectContinue)
                      ? std::max<qint64>(0, m_contentLength - m_bodySeen)
                      : 0;
    m_drainLeft = std::min<qint64>(m_drainLeft, LingerMaxBytes);
    m_linger.start(LingerTimeMs);
    m_observer->requestRefused(method, answer.status);
    drain();
}

void ConnectionGuard::drain() {
    touch();
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    const qint64 n = m_socket->bytesAvailable();
    if (n > 0) {
        m_socket->skip(n);
        m_drained += n;
        m_drainLeft -= n;
    }
    if (m_drained > LingerMaxBytes) {
        m_socket->abort();
    } else if (m_drainLeft <= 0 && !m_closing) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void ConnectionGuard::onLingerEnd() {
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
}

void ConnectionGuard::onIdle() {
    qCInfo(lcServer).noquote() << "closing idle connection from"
                               << m_socket->peerAddress().toString();
    ensureDeletion();
    m_socket->abort();
}

// Should QtHttpServer give up on a socket with QObject::disconnect() (every signal cut, ours
// too, and nothing answered), notice it after the chunk was handled: answer 400, close, and make
// sure the socket is deleted. (6.4.2 closes the socket itself; this is the safety net.)
void ConnectionGuard::scheduleCheck() {
    if (m_checkQueued)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_checkQueued = false;
            if (m_rejecting || m_head || m_socket->state() != QAbstractSocket::ConnectedState)
                return;
            qCWarning(lcServer).noquote()
                << "unparsable request from" << m_socket->peerAddress().toString();
            ensureDeletion();
            connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::touch);
            m_contentLength = -1;
            reject(HttpResponse::error(400, tr("The request is not valid HTTP/1.1.")));
        },
        Qt::QueuedConnection);
}

void ConnectionGuard::ensureDeletion() {
    connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater,
            Qt::UniqueConnection);
}

} // namespace DeskBridge::Server
