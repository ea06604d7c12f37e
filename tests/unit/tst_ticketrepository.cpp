// TicketRepository: an end user's ticket pages on a store large enough for page()'s walk
// down tickets_updated, checked against the same rows filtered and sorted in C++ (dense,
// medium and sparse visibility, ties in updated_at, later pages).
#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"
#include "support/TestSupport.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace DeskBridge;
using namespace DeskBridge::Domain;

class TestTicketRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void endUserPagesOnALargeStore();
};

void TestTicketRepository::endUserPagesOnALargeStore() {
    QTemporaryDir dir;
    Test::TestAccount a = Test::makeAccount(dir.path(), Plan::Enterprise);
    Instance &instance = *a.instance;
    // Org 0 shares with its members (dense), org 1 too but has few tickets, org 2 not at all.
    QList<Id> orgs;
    QHash<Id, SharingMode> modes;
    for (int i = 0; i < 3; ++i) {
        Organization o;
        o.name = QStringLiteral("Org %1").arg(i);
        o.sharingMode = i == 2 ? SharingMode::OwnTickets : SharingMode::ViewAll;
        orgs << instance.organizations().create(a.admin, o)->id;
        modes.insert(orgs.last(), o.sharingMode);
    }
    QList<User> users;
    QHash<Id, Id> orgOf;
    for (int i = 0; i < 9; ++i) {
        User u;
        u.name = QStringLiteral("U%1").arg(i);
        u.email = QStringLiteral("u%1@kunde.test").arg(i);
        users << instance.users().create(a.agent, u).value();
        const Id org = orgs.at(i % 3);
        QVERIFY(instance.organizations().setMemberships(a.admin, users.last().id, {org}).ok());
        orgOf.insert(users.last().id, org);
    }
    struct Row {
        Id id;
        Id requester;
        Id organization;
        qint64 updated;
    };
    QList<Row> rows;
    QRandomGenerator rng(99);
    Store::TicketRepository repo(instance.database());
    const qint64 base = Clock::nowMs() - 1000000;
    {
        Store::Transaction tx(instance.database());
        for (int i = 0; i < 16000; ++i) {
            Ticket t;
            t.subject = QStringLiteral("T%1").arg(i);
            // 30% org 0, 0.3% org 1 (its members see too few for the walk), the rest org 2.
            const int pick = int(rng.bounded(1000));
            const int org = pick < 300 ? 0 : (pick < 303 ? 1 : 2);
            const User &requester = users.at(org + 3 * int(rng.bounded(3)));
            t.requesterId = requester.id;
            t.organizationId = rng.bounded(20) == 0 ? 0 : orgs.at(org);
            // Few distinct times: many ties, broken by id.
            t.createdAt = t.updatedAt = Clock::fromMs(base + qint64(rng.bounded(4000)) * 250);
            const Id id = repo.insert(t).value();
            rows.append({id, t.requesterId, t.organizationId, Clock::toMs(t.updatedAt)});
        }
        QVERIFY(tx.commit().ok());
    }
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        return x.updated != y.updated ? x.updated > y.updated : x.id > y.id;
    });
    for (const User &u : std::as_const(users)) {
        QList<Id> expected;
        for (const Row &r : std::as_const(rows))
            if (r.requester == u.id || (r.organization && r.organization == orgOf.value(u.id) &&
                                        modes.value(r.organization) != SharingMode::OwnTickets))
                expected << r.id;
        Store::TicketQuery q;
        q.visibleTo = u.id;
        QCOMPARE(repo.count(q), int(expected.size()));
        for (int offset : {0, 100, 2500}) {
            QList<Id> got;
            for (const TicketRow &r : repo.page(q, offset, 100))
                got << r.id;
            QCOMPARE(got, expected.mid(offset, 100));
        }
        // A view's own condition on top of the rule.
        q.where = QStringLiteral("t.id % 2 = 0");
        QList<Id> even;
        for (Id id : std::as_const(expected))
            if (id % 2 == 0)
                even << id;
        QList<Id> got;
        for (const TicketRow &r : repo.page(q, 0, 50))
            got << r.id;
        QCOMPARE(got, even.mid(0, 50));
    }
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
