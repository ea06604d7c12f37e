// RuleEngine: every condition field with every operator it takes, against one ticket's facts;
// the all/any rule; compiled and uncompiled conditions agree.
#include "app/rules/CompiledCondition.h"
#include "app/rules/RuleEngine.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Rules;
using namespace DeskBridge::Domain;

namespace {

const QDateTime now = QDateTime(QDate(2024, 6, 5), QTime(10, 0), Qt::UTC); // a Wednesday

QDateTime hoursAgo(double h) {
    return now.addMSecs(-qint64(h * 3600 * 1000));
}

TicketFacts sampleFacts() {
    TicketFacts f;
    f.ticketId = 1;
    f.isCreate = false;
    f.status = TicketStatus::Open;
    f.priority = Priority::High;
    f.type = TicketType::Incident;
    f.groupId = 3;
    f.assigneeId = 0; // unassigned
    f.requesterId = 7;
    f.organizationId = 2;
    f.tags = {QStringLiteral("garantieanspruch"), QStringLiteral("vip")};
    f.customFields = {{1, QStringLiteral("blue")},
                      {2, QStringLiteral("42")},
                      {3, QStringLiteral("1")},
                      {4, QStringLiteral("2024-03-15")},
                      {5, QString()}}; // stored but empty: not present
    f.channel = Channel::Email;
    f.currentVia = Channel::Sharing;
    f.shares = {{10, ShareDirection::Outgoing, ShareState::Active, hoursAgo(5)},
                {20, ShareDirection::Incoming, ShareState::Orphaned, hoursAgo(50)}};
    f.createdAt = hoursAgo(30);
    f.updatedAt = hoursAgo(2);
    return f;
}

BusinessHours berlinOfficeHours() {
    QList<BusinessHours::Interval> week;
    for (int day = 1; day <= 5; ++day)
        week.append({day, 9 * 60, 17 * 60});
    return BusinessHours::create(QTimeZone("Europe/Berlin"), week).value();
}

Condition allOf(const QByteArray &rows) {
    const Result<Condition> c = Condition::fromJson("{\"all\":[" + rows + "]}");
    if (!c)
        qFatal("test condition does not parse: %s", qPrintable(c.error()));
    return *c;
}

} // namespace

Q_DECLARE_METATYPE(DeskBridge::Rules::ShareFact)

class TestRuleEngine : public QObject {
    Q_OBJECT
private slots:
    void fieldOperator_data();
    void fieldOperator();
    void allAndAny_data();
    void allAndAny();
    void shareStates_data();
    void shareStates();
    void neverSharedMatchesNoSharedHours();
    void hoursBoundary();
    void businessHoursFollowNow();
    void triggerOnlyFieldsReadTheUpdate();
    void uncompilableConditionNeverMatches();
    void compiledAndUncompiledAgree();
};

