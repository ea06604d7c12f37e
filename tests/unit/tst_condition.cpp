// Condition, ActionList and Trigger: JSON in and out, validation messages that name the bad row,
// broken references to deleted things, and the shipped sample rules.
#include "app/rules/Action.h"
#include "app/rules/Condition.h"
#include "app/rules/RuleCatalog.h"
#include "app/rules/SampleRules.h"
#include "app/rules/Trigger.h"

#include <QJsonDocument>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Rules;
using namespace DeskBridge::Domain;

namespace {

// Group 1, organization 1, agent 5, end user 7, agreements: 10 outbound accepted, 11 outbound
// inactive, 20 inbound; custom fields 1 text, 2 number, 3 checkbox, 4 date.
RuleCatalog sampleCatalog(bool withManufacturer = true) {
    RuleCatalog c;
    c.addGroup(1, QStringLiteral("Support"));
    c.addOrganization(1, QStringLiteral("Retail AG"));
    c.addUser({5, Role::Agent, QStringLiteral("Anna Agent")});
    c.addUser({7, Role::EndUser, QStringLiteral("Erik Enduser")});
    if (withManufacturer)
        c.addAgreement({10, AgreementDirection::Outbound, AgreementStatus::Accepted,
                        QStringLiteral("Hersteller GmbH")});
    c.addAgreement({11, AgreementDirection::Outbound, AgreementStatus::Inactive,
                    QStringLiteral("Old partner")});
    c.addAgreement(
        {20, AgreementDirection::Inbound, AgreementStatus::Accepted, QStringLiteral("Retailer")});
    c.addCustomField({1, FieldType::Text, QStringLiteral("Product")});
    c.addCustomField({2, FieldType::Number, QStringLiteral("Units")});
    c.addCustomField({3, FieldType::Checkbox, QStringLiteral("Urgent")});
    c.addCustomField({4, FieldType::Date, QStringLiteral("Bought on")});
    return c;
}

QString validationError(const QByteArray &json, RuleKind kind = RuleKind::Trigger) {
    const Result<Condition> c = Condition::fromJson(json);
    if (!c)
        return c.error();
    const Status s = c->validate(sampleCatalog(), kind);
    return s ? QString() : s.error();
}

} // namespace

class TestCondition : public QObject {
    Q_OBJECT
private slots:
    void roundTrip();
    void emptyAndDefaultJson();
    void malformedJson_data();
    void malformedJson();
    void validationNamesTheRow_data();
    void validationNamesTheRow();
    void soundConditionsValidate_data();
    void soundConditionsValidate();
    void triggerOnlyFieldsRefusedInViews_data();
    void triggerOnlyFieldsRefusedInViews();
    void brokenReferences();
    void actionsRoundTrip();
    void actionValidation_data();
    void actionValidation();
    void actionBrokenReferences();
    void needsEnterprise();
    void compiledActions();
    void triggerCompileRefusesBrokenRules();
    void warrantySample();
    void builtinViewsAreValidViews();
};

void TestCondition::roundTrip() {
    const QByteArray json = R"({"all":[{"field":"update_type","operator":"is","value":"Create"},
        {"field":"tags","operator":"includes","value":"garantieanspruch"},
        {"field":"custom_fields_4","operator":"present"}],
        "any":[{"field":"assignee_id","operator":"is","value":null},
               {"field":"sent_to","operator":"is","value":10}],
        "unknown_key":true})";
    const Result<Condition> c = Condition::fromJson(json);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->all().size(), 3);
    QCOMPARE(c->any().size(), 2);
    QCOMPARE(c->all().at(1).field, QStringLiteral("tags"));
    QCOMPARE(c->all().at(1).value.toString(), QStringLiteral("garantieanspruch"));
    QVERIFY(c->all().at(2).value.isUndefined()); // no value key
    QVERIFY(c->any().at(0).value.isNull());      // explicit null: "none"

    const Result<Condition> again = Condition::fromJson(c->toJson());
    QVERIFY(again);
    QCOMPARE(*again, *c);
    const QJsonObject o = QJsonDocument::fromJson(c->toJson()).object();
    QVERIFY(!o.value(QStringLiteral("all"))
                 .toArray()
                 .at(2)
                 .toObject()
                 .contains(QStringLiteral("value")));
    QVERIFY(o.value(QStringLiteral("any"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QStringLiteral("value")));
}

