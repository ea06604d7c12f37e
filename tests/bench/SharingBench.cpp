// deskbridge-bench sharing [--tickets N] [--updates N] [--rate PER_SECOND]
// Two accounts on 127.0.0.1, each with its SharingHost (HTTPS server + outbox worker in their
// own thread): share N tickets with 3 comments each and time it until the receiver committed
// the last one; then U comment updates each way at a paced rate, with the latency from the
// sender's commit to the receiver's commit (p50/p99). In the same run, the request rate of a
// bare HttpsServer echo over the same TLS, one request at a time like the outbox, as the
// ceiling.
#include "app/Instance.h"
#include "app/server/HttpsServer.h"
#include "app/services/AccountService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/sharing/SharingHost.h"
#include "app/sharing/SharingService.h"
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Clock.h"
#include "tests/bench/Benches.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace DeskBridge::Bench {

using namespace Domain;

namespace {
struct Side {
    std::unique_ptr<Instance> instance;
    User admin;
    std::unique_ptr<Sharing::SharingHost> host;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

Side makeSide(const QString &dir, const QString &name) {
    Side s;
    s.instance = std::move(Instance::open(dir)).value();
    s.admin = s.instance->accounts()
                  .initialize(name, Plan::Enterprise, QStringLiteral("Ada Admin"),
                              QStringLiteral("ada@%1.test").arg(name.toLower()))
                  .value();
    s.host = std::make_unique<Sharing::SharingHost>(dir);
    if (Status st = s.host->start(QStringLiteral("127.0.0.1:0")); !st)
        qFatal("%s", qPrintable(st.error()));
    s.host->link(s.instance->sharing());
    return s;
}

qint64 scalar(Instance &instance, const QString &sql) {
    QSqlQuery q(instance.database().connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// Sender comment times vs. the receiver's CommentAdded events for the same uuids.
QList<qint64> latencies(Instance &from, Instance &to, const QString &prefix) {
    QHash<QString, qint64> sent;
    QSqlQuery q(from.database().connection());
    q.prepare(QStringLiteral("SELECT uuid, created_at FROM comments WHERE body LIKE ?"));
    q.addBindValue(QString(prefix + QLatin1Char('%')));
    if (q.exec())
        while (q.next())
            sent.insert(q.value(0).toString(), q.value(1).toLongLong());
    QList<qint64> out;
    QSqlQuery r(to.database().connection());
    r.prepare(QStringLiteral("SELECT c.uuid, e.created_at FROM comments c JOIN ticket_events e "
                             "ON e.detail = c.uuid AND e.kind = 2 WHERE c.body LIKE ?"));
    r.addBindValue(QString(prefix + QLatin1Char('%')));
    if (r.exec())
        while (r.next())
            if (sent.contains(r.value(0).toString()))
                out.append(r.value(1).toLongLong() - sent.value(r.value(0).toString()));
    std::sort(out.begin(), out.end());
    return out;
}

qint64 percentile(const QList<qint64> &sorted, double p) {
    if (sorted.isEmpty())
        return -1;
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
}

// One request at a time over one kept-alive connection, like the outbox worker.
double echoRate(const QString &tlsDir, int requests) {
    auto identity = Sharing::TlsIdentity::load(tlsDir).value();
    Server::HttpsServer server(identity);
    server.addRoute(QStringLiteral("/echo"), [](const Server::HttpRequest &r) {
        return Server::HttpResponse::json(200, r.body);
    });
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    QNetworkAccessManager nam;
    const QByteArray body = R"({"comments":[{"uuid":"x","body":"echo"}]})";
    int done = 0;
    QEventLoop loop;
    QElapsedTimer t;
    std::function<void()> next = [&] {
        if (done == requests) {
            loop.quit();
            return;
        }
        QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1/echo").arg(server.port())));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = nam.sendCustomRequest(req, "PUT", body);
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply](const QList<QSslError> &) { reply->ignoreSslErrors(); });
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->deleteLater();
            ++done;
            next();
        });
    };
    t.start();
    next();
    loop.exec();
    return double(requests) / (double(t.nsecsElapsed()) / 1e9);
}
} // namespace