void TestRuleEngine::fieldOperator_data() {
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<bool>("expected");
    const auto row = [](const char *name, const char *field, const char *op, const char *value,
                        bool expected) {
        QByteArray json = QByteArray("{\"field\":\"") + field + "\",\"operator\":\"" + op + "\"";
        if (value)
            json += QByteArray(",\"value\":") + value;
        QTest::newRow(name) << json + '}' << expected;
    };
    row("update_type is Change", "update_type", "is", "\"Change\"", true);
    row("update_type is Create", "update_type", "is", "\"create\"", false);
    row("update_type is_not Create", "update_type", "is_not", "\"Create\"", true);

    row("status is open", "status", "is", "\"open\"", true);
    row("status is pending", "status", "is", "\"pending\"", false);
    row("status is_not open", "status", "is_not", "\"open\"", false);
    row("status less_than solved (unsolved)", "status", "less_than", "\"solved\"", true);
    row("status less_than open", "status", "less_than", "\"open\"", false);
    row("status greater_than new", "status", "greater_than", "\"new\"", true);
    row("status greater_than open", "status", "greater_than", "\"open\"", false);

    row("priority is high", "priority", "is", "\"high\"", true);
    row("priority less_than urgent", "priority", "less_than", "\"urgent\"", true);
    row("priority greater_than high", "priority", "greater_than", "\"high\"", false);
    row("priority is_not low", "priority", "is_not", "\"low\"", true);

    row("type is incident", "type", "is", "\"incident\"", true);
    row("type is_not incident", "type", "is_not", "\"incident\"", false);

    row("group is 3", "group_id", "is", "3", true);
    row("group is \"3\" (string id)", "group_id", "is", "\"3\"", true);
    row("group is 4", "group_id", "is", "4", false);
    row("group is none", "group_id", "is", "null", false);
    row("group is_not none", "group_id", "is_not", "null", true);
    row("group alias 'group'", "group", "is", "3", true);
    row("assignee is none", "assignee_id", "is", "null", true);
    row("assignee is 9", "assignee_id", "is", "9", false);
    row("assignee is_not 9 (unassigned counts)", "assignee_id", "is_not", "9", true);
    row("assignee is_not none", "assignee_id", "is_not", "null", false);
    row("requester is 7", "requester_id", "is", "7", true);
    row("requester is_not 7", "requester_id", "is_not", "7", false);
    row("organization is 2", "organization_id", "is", "2", true);
    row("organization is none", "organization_id", "is", "null", false);

    row("tags includes one of", "tags", "includes", "\"garantieanspruch other\"", true);
    row("tags includes none present", "tags", "includes", "\"other third\"", false);
    row("tags includes normalizes case", "tags", "includes", "\"Garantieanspruch\"", true);
    row("tags includes_all present", "tags", "includes_all", "[\"vip\",\"garantieanspruch\"]",
        true);
    row("tags includes_all one missing", "tags", "includes_all", "\"vip other\"", false);
    row("tags not_includes none present", "tags", "not_includes", "\"other third\"", true);
    row("tags not_includes one present", "tags", "not_includes", "\"other vip\"", false);

    row("text field is blue", "custom_fields_1", "is", "\"blue\"", true);
    row("text field is Blue (exact)", "custom_fields_1", "is", "\"Blue\"", false);
    row("text field is_not red", "custom_fields_1", "is_not", "\"red\"", true);
    row("absent field is_not red", "custom_fields_9", "is_not", "\"red\"", true);
    row("absent field is red", "custom_fields_9", "is", "\"red\"", false);
    row("number field is 42", "custom_fields_2", "is", "42", true);
    row("number field is 42.0", "custom_fields_2", "is", "42.0", true);
    row("number field less_than 50", "custom_fields_2", "less_than", "50", true);
    row("number field less_than 42", "custom_fields_2", "less_than", "42", false);
    row("number field greater_than 41.5", "custom_fields_2", "greater_than", "41.5", true);
    row("number compare on text value", "custom_fields_1", "less_than", "100", false);
    row("checkbox is true", "custom_fields_3", "is", "true", true);
    row("checkbox is false", "custom_fields_3", "is", "false", false);
    row("absent checkbox is false", "custom_fields_8", "is", "false", true);
    row("absent checkbox is_not true", "custom_fields_8", "is_not", "true", true);
    row("date field less_than", "custom_fields_4", "less_than", "\"2024-04-01\"", true);
    row("date field greater_than", "custom_fields_4", "greater_than", "\"2024-04-01\"", false);
    row("date field is", "custom_fields_4", "is", "\"2024-03-15\"", true);
    row("field present", "custom_fields_1", "present", nullptr, true);
    row("empty field not present", "custom_fields_5", "not_present", nullptr, true);
    row("empty field present", "custom_fields_5", "present", nullptr, false);
    row("absent field not_present", "custom_fields_9", "not_present", nullptr, true);

    row("via is email", "via", "is", "\"email\"", true);
    row("via is sharing", "via", "is", "\"sharing\"", false);
    row("via is_not sharing", "via", "is_not", "\"sharing\"", true);
    row("current_via is sharing", "current_via", "is", "\"sharing\"", true);
    row("current_via is_not sharing", "current_via", "is_not", "\"sharing\"", false);

    row("sent_to 10 (active)", "sent_to", "is", "10", true);
    row("sent_to 11", "sent_to", "is", "11", false);
    row("sent_to is_not 10", "sent_to", "is_not", "10", false);
    row("sent_to none", "sent_to", "is", "null", false);
    row("received_from 20 (orphaned: not any more)", "received_from", "is", "20", false);
    row("received_from is_not 20", "received_from", "is_not", "20", true);
    row("received_from none", "received_from", "is", "null", true);
    row("received_from any", "received_from", "is_not", "null", false);

    row("shared less_than 6 hours ago", "shared_hours_ago", "less_than", "6", true);
    row("shared less_than 4 hours ago", "shared_hours_ago", "less_than", "4", false);
    row("shared greater_than 4 hours ago", "shared_hours_ago", "greater_than", "4", true);
    row("shared greater_than 6 hours ago", "shared_hours_ago", "greater_than", "6", false);
    row("created less_than 24 hours ago", "created_hours_ago", "less_than", "24", false);
    row("created greater_than 24 hours ago", "created_hours_ago", "greater_than", "24", true);
    row("created less_than 30.5 hours ago", "created_hours_ago", "less_than", "30.5", true);
    row("updated less_than 3 hours ago", "updated_hours_ago", "less_than", "3", true);
    row("updated greater_than 3 hours ago", "updated_hours_ago", "greater_than", "\"3\"", false);

    row("within business hours is true", "within_business_hours", "is", "true", true);
    row("within business hours is false", "within_business_hours", "is", "false", false);
    row("within business hours is_not true", "within_business_hours", "is_not", "true", false);
}

