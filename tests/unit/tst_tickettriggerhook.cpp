// TicketTriggerHook: the account's triggers run on every ticket create and update, through the
// real TicketService on a real SQLite file: order, once per update, repeated passes, loops,
// history, organizations, updates via sharing, share intents and the plan, business hours,
// broken triggers, and changes that can no longer be applied.
#include "app/rules/SampleRules.h"
#include "app/rules/TriggerRunner.h"
#include "app/services/AccountService.h"
#include "app/services/GroupService.h"
#include "app/services/RuleCache.h"
#include "app/services/TicketService.h"
#include "app/services/TriggerService.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/SharingRepository.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

namespace {

// Records what the write path hands the observers (the sharing service, later).
class ShareRecorder : public TicketObserver {
public:
    Status afterSave(const TicketWrite &write) override {
        shareWith.append(write.shareWith);
        return {};
    }
    QList<QList<Id>> shareWith;
};

Rules::Condition all(const char *field, const char *op, const QJsonValue &value = {}) {
    return Rules::Condition().addAll(QString::fromLatin1(field), QString::fromLatin1(op), value);
}

Rules::ActionList action(const char *field, const QJsonValue &value) {
    return Rules::ActionList().add(QString::fromLatin1(field), value);
}

} // namespace

class TestTicketTriggerHook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void triggersRunInTheirOrder();
    void eachTriggerFiresOncePerUpdate();
    void passesRepeatUntilNothingFires();
    void aLoopIsStoppedAndTheUpdateStillSaved();
    void firingsAndTheirChangesAreInTheHistory();
    void organizationSetsTagsPriorityAndGroup();
    void sharingUpdatesRunTriggersAndCurrentViaExcludesThem();
    void shareActionAsksToShareOnEnterprise();
    void shareActionIsDroppedWithANoticeBelowEnterprise();
    void businessHoursCondition();
    void brokenTriggerNeverRuns();
    void changesThatCannotBeAppliedDoNotFailTheSave();
    void triggerChangesRebuildTheCompiledRules();

private:
    Id addAgreement(AgreementDirection direction, const QString &name,
                    AgreementStatus status = AgreementStatus::Accepted);
    TriggerInfo trigger(const QString &title, const Rules::Condition &condition,
                        const Rules::ActionList &actions);
    Ticket create(const QStringList &tags = {}, Id requester = 0);
    QList<TicketEvent> events(Id ticket, EventKind kind);
    TicketService &tickets() { return m_a.instance->tickets(); }

    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
    ShareRecorder m_recorder;
};

void TestTicketTriggerHook::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path(), Plan::Enterprise);
    m_recorder.shareWith.clear();
    tickets().addObserver(&m_recorder);
}

void TestTicketTriggerHook::cleanup() {
    Clock::setSource(nullptr);
    m_a = {};
    delete m_dir;
}

Id TestTicketTriggerHook::addAgreement(AgreementDirection direction, const QString &name,
                                       AgreementStatus status) {
    Agreement a;
    a.uuid = TicketService::newUuid();
    a.name = name;
    a.direction = direction;
    a.partnerUrl = QStringLiteral("https://partner.invalid/sharing");
    a.accessKey = TicketService::newUuid();
    a.status = status;
    a.createdAt = a.updatedAt = Clock::now();
    Store::SharingRepository repo(m_a.instance->database());
    const auto id = repo.insertAgreement(a);
    if (!id)
        qFatal("agreement: %s", qPrintable(id.error()));
    Q_EMIT m_a.instance->changes().agreementsChanged();
    return *id;
}

TriggerInfo TestTicketTriggerHook::trigger(const QString &title, const Rules::Condition &condition,
                                           const Rules::ActionList &actions) {
    const auto t = m_a.instance->triggers().create(m_a.admin, {title, {}, {}, condition, actions});
    if (!t)
        qFatal("trigger %s: %s", qPrintable(title), qPrintable(t.error()));
    return *t;
}

Ticket TestTicketTriggerHook::create(const QStringList &tags, Id requester) {
    NewTicket n;
    n.subject = QStringLiteral("Wasserkocher undicht");
    n.comment = QStringLiteral("Er tropft.");
    n.requesterId = requester ? requester : m_a.endUser.id;
    n.tags = tags;
    const auto t = tickets().create(m_a.agent, n);
    if (!t)
        qFatal("create: %s", qPrintable(t.error()));
    return tickets().get(m_a.agent, t->id).value();
}

