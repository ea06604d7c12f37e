#pragma once
// HttpLoadClient: the Help Center benchmark's browsers. N kept-alive TLS connections (raw
// QSslSocket speaking HTTP/1.1, one request at a time on each), all living in the thread the
// object was moved to. Each connection signs in with its own session cookie; then they load one
// path either at a fixed open-loop rate (latency counted from when a request was due, so a
// server that falls behind shows its queue instead of slowing the clients down) or as fast as
// the answers come (closed loop). The blocking methods run a local event loop: call them in the
// client's thread (QMetaObject::invokeMethod with Qt::BlockingQueuedConnection).
#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSslSocket;

namespace DeskBridge::Bench {

struct HttpAnswer {
    int status = 0; // 0: the connection broke before a whole answer came
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;
    QByteArray header(const QByteArray &lowerName) const;
    // The value of a cookie the answer sets, or empty.
    QByteArray setCookie(const QByteArray &name) const;
};

struct LoadFigures {
    qint64 sent = 0;
    qint64 answered = 0;       // with any status
    QMap<int, qint64> nonOk;   // status (0: broken connection) -> count, for every non-200
    qint64 unanswered = 0;     // still open when the run gave up waiting
    QList<qint64> latenciesUs; // of the 200 answers, sorted
    qint64 bodyBytes = 0;      // of the 200 answers
    double seconds = 0;        // from the first request to the last answer
    qint64 errors() const;
    double percentileMs(double p) const;
};

class HttpLoadClient : public QObject {
    Q_OBJECT
public:
    HttpLoadClient(QString host, quint16 port, int connections);
    ~HttpLoadClient() override;

    // Connects every connection and signs each one in through the sign-in form. Returns how
    // many are signed in; the first problem goes to *problem.
    int signInAll(const QString &email, const QString &password, QString *problem);
    // `rate` requests per second for `seconds`, spread over the idle connections.
    LoadFigures openLoop(const QByteArray &path, int rate, int seconds);
    // Every connection sends its next request as soon as its answer came, for `seconds`.
    LoadFigures closedLoop(const QByteArray &path, int seconds);
    // One request on the first connection (with its cookie), for checks.
    HttpAnswer fetch(const QByteArray &path);
    // Closes and deletes the sockets (in this thread).
    void closeAll();

private:
    struct Connection;
    using Callback = std::function<void(Connection &, const HttpAnswer &)>;

    void ensureConnected(Connection &c);
    void send(Connection &c, const QByteArray &method, const QByteArray &path,
              const QByteArray &body, const QByteArray &cookie, Callback done);
    void writePending(Connection &c);
    void readAnswers(Connection &c);
    void broken(Connection &c);
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }

    QString m_host;
    quint16 m_port = 0;
    int m_count = 0;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QElapsedTimer m_clock;
};

} // namespace DeskBridge::Bench