void TestCondition::emptyAndDefaultJson() {
    // The schema's default '{}' and an empty text load as an empty condition...
    QVERIFY(Condition::fromJson(QByteArray("{}"))->isEmpty());
    QVERIFY(Condition::fromJson(QByteArray())->isEmpty());
    // ...which a save refuses: a rule without conditions would match everything.
    QCOMPARE(validationError("{}"), QStringLiteral("Add at least one condition"));
    QCOMPARE(validationError("{}", RuleKind::View), QStringLiteral("Add at least one condition"));
}

void TestCondition::malformedJson_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\"all\":[") << QStringLiteral("not valid JSON");
    QTest::newRow("a list") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("all not a list")
        << QByteArray(R"({"all":{"field":"status"}})") << QStringLiteral("\"all\" must be a list");
    QTest::newRow("row without operator")
        << QByteArray(R"({"all":[],"any":[{"field":"status","operator":"is","value":"open"},
                      {"field":"status"}]})")
        << QStringLiteral("Condition 2 (any): a condition needs the texts");
    QTest::newRow("row not an object")
        << QByteArray(R"({"all":[3]})") << QStringLiteral("Condition 1 (all):");
}

void TestCondition::malformedJson() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<Condition> c = Condition::fromJson(json);
    QVERIFY(!c);
    QVERIFY2(c.error().contains(message), qPrintable(c.error()));
}

