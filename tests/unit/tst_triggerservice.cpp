// TriggerService: admins manage triggers; every definition is checked against what exists in
// the account, with messages that name the bad row, and nothing is written when it is refused;
// share_ticket needs the Enterprise plan; triggers naming deleted things are shown as broken.
#include "app/rules/SampleRules.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "app/services/TriggerService.h"
#include "models/domain/Clock.h"
#include "models/store/SharingRepository.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

class TestTriggerService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createListAndOrder();
    void onlyAdminsManageTriggers();
    void invalidDefinitionsNameTheRowAndWriteNothing_data();
    void invalidDefinitionsNameTheRowAndWriteNothing();
    void titlesAreUniqueAndRequired();
    void shareTicketNeedsEnterprise();
    void brokenReferencesAreShownAndBlockActivation();
    void declinedAgreementBreaksTheShareAction();
    void updateReplacesTheDefinitionOrNothing();
    void activateDeactivateAndDelete();
    void choicesForThePickers();
    void definitionsRoundTripAsJson();

private:
    Id addAgreement(AgreementDirection direction, const QString &name,
                    AgreementStatus status = AgreementStatus::Accepted);
    int count();
    TriggerService &triggers() { return m_a.instance->triggers(); }
    static TriggerDraft draft(const QString &title, const QByteArray &conditions,
                              const QByteArray &actions);

    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
};

void TestTriggerService::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path(), Plan::Enterprise);
}

void TestTriggerService::cleanup() {
    m_a = {};
    delete m_dir;
}

int TestTriggerService::count() {
    QSqlQuery q(m_a.instance->database().connection());
    q.exec(QStringLiteral("SELECT count(*) FROM triggers"));
    q.next();
    return q.value(0).toInt();
}

Id TestTriggerService::addAgreement(AgreementDirection direction, const QString &name,
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
    const Id id = repo.insertAgreement(a).value();
    Q_EMIT m_a.instance->changes().agreementsChanged();
    return id;
}

TriggerDraft TestTriggerService::draft(const QString &title, const QByteArray &conditions,
                                       const QByteArray &actions) {
    TriggerDraft d;
    d.title = title;
    d.condition = Rules::Condition::fromJson(conditions).value();
    d.actions = Rules::ActionList::fromJson(actions).value();
    return d;
}

namespace {
const QByteArray kIsNew = R"({"all":[{"field":"status","operator":"is","value":"new"}]})";
const QByteArray kTagX = R"([{"field":"add_tags","value":"x"}])";
} // namespace

void TestTriggerService::createListAndOrder() {
    QSignalSpy changed(&m_a.instance->changes(), &Store::ChangeHub::rulesChanged);
    const auto a = triggers().create(m_a.admin, draft(QStringLiteral("A"), kIsNew, kTagX));
    QVERIFY2(a, qPrintable(a.error()));
    const auto b = triggers().create(m_a.admin, draft(QStringLiteral("B"), kIsNew, kTagX));
    TriggerDraft first = draft(QStringLiteral("C"), kIsNew, kTagX);
    first.position = 1;
    const auto c = triggers().create(m_a.admin, first);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(changed.size(), 3);
    const auto titles = [&] {
        QStringList out;
        const auto list = triggers().list(m_a.admin);
        for (const TriggerInfo &t : list.value())
            out.append(t.title + QString::number(t.position));
        return out;
    };
    QCOMPARE(titles(),
             (QStringList{QStringLiteral("C1"), QStringLiteral("A2"), QStringLiteral("B3")}));
    QVERIFY(triggers().reorder(m_a.admin, {b->id, a->id, c->id}));
    QCOMPARE(titles(),
             (QStringList{QStringLiteral("B1"), QStringLiteral("A2"), QStringLiteral("C3")}));
    // An order that leaves one out (or names one twice) is refused and changes nothing.
    const Status partial = triggers().reorder(m_a.admin, {a->id, b->id});
    QVERIFY(!partial);
    QVERIFY2(partial.error().contains(QStringLiteral("3 trigger(s)")), qPrintable(partial.error()));
    QVERIFY(!triggers().reorder(m_a.admin, {a->id, a->id, b->id}));
    QCOMPARE(titles(),
             (QStringList{QStringLiteral("B1"), QStringLiteral("A2"), QStringLiteral("C3")}));
    QCOMPARE(triggers().find(m_a.admin, QStringLiteral("a"))->id, a->id);
    QCOMPARE(triggers().find(m_a.admin, QStringLiteral("#%1").arg(c->id))->title,
             QStringLiteral("C"));
}