QList<TicketEvent> TestTicketTriggerHook::events(Id ticket, EventKind kind) {
    QList<TicketEvent> out;
    const auto all = tickets().events(m_a.admin, ticket);
    for (const TicketEvent &e : all.value()) {
        if (e.kind == kind)
            out.append(e);
    }
    return out;
}

void TestTicketTriggerHook::triggersRunInTheirOrder() {
    const auto created = all("update_type", "is", QStringLiteral("Create"));
    const TriggerInfo high =
        trigger(QStringLiteral("High"), created, action("priority", QStringLiteral("high")));
    const TriggerInfo low =
        trigger(QStringLiteral("Low"), created, action("priority", QStringLiteral("low")));
    // Both fire; the later one has the last word.
    QCOMPARE(create().priority, Priority::Low);
    QVERIFY(m_a.instance->triggers().reorder(m_a.admin, {low.id, high.id}));
    const Ticket t = create();
    QCOMPARE(t.priority, Priority::High);
    const auto fired = events(t.id, EventKind::TriggerFired);
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired.at(0).triggerId, low.id);
    QCOMPARE(fired.at(1).triggerId, high.id);
}

void TestTicketTriggerHook::eachTriggerFiresOncePerUpdate() {
    // Matches before and after its own action: it must still fire only once per update.
    trigger(QStringLiteral("Count"), all("priority", "is", QStringLiteral("normal")),
            action("add_tags", QStringLiteral("counted")));
    const Ticket t = create();
    QCOMPARE(events(t.id, EventKind::TriggerFired).size(), 1);
    QVERIFY(tickets().addComment(m_a.agent, t.id, QStringLiteral("Noch da?"), true));
    QCOMPARE(events(t.id, EventKind::TriggerFired).size(), 2);
    QVERIFY(tickets().addComment(m_a.agent, t.id, QStringLiteral("Hallo?"), true));
    QCOMPARE(events(t.id, EventKind::TriggerFired).size(), 3);
    QCOMPARE(tickets().get(m_a.agent, t.id)->tags, QStringList{QStringLiteral("counted")});
}

void TestTicketTriggerHook::passesRepeatUntilNothingFires() {
    // The first trigger can only fire after the second one changed the ticket: pass two.
    const TriggerInfo urgent =
        trigger(QStringLiteral("Tagged b is urgent"), all("tags", "includes", QStringLiteral("b")),
                action("priority", QStringLiteral("urgent")));
    const TriggerInfo tagger = trigger(QStringLiteral("New tickets get b"),
                                       all("update_type", "is", QStringLiteral("Create")),
                                       action("add_tags", QStringLiteral("b")));
    const Ticket t = create();
    QCOMPARE(t.priority, Priority::Urgent);
    QCOMPARE(t.tags, QStringList{QStringLiteral("b")});
    const auto fired = events(t.id, EventKind::TriggerFired);
    QCOMPARE(fired.size(), 2);
    QCOMPARE(fired.at(0).triggerId, tagger.id);
    QCOMPARE(fired.at(1).triggerId, urgent.id);
    QVERIFY(events(t.id, EventKind::Notice).isEmpty());
}

void TestTicketTriggerHook::aLoopIsStoppedAndTheUpdateStillSaved() {
    const Ticket t = create();
    // A chain s1 -> s2 -> ... -> s13, listed backwards: each pass can fire one link only, so
    // it needs more passes than the runner allows.
    const int links = Rules::TriggerRunner::defaultMaxPasses + 2;
    for (int i = links; i >= 1; --i)
        trigger(QStringLiteral("Link %1").arg(i),
                all("tags", "includes", QStringLiteral("s%1").arg(i)),
                action("add_tags", QStringLiteral("s%1").arg(i + 1)));
    TicketChange change;
    change.addTags = {QStringLiteral("s1")};
    change.status = TicketStatus::Pending;
    change.comment = QStringLiteral("Bitte Seriennummer senden.");
    QVERIFY(tickets().update(m_a.agent, t.id, change));

    const Ticket after = tickets().get(m_a.agent, t.id).value();
    QCOMPARE(after.status, TicketStatus::Pending); // the update itself is saved
    QCOMPARE(tickets().comments(m_a.agent, t.id)->size(), 2);
    QVERIFY(
        after.tags.contains(QStringLiteral("s%1").arg(Rules::TriggerRunner::defaultMaxPasses + 1)));
    QVERIFY(!after.tags.contains(QStringLiteral("s%1").arg(links + 1)));
    const auto notices = events(t.id, EventKind::Notice);
    QCOMPARE(notices.size(), 1);
    QCOMPARE(notices.first().detail,
             Rules::TriggerRunner::loopMessage(Rules::TriggerRunner::defaultMaxPasses));
    QCOMPARE(events(t.id, EventKind::TriggerFired).size(), Rules::TriggerRunner::defaultMaxPasses);
}