void TestRuleEngine::fieldOperator() {
    QFETCH(QByteArray, row);
    QFETCH(bool, expected);
    const Condition c = allOf(row);
    QVERIFY2(CompiledCondition::compile(c).ok(), qPrintable(CompiledCondition::compile(c).error()));
    QCOMPARE(RuleEngine::matches(c, sampleFacts(), now, berlinOfficeHours()), expected);
}

void TestRuleEngine::allAndAny_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("expected");
    const QByteArray open = R"({"field":"status","operator":"is","value":"open"})";
    const QByteArray closed = R"({"field":"status","operator":"is","value":"closed"})";
    const QByteArray vip = R"({"field":"tags","operator":"includes","value":"vip"})";
    const QByteArray low = R"({"field":"priority","operator":"is","value":"low"})";
    QTest::newRow("all true, any empty") << "{\"all\":[" + open + "," + vip + "]}" << true;
    QTest::newRow("all with one false") << "{\"all\":[" + open + "," + closed + "]}" << false;
    QTest::newRow("any with one true") << "{\"any\":[" + closed + "," + vip + "]}" << true;
    QTest::newRow("any all false") << "{\"any\":[" + closed + "," + low + "]}" << false;
    QTest::newRow("all true and any true")
        << "{\"all\":[" + open + "],\"any\":[" + low + "," + vip + "]}" << true;
    QTest::newRow("all true but any false")
        << "{\"all\":[" + open + "],\"any\":[" + low + "," + closed + "]}" << false;
    QTest::newRow("any true but all false")
        << "{\"all\":[" + closed + "],\"any\":[" + vip + "]}" << false;
}

void TestRuleEngine::allAndAny() {
    QFETCH(QByteArray, json);
    QFETCH(bool, expected);
    const Condition c = Condition::fromJson(json).value();
    QCOMPARE(RuleEngine::matches(c, sampleFacts(), now, BusinessHours()), expected);
}

void TestRuleEngine::shareStates_data() {
    QTest::addColumn<QList<ShareFact>>("shares");
    QTest::addColumn<QStringList>("states"); // the share_state values that match
    const ShareFact outActive{1, ShareDirection::Outgoing, ShareState::Active, hoursAgo(1)};
    const ShareFact outOrphan{1, ShareDirection::Outgoing, ShareState::Orphaned, hoursAgo(1)};
    const ShareFact inActive{2, ShareDirection::Incoming, ShareState::Active, hoursAgo(1)};
    const ShareFact inOrphan{2, ShareDirection::Incoming, ShareState::Orphaned, hoursAgo(1)};
    QTest::newRow("none") << QList<ShareFact>{} << QStringList{QStringLiteral("not_shared")};
    QTest::newRow("outgoing") << QList<ShareFact>{outActive}
                              << QStringList{QStringLiteral("outgoing")};
    QTest::newRow("incoming") << QList<ShareFact>{inActive}
                              << QStringList{QStringLiteral("incoming")};
    QTest::newRow("received and passed on")
        << QList<ShareFact>{inActive, outActive}
        << QStringList{QStringLiteral("outgoing"), QStringLiteral("incoming")};
    QTest::newRow("unshared by sender")
        << QList<ShareFact>{inOrphan} << QStringList{QStringLiteral("orphaned")};
    QTest::newRow("all orphaned") << QList<ShareFact>{inOrphan, outOrphan}
                                  << QStringList{QStringLiteral("orphaned")};
    QTest::newRow("one orphaned, one active")
        << QList<ShareFact>{outOrphan, inActive} << QStringList{QStringLiteral("incoming")};
}