void TestTriggerService::onlyAdminsManageTriggers() {
    const auto r = triggers().create(m_a.agent, draft(QStringLiteral("A"), kIsNew, kTagX));
    QVERIFY(!r);
    QVERIFY(r.error().contains(QStringLiteral("Only administrators")));
    QCOMPARE(count(), 0);
    QVERIFY(!triggers().list(m_a.agent));
    QVERIFY(!triggers().list(m_a.endUser));
    const auto ok = triggers().create(m_a.admin, draft(QStringLiteral("A"), kIsNew, kTagX));
    QVERIFY(!triggers().remove(m_a.agent, ok->id));
    QVERIFY(!triggers().setActive(m_a.agent, ok->id, false));
    QVERIFY(!triggers().update(m_a.agent, ok->id, draft(QStringLiteral("B"), kIsNew, kTagX)));
    QCOMPARE(triggers().get(m_a.admin, ok->id)->title, QStringLiteral("A"));
}

void TestTriggerService::invalidDefinitionsNameTheRowAndWriteNothing_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray actions = R"("actions":[{"field":"add_tags","value":"x"}])";
    QTest::newRow("invalid JSON") << QByteArray(R"({"title":"T","conditions":{"all":[)")
                                  << QStringLiteral("The trigger definition is not valid JSON");
    QTest::newRow("not an object")
        << QByteArray("[1,2]") << QStringLiteral("must be a JSON object");
    QTest::newRow("bad operator")
        << (R"({"title":"T","conditions":{"all":[{"field":"status","operator":"is","value":"new"},
            {"field":"tags","operator":"greater_than","value":"a"}]},)" +
            actions + "}")
        << QStringLiteral("Condition 2 (all): the operator 'greater_than' does not apply to the "
                          "field 'tags'");
    QTest::newRow("unknown field")
        << (R"({"title":"T","conditions":{"all":[{"field":"status","operator":"is","value":"new"}],
            "any":[{"field":"colour","operator":"is","value":"red"}]},)" +
            actions + "}")
        << QStringLiteral("Condition 1 (any): unknown field 'colour'");
    QTest::newRow("bad value")
        << (R"({"title":"T","conditions":{"all":[{"field":"priority","operator":"is",
            "value":"extreme"}]},)" +
            actions + "}")
        << QStringLiteral("Condition 1 (all): ");
    QTest::newRow("row without operator")
        << (R"({"title":"T","conditions":{"all":[{"field":"status"}]},)" + actions + "}")
        << QStringLiteral("Condition 1 (all): a condition needs the texts");
    QTest::newRow("unknown group")
        << (R"({"title":"T","conditions":{"all":[{"field":"group_id","operator":"is",
            "value":99}]},)" +
            actions + "}")
        << QStringLiteral("Condition 1 (all): the group 99 does not exist (any more)");
    QTest::newRow("unknown action")
        << QByteArray(R"({"title":"T","conditions":{"all":[{"field":"status","operator":"is",
            "value":"new"}]},"actions":[{"field":"add_tags","value":"x"},
            {"field":"explode","value":1}]})")
        << QStringLiteral("Action 2: unknown action 'explode'");
    QTest::newRow("no actions")
        << QByteArray(R"({"title":"T","conditions":{"all":[{"field":"status","operator":"is",
            "value":"new"}]}})")
        << QStringLiteral("Add at least one action");
    QTest::newRow("no conditions")
        << (R"({"title":"T",)" + actions + "}") << QStringLiteral("Add at least one condition");
    QTest::newRow("status back to new")
        << QByteArray(R"({"title":"T","conditions":{"all":[{"field":"status","operator":"is",
            "value":"open"}]},"actions":[{"field":"status","value":"new"}]})")
        << QStringLiteral("Action 1: a trigger cannot set the status back to New");
    QTest::newRow("assign to an end user")
        << QByteArray(R"({"title":"T","conditions":{"all":[{"field":"status","operator":"is",
            "value":"new"}]},"actions":[{"field":"assignee_id","value":3}]})")
        << QStringLiteral("Action 1: the user 3 is not an agent and cannot be assigned");
    QTest::newRow("conditions not an object")
        << (R"({"title":"T","conditions":[],)" + actions + "}")
        << QStringLiteral("The conditions must be a JSON object");
    QTest::newRow("position zero")
        << (R"({"title":"T","position":0,"conditions":{"all":[{"field":"status",
            "operator":"is","value":"new"}]},)" +
            actions + "}")
        << QStringLiteral("\"position\" must be a whole number from 1");
}