void TestCondition::validationNamesTheRow_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray two = R"({"field":"status","operator":"is","value":"open"},
                              {"field":"priority","operator":"is","value":"high"},)";
    // The issue's own example, word for word.
    QTest::newRow("operator does not apply")
        << "{\"all\":[" + two + R"({"field":"tags","operator":"greater_than","value":"x"}]})"
        << QStringLiteral(
               "Condition 3 (all): the operator 'greater_than' does not apply to the field 'tags'");
    QTest::newRow("unknown field")
        << QByteArray(R"({"any":[{"field":"colour","operator":"is","value":"red"}]})")
        << QStringLiteral("Condition 1 (any): unknown field 'colour'");
    QTest::newRow("custom field without an id")
        << QByteArray(R"({"all":[{"field":"custom_fields_+5","operator":"present"}]})")
        << QStringLiteral("Condition 1 (all): unknown field 'custom_fields_+5'");
    QTest::newRow("custom field 0")
        << QByteArray(R"({"all":[{"field":"custom_fields_0","operator":"present"}]})")
        << QStringLiteral("Condition 1 (all): unknown field 'custom_fields_0'");
    QTest::newRow("unknown operator")
        << QByteArray(R"({"all":[{"field":"status","operator":"above","value":"open"}]})")
        << QStringLiteral("Condition 1 (all): unknown operator 'above'");
    QTest::newRow("bad status")
        << "{\"all\":[" + two + R"({"field":"status","operator":"is","value":"done"}]})"
        << QStringLiteral("Condition 3 (all): 'done' is not a value of the field 'status' (use "
                          "one of: new, open, pending, hold, solved, closed)");
    QTest::newRow("status none")
        << QByteArray(R"({"all":[{"field":"status","operator":"is","value":null}]})")
        << QStringLiteral("Condition 1 (all): 'null' is not a value of the field 'status'");
    QTest::newRow("bad update type")
        << QByteArray(R"({"all":[{"field":"update_type","operator":"is","value":"Delete"}]})")
        << QStringLiteral("(use one of: Create, Change)");
    QTest::newRow("bad share state")
        << QByteArray(R"({"all":[{"field":"share_state","operator":"is","value":"gone"}]})")
        << QStringLiteral("not_shared, outgoing, incoming, orphaned");
    QTest::newRow("group id not a number")
        << QByteArray(R"({"all":[{"field":"group_id","operator":"is","value":"Support"}]})")
        << QStringLiteral("Condition 1 (all): the field 'group_id' needs an id, or null for none");
    QTest::newRow("requester cannot be none")
        << QByteArray(R"({"all":[{"field":"requester_id","operator":"is","value":null}]})")
        << QStringLiteral("Condition 1 (all): the field 'requester_id' needs an id");
    QTest::newRow("no tags")
        << QByteArray(R"({"all":[{"field":"tags","operator":"includes","value":"  "}]})")
        << QStringLiteral("Condition 1 (all): the field 'tags' needs one or more tags");
    QTest::newRow("negative hours")
        << QByteArray(R"({"all":[{"field":"shared_hours_ago","operator":"less_than","value":-1}]})")
        << QStringLiteral("needs a number of hours");
    QTest::newRow("business hours not a bool")
        << QByteArray(R"({"all":[{"field":"within_business_hours","operator":"is","value":1}]})")
        << QStringLiteral("needs true or false");
    QTest::newRow("custom field compared with nothing")
        << QByteArray(R"({"all":[{"field":"custom_fields_1","operator":"is","value":""}]})")
        << QStringLiteral("use present / not_present");
    QTest::newRow("text custom field ordered")
        << QByteArray(R"({"all":[{"field":"custom_fields_1","operator":"less_than","value":3}]})")
        << QStringLiteral("Condition 1 (all): the operator 'less_than' does not apply to the field "
                          "'custom_fields_1' (Text)");
    QTest::newRow("number custom field with text")
        << QByteArray(R"({"all":[{"field":"custom_fields_2","operator":"is","value":"many"}]})")
        << QStringLiteral("the custom field 2 holds numbers");
    QTest::newRow("checkbox with text")
        << QByteArray(R"({"all":[{"field":"custom_fields_3","operator":"is","value":"yes"}]})")
        << QStringLiteral("is a checkbox; compare it with true or false");
    QTest::newRow("date with a number")
        << QByteArray(R"({"all":[{"field":"custom_fields_4","operator":"less_than","value":3}]})")
        << QStringLiteral("holds dates");
    QTest::newRow("received_from an outbound agreement")
        << QByteArray(R"({"all":[{"field":"received_from","operator":"is","value":10}]})")
        << QStringLiteral("Condition 1 (all): 'received_from' needs an agreement partners share");
    QTest::newRow("sent_to an inbound agreement")
        << QByteArray(R"({"all":[{"field":"sent_to","operator":"is","value":20}]})")
        << QStringLiteral("Condition 1 (all): 'sent_to' needs an agreement we share tickets by");
    QTest::newRow("assignee is an end user")
        << QByteArray(R"({"all":[{"field":"assignee_id","operator":"is","value":7}]})")
        << QStringLiteral("the user 7 is not an agent");
    QTest::newRow("deleted group")
        << QByteArray(R"({"all":[{"field":"group_id","operator":"is_not","value":99}]})")
        << QStringLiteral("Condition 1 (all): the group 99 does not exist (any more)");
}

void TestCondition::validationNamesTheRow() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const QString error = validationError(json);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestCondition::soundConditionsValidate_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("spec fields") << QByteArray(R"({"all":[
        {"field":"update_type","operator":"is","value":"Change"},
        {"field":"status","operator":"less_than","value":"solved"},
        {"field":"priority","operator":"greater_than","value":"low"},
        {"field":"type","operator":"is_not","value":"task"},
        {"field":"group","operator":"is","value":1},
        {"field":"assignee","operator":"is","value":null},
        {"field":"requester","operator":"is","value":7},
        {"field":"organization","operator":"is","value":"1"},
        {"field":"tags","operator":"includes_all","value":["a","b"]},
        {"field":"custom_fields_1","operator":"is","value":"Widget"},
        {"field":"custom_fields_2","operator":"greater_than","value":3},
        {"field":"custom_fields_3","operator":"is","value":false},
        {"field":"custom_fields_4","operator":"less_than","value":"2024-01-01"},
        {"field":"via","operator":"is","value":"sharing"},
        {"field":"current_via","operator":"is","value":"sharing"},
        {"field":"received_from","operator":"is","value":20},
        {"field":"sent_to","operator":"is_not","value":null},
        {"field":"share_state","operator":"is","value":"orphaned"},
        {"field":"shared_hours_ago","operator":"less_than","value":24},
        {"field":"created_hours_ago","operator":"greater_than","value":1.5},
        {"field":"updated_hours_ago","operator":"less_than","value":"2"},
        {"field":"within_business_hours","operator":"is","value":true}]})");
    QTest::newRow("custom field present")
        << QByteArray(R"({"any":[{"field":"custom_fields_1","operator":"present"}]})");
}

