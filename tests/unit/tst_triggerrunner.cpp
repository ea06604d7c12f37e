// TriggerRunner: order, each trigger at most once per update, passes that repeat while triggers
// change the ticket, the loop cap, the change list and share intents.
#include "app/rules/RuleCatalog.h"
#include "app/rules/SampleRules.h"
#include "app/rules/TriggerRunner.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Rules;
using namespace DeskBridge::Domain;

namespace {

const QDateTime now = QDateTime(QDate(2024, 6, 5), QTime(10, 0), Qt::UTC); // Wednesday

RuleCatalog catalog() {
    RuleCatalog c;
    c.addGroup(1);
    c.addGroup(2);
    c.addUser({5, Role::Agent, {}});
    c.addAgreement({10, AgreementDirection::Outbound, AgreementStatus::Accepted, {}});
    c.addAgreement({11, AgreementDirection::Outbound, AgreementStatus::Accepted, {}});
    return c;
}

// A trigger from JSON; the test fails loudly if it does not compile.
CompiledTrigger trigger(qint64 id, const QByteArray &condition, const QByteArray &actions) {
    Trigger t;
    t.id = id;
    t.title = QStringLiteral("T%1").arg(id);
    t.condition = Condition::fromJson(condition).value();
    t.actions = ActionList::fromJson(actions).value();
    const Result<CompiledTrigger> c = t.compile(catalog());
    if (!c)
        qFatal("test trigger %lld does not compile: %s", id, qPrintable(c.error()));
    return *c;
}

QByteArray tagIs(const QString &tag) {
    return QStringLiteral(R"({"all":[{"field":"tags","operator":"includes","value":"%1"}]})")
        .arg(tag)
        .toUtf8();
}

QList<qint64> firedIds(const TriggerRunResult &r) {
    QList<qint64> out;
    for (const FiredTrigger &f : r.fired)
        out.append(f.triggerId);
    return out;
}

// A chain step0 -> step1 -> ... -> step<length>, listed backwards so that each pass fires one.
QList<CompiledTrigger> backwardsChain(int length) {
    QList<CompiledTrigger> chain;
    for (int i = length - 1; i >= 0; --i)
        chain.append(trigger(
            100 + i, tagIs(QStringLiteral("step%1").arg(i)),
            QStringLiteral(R"([{"field":"add_tags","value":"step%1"}])").arg(i + 1).toUtf8()));
    return chain;
}

TicketFacts newTicket() {
    TicketFacts f;
    f.ticketId = 1;
    f.isCreate = true;
    f.requesterId = 7;
    f.createdAt = now;
    f.updatedAt = now;
    return f;
}

} // namespace

class TestTriggerRunner : public QObject {
    Q_OBJECT
private slots:
    void warrantyTriggerSharesNewWarrantyTickets();
    void laterTriggersSeeEarlierChangesInTheSamePass();
    void anEarlierTriggerGetsAnotherPass();
    void eachTriggerFiresAtMostOnce();
    void loopIsStoppedAndReported();
    void shortChainsFinishBeforeTheCap();
    void changeList();
    void setTagsReportsAddedAndRemoved();
    void shareIntentsOncePerAgreement();
    void firingWithoutChangesNeedsNoSecondPass();
    void businessHoursAndNowAreInputs();
};

void TestTriggerRunner::warrantyTriggerSharesNewWarrantyTickets() {
    Trigger sample = samples::warrantyTrigger(10);
    sample.id = 4;
    const TriggerRunner runner({sample.compile(catalog()).value()});

    TicketFacts f = newTicket();
    f.tags = {QStringLiteral("garantieanspruch")};
    TriggerRunResult r = runner.run(f, now, BusinessHours());
    QCOMPARE(firedIds(r), QList<qint64>{4});
    QCOMPARE(r.shares.size(), 1);
    QCOMPARE(r.shares.at(0).agreementId, 10);
    QCOMPARE(r.shares.at(0).triggerId, 4);
    QVERIFY(r.changes.isEmpty());
    QVERIFY(!r.loopStopped);

    // An update (not the create) does not share again; neither does a ticket without the tag.
    f.isCreate = false;
    QVERIFY(runner.run(f, now, BusinessHours()).fired.isEmpty());
    TicketFacts untagged = newTicket();
    QVERIFY(runner.run(untagged, now, BusinessHours()).shares.isEmpty());

    // Already actively shared with that partner: the trigger fires, nothing to share.
    f.isCreate = true;
    f.shares = {{10, ShareDirection::Outgoing, ShareState::Active, now}};
    r = runner.run(f, now, BusinessHours());
    QCOMPARE(firedIds(r), QList<qint64>{4});
    QVERIFY(r.shares.isEmpty());
}