void TestTriggerService::invalidDefinitionsNameTheRowAndWriteNothing() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QCOMPARE(m_a.endUser.id, Id(3)); // the "assign to an end user" row names this user
    const auto parsed = RuleDefinitions::triggerFromJson(json);
    QString error;
    if (!parsed) {
        error = parsed.error();
    } else {
        QVERIFY(!triggers().check(m_a.admin, *parsed));
        const auto created = triggers().create(m_a.admin, *parsed);
        QVERIFY(!created);
        error = created.error();
        QCOMPARE(triggers().check(m_a.admin, *parsed).error(), error);
    }
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(count(), 0);
}

void TestTriggerService::titlesAreUniqueAndRequired() {
    QVERIFY(triggers().create(m_a.admin, draft(QStringLiteral("Eskalation"), kIsNew, kTagX)));
    const auto dup =
        triggers().create(m_a.admin, draft(QStringLiteral(" eskalation "), kIsNew, kTagX));
    QVERIFY(!dup);
    QVERIFY(dup.error().contains(QStringLiteral("already a trigger named \"Eskalation\"")));
    const auto empty = triggers().create(m_a.admin, draft(QStringLiteral("  "), kIsNew, kTagX));
    QVERIFY(!empty);
    QVERIFY(empty.error().contains(QStringLiteral("needs a title")));
    QCOMPARE(count(), 1);
}

void TestTriggerService::shareTicketNeedsEnterprise() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const Rules::Trigger sample = Rules::samples::warrantyTrigger(manufacturer);
    const TriggerDraft d{sample.title, {}, {}, sample.condition, sample.actions};
    for (Plan plan : {Plan::Team, Plan::Growth, Plan::Professional}) {
        Account a = *m_a.instance->accounts().account();
        a.plan = plan;
        QVERIFY(m_a.instance->accounts().update(m_a.admin, a));
        const auto refused = triggers().create(m_a.admin, d);
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QStringLiteral("Action 1: ")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(QStringLiteral("Enterprise")),
                 qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(Names::label(plan)), qPrintable(refused.error()));
        QCOMPARE(count(), 0);
    }
    // The same trigger without the share action is fine on Professional.
    TriggerDraft tagOnly = d;
    tagOnly.actions = Rules::ActionList().add(QStringLiteral("add_tags"), QStringLiteral("rma"));
    QVERIFY(triggers().create(m_a.admin, tagOnly));

    Account a = *m_a.instance->accounts().account();
    a.plan = Plan::Enterprise;
    QVERIFY(m_a.instance->accounts().update(m_a.admin, a));
    TriggerDraft enterprise = d;
    enterprise.title = QStringLiteral("Garantie (Enterprise)");
    const auto created = triggers().create(m_a.admin, enterprise);
    QVERIFY2(created, qPrintable(created.error()));
    QVERIFY(created->runs());
    QVERIFY(created->planNotice.isEmpty());
}