void TestCondition::soundConditionsValidate() {
    QFETCH(QByteArray, json);
    const QString error = validationError(json);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCondition::triggerOnlyFieldsRefusedInViews_data() {
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("message");
    QTest::newRow("update_type")
        << QByteArray(R"({"field":"update_type","operator":"is","value":"Create"})")
        << QStringLiteral("Condition 2 (all): the field 'update_type' "
                          "describes an update; use it in triggers, not "
                          "in views");
    QTest::newRow("current_via")
        << QByteArray(R"({"field":"current_via","operator":"is","value":"sharing"})")
        << QStringLiteral("Condition 2 (all): the field 'current_via' describes an update; use it "
                          "in triggers, not in views");
    QTest::newRow("within_business_hours")
        << QByteArray(R"({"field":"within_business_hours","operator":"is","value":true})")
        << QStringLiteral("Condition 2 (all): 'within_business_hours' tests the moment of an "
                          "update; use it in triggers, not in views");
}

void TestCondition::triggerOnlyFieldsRefusedInViews() {
    QFETCH(QByteArray, row);
    QFETCH(QString, message);
    const QByteArray json =
        R"({"all":[{"field":"status","operator":"is","value":"open"},)" + row + "]}";
    QCOMPARE(validationError(json, RuleKind::Trigger), QString());
    QCOMPARE(validationError(json, RuleKind::View), message);
}

void TestCondition::brokenReferences() {
    const Condition c = Condition::fromJson(R"({"all":[
        {"field":"group_id","operator":"is_not","value":1},
        {"field":"status","operator":"is","value":"open"},
        {"field":"sent_to","operator":"is","value":10},
        {"field":"custom_fields_4","operator":"present"}],
        "any":[{"field":"assignee_id","operator":"is","value":5},
               {"field":"organization_id","operator":"is","value":null},
               {"field":"received_from","operator":"is_not","value":20},
               {"field":"requester_id","operator":"is","value":7},
               {"field":"organization_id","operator":"is","value":1}]})")
                            .value();
    const RuleCatalog full = sampleCatalog();
    QCOMPARE(c.brokenReferences(full), QStringList());
    QVERIFY(c.validate(full));

    // Everything it names deleted: each row reported, none "matches everything" quietly.
    const RuleCatalog empty;
    const QStringList broken = c.brokenReferences(empty);
    QCOMPARE(
        broken,
        (QStringList{
            QStringLiteral("Condition 1 (all): the group 1 does not exist (any more)"),
            QStringLiteral("Condition 3 (all): the sharing agreement 10 does not exist (any more)"),
            QStringLiteral("Condition 4 (all): the custom field 4 does not exist (any more)"),
            QStringLiteral("Condition 1 (any): the user 5 does not exist (any more)"),
            QStringLiteral("Condition 3 (any): the sharing agreement 20 does not exist (any more)"),
            QStringLiteral("Condition 4 (any): the user 7 does not exist (any more)"),
            QStringLiteral("Condition 5 (any): the organization 1 does not exist (any more)"),
        }));
    const Status s = c.validate(empty);
    QVERIFY(!s);
    QCOMPARE(s.error(), broken.first());
}

