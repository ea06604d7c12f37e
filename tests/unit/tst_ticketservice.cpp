// TicketService: the one write path: role checks, validation, events, and all-or-nothing writes.
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"
#include "models/store/TicketRepository.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

class TestTicketService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createWritesTicketCommentAndEvents();
    void newRequesterBecomesEndUser();
    void updateRecordsEachChangeAsEvent();
    void invalidFieldValueWritesNothing();
    void endUserRules();
    void internalNotesNeverReachEndUsers();
    void closedTicketIsReadOnly();
    void assigneeMustBeStaff();
    void tagsAreNormalized();
    void viewsAndSearch();
    void changeSignalsAreEmitted();

private:
    int count(const QString &table);
    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
};

void TestTicketService::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path());
}

void TestTicketService::cleanup() {
    m_a = {};
    delete m_dir;
}

int TestTicketService::count(const QString &table) {
    QSqlQuery q(m_a.instance->database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    q.next();
    return q.value(0).toInt();
}

void TestTicketService::createWritesTicketCommentAndEvents() {
    NewTicket n;
    n.subject = QStringLiteral("Wasserkocher undicht");
    n.comment = QStringLiteral("Der Kocher tropft.");
    n.requesterId = m_a.endUser.id;
    n.priority = Priority::High;
    auto t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t->status, TicketStatus::New);
    const auto stored = m_a.instance->tickets().get(m_a.agent, t->id);
    QCOMPARE(stored->subject, n.subject);
    QCOMPARE(stored->priority, Priority::High);
    QCOMPARE(stored->requesterId, m_a.endUser.id);
    const auto comments = m_a.instance->tickets().comments(m_a.agent, t->id).value();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().body, n.comment);
    QCOMPARE(comments.first().authorName, m_a.agent.name);
    QCOMPARE(comments.first().uuid.size(), 40);
    const auto events = m_a.instance->tickets().events(m_a.agent, t->id).value();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, EventKind::Created);
    QCOMPARE(events.at(0).actorName, m_a.agent.name);
    QCOMPARE(events.at(1).kind, EventKind::CommentAdded);
}

void TestTicketService::newRequesterBecomesEndUser() {
    NewTicket n;
    n.subject = QStringLiteral("Hello");
    n.comment = QStringLiteral("Body");
    n.requesterEmail = QStringLiteral("new.person@kunde.test");
    auto t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY(t.ok());
    const auto u = m_a.instance->users().findByEmail(QStringLiteral("NEW.person@kunde.test"));
    QVERIFY(u.has_value());
    QCOMPARE(u->role, Role::EndUser);
    QCOMPARE(u->name, QStringLiteral("new.person"));
    QCOMPARE(t->requesterId, u->id);
}

void TestTicketService::updateRecordsEachChangeAsEvent() {
    auto g = m_a.instance->groups().create(m_a.admin, QStringLiteral("Support"));
    QVERIFY(g.ok());
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    const Id id = m_a.instance->tickets().create(m_a.agent, n)->id;
    TicketChange c;
    c.status = TicketStatus::Pending;
    c.groupId = g->id;
    c.assigneeId = m_a.agent.id;
    c.addTags = {QStringLiteral("vip")};
    c.comment = QStringLiteral("Looking into it");
    c.commentPublic = false;
    QVERIFY(m_a.instance->tickets().update(m_a.agent, id, c).ok());
    const auto events = m_a.instance->tickets().events(m_a.agent, id).value();
    QStringList seen;
    for (const TicketEvent &e : events)
        if (e.kind == EventKind::FieldChanged)
            seen << e.field + QLatin1Char(':') + e.oldValue + QStringLiteral("->") + e.newValue;
    QVERIFY(seen.contains(QStringLiteral("status:new->pending")));
    QVERIFY(seen.contains(QStringLiteral("group:->Support")));
    QVERIFY(seen.contains(QStringLiteral("assignee:->Bob Agent")));
    QCOMPARE(events.last().kind, EventKind::CommentAdded);
    QCOMPARE(events.last().newValue, QStringLiteral("internal"));
    bool tagEvent = false;
    for (const TicketEvent &e : events)
        tagEvent |= e.kind == EventKind::TagsChanged && e.newValue == QLatin1String("vip");
    QVERIFY(tagEvent);
}