void TestTriggerRunner::laterTriggersSeeEarlierChangesInTheSamePass() {
    const TriggerRunner runner({
        trigger(1, R"({"all":[{"field":"status","operator":"is","value":"new"}]})",
                R"([{"field":"status","value":"open"}])"),
        trigger(2, R"({"all":[{"field":"status","operator":"is","value":"open"}]})",
                R"([{"field":"add_tags","value":"seen"}])"),
    });
    const TriggerRunResult r = runner.run(newTicket(), now, BusinessHours());
    QCOMPARE(firedIds(r), (QList<qint64>{1, 2}));
    QCOMPARE(r.fired.at(1).pass, 1);
    QCOMPARE(r.facts.status, TicketStatus::Open);
    QCOMPARE(r.facts.tags, QSet<QString>{QStringLiteral("seen")});
}

void TestTriggerRunner::anEarlierTriggerGetsAnotherPass() {
    // The same two triggers in the other order: the tagger does not match in pass 1, the status
    // change makes it match, so pass 2 runs it.
    const TriggerRunner runner({
        trigger(2, R"({"all":[{"field":"status","operator":"is","value":"open"}]})",
                R"([{"field":"add_tags","value":"seen"}])"),
        trigger(1, R"({"all":[{"field":"status","operator":"is","value":"new"}]})",
                R"([{"field":"status","value":"open"}])"),
    });
    const TriggerRunResult r = runner.run(newTicket(), now, BusinessHours());
    QCOMPARE(firedIds(r), (QList<qint64>{1, 2}));
    QCOMPARE(r.fired.at(0).pass, 1);
    QCOMPARE(r.fired.at(1).pass, 2);
    QCOMPARE(r.passes, 3); // pass 3 fires nothing
    QCOMPARE(r.facts.tags, QSet<QString>{QStringLiteral("seen")});
}

void TestTriggerRunner::eachTriggerFiresAtMostOnce() {
    // Two triggers that undo each other would loop forever if a trigger could fire twice.
    const TriggerRunner runner({
        trigger(1, R"({"all":[{"field":"tags","operator":"not_includes","value":"a"}]})",
                R"([{"field":"add_tags","value":"a"}])"),
        trigger(2, tagIs(QStringLiteral("a")), R"([{"field":"remove_tags","value":"a"}])"),
        // Always true while unsolved: still fires once only.
        trigger(3, R"({"all":[{"field":"status","operator":"less_than","value":"solved"}]})",
                R"([{"field":"priority","value":"high"}])"),
    });
    const TriggerRunResult r = runner.run(newTicket(), now, BusinessHours());
    QCOMPARE(firedIds(r), (QList<qint64>{1, 2, 3}));
    QVERIFY(!r.loopStopped);
    QVERIFY(r.facts.tags.isEmpty());
    QCOMPARE(r.facts.priority, Priority::High);
    QCOMPARE(r.changes.size(), 3);
}

void TestTriggerRunner::loopIsStoppedAndReported() {
    const QList<CompiledTrigger> chain = backwardsChain(12);
    TicketFacts f = newTicket();
    f.tags = {QStringLiteral("step0")};

    const TriggerRunResult r = TriggerRunner(chain).run(f, now, BusinessHours());
    QVERIFY(r.loopStopped);
    QCOMPARE(r.passes, TriggerRunner::defaultMaxPasses);
    QCOMPARE(r.fired.size(), 10);
    QCOMPARE(r.fired.last().triggerId, 109);
    QVERIFY(r.facts.tags.contains(QStringLiteral("step10")));
    QVERIFY(!r.facts.tags.contains(QStringLiteral("step11")));
    QVERIFY(TriggerRunner::loopMessage(r.passes).contains(QStringLiteral("10")));

    // A higher cap lets the whole chain finish.
    const TriggerRunResult all = TriggerRunner(chain, 20).run(f, now, BusinessHours());
    QVERIFY(!all.loopStopped);
    QCOMPARE(all.fired.size(), 12);
    QVERIFY(all.facts.tags.contains(QStringLiteral("step12")));
}

void TestTriggerRunner::shortChainsFinishBeforeTheCap() {
    const QList<CompiledTrigger> chain = backwardsChain(5);
    TicketFacts f = newTicket();
    f.tags = {QStringLiteral("step0")};
    const TriggerRunResult r = TriggerRunner(chain).run(f, now, BusinessHours());
    QVERIFY(!r.loopStopped);
    QCOMPARE(r.fired.size(), 5);
    QCOMPARE(r.passes, 6);
}

void TestTriggerRunner::changeList() {
    const TriggerRunner runner({
        trigger(1, R"({"all":[{"field":"update_type","operator":"is","value":"Create"}]})",
                R"([{"field":"priority","value":"urgent"},{"field":"status","value":"new"},
                    {"field":"type","value":"problem"},{"field":"group_id","value":2},
                    {"field":"assignee_id","value":5}])"),
        trigger(2, R"({"all":[{"field":"priority","operator":"is","value":"urgent"}]})",
                R"([{"field":"assignee_id","value":null},{"field":"group_id","value":2}])"),
    });
    TicketFacts f = newTicket();
    f.groupId = 1;
    const TriggerRunResult r = runner.run(f, now, BusinessHours());
    using F = FieldChange::Field;
    // status was already "new" and trigger 2's group was already 2: not listed.
    QCOMPARE(r.changes.size(), 5);
    const auto check = [&](int i, F field, qint64 trigger, qint64 from, qint64 to) {
        const FieldChange &c = r.changes.at(i);
        QCOMPARE(c.field, field);
        QCOMPARE(c.triggerId, trigger);
        QCOMPARE(c.oldValue, from);
        QCOMPARE(c.newValue, to);
    };
    check(0, F::Priority, 1, int(Priority::Normal), int(Priority::Urgent));
    check(1, F::Type, 1, int(TicketType::Question), int(TicketType::Problem));
    check(2, F::Group, 1, 1, 2);
    check(3, F::Assignee, 1, 0, 5);
    check(4, F::Assignee, 2, 5, 0);
    QCOMPARE(r.changes.at(2).fieldName(), QStringLiteral("group_id"));
    QCOMPARE(r.facts.priority, Priority::Urgent);
    QCOMPARE(r.facts.type, TicketType::Problem);
    QCOMPARE(r.facts.groupId, 2);
    QCOMPARE(r.facts.assigneeId, 0);
}

