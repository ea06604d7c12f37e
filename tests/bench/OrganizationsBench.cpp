// deskbridge-bench organizations [--users N] [--tickets N] [--org-tickets N] [--dir DIR] [--keep]
// 1. Imports N users (default 100,000) from a CSV file through ImportService, every new user
//    matched against 1,000 organizations' domains (exact and wildcard).
// 2. Fills a store with --tickets tickets (default 1,000,000) through TicketRepository in
//    10,000-row transactions, --org-tickets of them (default a tenth) in one organization
//    whose members may see all its tickets; then times, on a fresh connection, what an end
//    user of that organization sees first: the first page of their tickets and their count.
// Prints figures; asserts nothing.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/ImportService.h"
#include "app/services/OrganizationService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"
#include "models/domain/Clock.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"
#include "tests/bench/Benches.h"

#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

namespace DeskBridge::Bench {

using namespace Domain;

namespace {
constexpr int kOrganizations = 1000;

double msSince(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

int intOption(const QStringList &args, const QString &name, int fallback) {
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

std::unique_ptr<Instance> openAccount(const QString &dir, User &admin, QTextStream &out) {
    auto opened = Instance::open(dir);
    if (!opened) {
        out << "cannot open store: " << opened.error() << Qt::endl;
        return nullptr;
    }
    auto instance = std::move(opened).value();
    admin = instance->accounts()
                .initialize(QStringLiteral("Bench"), Plan::Enterprise, QStringLiteral("Admin"),
                            QStringLiteral("admin@bench.test"))
                .value();
    return instance;
}

int importUsers(const QString &dir, int users, QTextStream &out) {
    User admin;
    auto instance = openAccount(dir, admin, out);
    if (!instance)
        return 1;
    // Every tenth organization also takes subdomains; a few have a second domain.
    for (int i = 0; i < kOrganizations; ++i) {
        Organization o;
        o.name = QStringLiteral("Customer %1").arg(i);
        o.domains = {
            (i % 10 == 0 ? QStringLiteral(".kunde%1.test") : QStringLiteral("kunde%1.test"))
                .arg(i)};
        if (i % 50 == 0)
            o.domains << QStringLiteral("kunde%1.example").arg(i);
        if (auto created = instance->organizations().create(admin, o); !created) {
            out << "organization: " << created.error() << Qt::endl;
            return 1;
        }
    }
    // 80% of the addresses match a domain (some through a wildcard), the rest none.
    QRandomGenerator rng(7);
    QByteArray csv = "name,email,role,tags,external_id\n";
    csv.reserve(users * 60);
    for (int i = 0; i < users; ++i) {
        const int org = int(rng.bounded(kOrganizations));
        QByteArray domain;
        if (rng.bounded(5) == 0)
            domain = "elsewhere" + QByteArray::number(i % 997) + ".test";
        else if (org % 10 == 0 && rng.bounded(2))
            domain = "eu.kunde" + QByteArray::number(org) + ".test";
        else
            domain = "kunde" + QByteArray::number(org) + ".test";
        csv += "User " + QByteArray::number(i) + ",user" + QByteArray::number(i) + '@' + domain +
               ",end-user," + (i % 3 == 0 ? "vip" : "") + ",ext-" + QByteArray::number(i) + '\n';
    }
    out << "organizations: import " << users << " users (" << csv.size() / 1024
        << " KiB of CSV) against " << kOrganizations << " organizations' domains" << Qt::endl;
    QMap<Services::ImportPhase, double> phaseEnd;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    auto report = instance->imports().importUsers(
        admin, csv, {}, [&](Services::ImportPhase phase, qint64 done, qint64 total) {
            if (done == total)
                phaseEnd[phase] = msSince(timer);
        });
    const double total = msSince(timer);
    // The process's CPU time beside the wall clock: machines shared with builds stretch the
    // latter, rarely the former.
    const double cpu = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!report || !report->written) {
        out << "import failed: " << (report ? report->summary : report.error()) << Qt::endl;
        return 1;
    }
    out << QStringLiteral("  import: %1 ms (%2 users/s; %3 ms CPU)   (target < 5000 ms)")
               .arg(total, 0, 'f', 0)
               .arg(users / (total / 1000.0), 0, 'f', 0)
               .arg(cpu, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("    read+parse %1 ms, checks %2 ms, writes %3 ms")
               .arg(phaseEnd.value(Services::ImportPhase::Reading), 0, 'f', 0)
               .arg(phaseEnd.value(Services::ImportPhase::Checking) -
                        phaseEnd.value(Services::ImportPhase::Reading),
                    0, 'f', 0)
               .arg(phaseEnd.value(Services::ImportPhase::Writing) -
                        phaseEnd.value(Services::ImportPhase::Checking),
                    0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("    %1 created, %2 joined an organization by domain")
               .arg(report->created)
               .arg(report->joinedByDomain)
        << Qt::endl;
    return 0;
}

int visibility(const QString &dir, int tickets, int orgTickets, QTextStream &out) {
    User admin;
    auto instance = openAccount(dir, admin, out);
    if (!instance)
        return 1;
    // 100 organizations; the first is the one measured, shared with its members.
    QList<Id> orgs;
    for (int i = 0; i < 100; ++i) {
        Organization o;
        o.name = QStringLiteral("Org %1").arg(i);
        o.sharingMode = i == 0 ? SharingMode::ViewAll : SharingMode(i % 3);
        orgs << instance->organizations().create(admin, o)->id;
    }
    // 2,000 requesters, 20 per organization; the reader is one of the first organization's.
    QList<Id> requesters;
    QList<Id> requesterOrg;
    {
        Store::Transaction tx(instance->database());
        for (int i = 0; i < 2000; ++i) {
            User u;
            u.name = QStringLiteral("Requester %1").arg(i);
            u.email = QStringLiteral("r%1@org%2.test").arg(i).arg(i % 100);
            const Id org = orgs.at(i % 100);
            requesters << instance->users().insertValidated(u, {org})->id;
            requesterOrg << org;
        }
        if (Status s = tx.commit(); !s) {
            out << "users: " << s.error() << Qt::endl;
            return 1;
        }
    }
    const Id reader = requesters.at(0);

    out << "organizations: visibility for an end user whose organization has " << orgTickets
        << " of " << tickets << " tickets" << Qt::endl;
    Store::TicketRepository repo(instance->database());
    QRandomGenerator rng(42);
    const qint64 base = Clock::nowMs() - qint64(tickets) * 1000;
    const double share = double(orgTickets) / double(tickets);
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < tickets; start += 10000) {
        Store::Transaction tx(instance->database());
        const int end = std::min(tickets, start + 10000);
        for (int i = start; i < end; ++i) {
            Ticket t;
            t.subject = QStringLiteral("Ticket %1").arg(i);
            t.status = TicketStatus(rng.bounded(6));
            // Spread evenly over time, so the organization's tickets are among the newest too.
            const bool inOrg = rng.generateDouble() < share;
            int who = int(rng.bounded(requesters.size()));
            if (inOrg)
                who = int(rng.bounded(20)) * 100; // requesters of the first organization
            else if (who % 100 == 0)
                who += 1;
            t.requesterId = requesters.at(who);
            t.organizationId = requesterOrg.at(who);
            t.createdAt = t.updatedAt = Clock::fromMs(base + qint64(i) * 1000);
            if (auto id = repo.insert(t); !id) {
                out << "insert: " << id.error() << Qt::endl;
                return 1;
            }
        }
        if (Status s = tx.commit(); !s) {
            out << "commit failed: " << s.error() << Qt::endl;
            return 1;
        }
    }
    out << QStringLiteral("  generated in %1 s").arg(msSince(timer) / 1000.0, 0, 'f', 1)
        << Qt::endl;

    // A fresh connection, as the Help Center opens it.
    instance.reset();
    auto reopened = Instance::open(dir);
    Instance &fresh = *reopened.value();
    const User user = *fresh.users().find(reader);
    const Store::TicketQuery all = fresh.views().everything(user);
    timer.restart();
    const auto page = fresh.views().page(all, 0, 100);
    const double pageMs = msSince(timer);
    timer.restart();
    const int count = fresh.views().count(all);
    const double countMs = msSince(timer);
    timer.restart();
    const auto again = fresh.views().page(all, 0, 100);
    const double pageWarmMs = msSince(timer);
    Store::TicketQuery unsolved = all;
    unsolved.where = QStringLiteral("t.status < 4");
    timer.restart();
    const auto unsolvedPage = fresh.views().page(unsolved, 0, 100);
    const double unsolvedMs = msSince(timer);
    timer.restart();
    const auto next = fresh.views().page(all, 100, 100);
    const double secondPageMs = msSince(timer);
    timer.restart();
    const bool sees = fresh.tickets().canSee(user, page.isEmpty() ? 0 : page.first().id);
    const double canSeeMs = msSince(timer);
    out << QStringLiteral("  first page (100, newest first): %1 ms cold, %2 ms warm (%3 rows)   "
                          "(target < 20 ms)")
               .arg(pageMs, 0, 'f', 1)
               .arg(pageWarmMs, 0, 'f', 1)
               .arg(again.size())
        << Qt::endl;
    out << QStringLiteral("  count: %1 ms (%2 tickets visible)   (target < 100 ms)")
               .arg(countMs, 0, 'f', 1)
               .arg(count)
        << Qt::endl;
    out << QStringLiteral("  second page: %1 ms; first page of unsolved: %2 ms (%3 rows); "
                          "canSee one ticket: %4 ms (%5)")
               .arg(secondPageMs, 0, 'f', 1)
               .arg(unsolvedMs, 0, 'f', 1)
               .arg(unsolvedPage.size())
               .arg(canSeeMs, 0, 'f', 2)
               .arg(sees ? QStringLiteral("yes") : QStringLiteral("no"))
        << Qt::endl;
    Q_UNUSED(next);
    // The other end of the scale: someone whose organization shares nothing.
    const User loner = *fresh.users().find(requesters.at(3)); // Org 3 shares nothing
    const Store::TicketQuery own = fresh.views().everything(loner);
    timer.restart();
    const auto ownPage = fresh.views().page(own, 0, 100);
    const double ownPageMs = msSince(timer);
    timer.restart();
    const int ownCount = fresh.views().count(own);
    const double ownCountMs = msSince(timer);
    out << QStringLiteral("  an end user who sees only their own %1 tickets: first page %2 ms, "
                          "count %3 ms")
               .arg(ownCount)
               .arg(ownPageMs, 0, 'f', 1)
               .arg(ownCountMs, 0, 'f', 1)
        << Qt::endl;
    Q_UNUSED(ownPage);
    return 0;
}
} // namespace

int organizations(const QStringList &args) {
    QTextStream out(stdout);
    const int users = intOption(args, QStringLiteral("--users"), 100000);
    const int tickets = intOption(args, QStringLiteral("--tickets"), 1000000);
    const int orgTickets = intOption(args, QStringLiteral("--org-tickets"), tickets / 10);
    const qsizetype d = args.indexOf(QStringLiteral("--dir"));
    const QString parent = d >= 0 && d + 1 < args.size() ? args.at(d + 1) : QDir::tempPath();
    QTemporaryDir tmp(parent + QStringLiteral("/deskbridge-orgs-bench-XXXXXX"));
    if (args.contains(QStringLiteral("--keep"))) { // for EXPLAIN QUERY PLAN afterwards
        tmp.setAutoRemove(false);
        out << "stores kept in " << tmp.path() << Qt::endl;
    }
    int rc = 0;
    if (users > 0)
        rc |= importUsers(tmp.filePath(QStringLiteral("import")), users, out);
    if (tickets > 0)
        rc |= visibility(tmp.filePath(QStringLiteral("visibility")), tickets, orgTickets, out);
    return rc;
}

} // namespace DeskBridge::Bench
