// TicketRepository: an end user's ticket pages on a store large enough for page()'s walk
// down tickets_updated, checked against the same rows filtered and sorted in C++ (dense,
// medium and sparse visibility, ties in updated_at, later pages), and searches on such a store
// (common words found in the newest tickets, rare ones that need the general plan) checked
// against a C++ model of the search rule.
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
    void searchPagesOnALargeStore();
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

namespace {
// One ticket of the search model: its documents (subject, then comments) as word lists.
struct SearchTicket {
    Id id = 0;
    Id requester = 0;
    qint64 created = 0;
    qint64 updated = 0;
    QList<QStringList> documents;
    QList<bool> publicDocuments; // the subject and public comments: true
};

// The search rule: every word is the prefix of a word of one and the same document (the
// subject or one comment); an end user's search does not look at internal notes.
bool matches(const SearchTicket &t, const QStringList &words, bool endUser) {
    for (int d = 0; d < t.documents.size(); ++d) {
        if (endUser && !t.publicDocuments.at(d))
            continue;
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) {
            return std::any_of(t.documents.at(d).cbegin(), t.documents.at(d).cend(),
                               [&](const QString &token) { return token.startsWith(w); });
        });
        if (all)
            return true;
    }
    return false;
}
} // namespace

void TestTicketRepository::searchPagesOnALargeStore() {
    QTemporaryDir dir;
    Test::TestAccount a = Test::makeAccount(dir.path(), Plan::Enterprise);
    Instance &instance = *a.instance;
    Store::TicketRepository repo(instance.database());
    QRandomGenerator rng(7);
    const qint64 base = Clock::nowMs() - 100000000;
    const int total = 16000;
    QList<SearchTicket> model;
    const auto text = [&](double alpha, double beta) {
        QStringList out;
        for (int k = 0; k < 4; ++k)
            out << QStringLiteral("w%1").arg(rng.bounded(500));
        if (rng.bounded(1.0) < alpha)
            out[int(rng.bounded(4))] = QStringLiteral("alpha");
        if (rng.bounded(1.0) < beta)
            out[int(rng.bounded(4))] = QStringLiteral("beta");
        return out;
    };
    {
        Store::Transaction tx(instance.database());
        for (int i = 0; i < total; ++i) {
            SearchTicket m;
            m.requester = rng.bounded(2) == 0 ? a.endUser.id : a.admin.id;
            // Later tickets were updated later, four at a time (ties broken by id); creation
            // times are random, so the created order differs from the updated order.
            m.updated = base + qint64(i / 4) * 1000;
            m.created = base + qint64(rng.bounded(total)) * 1000;
            for (int d = 0; d < 3; ++d) {
                m.documents << text(0.3, 0.3);
                m.publicDocuments << (d < 2); // subject, public reply, internal note
            }
            // "gamma": dense among the oldest tickets, rare among the newest (fewer than a
            // page within the window page() tries first), in any of the three documents.
            if ((i < 3000 && i % 10 == 0) || i % 500 == 7)
                m.documents[int(rng.bounded(3))][0] = QStringLiteral("gamma");
            Ticket t;
            t.subject = m.documents.at(0).join(QLatin1Char(' '));
            t.requesterId = m.requester;
            t.createdAt = Clock::fromMs(m.created);
            t.updatedAt = Clock::fromMs(m.updated);
            m.id = repo.insert(t).value();
            for (int d = 1; d < 3; ++d) {
                Comment c;
                c.uuid = QStringLiteral("c-%1-%2").arg(i).arg(d);
                c.ticketId = m.id;
                c.authorId = a.agent.id;
                c.body = m.documents.at(d).join(QLatin1Char(' '));
                c.isPublic = m.publicDocuments.at(d);
                c.createdAt = t.createdAt;
                QVERIFY(repo.insertComment(c).ok());
            }
            model << m;
        }
        QVERIFY(tx.commit().ok());
    }

    struct Case {
        QString search;
        Store::TicketSort sort;
        bool descending;
        bool endUser;
        QString where;
        bool rare = false;
    };
    const QList<Case> cases = {
        {QStringLiteral("alpha beta"), Store::TicketSort::Updated, true, false, {}},
        {QStringLiteral("Alph BET"), Store::TicketSort::Updated, true, true, {}},
        {QStringLiteral("alpha beta"), Store::TicketSort::Updated, true, false,
         QStringLiteral("t.id % 3 <> 0")},
        {QStringLiteral("alpha beta"), Store::TicketSort::Created, false, false, {}},
        {QStringLiteral("beta alpha"), Store::TicketSort::Id, true, true, {}},
        {QStringLiteral("alpha beta"), Store::TicketSort::Subject, false, false, {}},
        {QStringLiteral("gam"), Store::TicketSort::Updated, true, false, {}, true},
        {QStringLiteral("gamma"), Store::TicketSort::Updated, true, true, {}, true},
        {QStringLiteral("gamma"), Store::TicketSort::Id, true, false, {}, true},
        {QStringLiteral("gamma"), Store::TicketSort::Id, false, false, {}},
    };
    const int newest = Store::TicketRepository::searchWindow + 50 * 50;
    for (const Case &c : cases) {
        const QString what = c.search + (c.endUser ? QStringLiteral(" (end user)") : QString());
        const QStringList words = c.search.toLower().split(QLatin1Char(' '));
        QList<SearchTicket> expected;
        for (const SearchTicket &t : std::as_const(model)) {
            if (c.endUser && t.requester != a.endUser.id)
                continue;
            if (!c.where.isEmpty() && t.id % 3 == 0)
                continue;
            if (matches(t, words, c.endUser))
                expected << t;
        }
        const auto key = [&](const SearchTicket &t) {
            switch (c.sort) {
            case Store::TicketSort::Created:
                return t.created;
            case Store::TicketSort::Updated:
                return t.updated;
            default:
                return t.id;
            }
        };
        if (c.sort == Store::TicketSort::Subject) {
            std::sort(
                expected.begin(), expected.end(), [](const SearchTicket &x, const SearchTicket &y) {
                    const int order =
                        x.documents.at(0)
                            .join(QLatin1Char(' '))
                            .compare(y.documents.at(0).join(QLatin1Char(' ')), Qt::CaseInsensitive);
                    return order != 0 ? order < 0 : x.id < y.id;
                });
        } else {
            std::sort(expected.begin(), expected.end(),
                      [&](const SearchTicket &x, const SearchTicket &y) {
                          const auto kx = std::pair(key(x), x.id), ky = std::pair(key(y), y.id);
                          return c.descending ? kx > ky : kx < ky;
                      });
        }
        // The common words fill the first page from the newest tickets (in the list's order)
        // that page() tests first; the rare ones do not, so it must fall back to collecting
        // every hit.
        if (c.sort != Store::TicketSort::Subject) {
            QList<SearchTicket> all = model;
            std::sort(all.begin(), all.end(), [&](const SearchTicket &x, const SearchTicket &y) {
                const auto kx = std::pair(key(x), x.id), ky = std::pair(key(y), y.id);
                return c.descending ? kx > ky : kx < ky;
            });
            QSet<Id> window;
            for (const SearchTicket &t : all.mid(0, newest))
                window << t.id;
            const auto inWindow =
                std::count_if(expected.cbegin(), expected.cend(),
                              [&](const SearchTicket &t) { return window.contains(t.id); });
            QVERIFY2(c.rare ? inWindow < 50 : inWindow >= 100, qPrintable(what));
        }
        Store::TicketQuery q;
        q.search = c.search;
        q.sort = c.sort;
        q.descending = c.descending;
        q.visibleTo = c.endUser ? a.endUser.id : 0;
        if (!c.where.isEmpty())
            q.where = c.where;
        QCOMPARE(repo.count(q), int(expected.size()));
        for (int offset : {0, 50, 100, 2000}) {
            QList<Id> got, want;
            for (const TicketRow &r : repo.page(q, offset, 50))
                got << r.id;
            for (const SearchTicket &t : expected.mid(offset, 50))
                want << t.id;
            QVERIFY2(got == want, qPrintable(what + QStringLiteral(" at %1").arg(offset)));
        }
    }
}

QTEST_GUILESS_MAIN(TestTicketRepository)
#include "tst_ticketrepository.moc"