void TestTriggerRunner::setTagsReportsAddedAndRemoved() {
    const TriggerRunner runner({
        trigger(1, tagIs(QStringLiteral("old")), R"([{"field":"set_tags","value":"keep new"}])"),
        trigger(2, tagIs(QStringLiteral("new")),
                R"([{"field":"add_tags","value":"keep extra"},{"field":"remove_tags",
                    "value":"gone new"}])"),
    });
    TicketFacts f = newTicket();
    f.tags = {QStringLiteral("old"), QStringLiteral("keep"), QStringLiteral("zzz")};
    const TriggerRunResult r = runner.run(f, now, BusinessHours());
    QCOMPARE(r.changes.size(), 3);
    QCOMPARE(r.changes.at(0).fieldName(), QStringLiteral("tags"));
    QCOMPARE(r.changes.at(0).addedTags, QStringList{QStringLiteral("new")});
    QCOMPARE(r.changes.at(0).removedTags,
             (QStringList{QStringLiteral("old"), QStringLiteral("zzz")}));
    QCOMPARE(r.changes.at(1).addedTags, QStringList{QStringLiteral("extra")});
    QCOMPARE(r.changes.at(2).removedTags, QStringList{QStringLiteral("new")});
    QCOMPARE(r.facts.tags, (QSet<QString>{QStringLiteral("keep"), QStringLiteral("extra")}));
}

void TestTriggerRunner::shareIntentsOncePerAgreement() {
    const TriggerRunner runner({
        trigger(1, tagIs(QStringLiteral("rma")),
                R"([{"field":"share_ticket","value":10},{"field":"share_ticket","value":11}])"),
        trigger(2, tagIs(QStringLiteral("rma")), R"([{"field":"share_ticket","value":"10"}])"),
    });
    TicketFacts f = newTicket();
    f.tags = {QStringLiteral("rma")};
    // An orphaned earlier share does not count as shared.
    f.shares = {{11, ShareDirection::Outgoing, ShareState::Orphaned, now.addDays(-1)}};
    const TriggerRunResult r = runner.run(f, now, BusinessHours());
    QCOMPARE(firedIds(r), (QList<qint64>{1, 2}));
    QCOMPARE(r.shares.size(), 2);
    QCOMPARE(r.shares.at(0).agreementId, 10);
    QCOMPARE(r.shares.at(1).agreementId, 11);
    QCOMPARE(r.shares.at(1).triggerId, 1);
    // Intents are not facts: the shares list is unchanged.
    QCOMPARE(r.facts.shares.size(), 1);
}

void TestTriggerRunner::firingWithoutChangesNeedsNoSecondPass() {
    const TriggerRunner runner({
        trigger(1, R"({"all":[{"field":"status","operator":"is","value":"new"}]})",
                R"([{"field":"priority","value":"normal"}])"), // already normal
    });
    const TriggerRunResult r = runner.run(newTicket(), now, BusinessHours());
    QCOMPARE(firedIds(r), QList<qint64>{1});
    QVERIFY(r.changes.isEmpty());
    QCOMPARE(r.passes, 1);
}

void TestTriggerRunner::businessHoursAndNowAreInputs() {
    const TriggerRunner runner({
        trigger(1, R"({"all":[{"field":"within_business_hours","operator":"is","value":false}]})",
                R"([{"field":"add_tags","value":"after_hours"}])"),
        trigger(2, R"({"all":[{"field":"created_hours_ago","operator":"greater_than","value":1}]})",
                R"([{"field":"add_tags","value":"late_update"}])"),
    });
    const BusinessHours hours =
        BusinessHours::fromJson(R"({"time_zone":"Europe/Berlin","intervals":[
            {"day":3,"start":"09:00","end":"17:00"}]})")
            .value();
    const TicketFacts f = newTicket();                  // created at `now`
    QVERIFY(runner.run(f, now, hours).fired.isEmpty()); // 12:00 in Berlin, just created
    const TriggerRunResult evening = runner.run(f, now.addSecs(8 * 3600), hours);
    QCOMPARE(firedIds(evening), (QList<qint64>{1, 2}));
}

QTEST_GUILESS_MAIN(TestTriggerRunner)
#include "tst_triggerrunner.moc"