void TestTicketTriggerHook::firingsAndTheirChangesAreInTheHistory() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const TriggerInfo warranty =
        m_a.instance->triggers()
            .create(m_a.admin,
                    [&] {
                        const auto s = Rules::samples::warrantyTrigger(manufacturer);
                        TriggerDraft d{s.title, {}, {}, s.condition, s.actions};
                        d.actions.add(QStringLiteral("add_tags"), QStringLiteral("rma"));
                        return d;
                    }())
            .value();
    const Ticket t = create({QStringLiteral("garantieanspruch")});
    const auto fired = events(t.id, EventKind::TriggerFired);
    QCOMPARE(fired.size(), 1);
    QCOMPARE(fired.first().triggerId, warranty.id);
    QCOMPARE(fired.first().newValue, QStringLiteral("Garantieanspruch an Hersteller"));
    QCOMPARE(fired.first().via, Channel::Trigger);
    QCOMPARE(fired.first().actorId, m_a.agent.id);
    const auto tagEvents = events(t.id, EventKind::TagsChanged);
    QCOMPARE(tagEvents.size(), 1);
    QCOMPARE(tagEvents.first().via, Channel::Trigger);
    QCOMPARE(tagEvents.first().newValue, QStringLiteral("garantieanspruch rma"));
    // Not a second time on a later update: the condition wants a new ticket.
    QVERIFY(tickets().addComment(m_a.agent, t.id, QStringLiteral("Und?"), true));
    QCOMPARE(events(t.id, EventKind::TriggerFired).size(), 1);
}

void TestTicketTriggerHook::organizationSetsTagsPriorityAndGroup() {
    const Group key =
        m_a.instance->groups().create(m_a.admin, QStringLiteral("Key Accounts")).value();
    Store::OrganizationRepository orgs(m_a.instance->database());
    Organization o;
    o.name = QStringLiteral("Elektro Schmidt GmbH");
    o.createdAt = o.updatedAt = Clock::now();
    const Id org = orgs.insert(o).value();
    QVERIFY(orgs.addMember(org, m_a.endUser.id, Clock::now()));
    Q_EMIT m_a.instance->changes().organizationsChanged();

    Rules::ActionList actions;
    actions.add(QStringLiteral("add_tags"), QStringLiteral("vip schmidt"))
        .add(QStringLiteral("priority"), QStringLiteral("high"))
        .add(QStringLiteral("group_id"), key.id);
    trigger(QStringLiteral("Schmidt is a key account"), all("organization_id", "is", org), actions);

    const Ticket t = create();
    QCOMPARE(t.organizationId, org);
    QCOMPARE(t.tags, (QStringList{QStringLiteral("schmidt"), QStringLiteral("vip")}));
    QCOMPARE(t.priority, Priority::High);
    QCOMPARE(t.groupId, key.id);

    // Someone outside the organization: untouched.
    User other;
    other.name = QStringLiteral("Dora Privat");
    other.email = QStringLiteral("dora@privat.test");
    const Id dora = m_a.instance->users().create(m_a.admin, other)->id;
    const Ticket plain = create({}, dora);
    QCOMPARE(plain.organizationId, Id(0));
    QVERIFY(plain.tags.isEmpty());
    QCOMPARE(plain.priority, Priority::Normal);
    QCOMPARE(plain.groupId, Id(0));
}