void TestTicketService::invalidFieldValueWritesNothing() {
    CustomField f;
    f.title = QStringLiteral("Seriennummer");
    f.type = FieldType::Number;
    const Id fieldId = m_a.instance->fields().create(m_a.admin, f)->id;
    const int users = count(QStringLiteral("users"));
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterEmail = QStringLiteral("someone.new@kunde.test");
    n.fields.insert(fieldId, QStringLiteral("not a number"));
    auto t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().contains(QStringLiteral("not a number")), qPrintable(t.error()));
    QCOMPARE(count(QStringLiteral("tickets")), 0);
    QCOMPARE(count(QStringLiteral("comments")), 0);
    QCOMPARE(count(QStringLiteral("ticket_events")), 0);
    QCOMPARE(count(QStringLiteral("users")), users); // the new requester was rolled back too

    n.fields.insert(fieldId, QStringLiteral("42"));
    t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY(t.ok());
    TicketChange bad;
    bad.status = TicketStatus::Solved;
    bad.fields.insert(fieldId, QStringLiteral("x"));
    QVERIFY(!m_a.instance->tickets().update(m_a.agent, t->id, bad).ok());
    QCOMPARE(m_a.instance->tickets().get(m_a.agent, t->id)->status, TicketStatus::New);
    QCOMPARE(count(QStringLiteral("ticket_events")), 2);
}

void TestTicketService::endUserRules() {
    NewTicket n;
    n.subject = QStringLiteral("Mine");
    n.comment = QStringLiteral("Please help");
    auto own = m_a.instance->tickets().create(m_a.endUser, n);
    QVERIFY(own.ok());
    QCOMPARE(own->requesterId, m_a.endUser.id);

    n.requesterId = m_a.agent.id;
    QVERIFY(!m_a.instance->tickets().create(m_a.endUser, n).ok());

    TicketChange status;
    status.status = TicketStatus::Solved;
    const Status refused = m_a.instance->tickets().update(m_a.endUser, own->id, status);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("only add comments")));

    NewTicket other;
    other.subject = QStringLiteral("Someone else's");
    other.comment = QStringLiteral("secret");
    other.requesterId = m_a.admin.id;
    const Id foreign = m_a.instance->tickets().create(m_a.agent, other)->id;
    QVERIFY(!m_a.instance->tickets().get(m_a.endUser, foreign).ok());
    QVERIFY(
        !m_a.instance->tickets().addComment(m_a.endUser, foreign, QStringLiteral("hi"), true).ok());

    // A reply from the requester reopens a solved ticket.
    TicketChange solve;
    solve.status = TicketStatus::Solved;
    QVERIFY(m_a.instance->tickets().update(m_a.agent, own->id, solve).ok());
    QVERIFY(m_a.instance->tickets()
                .addComment(m_a.endUser, own->id, QStringLiteral("Still broken"), true)
                .ok());
    QCOMPARE(m_a.instance->tickets().get(m_a.agent, own->id)->status, TicketStatus::Open);
}

void TestTicketService::internalNotesNeverReachEndUsers() {
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("public question");
    n.requesterId = m_a.endUser.id;
    const Id id = m_a.instance->tickets().create(m_a.agent, n)->id;
    QVERIFY(m_a.instance->tickets()
                .addComment(m_a.agent, id, QStringLiteral("zebra internal"), false)
                .ok());
    const auto forEndUser = m_a.instance->tickets().comments(m_a.endUser, id).value();
    QCOMPARE(forEndUser.size(), 1);
    QVERIFY(forEndUser.first().isPublic);
    QCOMPARE(m_a.instance->tickets().comments(m_a.agent, id)->size(), 2);
    QVERIFY(!m_a.instance->tickets().events(m_a.endUser, id).ok());
    // Searching for a word of the internal note finds nothing for the end user.
    auto q = m_a.instance->views().everything(m_a.endUser, QStringLiteral("zebra"));
    QCOMPARE(m_a.instance->views().count(q), 0);
    q = m_a.instance->views().everything(m_a.agent, QStringLiteral("zebra"));
    QCOMPARE(m_a.instance->views().count(q), 1);
    QVERIFY(!m_a.instance->tickets().addComment(m_a.endUser, id, QStringLiteral("x"), false).ok());
}

