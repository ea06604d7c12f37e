// HttpsServer over real TLS on 127.0.0.1, driven by a raw QSslSocket so the tests control every
// byte: routing, 404/405, 413 before buffering, 411/431/400, garbage, idle connections.
#include "app/server/HttpsServer.h"
#include "app/sharing/TlsIdentity.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <stdexcept>

using namespace DeskBridge;
using namespace DeskBridge::Server;
using namespace DeskBridge::Sharing;
using namespace std::chrono_literals;

namespace {

struct RawResponse {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A TLS client that sends exactly the bytes it is given and parses what comes back.
class RawClient {
public:
    RawClient() {
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [this] { buffer += socket.readAll(); });
        QSslConfiguration conf = socket.sslConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // pinning is NhdClient's test
        socket.setSslConfiguration(conf);
    }

    bool connectTo(quint16 port) {
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        return encrypted.wait(10000) || socket.isEncrypted();
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }

    // The next complete response, waiting for it up to `ms`.
    std::optional<RawResponse> next(int ms = 10000) {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (auto r = take())
                return r;
            if (socket.state() == QAbstractSocket::UnconnectedState)
                break;
            waitForActivity(deadline);
        }
        return take();
    }

    // Returns on new data, on disconnection or at the deadline, whichever comes first.
    void waitForActivity(const QDeadlineTimer &deadline) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QIODevice::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
        timer.start(int(std::max<qint64>(1, deadline.remainingTime())));
        loop.exec();
    }

    bool waitClosed(int ms = 10000) {
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        QSignalSpy gone(&socket, &QAbstractSocket::disconnected);
        return gone.wait(ms) || socket.state() == QAbstractSocket::UnconnectedState;
    }

    QSslSocket socket;
    QByteArray buffer;

private:
    std::optional<RawResponse> take() {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        r.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        const qint64 length = r.header("Content-Length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return std::nullopt;
        r.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return r;
    }
};

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                   const QByteArray &extraHeaders = {}) {
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

} // namespace

