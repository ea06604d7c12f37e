// deskbridge-bench rules [--updates N] [--tickets N] [--dir DIR] [--skip-triggers] [--skip-views]
//                       [--keep]
// 1. Triggers: 50 active triggers (a realistic mix: tags, organizations, groups, custom fields,
//    update type and channel, business hours, a few that fire) run by TriggerRunner over N ticket
//    updates as TicketFacts, purely in memory: updates/s and trigger evaluations/s.
// 2. Views: N tickets (tags, a custom field, shares for some) written through TicketRepository in
//    transactions of 10,000, then each built-in view and a five-condition custom view through
//    ViewService on a freshly opened connection: first page (100 rows) and count, in ms.
#include "app/Instance.h"
#include "app/rules/RuleCatalog.h"
#include "app/rules/TriggerRunner.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"
#include "models/domain/Clock.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/SharingRepository.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"
#include "tests/bench/Benches.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

namespace DeskBridge::Bench {

using namespace Domain;

namespace {

const char *const kTags[] = {
    "kettle", "toaster", "mixer",    "warranty",         "broken", "leaks", "delivery", "invoice",
    "refund", "display", "garantie", "garantieanspruch", "defekt", "vip",   "rma",      "spam"};
constexpr int kTagCount = int(sizeof(kTags) / sizeof(kTags[0]));

double msSince(const QElapsedTimer &t) {
    return double(t.nsecsElapsed()) / 1e6;
}

struct Options {
    qint64 updates = 1000000;
    int tickets = 1000000;
    QString dir;
    bool triggers = true;
    bool views = true;
    bool keep = false; // leave the generated account on disk (to look at query plans)
};

Options parse(const QStringList &args) {
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString next = args.value(i + 1);
        if (a == QLatin1String("--updates"))
            o.updates = next.toLongLong();
        else if (a == QLatin1String("--tickets"))
            o.tickets = next.toInt();
        else if (a == QLatin1String("--dir"))
            o.dir = next;
        else if (a == QLatin1String("--skip-triggers"))
            o.triggers = false;
        else if (a == QLatin1String("--skip-views"))
            o.views = false;
        else if (a == QLatin1String("--keep"))
            o.keep = true;
    }
    return o;
}

// ---- 1. triggers ------------------------------------------------------------------------------

QList<Rules::CompiledTrigger> fiftyTriggers(const Rules::RuleCatalog &catalog) {
    QList<Rules::Trigger> triggers;
    const auto add = [&](const Rules::Condition &c, const Rules::ActionList &a) {
        triggers.append(
            {triggers.size() + 1, QStringLiteral("T%1").arg(triggers.size() + 1), c, a});
    };
    using C = Rules::Condition;
    using A = Rules::ActionList;
    const QString is = QStringLiteral("is");
    // 10: organization -> tags, priority, group (each org its own trigger)
    for (int org = 1; org <= 10; ++org)
        add(C().addAll(QStringLiteral("organization_id"), is, org)
                .addAll(QStringLiteral("update_type"), is, QStringLiteral("Create")),
            A().add(QStringLiteral("add_tags"), QStringLiteral("org%1").arg(org))
                .add(QStringLiteral("group_id"), 1 + org % 5));
    // 10: tag routing on updates by agents (not via sharing)
    for (int i = 0; i < 10; ++i)
        add(C().addAll(QStringLiteral("tags"), QStringLiteral("includes"),
                       QString::fromLatin1(kTags[i]))
                .addAll(QStringLiteral("current_via"), QStringLiteral("is_not"),
                        QStringLiteral("sharing"))
                .addAll(QStringLiteral("status"), QStringLiteral("less_than"),
                        QStringLiteral("solved")),
            A().add(QStringLiteral("add_tags"), QStringLiteral("routed_%1").arg(i)));
    // 10: priority escalation by group and type
    for (int g = 1; g <= 5; ++g)
        for (const char *type : {"incident", "problem"})
            add(C().addAll(QStringLiteral("group_id"), is, g)
                    .addAll(QStringLiteral("type"), is, QString::fromLatin1(type))
                    .addAny(QStringLiteral("priority"), is, QStringLiteral("high"))
                    .addAny(QStringLiteral("tags"), QStringLiteral("includes"),
                            QStringLiteral("vip")),
                A().add(QStringLiteral("priority"), QStringLiteral("urgent")));
    // 10: custom field values
    for (int i = 0; i < 10; ++i)
        add(C().addAll(QStringLiteral("custom_fields_1"), is, QStringLiteral("product%1").arg(i))
                .addAll(QStringLiteral("tags"), QStringLiteral("not_includes"),
                        QStringLiteral("checked")),
            A().add(QStringLiteral("add_tags"), QStringLiteral("checked")));
    // 5: business hours and sharing
    add(C().addAll(QStringLiteral("within_business_hours"), is, false)
            .addAll(QStringLiteral("update_type"), is, QStringLiteral("Create")),
        A().add(QStringLiteral("add_tags"), QStringLiteral("after_hours")));
    add(C().addAll(QStringLiteral("received_from"), is, 3)
            .addAll(QStringLiteral("status"), is, QStringLiteral("new")),
        A().add(QStringLiteral("group_id"), 2));
    add(C().addAll(QStringLiteral("update_type"), is, QStringLiteral("Create"))
            .addAll(QStringLiteral("tags"), QStringLiteral("includes"),
                    QStringLiteral("garantieanspruch")),
        A().add(QStringLiteral("share_ticket"), 1));
    add(C().addAll(QStringLiteral("share_state"), is, QStringLiteral("orphaned"))
            .addAll(QStringLiteral("status"), QStringLiteral("less_than"),
                    QStringLiteral("solved")),
        A().add(QStringLiteral("add_tags"), QStringLiteral("orphan_open")));
    add(C().addAll(QStringLiteral("updated_hours_ago"), QStringLiteral("greater_than"), 48)
            .addAll(QStringLiteral("status"), is, QStringLiteral("pending")),
        A().add(QStringLiteral("status"), QStringLiteral("open")));
    // 5: requester and assignee rules
    for (int i = 0; i < 5; ++i)
        add(C().addAll(QStringLiteral("requester_id"), is, 100 + i)
                .addAll(QStringLiteral("assignee_id"), is, QJsonValue()),
            A().add(QStringLiteral("assignee_id"), 1 + i));

    QList<Rules::CompiledTrigger> out;
    for (const Rules::Trigger &t : std::as_const(triggers)) {
        auto c = t.compile(catalog);
        if (!c)
            qFatal("bench trigger %lld: %s", t.id, qPrintable(c.error()));
        out.append(std::move(c).value());
    }
    return out;
}

void benchTriggers(QTextStream &out, qint64 updates) {
    Rules::RuleCatalog catalog;
    for (int g = 1; g <= 10; ++g)
        catalog.addGroup(g);
    for (int o = 1; o <= 100; ++o)
        catalog.addOrganization(o);
    for (int u = 1; u <= 200; ++u)
        catalog.addUser({u, u <= 20 ? Role::Agent : Role::EndUser, {}});
    catalog.addAgreement({1, AgreementDirection::Outbound, AgreementStatus::Accepted, {}});
    catalog.addAgreement({3, AgreementDirection::Inbound, AgreementStatus::Accepted, {}});
    catalog.addCustomField({1, FieldType::Dropdown, {}});
    const Rules::TriggerRunner runner(fiftyTriggers(catalog));
    auto hours = Rules::BusinessHours::fromJson(
        R"({"time_zone":"Europe/Berlin","intervals":[{"day":1,"start":"08:00","end":"18:00"},
        {"day":2,"start":"08:00","end":"18:00"},{"day":3,"start":"08:00","end":"18:00"},
        {"day":4,"start":"08:00","end":"18:00"},{"day":5,"start":"08:00","end":"16:00"}]})");

    // A pool of updates with a realistic spread, reused round-robin.
    QRandomGenerator rng(11);
    const QDateTime now = QDateTime(QDate(2024, 6, 5), QTime(10, 0), Qt::UTC);
    QList<Rules::TicketFacts> pool;
    for (int i = 0; i < 4096; ++i) {
        Rules::TicketFacts f;
        f.ticketId = i + 1;
        f.isCreate = rng.bounded(4) == 0;
        f.status = TicketStatus(rng.bounded(5));
        f.priority = Priority(rng.bounded(4));
        f.type = TicketType(rng.bounded(4));
        f.groupId = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(10);
        f.assigneeId = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(20);
        f.requesterId = 21 + rng.bounded(180);
        f.organizationId = rng.bounded(3) == 0 ? 0 : 1 + rng.bounded(100);
        for (int t = 0; t < 3; ++t)
            f.tags.insert(QString::fromLatin1(kTags[rng.bounded(kTagCount)]));
        if (rng.bounded(2) == 0)
            f.customFields.insert(1, QStringLiteral("product%1").arg(rng.bounded(40)));
        f.currentVia = rng.bounded(5) == 0 ? Channel::Sharing : Channel::Console;
        if (rng.bounded(10) == 0)
            f.shares.append({rng.bounded(2) ? 1 : 3,
                             rng.bounded(2) ? ShareDirection::Outgoing : ShareDirection::Incoming,
                             rng.bounded(4) ? ShareState::Active : ShareState::Orphaned,
                             now.addSecs(-qint64(rng.bounded(200000)))});
        f.createdAt = now.addSecs(-qint64(rng.bounded(1000000)));
        f.updatedAt = now.addSecs(-qint64(rng.bounded(500000)));
        pool.append(f);
    }

    qint64 fired = 0, passes = 0, evaluations = 0;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < updates; ++i) {
        const Rules::TicketFacts &f = pool.at(int(i & 4095));
        // Each update happens at its own moment (business hours are looked up per update).
        const Rules::TriggerRunResult r = runner.run(f, now.addSecs(i % 604800), *hours);
        fired += r.fired.size();
        passes += r.passes;
        // Each pass tests the triggers that have not fired in an earlier pass.
        for (int p = 1; p <= r.passes; ++p) {
            qint64 firedBefore = 0;
            for (const Rules::FiredTrigger &ft : r.fired)
                firedBefore += ft.pass < p ? 1 : 0;
            evaluations += runner.triggers().size() - firedBefore;
        }
    }
    const double seconds = msSince(timer) / 1000.0;
    out << QStringLiteral("triggers: %1 active triggers, %2 updates in %3 s")
               .arg(runner.triggers().size())
               .arg(updates)
               .arg(seconds, 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("  updates: %1 /s; trigger evaluations: %2 /s   (target >= 200000)")
               .arg(updates / seconds, 0, 'f', 0)
               .arg(evaluations / seconds, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  %1 firings, %2 passes per update on average")
               .arg(fired)
               .arg(double(passes) / double(std::max<qint64>(1, updates)), 0, 'f', 2)
        << Qt::endl;
}

// ---- 2. views ---------------------------------------------------------------------------------

int benchViews(QTextStream &out, const Options &o) {
    QTemporaryDir tmp(o.dir.isEmpty()
                          ? QDir::tempPath() + QStringLiteral("/deskbridge-rules-XXXXXX")
                          : o.dir + QStringLiteral("/rules-XXXXXX"));
    const QString dataDir = tmp.filePath(QStringLiteral("account"));
    if (o.keep) {
        tmp.setAutoRemove(false);
        out << "keeping " << dataDir << Qt::endl;
    }
    auto opened = Instance::open(dataDir);
    if (!opened) {
        out << "cannot open store: " << opened.error() << Qt::endl;
        return 1;
    }
    Instance &instance = *opened.value();
    const User admin = instance.accounts()
                           .initialize(QStringLiteral("Bench"), Plan::Enterprise,
                                       QStringLiteral("Admin"), QStringLiteral("admin@bench.test"))
                           .value();
    QList<Id> agents{admin.id}, requesters, groups, orgs;
    for (int i = 0; i < 19; ++i) {
        User u;
        u.name = QStringLiteral("Agent %1").arg(i);
        u.email = QStringLiteral("agent%1@bench.test").arg(i);
        u.role = Role::Agent;
        agents << instance.users().create(admin, u)->id;
    }
    for (int i = 0; i < 200; ++i) {
        User u;
        u.name = QStringLiteral("Customer %1").arg(i);
        u.email = QStringLiteral("customer%1@bench.test").arg(i);
        requesters << instance.users().create(admin, u)->id;
    }
    for (int i = 0; i < 10; ++i)
        groups << instance.groups().create(admin, QStringLiteral("Group %1").arg(i))->id;
    Store::OrganizationRepository orgRepo(instance.database());
    for (int i = 0; i < 100; ++i) {
        Organization org;
        org.name = QStringLiteral("Org %1").arg(i);
        org.createdAt = org.updatedAt = Clock::now();
        orgs << orgRepo.insert(org).value();
    }
    CustomField product{0, {}, QStringLiteral("Product"), FieldType::Dropdown, {}, 0, true, {}};
    for (int i = 0; i < 20; ++i)
        product.options << QStringLiteral("product%1").arg(i);
    const Id productField = instance.fields().create(admin, product)->id;
    Store::SharingRepository sharing(instance.database());
    QList<Id> outbound, inbound;
    for (int i = 0; i < 4; ++i) {
        Agreement a;
        a.uuid = QStringLiteral("%1").arg(i, 40, 10, QLatin1Char('0'));
        a.name = QStringLiteral("Partner %1").arg(i);
        a.direction = i < 2 ? AgreementDirection::Outbound : AgreementDirection::Inbound;
        a.partnerUrl = QStringLiteral("https://partner%1.invalid/sharing").arg(i);
        a.accessKey = a.uuid;
        a.status = AgreementStatus::Accepted;
        a.createdAt = a.updatedAt = Clock::now();
        (i < 2 ? outbound : inbound) << sharing.insertAgreement(a).value();
    }
    Q_EMIT instance.changes().agreementsChanged();
    Q_EMIT instance.changes().organizationsChanged();

    out << QStringLiteral("views: %1 tickets (2 tags, a custom field on half, shares on 5%)")
               .arg(o.tickets)
        << Qt::endl;
    Store::TicketRepository repo(instance.database());
    QRandomGenerator rng(42);
    const qint64 nowMs = Clock::nowMs();
    const qint64 base = nowMs - qint64(o.tickets) * 1000;
    QElapsedTimer timer;
    timer.start();
    int shares = 0;
    for (int start = 0; start < o.tickets; start += 10000) {
        Store::Transaction tx(instance.database());
        const int end = std::min(o.tickets, start + 10000);
        for (int i = start; i < end; ++i) {
            Ticket t;
            t.subject = QStringLiteral("Ticket %1 %2")
                            .arg(i)
                            .arg(QString::fromLatin1(kTags[rng.bounded(kTagCount)]));
            t.status = TicketStatus(rng.bounded(6));
            t.priority = Priority(rng.bounded(4));
            t.type = TicketType(rng.bounded(4));
            t.requesterId = requesters.at(int(rng.bounded(requesters.size())));
            t.organizationId = rng.bounded(10) < 3 ? 0 : orgs.at(int(rng.bounded(orgs.size())));
            t.groupId = rng.bounded(10) < 2 ? 0 : groups.at(int(rng.bounded(groups.size())));
            t.assigneeId = rng.bounded(10) < 3 ? 0 : agents.at(int(rng.bounded(agents.size())));
            t.createdAt = Clock::fromMs(base + qint64(i) * 1000);
            t.updatedAt = Clock::fromMs(base + qint64(i) * 1000 + rng.bounded(3600) * 1000);
            const QString a = QString::fromLatin1(kTags[rng.bounded(kTagCount)]);
            const QString b = QString::fromLatin1(kTags[rng.bounded(kTagCount)]);
            t.tags = a == b ? QStringList{a} : QStringList{std::min(a, b), std::max(a, b)};
            if (rng.bounded(2) == 0)
                t.fields.insert(productField, QStringLiteral("product%1").arg(rng.bounded(20)));
            const Id id = repo.insert(t).value();
            const int r = int(rng.bounded(1000));
            if (r < 50) { // 5% shared: 3% outgoing, 1.5% incoming, 0.5% orphaned
                TicketShare s;
                s.ticketId = id;
                const bool outgoing = r < 30 || r >= 45;
                s.agreementId = outgoing ? outbound.at(r % 2) : inbound.at(r % 2);
                s.direction = outgoing ? ShareDirection::Outgoing : ShareDirection::Incoming;
                s.state = r >= 45 ? ShareState::Orphaned : ShareState::Active;
                s.remoteUuid = QStringLiteral("r%1").arg(id);
                s.sharedAt = s.updatedAt = t.createdAt;
                (void)sharing.insertShare(s);
                ++shares;
            }
        }
        if (Status s = tx.commit(); !s) {
            out << "commit failed: " << s.error() << Qt::endl;
            return 1;
        }
    }
    out << QStringLiteral("  written through TicketRepository: %1 tickets/s (%2 shares)")
               .arg(o.tickets / (msSince(timer) / 1000.0), 0, 'f', 0)
               .arg(shares)
        << Qt::endl;

    // The five-condition custom view, created through the service like an admin would.
    Services::ViewDraft custom;
    custom.title = QStringLiteral("Open warranty kettles of group 3");
    custom.condition
        .addAll(QStringLiteral("status"), QStringLiteral("less_than"), QStringLiteral("solved"))
        .addAll(QStringLiteral("priority"), QStringLiteral("greater_than"), QStringLiteral("low"))
        .addAll(QStringLiteral("group_id"), QStringLiteral("is"), groups.at(2))
        .addAll(QStringLiteral("tags"), QStringLiteral("includes"),
                QStringLiteral("warranty kettle"))
        .addAll(QStringLiteral("custom_fields_%1").arg(productField), QStringLiteral("is_not"),
                QStringLiteral("product0"));
    const auto view = instance.views().create(admin, custom);
    if (!view) {
        out << "custom view refused: " << view.error() << Qt::endl;
        return 1;
    }
    const QString customKey = view->key();
    const User agent = *instance.users().find(agents.at(1));
    opened.value().reset();

    // Cold-ish: a fresh connection, as the console opens it.
    auto reopened = Instance::open(dataDir);
    Services::ViewService &views = reopened.value()->views();
    out << QStringLiteral("  %1 | %2 | %3 | %4")
               .arg(QStringLiteral("view"), -34)
               .arg(QStringLiteral("first page (100)"), 18)
               .arg(QStringLiteral("count"), 18)
               .arg(QStringLiteral("tickets"))
        << Qt::endl;
    for (const Services::ViewDefinition &v : views.views(agent)) {
        const auto q = views.query(agent, v.key);
        if (!q) {
            out << "  " << v.key << ": " << q.error() << Qt::endl;
            continue;
        }
        timer.restart();
        const auto page = views.page(*q, 0, 100);
        const double pageMs = msSince(timer);
        timer.restart();
        const int count = views.count(*q);
        const double countMs = msSince(timer);
        // Warm: the same again (statements prepared, pages cached).
        timer.restart();
        (void)views.page(*q, 0, 100);
        const double pageWarm = msSince(timer);
        timer.restart();
        (void)views.count(*q);
        const double countWarm = msSince(timer);
        out << QStringLiteral("  %1 | %2 | %3 | %4")
                   .arg(v.key == customKey ? QStringLiteral("custom (5 conditions)") : v.key, -34)
                   .arg(
                       QStringLiteral("%1 / %2 ms").arg(pageMs, 0, 'f', 1).arg(pageWarm, 0, 'f', 1),
                       18)
                   .arg(QStringLiteral("%1 / %2 ms")
                            .arg(countMs, 0, 'f', 1)
                            .arg(countWarm, 0, 'f', 1),
                        18)
                   .arg(count)
            << (page.isEmpty() && count > 0 ? " (page empty!)" : "") << Qt::endl;
    }
    out << QStringLiteral("  (first / second run; targets: first page < 50 ms, count < 100 ms)")
        << Qt::endl;
    return 0;
}

} // namespace

int rules(const QStringList &args) {
    QTextStream out(stdout);
    const Options o = parse(args);
    if (o.triggers)
        benchTriggers(out, o.updates);
    if (o.views)
        return benchViews(out, o);
    return 0;
}

} // namespace DeskBridge::Bench