void TestCondition::actionsRoundTrip() {
    const QByteArray json = R"([{"field":"share_ticket","value":10},
        {"field":"add_tags","value":"rma Garantie"},{"field":"remove_tags","value":["neu"]},
        {"field":"set_tags","value":""},{"field":"priority","value":"urgent"},
        {"field":"status","value":"pending"},{"field":"type","value":"problem"},
        {"field":"group_id","value":1},{"field":"assignee_id","value":null}])";
    const Result<ActionList> a = ActionList::fromJson(json);
    QVERIFY2(a, qPrintable(a.error()));
    QCOMPARE(a->actions().size(), 9);
    QCOMPARE(*ActionList::fromJson(a->toJson()), *a);
    QVERIFY2(a->validate(sampleCatalog()), qPrintable(a->validate(sampleCatalog()).error()));

    QVERIFY(!ActionList::fromJson(QByteArray("{}")));
    const Result<ActionList> noField = ActionList::fromJson(R"([{"field":"status","value":"open"},
        {"value":3}])");
    QVERIFY(!noField);
    QCOMPARE(noField.error(), QStringLiteral("Action 2: an action needs the text \"field\""));
}

void TestCondition::actionValidation_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("no actions") << QByteArray("[]") << QStringLiteral("Add at least one action");
    QTest::newRow("unknown action")
        << QByteArray(R"([{"field":"status","value":"open"},{"field":"notify","value":1}])")
        << QStringLiteral("Action 2: unknown action 'notify'");
    QTest::newRow("bad priority") << QByteArray(R"([{"field":"priority","value":"asap"}])")
                                  << QStringLiteral("Action 1: 'asap' is not a value of "
                                                    "'priority' (use one of: low, normal, high, "
                                                    "urgent)");
    QTest::newRow("add no tags") << QByteArray(R"([{"field":"add_tags","value":""}])")
                                 << QStringLiteral("Action 1: 'add_tags' needs one or more tags");
    QTest::newRow("share without agreement")
        << QByteArray(R"([{"field":"share_ticket","value":null}])")
        << QStringLiteral("Action 1: 'share_ticket' needs the id of a sharing agreement");
    QTest::newRow("share by an inbound agreement")
        << QByteArray(R"([{"field":"share_ticket","value":20}])")
        << QStringLiteral("Action 1: tickets can only be shared by an agreement we share");
    QTest::newRow("share by a deactivated agreement")
        << QByteArray(R"([{"field":"share_ticket","value":11}])")
        << QStringLiteral("Action 1: the sharing agreement 'Old partner' is Inactive and can no "
                          "longer share tickets");
    QTest::newRow("assign an end user") << QByteArray(R"([{"field":"assignee_id","value":7}])")
                                        << QStringLiteral("Action 1: the user 7 is not an agent");
    QTest::newRow("deleted group") << QByteArray(R"([{"field":"group_id","value":42}])")
                                   << QStringLiteral("Action 1: the group 42 does not exist");
}

void TestCondition::actionValidation() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<ActionList> a = ActionList::fromJson(json);
    QVERIFY2(a, qPrintable(a.error()));
    const Status s = a->validate(sampleCatalog());
    QVERIFY(!s);
    QVERIFY2(s.error().contains(message), qPrintable(s.error()));
}

void TestCondition::actionBrokenReferences() {
    const ActionList a = ActionList()
                             .add(QStringLiteral("share_ticket"), 10)
                             .add(QStringLiteral("group_id"), 1)
                             .add(QStringLiteral("assignee_id"), 5)
                             .add(QStringLiteral("add_tags"), QStringLiteral("x"));
    QCOMPARE(a.brokenReferences(sampleCatalog()), QStringList());
    QCOMPARE(
        a.brokenReferences(RuleCatalog()),
        (QStringList{QStringLiteral("Action 1: the sharing agreement 10 does not exist (any more)"),
                     QStringLiteral("Action 2: the group 1 does not exist (any more)"),
                     QStringLiteral("Action 3: the user 5 does not exist (any more)")}));
    // A deactivated agreement can never share again: broken, not merely pending.
    const ActionList viaInactive = ActionList().add(QStringLiteral("share_ticket"), 11);
    QCOMPARE(viaInactive.brokenReferences(sampleCatalog()).size(), 1);
}