void TestTicketService::closedTicketIsReadOnly() {
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    const Id id = m_a.instance->tickets().create(m_a.agent, n)->id;
    TicketChange close;
    close.status = TicketStatus::Closed;
    QVERIFY(m_a.instance->tickets().update(m_a.agent, id, close).ok());
    const Status s =
        m_a.instance->tickets().addComment(m_a.agent, id, QStringLiteral("more"), true);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("closed")));
}

void TestTicketService::assigneeMustBeStaff() {
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    n.assigneeId = m_a.endUser.id;
    auto t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY(!t.ok());
    QVERIFY(t.error().contains(QStringLiteral("cannot be the assignee")));
    n.assigneeId = m_a.agent.id;
    t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY(t.ok());
    QCOMPARE(t->status, TicketStatus::Open); // assigning opens a new ticket
}

void TestTicketService::tagsAreNormalized() {
    QCOMPARE(TicketService::normalizeTags(
                 {QStringLiteral("VIP  urgent"), QStringLiteral("vip"), QStringLiteral("a,b")}),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("urgent"),
                          QStringLiteral("vip")}));
}

void TestTicketService::viewsAndSearch() {
    for (int i = 0; i < 5; ++i) {
        NewTicket n;
        n.subject = QStringLiteral("Toaster %1").arg(i);
        n.comment = i == 3 ? QStringLiteral("Garantie abgelaufen") : QStringLiteral("Hilfe");
        n.requesterId = m_a.endUser.id;
        n.assigneeId = i < 2 ? m_a.agent.id : 0;
        QVERIFY(m_a.instance->tickets().create(m_a.agent, n).ok());
    }
    auto &views = m_a.instance->views();
    QCOMPARE(views.count(*views.query(m_a.agent, QStringLiteral("your_unsolved"))), 2);
    QCOMPARE(views.count(*views.query(m_a.agent, QStringLiteral("Unassigned tickets"))), 3);
    QCOMPARE(views.count(*views.query(m_a.agent, QStringLiteral("all_unsolved"))), 5);
    QVERIFY(!views.query(m_a.agent, QStringLiteral("no such view")).ok());
    auto q = views.everything(m_a.agent, QStringLiteral("garan"));
    const auto rows = views.page(q, 0, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().subject, QStringLiteral("Toaster 3"));
    // Hostile search text is a search, not FTS syntax.
    q = views.everything(m_a.agent, QStringLiteral("\"toaster OR NEAR( * -"));
    QCOMPARE(views.count(q), 0);
    q = views.everything(m_a.agent, QStringLiteral("toaster"));
    q.sort = Store::TicketSort::Subject;
    q.descending = false;
    QCOMPARE(views.page(q, 0, 2).first().subject, QStringLiteral("Toaster 0"));
}

void TestTicketService::changeSignalsAreEmitted() {
    QSignalSpy changed(&m_a.instance->changes(), &Store::ChangeHub::ticketChanged);
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    const Id id = m_a.instance->tickets().create(m_a.agent, n)->id;
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), id);
    TicketChange bad;
    bad.assigneeId = 4711;
    QVERIFY(!m_a.instance->tickets().update(m_a.agent, id, bad).ok());
    QCOMPARE(changed.size(), 1); // a refused change announces nothing
}

QTEST_GUILESS_MAIN(TestTicketService)
#include "tst_ticketservice.moc"
