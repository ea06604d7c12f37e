#include "tests/bench/HttpLoadClient.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace DeskBridge::Bench {

QByteArray HttpAnswer::header(const QByteArray &lowerName) const {
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

QByteArray HttpAnswer::setCookie(const QByteArray &name) const {
    for (const auto &h : headers) {
        if (h.first != "set-cookie")
            continue;
        const QByteArray pair = h.second.left(h.second.indexOf(';')).trimmed();
        const qsizetype eq = pair.indexOf('=');
        if (eq > 0 && pair.left(eq) == name)
            return pair.mid(eq + 1);
    }
    return {};
}

qint64 LoadFigures::errors() const {
    qint64 n = unanswered;
    for (auto it = nonOk.cbegin(); it != nonOk.cend(); ++it)
        n += it.value();
    return n;
}

double LoadFigures::percentileMs(double p) const {
    if (latenciesUs.isEmpty())
        return -1;
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const auto rank = qsizetype(std::ceil(p * double(latenciesUs.size())));
    return double(latenciesUs.at(std::clamp<qsizetype>(rank - 1, 0, latenciesUs.size() - 1))) /
           1000.0;
}

struct HttpLoadClient::Connection {
    QSslSocket *socket = nullptr;
    bool encrypted = false;
    QByteArray in;
    QByteArray out;    // written once encrypted
    QByteArray cookie; // "hc_session=..."
    Callback done;     // set while a request is open
    qint64 dueNs = 0;  // when the open request was due (open loop) or sent
};

HttpLoadClient::HttpLoadClient(QString host, quint16 port, int connections)
    : m_host(std::move(host))
    , m_port(port)
    , m_count(connections) {
    m_clock.start();
}

HttpLoadClient::~HttpLoadClient() = default;

void HttpLoadClient::closeAll() {
    for (auto &c : m_connections)
        if (c->socket) {
            c->socket->abort();
            delete c->socket;
            c->socket = nullptr;
        }
    m_connections.clear();
}

void HttpLoadClient::ensureConnected(Connection &c) {
    if (c.socket && c.socket->state() != QAbstractSocket::UnconnectedState)
        return;
    if (!c.socket) {
        c.socket = new QSslSocket(this);
        QSslConfiguration conf = c.socket->sslConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // the account's self-signed certificate
        c.socket->setSslConfiguration(conf);
        c.socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(c.socket, &QSslSocket::encrypted, this, [this, &c] {
            c.encrypted = true;
            writePending(c);
        });
        connect(c.socket, &QSslSocket::readyRead, this, [this, &c] { readAnswers(c); });
        connect(c.socket, &QSslSocket::disconnected, this, [this, &c] { broken(c); });
        connect(c.socket, &QSslSocket::errorOccurred, this, [this, &c](auto) {
            if (c.socket->state() == QAbstractSocket::UnconnectedState)
                broken(c);
        });
        connect(c.socket, &QSslSocket::sslErrors, c.socket,
                [s = c.socket](const QList<QSslError> &) { s->ignoreSslErrors(); });
    }
    c.encrypted = false;
    c.in.clear();
    c.socket->connectToHostEncrypted(m_host, m_port);
}

void HttpLoadClient::send(Connection &c, const QByteArray &method, const QByteArray &path,
                          const QByteArray &body, const QByteArray &cookie, Callback done) {
    QByteArray r;
    r.reserve(256 + body.size());
    r += method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' +
         QByteArray::number(m_port) +
         "\r\nUser-Agent: deskbridge-bench\r\nAccept: text/html\r\nAccept-Language: "
         "en\r\nConnection: keep-alive\r\n";
    if (!cookie.isEmpty())
        r += "Cookie: " + cookie + "\r\n";
    if (!body.isEmpty() || method == "POST")
        r += "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\n";
    r += "\r\n" + body;
    c.done = std::move(done);
    c.out += r;
    ensureConnected(c);
    writePending(c);
}

void HttpLoadClient::writePending(Connection &c) {
    if (c.encrypted && !c.out.isEmpty()) {
        c.socket->write(c.out);
        c.out.clear();
    }
}

void HttpLoadClient::broken(Connection &c) {
    c.encrypted = false;
    c.out.clear();
    c.in.clear();
    if (c.done) {
        Callback done = std::move(c.done);
        c.done = nullptr;
        done(c, HttpAnswer{});
    }
}

void HttpLoadClient::readAnswers(Connection &c) {
    c.in += c.socket->readAll();
    for (;;) {
        const qsizetype end = c.in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        HttpAnswer a;
        const QList<QByteArray> lines = c.in.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        a.status = statusLine.value(1).toInt();
        qint64 length = 0;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
            const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
            a.headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                chunked = true;
        }
        qsizetype consumed = end + 4;
        if (chunked) {
            QByteArray body;
            qsizetype pos = consumed;
            bool complete = false;
            for (;;) {
                const qsizetype eol = c.in.indexOf("\r\n", pos);
                if (eol < 0)
                    break;
                bool ok = false;
                const qint64 size =
                    c.in.mid(pos, eol - pos).split(';').value(0).toLongLong(&ok, 16);
                if (!ok)
                    break;
                if (c.in.size() < eol + 2 + size + 2)
                    break;
                body += c.in.mid(eol + 2, size);
                pos = eol + 2 + size + 2;
                if (size == 0) {
                    complete = true;
                    break;
                }
            }
            if (!complete)
                return;
            a.body = body;
            consumed = pos;
        } else {
            if (c.in.size() < consumed + length)
                return;
            a.body = c.in.mid(consumed, length);
            consumed += length;
        }
        c.in.remove(0, consumed);
        const bool closes = a.header("connection").toLower() == "close";
        if (c.done) {
            Callback done = std::move(c.done);
            c.done = nullptr;
            done(c, a);
        }
        if (closes) {
            c.socket->abort();
            c.encrypted = false;
            return;
        }
    }
}