void TestCondition::needsEnterprise() {
    QVERIFY(Action({QStringLiteral("share_ticket"), 10}).needsEnterprise());
    QVERIFY(!Action({QStringLiteral("add_tags"), QStringLiteral("x")}).needsEnterprise());
    QVERIFY(ActionList()
                .add(QStringLiteral("add_tags"), QStringLiteral("x"))
                .add(QStringLiteral("share_ticket"), 10)
                .needsEnterprise());
    QVERIFY(!ActionList().add(QStringLiteral("status"), QStringLiteral("open")).needsEnterprise());
}

void TestCondition::compiledActions() {
    const QList<CompiledAction> a =
        ActionList()
            .add(QStringLiteral("add_tags"), QStringLiteral("RMA, rma x"))
            .add(QStringLiteral("status"), QStringLiteral("Pending"))
            .add(QStringLiteral("assignee_id"), QJsonValue())
            .add(QStringLiteral("group"), QStringLiteral("1"))
            .compile()
            .value();
    QCOMPARE(a.at(0).tags, (QStringList{QStringLiteral("rma"), QStringLiteral("x")}));
    QCOMPARE(a.at(1).value, qint64(TicketStatus::Pending));
    QCOMPARE(a.at(2).field, ActionField::Assignee);
    QCOMPARE(a.at(2).value, 0); // unassign
    QCOMPARE(a.at(3).field, ActionField::Group);
    QCOMPARE(a.at(3).value, 1);
}

void TestCondition::triggerCompileRefusesBrokenRules() {
    Trigger t = samples::warrantyTrigger(10);
    t.id = 3;
    const Result<CompiledTrigger> ok = t.compile(sampleCatalog());
    QVERIFY2(ok, qPrintable(ok.error()));
    QCOMPARE(ok->id, 3);
    QCOMPARE(ok->actions.size(), 1);

    // The manufacturer's agreement was deleted: the trigger is left out, with the reason.
    const RuleCatalog withoutManufacturer = sampleCatalog(false);
    const Result<CompiledTrigger> broken = t.compile(withoutManufacturer);
    QVERIFY(!broken);
    QCOMPARE(broken.error(),
             QStringLiteral("Action 1: the sharing agreement 10 does not exist (any more)"));
    QCOMPARE(t.brokenReferences(withoutManufacturer), QStringList{broken.error()});
}

void TestCondition::warrantySample() {
    const Trigger t = samples::warrantyTrigger(10);
    QCOMPARE(t.title, QStringLiteral("Garantieanspruch an Hersteller"));
    QVERIFY(t.needsEnterprise());
    QVERIFY(t.validate(sampleCatalog()));
    const QJsonObject condition = QJsonDocument::fromJson(t.condition.toJson()).object();
    const QJsonArray all = condition.value(QStringLiteral("all")).toArray();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("field")).toString(),
             QStringLiteral("update_type"));
    QCOMPARE(all.at(0).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("Create"));
    QCOMPARE(all.at(1).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("garantieanspruch"));
    QCOMPARE(t.actions.toJson(), QByteArray(R"([{"field":"share_ticket","value":10}])"));
}

void TestCondition::builtinViewsAreValidViews() {
    const QList<samples::BuiltinView> views = samples::builtinViews();
    QCOMPARE(views.size(), 4);
    QStringList keys;
    for (const samples::BuiltinView &v : views) {
        keys.append(v.key);
        QVERIFY(!v.title.isEmpty());
        const Status s = v.condition.validate(RuleCatalog(), RuleKind::View);
        QVERIFY2(s, qPrintable(v.key + QStringLiteral(": ") + s.error()));
    }
    keys.removeDuplicates();
    QCOMPARE(keys.size(), views.size());
}

QTEST_GUILESS_MAIN(TestCondition)
#include "tst_condition.moc"