class TestHttpsServer : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TlsIdentity m_identity;
    std::unique_ptr<HttpsServer> m_server;
    int m_calls = 0;
    HttpRequest m_last;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        auto identity = TlsIdentity::loadOrCreate(m_dir.path());
        QVERIFY2(identity.ok(), qPrintable(identity.error()));
        m_identity = identity.value();
    }

    void init() {
        m_calls = 0;
        m_last = {};
        m_server = std::make_unique<HttpsServer>(m_identity);
        m_server->addRoute(QStringLiteral("/sharing"), [this](const HttpRequest &r) {
            ++m_calls;
            m_last = r;
            HttpResponse response = HttpResponse::json(
                201, QJsonObject{{QStringLiteral("path"), r.path},
                                 {QStringLiteral("bytes"), double(r.body.size())}});
            response.headers.set("X-Test", "yes");
            return response;
        });
        m_server->addRoute(QStringLiteral("/api/"),
                           [this](const HttpRequest &) {
                               ++m_calls;
                               return HttpResponse::json(200, QJsonObject{{QStringLiteral("route"),
                                                                           QStringLiteral("api")}});
                           },
                           {"GET"});
        m_server->addRoute(QStringLiteral("/api/v2"),
                           [this](const HttpRequest &r) {
                               ++m_calls;
                               return HttpResponse::json(
                                   200, QJsonObject{{QStringLiteral("route"), QStringLiteral("v2")},
                                                    {QStringLiteral("path"), r.path}});
                           },
                           {"get", "delete"});
        m_server->addRoute(QStringLiteral("/boom"), [](const HttpRequest &) -> HttpResponse {
            throw std::runtime_error("handler bug");
        });
        const Status listening = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(listening.ok(), qPrintable(listening.error()));
        QVERIFY(m_server->isListening());
        QVERIFY(m_server->port() != 0);
    }

    void cleanup() { m_server.reset(); }

    void routesAndAnswers() {
        QSignalSpy finished(m_server.get(), &HttpsServer::requestFinished);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request("POST", "/sharing/tickets/abc%7Ex%20y?debug=1", "{\"a\":1}",
                       "x-ticket-sharing-TOKEN: uuid:key\r\nContent-Type: application/json\r\n"));
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 201);
        QCOMPARE(r->header("X-Test"), QByteArray("yes"));
        QCOMPARE(r->header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(r->json().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/tickets/abc~x y"));
        QCOMPARE(m_calls, 1);
        QCOMPARE(m_last.method, QByteArray("POST"));
        QCOMPARE(m_last.fullPath, QStringLiteral("/sharing/tickets/abc~x y"));
        QCOMPARE(m_last.query, QStringLiteral("debug=1"));
        QCOMPARE(m_last.headers.value("X-Ticket-Sharing-Token"), QByteArray("uuid:key"));
        QCOMPARE(m_last.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(m_last.body, QByteArray("{\"a\":1}"));
        QCOMPARE(m_last.remoteAddress.toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(2).toInt(), 201);

        // The prefix alone, and keep-alive on the same connection.
        c.send(request("GET", "/sharing"));
        const auto root = c.next();
        QVERIFY(root.has_value());
        QCOMPARE(root->status, 201);
        QCOMPARE(m_last.path, QString());
        QCOMPARE(m_calls, 2);
    }

    void longestPrefixWins() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request("GET", "/api/v2/sharing_agreements/7"));
        auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->json().value(QStringLiteral("route")).toString(), QStringLiteral("v2"));
        QCOMPARE(r->json().value(QStringLiteral("path")).toString(),
                 QStringLiteral("/sharing_agreements/7"));
        c.send(request("GET", "/api/v1/x"));
        r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->json().value(QStringLiteral("route")).toString(), QStringLiteral("api"));
    }

    void unknownPathIs404_data() {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("root") << QByteArray("/");
        QTest::newRow("unknown") << QByteArray("/nope");
        QTest::newRow("prefix lookalike") << QByteArray("/sharingx/tickets/1");
        QTest::newRow("api lookalike") << QByteArray("/apis");
    }
    void unknownPathIs404() {
        QFETCH(QByteArray, path);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request("GET", path));
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 404);
        QVERIFY(!r->json().value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(m_calls, 0);
    }

    void unsupportedMethodIs405_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("patch") << QByteArray("PATCH") << QByteArray("/sharing/tickets/1")
                               << QByteArray("GET, POST, PUT, DELETE");
        QTest::newRow("options") << QByteArray("OPTIONS") << QByteArray("/sharing")
                                 << QByteArray("GET, POST, PUT, DELETE");
        QTest::newRow("head") << QByteArray("HEAD") << QByteArray("/sharing")
                              << QByteArray("GET, POST, PUT, DELETE");
        QTest::newRow("post on GET-only")
            << QByteArray("POST") << QByteArray("/api/x") << QByteArray("GET");
        QTest::newRow("put on v2")
            << QByteArray("PUT") << QByteArray("/api/v2/x") << QByteArray("GET, DELETE");
        QTest::newRow("webdav") << QByteArray("PROPFIND") << QByteArray("/sharing")
                                << QByteArray("GET, POST, PUT, DELETE");
    }
    void unsupportedMethodIs405() {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, allow);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request(method, path, method == "HEAD" ? QByteArray() : QByteArray("{}")));
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 405);
        QCOMPARE(r->header("Allow"), allow);
        QCOMPARE(m_calls, 0);
    }

    void declaredOversizeBodyIs413BeforeItArrives() {
        QSignalSpy finished(m_server.get(), &HttpsServer::requestFinished);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        // Only the head: the answer must not wait for 11 MiB that never come.
        c.send("PUT /sharing/tickets/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 11534336\r\n\r\n");
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        QVERIFY(r->json().value(QStringLiteral("error")).toString().contains(u"10 MiB"));
        QCOMPARE(r->header("Connection"), QByteArray("close"));
        QCOMPARE(m_calls, 0);
        QCOMPARE(finished.size(), 1);

        // A length that would make Qt 6.4 reserve 2 GiB up front is refused the same way.
        RawClient d;
        QVERIFY(d.connectTo(m_server->port()));
        d.send("POST /sharing/x HTTP/1.1\r\nContent-Length: 2147483648\r\n\r\n{");
        const auto big = d.next();
        QVERIFY(big.has_value());
        QCOMPARE(big->status, 413);
        QCOMPARE(m_calls, 0);
    }

    void elevenMiBBodyIs413() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        const QByteArray body(11 * 1024 * 1024, 'x');
        c.send(request("POST", "/sharing/tickets/1", body));
        const auto r = c.next(30000);
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        QCOMPARE(m_calls, 0);
        // The server reads the rest of the body, then closes.
        QVERIFY(c.waitClosed(30000));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 10000);
    }

    void tenMiBBodyIsAccepted() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        const QByteArray body(HttpsServer::DefaultMaxBodyBytes, 'y');
        c.send(request("PUT", "/sharing/tickets/1", body));
        const auto r = c.next(30000);
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 201);
        QCOMPARE(m_calls, 1);
        QCOMPARE(m_last.body.size(), body.size());
    }

    void smallerLimitAppliesToo() {
        m_server->setMaxBodyBytes(1024);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request("POST", "/sharing/t", QByteArray(1025, 'z')));
        auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        RawClient d;
        QVERIFY(d.connectTo(m_server->port()));
        d.send(request("POST", "/sharing/t", QByteArray(1024, 'z')));
        r = d.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 201);
    }

    void badFramingIsRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("chunked")
            << QByteArray("POST /sharing/t HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "2\r\n{}\r\n0\r\n\r\n")
            << 411;
        QTest::newRow("huge chunk announced")
            << QByteArray("POST /sharing/t HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "7fffffff\r\n{")
            << 411;
        QTest::newRow("negative length")
            << QByteArray("POST /sharing/t HTTP/1.1\r\nContent-Length: -5\r\n\r\n") << 400;
        QTest::newRow("overflowing length")
            << QByteArray(
                   "POST /sharing/t HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n")
            << 400;
        QTest::newRow("two lengths")
            << QByteArray(
                   "POST /sharing/t HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}")
            << 400;
        QTest::newRow("headers > 64 KiB") << (QByteArray("GET /sharing HTTP/1.1\r\nX-Junk: ") +
                                              QByteArray(70 * 1024, 'j') + "\r\n\r\n")
                                          << 431;
        QTest::newRow("endless header line")
            << (QByteArray("GET /sharing HTTP/1.1\r\nX-Junk: ") + QByteArray(100 * 1024, 'j'))
            << 431;
    }
    void badFramingIsRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(bytes);
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, status);
        QCOMPARE(m_calls, 0);
        QVERIFY(c.waitClosed());
    }

    void expectContinue() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send("PUT /sharing/t HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        auto interim = c.next();
        QVERIFY(interim.has_value());
        QCOMPARE(interim->status, 100);
        c.send("{}");
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 201);
        QCOMPARE(m_calls, 1);
    }

    void refusedExpectContinueClosesAtOnce() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(
            "PUT /sharing/t HTTP/1.1\r\nContent-Length: 20000000\r\nExpect: 100-continue\r\n\r\n");
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 413);
        QVERIFY(c.waitClosed(3000)); // not after the 5 s a sending client is given
    }

    void connectionCapAndClose() {
        m_server->setMaxConnections(2);
        RawClient a;
        RawClient b;
        QVERIFY(a.connectTo(m_server->port()));
        QVERIFY(b.connectTo(m_server->port()));
        QCOMPARE(m_server->connectionCount(), 2);
        // The third waits in the backlog until one of the first two goes.
        RawClient third;
        QSignalSpy encrypted(&third.socket, &QSslSocket::encrypted);
        third.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(!encrypted.wait(500));
        a.socket.disconnectFromHost();
        QVERIFY(encrypted.wait(10000));
        third.send(request("GET", "/sharing"));
        QCOMPARE(third.next()->status, 201);

        // close() ends the open connections with the listener.
        m_server->close();
        QVERIFY(b.waitClosed());
        QVERIFY(third.waitClosed());
        QCOMPARE(m_server->connectionCount(), 0);
    }

    void throwingHandlerIs500() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        QTest::ignoreMessage(QtCriticalMsg,
                             QRegularExpression(QStringLiteral("threw.*handler bug")));
        c.send(request("GET", "/boom"));
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 500);
        // The server goes on.
        c.send(request("GET", "/sharing/after"));
        QCOMPARE(c.next()->status, 201);
    }

    void connectionCloseIsHonoured() {
        RawClient c;
        QVERIFY(c.connectTo(m_server->port()));
        c.send(request("GET", "/sharing", {}, "Connection: close\r\n"));
        const auto r = c.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
    }

    void garbageNeverCrashes() {
        // Not HTTP at all, over TLS.
        {
            RawClient c;
            QVERIFY(c.connectTo(m_server->port()));
            c.send(QByteArray("\x00\x01\x02 this is not http\r\n\r\n", 26));
            const auto r = c.next();
            if (r)
                QCOMPARE(r->status, 400);
            QVERIFY(c.waitClosed());
        }
        // Not TLS at all.
        {
            QTcpSocket plain;
            QSignalSpy connected(&plain, &QTcpSocket::connected);
            plain.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(connected.wait());
            plain.write("GET /sharing HTTP/1.1\r\nHost: x\r\n\r\n");
            QSignalSpy gone(&plain, &QTcpSocket::disconnected);
            QVERIFY(gone.wait(10000));
        }
        // A client that goes away in the middle of a body.
        {
            RawClient c;
            QVERIFY(c.connectTo(m_server->port()));
            c.send("PUT /sharing/t HTTP/1.1\r\nContent-Length: 1000\r\n\r\n0123456789");
            QTRY_VERIFY(c.socket.bytesToWrite() == 0 && c.socket.encryptedBytesToWrite() == 0);
            c.socket.abort();
        }
        // Random bytes, many times (bounded and seeded).
        QRandomGenerator random(20101124);
        for (int i = 0; i < 30; ++i) {
            RawClient c;
            QVERIFY(c.connectTo(m_server->port()));
            QByteArray junk(int(random.bounded(1, 4096)), Qt::Uninitialized);
            for (char &ch : junk)
                ch = char(random.bounded(256));
            if (i % 3 == 0) // a valid request line with junk headers; no route for it
                junk.prepend("POST /nowhere HTTP/1.1\r\n");
            c.send(junk + "\r\n\r\n");
            c.next(2000); // an answer or nothing; what matters is what follows
            c.socket.abort();
        }
        QCOMPARE(m_calls, 0);
        // Still serving, and nothing left open.
        RawClient after;
        QVERIFY(after.connectTo(m_server->port()));
        after.send(request("GET", "/sharing/ok"));
        const auto r = after.next();
        QVERIFY(r.has_value());
        QCOMPARE(r->status, 201);
        after.socket.abort();
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 10000);
    }

    void idleConnectionsAreClosed() {
        m_server->setIdleTimeout(300ms);
        RawClient silent;
        QVERIFY(silent.connectTo(m_server->port()));
        QVERIFY(silent.waitClosed(10000));
        RawClient halfway;
        QVERIFY(halfway.connectTo(m_server->port()));
        halfway.send("GET /sharing HTTP/1.1\r\nHost: x\r\n"); // never finishes its head
        QVERIFY(halfway.waitClosed(10000));
        QCOMPARE(m_calls, 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, 10000);
    }

    void responsesAreWellFormed() {
        // Headers compare case-insensitively; set() replaces every spelling.
        HttpHeaders h{{"Content-Type", "text/plain"}, {"x-a", "1"}, {"X-A", "2"}};
        QCOMPARE(h.value("content-type"), QByteArray("text/plain"));
        QCOMPARE(h.value("X-a"), QByteArray("1"));
        h.set("x-A", "3");
        QCOMPARE(h.fields().size(), 2);
        QCOMPARE(h.value("X-A"), QByteArray("3"));

        // A handler cannot split the response with line breaks, nor set the framing headers.
        HttpResponse r = HttpResponse::json(201, QByteArray("{}"));
        r.headers.set("X-Evil", "a\r\nSet-Cookie: x=1");
        r.headers.set("Content-Length", "999");
        const QByteArray bytes = r.toBytes(false);
        QVERIFY(bytes.startsWith("HTTP/1.1 201 Created\r\n"));
        QVERIFY(!bytes.contains("\r\nSet-Cookie"));
        QCOMPARE(bytes.count("Content-Length"), 1);
        QVERIFY(bytes.contains("Content-Length: 2\r\n"));
        QVERIFY(bytes.endsWith("\r\n\r\n{}"));
        QVERIFY(!bytes.contains("Connection"));
        QVERIFY(r.toBytes(true).contains("Connection: close\r\n"));

        // Any status a handler returns is written; nonsense becomes 500.
        QVERIFY(HttpResponse::empty(299).toBytes(false).startsWith("HTTP/1.1 299 Status\r\n"));
        QVERIFY(HttpResponse::empty(42).toBytes(false).startsWith("HTTP/1.1 500 "));
        QCOMPARE(HttpResponse::payloadTooLarge(10 * 1024 * 1024).status, 413);
        QVERIFY(HttpResponse::payloadTooLarge(1000).body.contains("1000 bytes"));
    }

    void listenErrors() {
        const Status again = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(!again.ok());
        HttpsServer second(m_identity);
        const Status taken = second.listen(QHostAddress::LocalHost, m_server->port());
        QVERIFY(!taken.ok());
        QVERIFY2(taken.error().contains(QString::number(m_server->port())),
                 qPrintable(taken.error()));
        HttpsServer noIdentity{TlsIdentity()};
        QVERIFY(!noIdentity.listen().ok());
        m_server->close();
        QVERIFY(!m_server->isListening());
        QCOMPARE(m_server->port(), quint16(0));
        QCOMPARE(QString::fromLatin1(lcServer().categoryName()),
                 QStringLiteral("deskbridge.server"));
    }
};

QTEST_GUILESS_MAIN(TestHttpsServer)
#include "tst_httpsserver.moc"