int HttpLoadClient::signInAll(const QString &email, const QString &password, QString *problem) {
    if (m_connections.empty())
        for (int i = 0; i < m_count; ++i)
            m_connections.push_back(std::make_unique<Connection>());
    QEventLoop loop;
    int signedIn = 0;
    std::size_t index = 0;
    std::function<void()> next;
    const auto fail = [&](const QString &why) {
        if (problem && problem->isEmpty())
            *problem = why;
    };
    next = [&] {
        if (index == m_connections.size()) {
            loop.quit();
            return;
        }
        Connection &c = *m_connections.at(index++);
        send(c, "GET", "/hc/signin", {}, {}, [&](Connection &conn, const HttpAnswer &form) {
            if (form.status != 200) {
                fail(QStringLiteral("GET /hc/signin answered %1").arg(form.status));
                next();
                return;
            }
            // The form's hidden csrf field; the hc_csrf cookie carries the same value.
            static const QRegularExpression field(QStringLiteral(
                R"re(name="csrf"[^>]*value="([^"]*)"|value="([^"]*)"[^>]*name="csrf")re"));
            const auto m = field.match(QString::fromUtf8(form.body));
            QByteArray csrf =
                m.hasMatch() ? (m.captured(1) + m.captured(2)).toUtf8() : QByteArray();
            const QByteArray csrfCookie = form.setCookie("hc_csrf");
            if (csrf.isEmpty())
                csrf = csrfCookie;
            const QByteArray body = "email=" + QUrl::toPercentEncoding(email) +
                                    "&password=" + QUrl::toPercentEncoding(password) +
                                    "&csrf=" + QUrl::toPercentEncoding(QString::fromUtf8(csrf));
            const QByteArray cookie = csrfCookie.isEmpty() ? QByteArray() : "hc_csrf=" + csrfCookie;
            send(conn, "POST", "/hc/signin", body, cookie,
                 [&](Connection &conn2, const HttpAnswer &answer) {
                     const QByteArray session = answer.setCookie("hc_session");
                     if ((answer.status == 303 || answer.status == 302) && !session.isEmpty()) {
                         conn2.cookie = "hc_session=" + session;
                         ++signedIn;
                     } else {
                         fail(QStringLiteral("POST /hc/signin answered %1 (%2)")
                                  .arg(answer.status)
                                  .arg(QString::fromUtf8(answer.body.left(200))));
                     }
                     next();
                 });
        });
    };
    next();
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return signedIn;
}