void TestTicketTriggerHook::sharingUpdatesRunTriggersAndCurrentViaExcludesThem() {
    const Id retailer = addAgreement(AgreementDirection::Inbound, QStringLiteral("Einzelhandel"));
    trigger(QStringLiteral("Any update"), all("update_type", "is", QStringLiteral("Change")),
            action("add_tags", QStringLiteral("touched")));
    trigger(QStringLiteral("Local updates only"),
            all("update_type", "is", QStringLiteral("Change"))
                .addAll(QStringLiteral("current_via"), QStringLiteral("is_not"),
                        QStringLiteral("sharing")),
            action("add_tags", QStringLiteral("local")));
    const Ticket t = create();
    QVERIFY(t.tags.isEmpty()); // a create, not a change

    TicketChange fromPartner;
    fromPartner.comment = QStringLiteral("Ersatzteil ist unterwegs.");
    QVERIFY(tickets().update(m_a.agent, t.id, fromPartner, {Channel::Sharing, retailer, 0}));
    Ticket after = tickets().get(m_a.agent, t.id).value();
    QCOMPARE(after.tags, QStringList{QStringLiteral("touched")}); // triggers ran; the local one not
    const auto fired = events(t.id, EventKind::TriggerFired);
    QCOMPARE(fired.last().agreementId, retailer);

    QVERIFY(tickets().addComment(m_a.agent, t.id, QStringLiteral("Danke!"), true));
    after = tickets().get(m_a.agent, t.id).value();
    QCOMPARE(after.tags, (QStringList{QStringLiteral("local"), QStringLiteral("touched")}));
}

void TestTicketTriggerHook::shareActionAsksToShareOnEnterprise() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const auto sample = Rules::samples::warrantyTrigger(manufacturer);
    QVERIFY(m_a.instance->triggers().create(
        m_a.admin, {sample.title, {}, {}, sample.condition, sample.actions}));

    create({QStringLiteral("garantieanspruch")});
    QCOMPARE(m_recorder.shareWith.last(), QList<Id>{manufacturer});
    const Ticket other = create({QStringLiteral("frage")});
    QVERIFY(m_recorder.shareWith.last().isEmpty());
    QVERIFY(events(other.id, EventKind::TriggerFired).isEmpty());
}

void TestTicketTriggerHook::shareActionIsDroppedWithANoticeBelowEnterprise() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const auto sample = Rules::samples::warrantyTrigger(manufacturer);
    QVERIFY(m_a.instance->triggers().create(
        m_a.admin, {sample.title, {}, {}, sample.condition, sample.actions}));
    // The account moves to a smaller plan: the trigger stays, but shares nothing.
    Account a = *m_a.instance->accounts().account();
    a.plan = Plan::Professional;
    QVERIFY(m_a.instance->accounts().update(m_a.admin, a));

    const Ticket t = create({QStringLiteral("garantieanspruch")});
    QVERIFY(m_recorder.shareWith.last().isEmpty());
    QCOMPARE(events(t.id, EventKind::TriggerFired).size(), 1);
    const auto notices = events(t.id, EventKind::Notice);
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().detail.contains(QStringLiteral("Hersteller")),
             qPrintable(notices.first().detail));
    QVERIFY2(notices.first().detail.contains(QStringLiteral("Enterprise")),
             qPrintable(notices.first().detail));
    const auto listed = m_a.instance->triggers().list(m_a.admin).value();
    QVERIFY(listed.first().planNotice.contains(QStringLiteral("Enterprise")));
    QVERIFY(!listed.first().broken);
}

void TestTicketTriggerHook::businessHoursCondition() {
    QVERIFY(m_a.instance->accounts().setBusinessHours(m_a.admin,
                                                      R"({"time_zone":"Europe/Berlin","intervals":[
            {"day":1,"start":"09:00","end":"17:00"},{"day":2,"start":"09:00","end":"17:00"}]})"));
    trigger(QStringLiteral("Office hours"), all("within_business_hours", "is", true),
            action("add_tags", QStringLiteral("office")));
    trigger(QStringLiteral("After hours"), all("within_business_hours", "is", false),
            action("priority", QStringLiteral("high")));

    // Monday 3 June 2024, 10:30 in Berlin (08:30 UTC, summer time): within.
    Clock::setSource([] { return QDateTime(QDate(2024, 6, 3), QTime(8, 30), Qt::UTC); });
    const Ticket within = create();
    QCOMPARE(within.tags, QStringList{QStringLiteral("office")});
    QCOMPARE(within.priority, Priority::Normal);
    // Monday 17:30 in Berlin: after hours.
    Clock::setSource([] { return QDateTime(QDate(2024, 6, 3), QTime(15, 30), Qt::UTC); });
    const Ticket after = create();
    QVERIFY(after.tags.isEmpty());
    QCOMPARE(after.priority, Priority::High);
    // Wednesday is not in the schedule at all.
    Clock::setSource([] { return QDateTime(QDate(2024, 6, 5), QTime(9, 0), Qt::UTC); });
    QCOMPARE(create().priority, Priority::High);
}