void TestRuleEngine::shareStates() {
    QFETCH(QList<ShareFact>, shares);
    QFETCH(QStringList, states);
    TicketFacts f = sampleFacts();
    f.shares = shares;
    for (const QString &state : RuleFields::shareStateNames()) {
        const Condition is =
            Condition().addAll(QStringLiteral("share_state"), QStringLiteral("is"), state);
        const Condition isNot =
            Condition().addAll(QStringLiteral("share_state"), QStringLiteral("is_not"), state);
        QVERIFY2(RuleEngine::matches(is, f, now, BusinessHours()) == states.contains(state),
                 qPrintable(state));
        QVERIFY2(RuleEngine::matches(isNot, f, now, BusinessHours()) != states.contains(state),
                 qPrintable(state));
    }
}

void TestRuleEngine::neverSharedMatchesNoSharedHours() {
    TicketFacts f = sampleFacts();
    f.shares.clear();
    for (const char *op : {"less_than", "greater_than"}) {
        const Condition c =
            Condition().addAll(QStringLiteral("shared_hours_ago"), QString::fromLatin1(op), 24);
        QVERIFY(!RuleEngine::matches(c, f, now, BusinessHours()));
    }
}

void TestRuleEngine::hoursBoundary() {
    // Exactly N hours ago is neither "less than N" nor "greater than N" hours ago.
    TicketFacts f = sampleFacts();
    f.createdAt = hoursAgo(24);
    const auto created = [&](const char *op) {
        return RuleEngine::matches(
            Condition().addAll(QStringLiteral("created_hours_ago"), QString::fromLatin1(op), 24), f,
            now, BusinessHours());
    };
    QVERIFY(!created("less_than"));
    QVERIFY(!created("greater_than"));
    f.createdAt = hoursAgo(24).addMSecs(1);
    QVERIFY(created("less_than"));
}

void TestRuleEngine::businessHoursFollowNow() {
    const Condition within =
        Condition().addAll(QStringLiteral("within_business_hours"), QStringLiteral("is"), true);
    const TicketFacts f = sampleFacts();
    const BusinessHours hours = berlinOfficeHours();
    // 10:00 UTC = 12:00 in Berlin (summer time): within; 16:00 UTC = 18:00: not.
    QVERIFY(RuleEngine::matches(within, f, now, hours));
    QVERIFY(!RuleEngine::matches(within, f, now.addSecs(6 * 3600), hours));
    // No schedule defined: never within business hours.
    QVERIFY(!RuleEngine::matches(within, f, now, BusinessHours()));
    const Condition outside =
        Condition().addAll(QStringLiteral("within_business_hours"), QStringLiteral("is"), false);
    QVERIFY(RuleEngine::matches(outside, f, now, BusinessHours()));
}

void TestRuleEngine::triggerOnlyFieldsReadTheUpdate() {
    const Condition created = Condition().addAll(QStringLiteral("update_type"),
                                                 QStringLiteral("is"), QStringLiteral("Create"));
    TicketFacts f = sampleFacts();
    QVERIFY(!RuleEngine::matches(created, f, now, BusinessHours()));
    f.isCreate = true;
    QVERIFY(RuleEngine::matches(created, f, now, BusinessHours()));
}

void TestRuleEngine::uncompilableConditionNeverMatches() {
    // Never "matches everything" because a row could not be understood.
    const Condition unknown =
        Condition().addAll(QStringLiteral("no_such_field"), QStringLiteral("is"), 1);
    QVERIFY(!RuleEngine::matches(unknown, sampleFacts(), now, BusinessHours()));
    const Condition badOperator =
        Condition().addAll(QStringLiteral("tags"), QStringLiteral("is_not"), QStringLiteral("x"));
    QVERIFY(!RuleEngine::matches(badOperator, sampleFacts(), now, BusinessHours()));
}

void TestRuleEngine::compiledAndUncompiledAgree() {
    const Condition c = Condition::fromJson(R"({"all":[
            {"field":"status","operator":"less_than","value":"solved"},
            {"field":"tags","operator":"includes","value":"vip"}],
        "any":[{"field":"sent_to","operator":"is","value":10},
               {"field":"priority","operator":"is","value":"urgent"}]})")
                            .value();
    const CompiledCondition compiled = CompiledCondition::compile(c).value();
    TicketFacts f = sampleFacts();
    const BusinessHours hours;
    QVERIFY(RuleEngine::matches(compiled, f, now, hours));
    QCOMPARE(RuleEngine::matches(c, f, now, hours), RuleEngine::matches(compiled, f, now, hours));
    f.shares.clear();
    QVERIFY(!RuleEngine::matches(compiled, f, now, hours));
    QCOMPARE(RuleEngine::matches(c, f, now, hours), RuleEngine::matches(compiled, f, now, hours));
}

QTEST_GUILESS_MAIN(TestRuleEngine)
#include "tst_ruleengine.moc"