HttpAnswer HttpLoadClient::fetch(const QByteArray &path) {
    HttpAnswer result;
    if (m_connections.empty())
        return result;
    QEventLoop loop;
    Connection &c = *m_connections.front();
    send(c, "GET", path, {}, c.cookie, [&](Connection &, const HttpAnswer &a) {
        result = a;
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    return result;
}

namespace {
void record(LoadFigures &f, const HttpAnswer &a, qint64 latencyNs) {
    ++f.answered;
    if (a.status == 200) {
        f.latenciesUs.append(latencyNs / 1000);
        f.bodyBytes += a.body.size();
    } else {
        ++f.nonOk[a.status];
    }
}
} // namespace

LoadFigures HttpLoadClient::openLoop(const QByteArray &path, int rate, int seconds) {
    LoadFigures f;
    const qint64 total = qint64(rate) * seconds;
    const double intervalNs = 1e9 / double(rate);
    QQueue<qint64> due; // requests whose time came, waiting for an idle connection
    std::vector<Connection *> idle;
    for (auto &c : m_connections)
        idle.push_back(c.get());
    std::size_t nextIdle = 0;
    QEventLoop loop;
    const qint64 startNs = nowNs();
    qint64 lastAnswerNs = startNs;
    std::function<void()> dispatch;
    const Callback answered = [&](Connection &c, const HttpAnswer &a) {
        const qint64 now = nowNs();
        record(f, a, now - c.dueNs);
        lastAnswerNs = now;
        idle.push_back(&c);
        dispatch();
        if (f.answered == total)
            loop.quit();
    };
    dispatch = [&] {
        while (!due.isEmpty() && !idle.empty()) {
            // Take the idle connections in turn, so every session carries its share.
            nextIdle = nextIdle % idle.size();
            Connection *c = idle.at(nextIdle);
            idle.erase(idle.begin() + qsizetype(nextIdle));
            c->dueNs = due.dequeue();
            ++f.sent;
            send(*c, "GET", path, {}, c->cookie, answered);
        }
    };
    qint64 issued = 0;
    QTimer pace;
    pace.setTimerType(Qt::PreciseTimer);
    pace.setInterval(1);
    connect(&pace, &QTimer::timeout, &loop, [&] {
        const qint64 now = nowNs();
        while (issued < total && startNs + qint64(double(issued) * intervalNs) <= now)
            due.enqueue(startNs + qint64(double(issued++) * intervalNs));
        if (issued == total)
            pace.stop();
        dispatch();
    });
    pace.start();
    // Give up waiting 30 s after the last request was due.
    QTimer::singleShot(seconds * 1000 + 30000, &loop, &QEventLoop::quit);
    loop.exec();
    pace.stop();
    f.unanswered = total - f.answered;
    f.seconds = double(lastAnswerNs - startNs) / 1e9;
    std::sort(f.latenciesUs.begin(), f.latenciesUs.end());
    // Late answers must not call into this stack frame any more.
    for (auto &c : m_connections)
        if (c->done) {
            c->done = nullptr;
            c->socket->abort();
        }
    return f;
}

LoadFigures HttpLoadClient::closedLoop(const QByteArray &path, int seconds) {
    LoadFigures f;
    QEventLoop loop;
    const qint64 startNs = nowNs();
    const qint64 endNs = startNs + qint64(seconds) * 1000000000;
    qint64 lastAnswerNs = startNs;
    int open = 0;
    Callback answered;
    const auto issue = [&](Connection &c) {
        c.dueNs = nowNs();
        ++f.sent;
        ++open;
        send(c, "GET", path, {}, c.cookie, answered);
    };
    answered = [&](Connection &c, const HttpAnswer &a) {
        const qint64 now = nowNs();
        --open;
        record(f, a, now - c.dueNs);
        lastAnswerNs = now;
        if (now < endNs)
            issue(c);
        else if (open == 0)
            loop.quit();
    };
    for (auto &c : m_connections)
        issue(*c);
    QTimer::singleShot(seconds * 1000 + 30000, &loop, &QEventLoop::quit);
    loop.exec();
    f.unanswered = f.sent - f.answered;
    f.seconds = double(lastAnswerNs - startNs) / 1e9;
    std::sort(f.latenciesUs.begin(), f.latenciesUs.end());
    for (auto &c : m_connections)
        if (c->done) {
            c->done = nullptr;
            c->socket->abort();
        }
    return f;
}

} // namespace DeskBridge::Bench