int sharing(const QStringList &args) {
    QTextStream out(stdout);
    int tickets = 10000;
    int updates = 10000;
    int rate = 500;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--tickets"))
            tickets = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--updates"))
            updates = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--rate"))
            rate = std::max(1, args.at(i + 1).toInt());
    }
    QLoggingCategory::setFilterRules(QStringLiteral("deskbridge.*=false"));
    QTemporaryDir tmp;
    Side a = makeSide(tmp.filePath(QStringLiteral("a")), QStringLiteral("Retailer"));
    Side b = makeSide(tmp.filePath(QStringLiteral("b")), QStringLiteral("Manufacturer"));

    Sharing::InviteRequest invite;
    invite.partnerUrl = b.host->sharingUrl();
    invite.name = QStringLiteral("Manufacturer");
    invite.fingerprint = b.host->fingerprint();
    const Agreement ab = a.instance->sharing().invite(a.admin, invite).value();
    waitFor([&] { return b.instance->sharing().findAgreement(ab.uuid).ok(); }, 30000);
    (void)b.instance->sharing().accept(b.admin, b.instance->sharing().findAgreement(ab.uuid)->id);
    waitFor([&] { return a.instance->sharing().findAgreement(ab.uuid)->isAccepted(); }, 30000);

    out << "sharing: " << tickets << " tickets x 3 comments, " << updates << " updates each way at "
        << rate << "/s" << Qt::endl;
    QElapsedTimer fill;
    fill.start();
    QList<Id> ids;
    for (int i = 0; i < tickets; ++i) {
        Services::NewTicket t;
        t.subject = QStringLiteral("Bench ticket %1").arg(i);
        t.comment = QStringLiteral("first comment of %1").arg(i);
        t.requesterEmail = QStringLiteral("customer%1@kunde.test").arg(i % 500);
        const Id id = a.instance->tickets().create(a.admin, t)->id;
        (void)a.instance->tickets().addComment(a.admin, id, QStringLiteral("second"), true);
        (void)a.instance->tickets().addComment(a.admin, id, QStringLiteral("third"), false);
        ids.append(id);
    }
    out << "  made the tickets in " << fill.elapsed() << " ms (not counted)" << Qt::endl;

    QElapsedTimer shareTimer;
    shareTimer.start();
    for (Id id : std::as_const(ids))
        (void)a.instance->sharing().share(a.admin, id, ab.id);
    const qint64 enqueued = shareTimer.elapsed();
    const bool allShared = waitFor(
        [&] {
            return scalar(*b.instance, QStringLiteral("SELECT count(*) FROM ticket_shares")) >=
                   tickets;
        },
        600000);
    const double shareSeconds = double(shareTimer.nsecsElapsed()) / 1e9;
    out << "  shares end to end: " << (allShared ? "" : "(INCOMPLETE) ")
        << QString::number(double(tickets) / shareSeconds, 'f', 0) << " tickets/s ("
        << QString::number(shareSeconds, 'f', 2) << " s; share() calls took " << enqueued << " ms)"
        << Qt::endl;
    const double shareRate = double(tickets) / shareSeconds;

    // Updates both ways at a paced rate, alternating A -> B and B -> A.
    QHash<Id, Id> copyOf; // A's ticket -> B's copy
    {
        QSqlQuery q(b.instance->database().connection());
        QHash<QString, Id> byUuid;
        if (q.exec(QStringLiteral("SELECT remote_uuid, ticket_id FROM ticket_shares")))
            while (q.next())
                byUuid.insert(q.value(0).toString(), q.value(1).toLongLong());
        for (Id id : std::as_const(ids))
            for (const TicketShare &s : a.instance->sharing().sharesOfTicket(id))
                copyOf.insert(id, byUuid.value(s.remoteUuid));
    }
    const User bAdmin = b.admin;
    int sent = 0;
    QElapsedTimer pace;
    pace.start();
    QEventLoop loop;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        const qint64 due = pace.elapsed() * rate * 2 / 1000;
        while (sent < due && sent < 2 * updates) {
            const Id t = ids.at((sent / 2) % ids.size());
            if (sent % 2 == 0)
                (void)a.instance->tickets().addComment(a.admin, t,
                                                       QStringLiteral("ab %1").arg(sent / 2), true);
            else
                (void)b.instance->tickets().addComment(bAdmin, copyOf.value(t),
                                                       QStringLiteral("ba %1").arg(sent / 2), true);
            ++sent;
        }
        if (sent >= 2 * updates)
            loop.quit();
    });
    tick.start();
    loop.exec();
    tick.stop();
    const auto arrived = [&](Instance &to, const char *prefix) {
        return scalar(to, QStringLiteral("SELECT count(*) FROM comments WHERE agreement_id IS NOT "
                                         "NULL AND body LIKE '%1%'")
                              .arg(QLatin1String(prefix)));
    };
    waitFor(
        [&] {
            return arrived(*b.instance, "ab ") >= updates && arrived(*a.instance, "ba ") >= updates;
        },
        600000);
    const auto abLat = latencies(*a.instance, *b.instance, QStringLiteral("ab "));
    const auto baLat = latencies(*b.instance, *a.instance, QStringLiteral("ba "));
    out << "  updates A->B: " << abLat.size() << " arrived, p50 " << percentile(abLat, 0.5)
        << " ms, p99 " << percentile(abLat, 0.99) << " ms" << Qt::endl;
    out << "  updates B->A: " << baLat.size() << " arrived, p50 " << percentile(baLat, 0.5)
        << " ms, p99 " << percentile(baLat, 0.99) << " ms" << Qt::endl;

    a.host->stop();
    b.host->stop();
    const double echo = echoRate(a.instance->tlsDir(), 3000);
    out << "  bare HttpsServer echo (same TLS, one at a time): " << QString::number(echo, 'f', 0)
        << " requests/s; shares reach " << QString::number(100.0 * shareRate / echo, 'f', 0)
        << " % of it" << Qt::endl;
    out << "  targets: >= 1000 shares/s, >= 40 % of echo, p50 < 20 ms, p99 < 100 ms" << Qt::endl;
    return 0;
}

} // namespace DeskBridge::Bench