void TestTriggerService::brokenReferencesAreShownAndBlockActivation() {
    const Group g = m_a.instance->groups().create(m_a.admin, QStringLiteral("Retouren")).value();
    const auto field = m_a.instance->fields().create(
        m_a.admin,
        CustomField{0, {}, QStringLiteral("Seriennummer"), FieldType::Text, {}, 0, true, {}});
    QVERIFY2(field, qPrintable(field.error()));
    TriggerDraft d;
    d.title = QStringLiteral("Returns");
    d.condition.addAll(QStringLiteral("group_id"), QStringLiteral("is_not"), g.id)
        .addAll(QStringLiteral("custom_fields_%1").arg(field->id), QStringLiteral("present"));
    d.actions.add(QStringLiteral("group_id"), g.id);
    const auto t = triggers().create(m_a.admin, d);
    QVERIFY2(t, qPrintable(t.error()));
    QVERIFY(!t->broken);
    QVERIFY(triggers().setActive(m_a.admin, t->id, false));

    QVERIFY(m_a.instance->groups().remove(m_a.admin, g.id));
    const TriggerInfo listed = triggers().list(m_a.admin)->first();
    QVERIFY(listed.broken);
    QCOMPARE(listed.problems,
             (QStringList{
                 QStringLiteral("Condition 1 (all): the group %1 does not exist (any "
                                "more)")
                     .arg(g.id),
                 QStringLiteral("Action 1: the group %1 does not exist (any more)").arg(g.id)}));
    const Status activate = triggers().setActive(m_a.admin, t->id, true);
    QVERIFY(!activate);
    QVERIFY2(activate.error().contains(QStringLiteral("cannot be activated")),
             qPrintable(activate.error()));
    QVERIFY(!triggers().get(m_a.admin, t->id)->active);
    // Changing it keeps it broken until the reference is fixed.
    QVERIFY(!triggers().update(m_a.admin, t->id, d));
}

void TestTriggerService::declinedAgreementBreaksTheShareAction() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const Rules::Trigger sample = Rules::samples::warrantyTrigger(manufacturer);
    const auto t =
        triggers().create(m_a.admin, {sample.title, {}, {}, sample.condition, sample.actions});
    QVERIFY2(t, qPrintable(t.error()));
    Store::SharingRepository repo(m_a.instance->database());
    Agreement a = *repo.agreement(manufacturer);
    a.status = AgreementStatus::Inactive;
    QVERIFY(repo.updateAgreement(a)); // no signal: the fingerprint notices
    const TriggerInfo listed = triggers().get(m_a.admin, t->id).value();
    QVERIFY(listed.broken);
    QVERIFY2(listed.problems.first().contains(QStringLiteral("Hersteller")),
             qPrintable(listed.problems.first()));
    QVERIFY(!listed.runs());
    // An inbound agreement cannot share at all.
    const Id inbound = addAgreement(AgreementDirection::Inbound, QStringLiteral("Einzelhandel"));
    const auto wrong = triggers().create(
        m_a.admin, {QStringLiteral("Back"),
                    {},
                    {},
                    sample.condition,
                    Rules::ActionList().add(QStringLiteral("share_ticket"), inbound)});
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().startsWith(QStringLiteral("Action 1: ")), qPrintable(wrong.error()));
}