void TestTicketTriggerHook::brokenTriggerNeverRuns() {
    const Group g = m_a.instance->groups().create(m_a.admin, QStringLiteral("Retouren")).value();
    // "group is not Retouren" would match every ticket once the group is gone.
    const TriggerInfo t =
        trigger(QStringLiteral("Not for returns"), all("group_id", "is_not", g.id),
                action("add_tags", QStringLiteral("tagged")));
    QCOMPARE(create().tags, QStringList{QStringLiteral("tagged")});
    QVERIFY(m_a.instance->groups().remove(m_a.admin, g.id));

    const Ticket after = create();
    QVERIFY(after.tags.isEmpty());
    QVERIFY(events(after.id, EventKind::TriggerFired).isEmpty());
    const TriggerInfo listed = m_a.instance->triggers().get(m_a.admin, t.id).value();
    QVERIFY(listed.broken);
    QVERIFY(!listed.runs());
}

void TestTicketTriggerHook::changesThatCannotBeAppliedDoNotFailTheSave() {
    const Group support =
        m_a.instance->groups().create(m_a.admin, QStringLiteral("Support")).value();
    QVERIFY(m_a.instance->groups().setMembers(m_a.admin, support.id, {m_a.admin.id}));
    trigger(QStringLiteral("Assign to Bob"), all("update_type", "is", QStringLiteral("Create")),
            action("assignee_id", m_a.agent.id));
    // Bob is suspended after the trigger was written: the trigger is not broken (Bob exists),
    // but cannot assign to him. The ticket is saved, unassigned, with a notice.
    User bob = m_a.agent;
    bob.active = false;
    QVERIFY(m_a.instance->users().update(m_a.admin, bob));
    NewTicket n;
    n.subject = QStringLiteral("Toaster");
    n.comment = QStringLiteral("Brennt an.");
    n.requesterId = m_a.endUser.id;
    const auto t = tickets().create(m_a.admin, n);
    QVERIFY2(t, qPrintable(t.error()));
    QCOMPARE(t->assigneeId, Id(0));
    QCOMPARE(t->status, TicketStatus::New);
    const auto notices = events(t->id, EventKind::Notice);
    QCOMPARE(notices.size(), 1);
    QVERIFY2(notices.first().detail.contains(QStringLiteral("Assign to Bob")),
             qPrintable(notices.first().detail));

    // A group whose members do not include the assignee: the ticket becomes unassigned.
    trigger(QStringLiteral("Urgent to Support"), all("priority", "is", QStringLiteral("urgent")),
            action("group_id", support.id));
    bob.active = true;
    QVERIFY(m_a.instance->users().update(m_a.admin, bob));
    NewTicket urgent = n;
    urgent.priority = Priority::Urgent;
    const auto u = tickets().create(m_a.admin, urgent);
    QVERIFY2(u, qPrintable(u.error()));
    QCOMPARE(u->groupId, support.id);
    QCOMPARE(u->assigneeId, Id(0));
}

void TestTicketTriggerHook::triggerChangesRebuildTheCompiledRules() {
    RuleCache &cache = m_a.instance->rules();
    create();
    const int builds = cache.builds();
    create();
    QCOMPARE(cache.builds(), builds); // compiled once, reused
    const TriggerInfo t = trigger(QStringLiteral("Tag"), all("status", "is", QStringLiteral("new")),
                                  action("add_tags", QStringLiteral("x")));
    QCOMPARE(create().tags, QStringList{QStringLiteral("x")});
    QVERIFY(m_a.instance->triggers().setActive(m_a.admin, t.id, false));
    QVERIFY(create().tags.isEmpty());
    QVERIFY(cache.builds() > builds);
}

QTEST_GUILESS_MAIN(TestTicketTriggerHook)
#include "tst_tickettriggerhook.moc"
