// deskbridge-bench helpcenter [--tickets N] [--rate R] [--seconds S] [--clients C] [--dir DIR]
//                            [--keep]
// An account whose organization (members see all its tickets) holds N tickets (default
// 100,000; a tenth as many more belong to another organization), an end user of it with a Help
// Center password, and the real server: SharingHost (HTTPS server + Help Center handler in its
// own thread). C clients (default 16 kept-alive TLS connections, raw HTTP/1.1, in a client
// thread) sign in, each with its own session cookie, and load GET /hc/organization-requests:
//  1. open loop: R requests per second (default 200) for S seconds (default 10); latency is
//     counted from when each request was due;
//  2. closed loop: as fast as the answers come, for S seconds (the throughput ceiling);
//  3. the same closed loop on /hc/assets/style.css: what TLS + HTTP + the server cost alone.
// Beside them, the service calls alone (in this thread, on a second connection): what SQL costs.
// Prints requests/s, p50/p95/p99/max and every non-200 answer; asserts nothing.
#include "app/Instance.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"
#include "app/sharing/SharingHost.h"
#include "models/domain/Clock.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"
#include "tests/bench/Benches.h"
#include "tests/bench/HttpLoadClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

namespace DeskBridge::Bench {

using namespace Domain;

namespace {
const QString kPassword = QStringLiteral("bench-password-1");
const QString kReader = QStringLiteral("reader@kunde.test");

int intOption(const QStringList &args, const QString &name, int fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

double msSince(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// The account: the measured organization with `tickets` tickets by 50 of its members, another
// organization with a tenth as many, and the reader (a member of the first) with a password.
bool fill(Instance &instance, int tickets, Id *orgId, QTextStream &out) {
    auto admin = instance.accounts().initialize(QStringLiteral("Bench Help Center"),
                                                Plan::Enterprise, QStringLiteral("Ada Admin"),
                                                QStringLiteral("ada@bench.test"));
    if (!admin) {
        out << "account: " << admin.error() << Qt::endl;
        return false;
    }
    QList<Id> orgs;
    for (const auto &[name, domain] :
         {std::pair{"Kunde GmbH", "kunde.test"}, std::pair{"Other AG", "other.test"}}) {
        Organization o;
        o.name = QString::fromLatin1(name);
        o.domains = {QString::fromLatin1(domain)};
        o.sharingMode = SharingMode::ViewAll;
        auto created = instance.organizations().create(*admin, o);
        if (!created) {
            out << "organization: " << created.error() << Qt::endl;
            return false;
        }
        orgs << created->id;
    }
    *orgId = orgs.at(0);
    QElapsedTimer timer;
    timer.start();
    Store::Transaction tx(instance.database());
    QList<Id> requesters[2];
    for (int i = 0; i < 100; ++i) {
        User u;
        u.name = QStringLiteral("Requester %1").arg(i);
        u.email = i == 0 ? kReader
                         : QStringLiteral("r%1@%2").arg(i).arg(
                               i % 2 ? QStringLiteral("other.test") : QStringLiteral("kunde.test"));
        auto user = instance.users().insertValidated(u, {orgs.at(i % 2)});
        if (!user) {
            out << "user: " << user.error() << Qt::endl;
            return false;
        }
        requesters[i % 2] << user->id;
    }
    Store::TicketRepository repo(instance.database());
    QRandomGenerator rng(7);
    const int others = tickets / 10;
    const qint64 base = Clock::nowMs() - qint64(tickets + others) * 1000;
    for (int i = 0; i < tickets + others; ++i) {
        // Every eleventh ticket is the other organization's, spread over time.
        const int side = others > 0 && i % 11 == 10 ? 1 : 0;
        Ticket t;
        t.subject =
            QStringLiteral("Printer on floor %1 does not print <%2> & more").arg(i % 9).arg(i);
        t.status = TicketStatus(rng.bounded(5));
        t.channel = Channel::Portal;
        t.requesterId = requesters[side].at(int(rng.bounded(requesters[side].size())));
        t.organizationId = orgs.at(side);
        t.createdAt = t.updatedAt = Clock::fromMs(base + qint64(i) * 1000);
        if (auto id = repo.insert(t); !id) {
            out << "insert: " << id.error() << Qt::endl;
            return false;
        }
    }
    if (Status s = tx.commit(); !s) {
        out << "commit: " << s.error() << Qt::endl;
        return false;
    }
    out << QStringLiteral("  %1 + %2 tickets written in %3 s (one transaction)")
               .arg(tickets)
               .arg(others)
               .arg(msSince(timer) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    const User reader = *instance.users().findByEmail(kReader);
    if (Status s = instance.helpCenter().setPassword(*admin, reader.id, kPassword); !s) {
        out << "set-password: " << s.error() << Qt::endl;
        return false;
    }
    return true;
}

// The service calls behind the page, alone: SQL and the mapping to rows, no HTTP, no HTML.
void serviceTimes(Instance &instance, Id orgId, QTextStream &out) {
    const User reader = *instance.users().findByEmail(kReader);
    auto &hc = instance.helpCenter();
    QElapsedTimer t;
    t.start();
    auto first = hc.organizationRequests(reader, orgId);
    const double coldMs = msSince(t);
    QList<double> warm;
    for (int i = 0; i < 50; ++i) {
        t.restart();
        first = hc.organizationRequests(reader, orgId);
        warm << msSince(t);
    }
    std::sort(warm.begin(), warm.end());
    t.restart();
    const auto orgs = hc.organizations(reader);
    const double orgsMs = msSince(t);
    double nextMs = -1;
    if (first && !first.value->nextCursor.isEmpty()) {
        t.restart();
        (void)hc.organizationRequests(reader, orgId, first.value->nextCursor);
        nextMs = msSince(t);
    }
    t.restart();
    (void)hc.myRequests(reader);
    const double mineMs = msSince(t);
    out << QStringLiteral("  service alone: organizationRequests %1 ms cold, %2 ms median, %3 ms "
                          "max warm (%4 rows); next page %5 ms; organizations() %6 ms; "
                          "myRequests %7 ms")
               .arg(coldMs, 0, 'f', 2)
               .arg(warm.at(warm.size() / 2), 0, 'f', 2)
               .arg(warm.last(), 0, 'f', 2)
               .arg(first ? first.value->rows.size() : -1)
               .arg(nextMs, 0, 'f', 2)
               .arg(orgsMs, 0, 'f', 2)
               .arg(mineMs, 0, 'f', 2)
        << Qt::endl;
}

void printFigures(QTextStream &out, const QString &what, const LoadFigures &f) {
    out << QStringLiteral("  %1: %2 requests in %3 s = %4 requests/s; p50 %5 ms, p95 %6 ms, p99 "
                          "%7 ms, max %8 ms; %9 KiB per page")
               .arg(what)
               .arg(f.answered)
               .arg(f.seconds, 0, 'f', 2)
               .arg(f.seconds > 0 ? double(f.answered) / f.seconds : 0.0, 0, 'f', 0)
               .arg(f.percentileMs(0.50), 0, 'f', 1)
               .arg(f.percentileMs(0.95), 0, 'f', 1)
               .arg(f.percentileMs(0.99), 0, 'f', 1)
               .arg(f.percentileMs(1.0), 0, 'f', 1)
               .arg(f.latenciesUs.isEmpty()
                        ? 0.0
                        : double(f.bodyBytes) / double(f.latenciesUs.size()) / 1024.0,
                    0, 'f', 1)
        << Qt::endl;
    QStringList errors;
    for (auto it = f.nonOk.cbegin(); it != f.nonOk.cend(); ++it)
        errors << (it.key() == 0 ? QStringLiteral("%1 broken connections").arg(it.value())
                                 : QStringLiteral("%1 x HTTP %2").arg(it.value()).arg(it.key()));
    if (f.unanswered)
        errors << QStringLiteral("%1 unanswered").arg(f.unanswered);
    out << "    errors (non-200): " << f.errors()
        << (errors.isEmpty()
                ? QString()
                : QStringLiteral(" (") + errors.join(QStringLiteral(", ")) + QLatin1Char(')'))
        << Qt::endl;
}

// Runs `work` in the client's thread and waits for it.
template <typename F> void inClientThread(HttpLoadClient &client, F work) {
    QMetaObject::invokeMethod(&client, work, Qt::BlockingQueuedConnection);
}
} // namespace

int helpcenter(const QStringList &args) {
    QTextStream out(stdout);
    const int tickets = intOption(args, QStringLiteral("--tickets"), 100000);
    const int rate = std::max(1, intOption(args, QStringLiteral("--rate"), 200));
    const int seconds = std::max(1, intOption(args, QStringLiteral("--seconds"), 10));
    const int clients = std::max(1, intOption(args, QStringLiteral("--clients"), 16));
    const qsizetype d = args.indexOf(QStringLiteral("--dir"));
    const QString parent = d >= 0 && d + 1 < args.size() ? args.at(d + 1) : QDir::tempPath();
    // The server logs every request at info level: not what is measured here.
    QLoggingCategory::setFilterRules(QStringLiteral("deskbridge.*=false"));
    QTemporaryDir tmp(parent + QStringLiteral("/deskbridge-hc-bench-XXXXXX"));
    if (args.contains(QStringLiteral("--keep"))) { // for EXPLAIN QUERY PLAN afterwards
        tmp.setAutoRemove(false);
        out << "store kept in " << tmp.path() << Qt::endl;
    }
    out << "helpcenter: Organization requests of an organization with " << tickets << " tickets; "
        << clients << " signed-in TLS clients; " << rate << " requests/s for " << seconds
        << " s, then as fast as they go" << Qt::endl;

    auto opened = Instance::open(tmp.path());
    if (!opened) {
        out << "cannot open store: " << opened.error() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Instance> instance = std::move(opened).value();
    Id orgId = 0;
    if (!fill(*instance, tickets, &orgId, out))
        return 1;
    serviceTimes(*instance, orgId, out);

    Sharing::SharingHost host(tmp.path());
    if (Status s = host.start(QStringLiteral("127.0.0.1:0")); !s) {
        out << "server: " << s.error() << Qt::endl;
        return 1;
    }
    QThread clientThread;
    clientThread.setObjectName(QStringLiteral("bench clients"));
    HttpLoadClient client(QStringLiteral("127.0.0.1"), host.port(), clients);
    client.moveToThread(&clientThread);
    clientThread.start();

    int rc = 0;
    QString problem;
    int signedIn = 0;
    QElapsedTimer t;
    t.start();
    inClientThread(client, [&] { signedIn = client.signInAll(kReader, kPassword, &problem); });
    out << QStringLiteral("  %1 of %2 clients signed in in %3 ms%4")
               .arg(signedIn)
               .arg(clients)
               .arg(msSince(t), 0, 'f', 0)
               .arg(problem.isEmpty() ? QString() : QStringLiteral(" (") + problem + u')')
        << Qt::endl;
    const QByteArray page = "/hc/organization-requests?org=" + QByteArray::number(orgId);
    if (signedIn == clients) {
        HttpAnswer check;
        inClientThread(client, [&] { check = client.fetch(page); });
        const qsizetype rows = check.body.count("class=\"request\"");
        out << QStringLiteral("  one page: HTTP %1, %2 bytes, %3 tr.request rows")
                   .arg(check.status)
                   .arg(check.body.size())
                   .arg(rows)
            << Qt::endl;
        LoadFigures open, closed, css;
        inClientThread(client, [&] { open = client.openLoop(page, rate, seconds); });
        printFigures(out, QStringLiteral("open loop at %1/s").arg(rate), open);
        inClientThread(client, [&] { closed = client.closedLoop(page, seconds); });
        printFigures(out, QStringLiteral("closed loop (max)"), closed);
        inClientThread(client, [&] { css = client.closedLoop("/hc/assets/style.css", seconds); });
        printFigures(out, QStringLiteral("closed loop on style.css (TLS+HTTP alone)"), css);
        out << QStringLiteral("  target: p99 < 50 ms at 200 requests/s with 0 errors: p99 %1 ms, "
                              "%2 errors -> %3")
                   .arg(open.percentileMs(0.99), 0, 'f', 1)
                   .arg(open.errors())
                   .arg(open.errors() == 0 && open.percentileMs(0.99) < 50.0 &&
                                !open.latenciesUs.isEmpty()
                            ? QStringLiteral("met")
                            : QStringLiteral("NOT met"))
            << Qt::endl;
        if (open.errors() || closed.errors())
            rc = 1;
    } else {
        rc = 1;
    }
    inClientThread(client, [&] {
        client.closeAll();
        client.moveToThread(QCoreApplication::instance()->thread()); // destroyed here
    });
    clientThread.quit();
    clientThread.wait();
    host.stop();
    return rc;
}

} // namespace DeskBridge::Bench