void TestTriggerService::updateReplacesTheDefinitionOrNothing() {
    const auto t = triggers().create(m_a.admin, draft(QStringLiteral("A"), kIsNew, kTagX));
    TriggerDraft changed = draft(QStringLiteral("A2"),
                                 R"({"any":[{"field":"priority","operator":"is","value":"high"},
                                 {"field":"priority","operator":"is","value":"urgent"}]})",
                                 R"([{"field":"add_tags","value":"eilig"}])");
    const auto updated = triggers().update(m_a.admin, t->id, changed);
    QVERIFY2(updated, qPrintable(updated.error()));
    QCOMPARE(updated->title, QStringLiteral("A2"));
    QCOMPARE(updated->condition.any().size(), 2);
    QVERIFY(updated->active); // unset in the draft: unchanged

    TriggerDraft bad = changed;
    bad.title = QStringLiteral("A3");
    bad.condition.any()[1].op = QStringLiteral("less_than_or_so");
    const auto refused = triggers().update(m_a.admin, t->id, bad);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("Condition 2 (any): ")),
             qPrintable(refused.error()));
    const TriggerInfo stored = triggers().get(m_a.admin, t->id).value();
    QCOMPARE(stored.title, QStringLiteral("A2"));
    QCOMPARE(stored.condition, changed.condition);
    QVERIFY(!triggers().update(m_a.admin, 999, changed));
}

void TestTriggerService::activateDeactivateAndDelete() {
    const auto t = triggers().create(m_a.admin, draft(QStringLiteral("A"), kIsNew, kTagX));
    QVERIFY(triggers().setActive(m_a.admin, t->id, false));
    QVERIFY(!triggers().get(m_a.admin, t->id)->active);
    QVERIFY(!triggers().get(m_a.admin, t->id)->runs());
    QVERIFY(triggers().setActive(m_a.admin, t->id, true));
    QVERIFY(triggers().get(m_a.admin, t->id)->runs());
    TriggerDraft inactive = draft(QStringLiteral("B"), kIsNew, kTagX);
    inactive.active = false;
    QVERIFY(!triggers().create(m_a.admin, inactive)->active);

    // History keeps the firing after the trigger is gone.
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    const Id ticket = m_a.instance->tickets().create(m_a.agent, n)->id;
    QVERIFY(triggers().remove(m_a.admin, t->id));
    QVERIFY(!triggers().get(m_a.admin, t->id));
    QVERIFY(!triggers().remove(m_a.admin, t->id));
    QCOMPARE(count(), 1);
    bool fired = false;
    const auto events = m_a.instance->tickets().events(m_a.admin, ticket);
    for (const TicketEvent &e : events.value())
        fired |= e.kind == EventKind::TriggerFired && e.newValue == QStringLiteral("A");
    QVERIFY(fired);
}

void TestTriggerService::choicesForThePickers() {
    QVERIFY(m_a.instance->groups().create(m_a.admin, QStringLiteral("Support")));
    addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    addAgreement(AgreementDirection::Inbound, QStringLiteral("Einzelhandel"),
                 AgreementStatus::Pending);
    const RuleChoices c = triggers().choices(m_a.admin).value();
    QCOMPARE(c.groups.size(), 1);
    QCOMPARE(c.groups.first().name, QStringLiteral("Support"));
    QCOMPARE(c.agents.size(), 2); // admin and agent, not the end user
    QCOMPARE(c.outboundAgreements.size(), 1);
    QCOMPARE(c.outboundAgreements.first().name, QStringLiteral("Hersteller"));
    QCOMPARE(c.inboundAgreements.first().detail, QStringLiteral("pending"));
    QVERIFY(!triggers().choices(m_a.agent));
}

void TestTriggerService::definitionsRoundTripAsJson() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const Rules::Trigger sample = Rules::samples::warrantyTrigger(manufacturer);
    const auto t =
        triggers().create(m_a.admin, {sample.title, {}, {}, sample.condition, sample.actions});
    // What show --json prints is what update takes back.
    const QJsonObject printed = RuleDefinitions::toJson(*t);
    const auto parsed = RuleDefinitions::triggerFromJson(printed);
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->title, t->title);
    QCOMPARE(parsed->condition, t->condition);
    QCOMPARE(parsed->actions, t->actions);
    QCOMPARE(*parsed->active, true);
    QCOMPARE(*parsed->position, 1);
    QVERIFY(triggers().update(m_a.admin, t->id, *parsed));
}

QTEST_GUILESS_MAIN(TestTriggerService)
#include "tst_triggerservice.moc"
