// ViewService: the sidebar's built-in views (console and sharing, by plan), the account's own
// views (create, change, order, activate; conditions, columns, sort), broken views matching
// nothing, counts, and a property test: on random tickets (tags, fields, shares) and random
// conditions, a view created through the service selects exactly what RuleEngine accepts.
#include "app/rules/RuleEngine.h"
#include "app/rules/RuleFields.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"
#include "models/domain/Clock.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/SharingRepository.h"
#include "models/store/Transaction.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 6, 5), QTime(10, 0), Qt::UTC);
constexpr qint64 kHourMs = 3600 * 1000;

QDateTime hoursAgo(double h) {
    return kNow.addMSecs(-qint64(h * kHourMs));
}

quint32 seed() {
    bool ok = false;
    const quint32 fromEnv = QProcessEnvironment::systemEnvironment()
                                .value(QStringLiteral("DESKBRIDGE_TEST_SEED"))
                                .toUInt(&ok);
    return ok ? fromEnv : 20240605u;
}

} // namespace

class TestViewService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void builtinViewsFollowThePlan();
    void sharingViewsSelectTheRightTickets();
    void customViewLifecycle();
    void invalidViewsNameTheProblemAndWriteNothing_data();
    void invalidViewsNameTheProblemAndWriteNothing();
    void brokenViewIsShownAndMatchesNothing();
    void countsForTheSidebar();
    void customViewsMatchTheEngineOnRandomTickets();

private:
    void setPlan(Plan plan);
    Id addAgreement(AgreementDirection direction, const QString &name);
    // A ticket written straight through the repository (with shares), and its facts.
    Rules::TicketFacts addTicket(Rules::TicketFacts f, const QString &subject = {});
    int count(const QString &key);
    QList<Id> ids(const QString &key);
    ViewService &views() { return m_a.instance->views(); }

    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
    int m_remote = 0;
};

void TestViewService::init() {
    Clock::setSource([] { return kNow; });
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path(), Plan::Enterprise);
}

void TestViewService::cleanup() {
    m_a = {};
    delete m_dir;
    Clock::setSource(nullptr);
}

void TestViewService::setPlan(Plan plan) {
    Account a = *m_a.instance->accounts().account();
    a.plan = plan;
    QVERIFY(m_a.instance->accounts().update(m_a.admin, a));
}

Id TestViewService::addAgreement(AgreementDirection direction, const QString &name) {
    Agreement a;
    a.uuid = TicketService::newUuid();
    a.name = name;
    a.direction = direction;
    a.partnerUrl = QStringLiteral("https://partner.invalid/sharing");
    a.accessKey = TicketService::newUuid();
    a.status = AgreementStatus::Accepted;
    a.createdAt = a.updatedAt = kNow;
    Store::SharingRepository repo(m_a.instance->database());
    const Id id = repo.insertAgreement(a).value();
    Q_EMIT m_a.instance->changes().agreementsChanged();
    return id;
}

Rules::TicketFacts TestViewService::addTicket(Rules::TicketFacts f, const QString &subject) {
    Ticket t;
    t.subject = subject.isEmpty() ? QStringLiteral("Ticket") : subject;
    t.status = f.status;
    t.priority = f.priority;
    t.type = f.type;
    t.channel = f.channel;
    t.requesterId = f.requesterId ? f.requesterId : m_a.endUser.id;
    f.requesterId = t.requesterId;
    t.organizationId = f.organizationId;
    t.groupId = f.groupId;
    t.assigneeId = f.assigneeId;
    t.tags = QStringList(f.tags.cbegin(), f.tags.cend());
    for (auto it = f.customFields.cbegin(); it != f.customFields.cend(); ++it)
        t.fields.insert(it.key(), it.value());
    t.createdAt = f.createdAt.isValid() ? f.createdAt : hoursAgo(100);
    t.updatedAt = f.updatedAt.isValid() ? f.updatedAt : hoursAgo(1);
    f.createdAt = t.createdAt;
    f.updatedAt = t.updatedAt;
    Store::TicketRepository tickets(m_a.instance->database());
    f.ticketId = tickets.insert(t).value();
    Store::SharingRepository sharing(m_a.instance->database());
    for (const Rules::ShareFact &s : f.shares) {
        TicketShare share;
        share.ticketId = f.ticketId;
        share.agreementId = s.agreementId;
        share.direction = s.direction;
        share.remoteUuid = QStringLiteral("remote-%1").arg(++m_remote);
        share.state = s.state;
        share.sharedAt = share.updatedAt = s.sharedAt;
        if (!sharing.insertShare(share))
            qFatal("share");
    }
    return f;
}

int TestViewService::count(const QString &key) {
    const auto q = views().query(m_a.agent, key);
    if (!q)
        qFatal("query %s: %s", qPrintable(key), qPrintable(q.error()));
    return views().count(*q);
}

QList<Id> TestViewService::ids(const QString &key) {
    const auto q = views().query(m_a.agent, key);
    if (!q)
        qFatal("query %s: %s", qPrintable(key), qPrintable(q.error()));
    QList<Id> out;
    for (const TicketRow &r : views().page(*q, 0, 100000))
        out.append(r.id);
    return out;
}

void TestViewService::builtinViewsFollowThePlan() {
    const auto keys = [&](const User &u) {
        QStringList out;
        for (const ViewDefinition &v : views().views(u))
            out.append(v.key);
        return out;
    };
    const QStringList console = {
        QStringLiteral("your_unsolved"), QStringLiteral("unassigned"),
        QStringLiteral("all_unsolved"),  QStringLiteral("recently_updated"),
        QStringLiteral("pending"),       QStringLiteral("recently_solved")};
    const QStringList sharing = {
        QStringLiteral("shared_outgoing"), QStringLiteral("shared_incoming"),
        QStringLiteral("shared_last_24_hours"), QStringLiteral("orphaned")};
    QCOMPARE(keys(m_a.agent), console + sharing);
    setPlan(Plan::Professional);
    QCOMPARE(keys(m_a.agent), console + sharing);
    setPlan(Plan::Growth);
    QCOMPARE(keys(m_a.agent), console);
    QCOMPARE(keys(m_a.endUser), QStringList{QStringLiteral("my_requests")});
    setPlan(Plan::Enterprise);
    const auto shared = views().find(m_a.agent, QStringLiteral("shared in the last 24 hours"));
    QVERIFY(shared);
    QCOMPARE(shared->key, QStringLiteral("shared_last_24_hours"));
    QCOMPARE(shared->sort, Store::TicketSort::SharedAt);
    QVERIFY(shared->builtin);
}

void TestViewService::sharingViewsSelectTheRightTickets() {
    const Id manufacturer =
        addAgreement(AgreementDirection::Outbound, QStringLiteral("Hersteller"));
    const Id retailer = addAgreement(AgreementDirection::Inbound, QStringLiteral("Einzelhandel"));
    using D = ShareDirection;
    using S = ShareState;
    const auto ticket = [&](QList<Rules::ShareFact> shares) {
        Rules::TicketFacts f;
        f.shares = std::move(shares);
        return addTicket(f).ticketId;
    };
    const Id none = ticket({});
    const Id out = ticket({{manufacturer, D::Outgoing, S::Active, hoursAgo(2)}});
    const Id in = ticket({{retailer, D::Incoming, S::Active, hoursAgo(30)}});
    const Id orphan = ticket({{retailer, D::Incoming, S::Orphaned, hoursAgo(10)}});
    const Id both = ticket({{retailer, D::Incoming, S::Active, hoursAgo(40)},
                            {manufacturer, D::Outgoing, S::Active, hoursAgo(1)}});
    Q_UNUSED(none);
    const auto sorted = [](QList<Id> l) {
        std::sort(l.begin(), l.end());
        return l;
    };
    QCOMPARE(sorted(ids(QStringLiteral("shared_outgoing"))), (QList<Id>{out, both}));
    QCOMPARE(sorted(ids(QStringLiteral("shared_incoming"))), (QList<Id>{in, both}));
    QCOMPARE(sorted(ids(QStringLiteral("orphaned"))), (QList<Id>{orphan}));
    // Most recently shared first.
    QCOMPARE(ids(QStringLiteral("shared_last_24_hours")), (QList<Id>{both, out, orphan}));
    QCOMPARE(count(QStringLiteral("shared_last_24_hours")), 3);
}

void TestViewService::customViewLifecycle() {
    const Group support =
        m_a.instance->groups().create(m_a.admin, QStringLiteral("Support")).value();
    Rules::TicketFacts f;
    f.groupId = support.id;
    f.priority = Priority::Low;
    const Id low = addTicket(f).ticketId;
    f.priority = Priority::Urgent;
    const Id urgent = addTicket(f).ticketId;
    f.groupId = 0;
    addTicket(f);

    ViewDraft d;
    d.title = QStringLiteral("Support queue");
    d.condition.addAll(QStringLiteral("group_id"), QStringLiteral("is"), support.id);
    d.columns = {QStringLiteral("id"), QStringLiteral("subject"), QStringLiteral("priority")};
    d.sort.column = QStringLiteral("priority");
    d.sort.order = Qt::DescendingOrder;
    const auto v = views().create(m_a.admin, d);
    QVERIFY2(v, qPrintable(v.error()));
    QCOMPARE(v->key(), QStringLiteral("custom:%1").arg(v->id));
    QVERIFY(!v->broken);

    const auto listed = views().find(m_a.agent, QStringLiteral("support queue"));
    QVERIFY(listed);
    QVERIFY(!listed->builtin);
    QCOMPARE(listed->columns, d.columns);
    QCOMPARE(views().views(m_a.agent).last().key, v->key());
    QCOMPARE(ids(v->key()), (QList<Id>{urgent, low}));
    QCOMPARE(ids(QString::number(v->id)), (QList<Id>{urgent, low}));

    // Change the sort; a second view goes first; deactivate; delete.
    d.sort.order = Qt::AscendingOrder;
    QVERIFY(views().update(m_a.admin, v->id, d));
    QCOMPARE(ids(v->key()), (QList<Id>{low, urgent}));
    ViewDraft second = d;
    second.title = QStringLiteral("Everything urgent");
    second.condition = Rules::Condition().addAll(QStringLiteral("priority"), QStringLiteral("is"),
                                                 QStringLiteral("urgent"));
    second.position = 1;
    const auto s = views().create(m_a.admin, second);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(views().customViews(m_a.admin)->first().id, s->id);
    QVERIFY(views().reorder(m_a.admin, {v->id, s->id}));
    QCOMPARE(views().customViews(m_a.admin)->first().id, v->id);
    QVERIFY(views().setActive(m_a.admin, v->id, false));
    QVERIFY(!views().find(m_a.agent, v->key()));
    QCOMPARE(views().customViews(m_a.admin)->size(), 2);
    QVERIFY(!views().setActive(m_a.agent, v->id, true));
    QVERIFY(views().remove(m_a.admin, v->id));
    QCOMPARE(views().customViews(m_a.admin)->size(), 1);
    QVERIFY(!views().customViews(m_a.agent));
}

void TestViewService::invalidViewsNameTheProblemAndWriteNothing_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("trigger-only field")
        << QByteArray(R"({"title":"V","conditions":{"all":[{"field":"status","operator":"is",
            "value":"open"},{"field":"within_business_hours","operator":"is","value":true}]}})")
        << QStringLiteral("Condition 2 (all): 'within_business_hours' tests the moment");
    QTest::newRow("update type")
        << QByteArray(R"({"title":"V","conditions":{"any":[{"field":"update_type",
            "operator":"is","value":"Create"}]}})")
        << QStringLiteral("Condition 1 (any): the field 'update_type' describes an update");
    QTest::newRow("unknown field")
        << QByteArray(R"({"title":"V","conditions":{"all":[{"field":"colour","operator":"is",
            "value":"red"}]}})")
        << QStringLiteral("Condition 1 (all): unknown field 'colour'");
    QTest::newRow("unknown sort column")
        << QByteArray(R"({"title":"V","conditions":{"all":[{"field":"status","operator":"is",
            "value":"open"}]},"sort":{"column":"colour"}})")
        << QStringLiteral("A view cannot be sorted by 'colour'");
    QTest::newRow("bad direction")
        << QByteArray(R"({"title":"V","conditions":{"all":[{"field":"status","operator":"is",
            "value":"open"}]},"sort":{"column":"id","direction":"up"}})")
        << QStringLiteral("\"asc\" or \"desc\"");
    QTest::newRow("unknown column")
        << QByteArray(R"({"title":"V","conditions":{"all":[{"field":"status","operator":"is",
            "value":"open"}]},"columns":["id","colour"]})")
        << QStringLiteral("Column 2: 'colour' is not a column");
    QTest::newRow("no conditions")
        << QByteArray(R"({"title":"V"})") << QStringLiteral("Add at least one condition");
    QTest::newRow("built-in title")
        << QByteArray(R"({"title":"Pending tickets","conditions":{"all":[{"field":"status",
            "operator":"is","value":"open"}]}})")
        << QStringLiteral("is the name of a built-in view");
    QTest::newRow("invalid JSON") << QByteArray(R"({"title":)")
                                  << QStringLiteral("The view definition is not valid JSON");
}

void TestViewService::invalidViewsNameTheProblemAndWriteNothing() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto draft = RuleDefinitions::viewFromJson(json);
    QString error;
    if (!draft) {
        error = draft.error();
    } else {
        const auto created = views().create(m_a.admin, *draft);
        QVERIFY(!created);
        error = created.error();
    }
    QVERIFY2(error.contains(message), qPrintable(error));
    QSqlQuery q(m_a.instance->database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM views")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestViewService::brokenViewIsShownAndMatchesNothing() {
    const Group g = m_a.instance->groups().create(m_a.admin, QStringLiteral("Retouren")).value();
    addTicket({});
    addTicket({});
    ViewDraft d;
    d.title = QStringLiteral("Not returns");
    d.condition.addAll(QStringLiteral("group_id"), QStringLiteral("is_not"), g.id);
    const auto v = views().create(m_a.admin, d);
    QVERIFY2(v, qPrintable(v.error()));
    QCOMPARE(count(v->key()), 2);

    QVERIFY(m_a.instance->groups().remove(m_a.admin, g.id));
    const auto listed = views().find(m_a.agent, v->key());
    QVERIFY(listed);
    QVERIFY(listed->broken);
    QCOMPARE(
        listed->problems,
        QStringList{
            QStringLiteral("Condition 1 (all): the group %1 does not exist (any more)").arg(g.id)});
    QCOMPARE(count(v->key()), 0); // never "everything"
    QVERIFY(views().customViews(m_a.admin)->first().broken);
    // A deleted custom field breaks a view too.
    const auto field = m_a.instance->fields().create(
        m_a.admin,
        CustomField{0, {}, QStringLiteral("Seriennummer"), FieldType::Text, {}, 0, true, {}});
    ViewDraft byField;
    byField.title = QStringLiteral("Without serial");
    byField.condition.addAll(QStringLiteral("custom_fields_%1").arg(field->id),
                             QStringLiteral("not_present"));
    const auto fv = views().create(m_a.admin, byField);
    QVERIFY2(fv, qPrintable(fv.error()));
    QCOMPARE(count(fv->key()), 2);
    QVERIFY(m_a.instance->database().exec(QStringLiteral("DELETE FROM custom_fields")));
    Q_EMIT m_a.instance->changes().fieldsChanged();
    QVERIFY(views().find(m_a.agent, fv->key())->broken);
    QCOMPARE(count(fv->key()), 0);
}

void TestViewService::countsForTheSidebar() {
    Rules::TicketFacts f;
    f.status = TicketStatus::Pending;
    addTicket(f);
    f.status = TicketStatus::Open;
    f.assigneeId = m_a.agent.id;
    addTicket(f);
    ViewDraft d;
    d.title = QStringLiteral("Open");
    d.condition.addAll(QStringLiteral("status"), QStringLiteral("is"), QStringLiteral("open"));
    const auto v = views().create(m_a.admin, d);
    const QHash<QString, int> counts = views().counts(m_a.agent);
    QCOMPARE(counts.size(), views().views(m_a.agent).size());
    QCOMPARE(counts.value(QStringLiteral("all_unsolved")), 2);
    QCOMPARE(counts.value(QStringLiteral("pending")), 1);
    QCOMPARE(counts.value(QStringLiteral("your_unsolved")), 1);
    QCOMPARE(counts.value(QStringLiteral("unassigned")), 1);
    QCOMPARE(counts.value(QStringLiteral("shared_outgoing")), 0);
    QCOMPARE(counts.value(v->key()), 1);
}

// ---- the property test -------------------------------------------------------------------------

void TestViewService::customViewsMatchTheEngineOnRandomTickets() {
    QRandomGenerator rng(seed());
    const auto below = [&](int n) { return int(rng.bounded(n)); };
    const auto chance = [&](int percent) { return below(100) < percent; };

    // The account: agents, end users, groups, organizations, fields, agreements.
    QList<Id> agents{m_a.admin.id, m_a.agent.id}, requesters{m_a.endUser.id}, groups, orgs;
    for (int i = 0; i < 2; ++i) {
        User u;
        u.name = QStringLiteral("Kunde %1").arg(i);
        u.email = QStringLiteral("kunde%1@kunde.test").arg(i);
        requesters.append(m_a.instance->users().create(m_a.admin, u)->id);
    }
    for (int i = 0; i < 3; ++i)
        groups.append(
            m_a.instance->groups().create(m_a.admin, QStringLiteral("Gruppe %1").arg(i))->id);
    Store::OrganizationRepository orgRepo(m_a.instance->database());
    for (int i = 0; i < 3; ++i) {
        Organization o;
        o.name = QStringLiteral("Firma %1").arg(i);
        o.createdAt = o.updatedAt = kNow;
        orgs.append(orgRepo.insert(o).value());
    }
    Q_EMIT m_a.instance->changes().organizationsChanged();
    QHash<FieldType, Id> fields;
    for (FieldType type : {FieldType::Text, FieldType::Number, FieldType::Checkbox, FieldType::Date,
                           FieldType::Dropdown}) {
        CustomField f{0, {}, Names::name(type) + QStringLiteral(" field"), type, {}, 0, true, {}};
        if (type == FieldType::Dropdown)
            f.options = {QStringLiteral("opt_a"), QStringLiteral("opt_b")};
        fields.insert(type, m_a.instance->fields().create(m_a.admin, f)->id);
    }
    const QList<Id> outbound{addAgreement(AgreementDirection::Outbound, QStringLiteral("O1")),
                             addAgreement(AgreementDirection::Outbound, QStringLiteral("O2"))};
    const QList<Id> inbound{addAgreement(AgreementDirection::Inbound, QStringLiteral("I1")),
                            addAgreement(AgreementDirection::Inbound, QStringLiteral("I2"))};
    const QStringList tagPool = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                 QStringLiteral("d"), QStringLiteral("größe")};
    const auto past = [&](int maxHours) {
        return chance(50) ? hoursAgo(below(maxHours + 1))
                          : kNow.addMSecs(-qint64(rng.bounded(quint64(maxHours) * kHourMs)));
    };
    const auto pick = [&](const auto &list) { return list.at(below(int(list.size()))); };

    // Random tickets.
    QList<Rules::TicketFacts> tickets;
    {
        Store::Transaction tx(m_a.instance->database());
        for (int i = 0; i < 150; ++i) {
            Rules::TicketFacts f;
            f.status = TicketStatus(below(6));
            f.priority = Priority(below(4));
            f.type = TicketType(below(4));
            f.channel = Channel(below(6));
            f.requesterId = pick(requesters);
            f.organizationId = chance(30) ? 0 : pick(orgs);
            f.groupId = chance(30) ? 0 : pick(groups);
            f.assigneeId = chance(40) ? 0 : pick(agents);
            for (const QString &t : tagPool) {
                if (chance(35))
                    f.tags.insert(t);
            }
            if (chance(60))
                f.customFields.insert(
                    fields[FieldType::Text],
                    pick(QStringList{QStringLiteral("red"), QStringLiteral("blue"),
                                     QStringLiteral("Blue")}));
            if (chance(60))
                f.customFields.insert(
                    fields[FieldType::Number],
                    pick(QStringList{QStringLiteral("-3"), QStringLiteral("0"),
                                     QStringLiteral("2.5"), QStringLiteral("42")}));
            if (chance(60))
                f.customFields.insert(fields[FieldType::Checkbox],
                                      chance(50) ? QStringLiteral("1") : QStringLiteral("0"));
            if (chance(60))
                f.customFields.insert(
                    fields[FieldType::Date],
                    pick(QStringList{QStringLiteral("2023-12-31"), QStringLiteral("2024-01-15"),
                                     QStringLiteral("2024-06-05")}));
            if (chance(60))
                f.customFields.insert(fields[FieldType::Dropdown], chance(50)
                                                                       ? QStringLiteral("opt_a")
                                                                       : QStringLiteral("opt_b"));
            const int shares = chance(40) ? 0 : 1 + below(3);
            for (int s = 0; s < shares; ++s) {
                const bool out = chance(50);
                f.shares.append({out ? pick(outbound) : pick(inbound),
                                 out ? ShareDirection::Outgoing : ShareDirection::Incoming,
                                 chance(60) ? ShareState::Active : ShareState::Orphaned,
                                 past(120)});
            }
            f.createdAt = past(200);
            f.updatedAt = past(100);
            tickets.append(addTicket(f));
        }
        QVERIFY(tx.commit());
    }

    // Random conditions, each through a view of the service.
    const QList<Rules::Field> fieldPool = {Rules::Field::Status,
                                           Rules::Field::Priority,
                                           Rules::Field::Type,
                                           Rules::Field::Group,
                                           Rules::Field::Assignee,
                                           Rules::Field::Requester,
                                           Rules::Field::Organization,
                                           Rules::Field::Tags,
                                           Rules::Field::CustomField,
                                           Rules::Field::Via,
                                           Rules::Field::ReceivedFrom,
                                           Rules::Field::SentTo,
                                           Rules::Field::ShareState,
                                           Rules::Field::SharedHoursAgo,
                                           Rules::Field::CreatedHoursAgo,
                                           Rules::Field::UpdatedHoursAgo};
    const auto idOrNull = [&](const QList<Id> &pool) {
        return chance(20) ? QJsonValue() : QJsonValue(pick(pool));
    };
    const auto row = [&]() -> Rules::ConditionRow {
        const Rules::Field field = pick(fieldPool);
        if (field == Rules::Field::CustomField) {
            const FieldType type = FieldType(below(6));
            const Id id = fields.value(type == FieldType::MultiLine ? FieldType::Text : type);
            const QString name = Rules::RuleFields::fieldName(field, id);
            if (chance(20))
                return {name,
                        chance(50) ? QStringLiteral("present") : QStringLiteral("not_present"),
                        QJsonValue::Undefined};
            const QString eq = chance(50) ? QStringLiteral("is") : QStringLiteral("is_not");
            const QString ordered =
                chance(50) ? QStringLiteral("less_than") : QStringLiteral("greater_than");
            switch (type) {
            case FieldType::Number:
                return {name, chance(50) ? eq : ordered, pick(QList<double>{-3, 0, 1, 2.5, 42})};
            case FieldType::Checkbox:
                return {name, eq, chance(50)};
            case FieldType::Date:
                return {
                    name, chance(50) ? eq : ordered,
                    pick(QStringList{QStringLiteral("2024-01-01"), QStringLiteral("2024-01-15")})};
            case FieldType::Dropdown:
                return {name, eq, chance(50) ? QStringLiteral("opt_a") : QStringLiteral("opt_b")};
            default:
                return {name, eq, pick(QStringList{QStringLiteral("red"), QStringLiteral("blue")})};
            }
        }
        const Rules::Operator op = pick(Rules::RuleFields::operators(field));
        QJsonValue value;
        switch (field) {
        case Rules::Field::Status:
            value = pick(Names::allNames<TicketStatus>());
            break;
        case Rules::Field::Priority:
            value = pick(Names::allNames<Priority>());
            break;
        case Rules::Field::Type:
            value = pick(Names::allNames<TicketType>());
            break;
        case Rules::Field::Via:
            value = pick(Names::allNames<Channel>());
            break;
        case Rules::Field::Group:
            value = idOrNull(groups);
            break;
        case Rules::Field::Organization:
            value = idOrNull(orgs);
            break;
        case Rules::Field::Assignee:
            value = idOrNull(agents);
            break;
        case Rules::Field::Requester:
            value = pick(requesters);
            break;
        case Rules::Field::Tags: {
            QStringList tags;
            for (int n = 1 + below(3); n > 0; --n)
                tags.append(chance(85) ? pick(tagPool) : QStringLiteral("missing"));
            value = chance(50) ? QJsonValue(tags.join(QLatin1Char(' ')))
                               : QJsonValue(QJsonArray::fromStringList(tags));
            break;
        }
        case Rules::Field::ReceivedFrom:
            value = idOrNull(inbound);
            break;
        case Rules::Field::SentTo:
            value = idOrNull(outbound);
            break;
        case Rules::Field::ShareState:
            value = pick(Rules::RuleFields::shareStateNames());
            break;
        default:
            value = chance(70) ? QJsonValue(below(150)) : QJsonValue(below(1500) / 10.0);
            break;
        }
        return {Rules::RuleFields::fieldName(field), Rules::RuleFields::operatorName(op), value};
    };

    const Rules::BusinessHours hours;
    const Rules::RuleEngine::Moment moment(kNow, hours);
    int nonTrivial = 0;
    for (int i = 0; i < 150; ++i) {
        ViewDraft d;
        d.title = QStringLiteral("Random %1").arg(i);
        const int allRows = below(4);
        const int anyRows = (allRows == 0 ? 1 : 0) + below(3);
        for (int k = 0; k < allRows; ++k)
            d.condition.all().append(row());
        for (int k = 0; k < anyRows; ++k)
            d.condition.any().append(row());
        const auto v = views().create(m_a.admin, d);
        QVERIFY2(v, qPrintable(QString::fromUtf8(d.condition.toJson()) + QStringLiteral(": ") +
                               v.error()));
        QList<Id> expected;
        const auto compiled = Rules::CompiledCondition::compile(d.condition).value();
        for (const Rules::TicketFacts &f : std::as_const(tickets)) {
            if (Rules::RuleEngine::matches(compiled, f, moment))
                expected.append(f.ticketId);
        }
        const auto q = views().query(m_a.agent, v->key());
        QVERIFY2(q, qPrintable(q.error()));
        QList<Id> actual = Store::TicketRepository(m_a.instance->database()).ids(*q, 100000);
        std::sort(actual.begin(), actual.end());
        QVERIFY2(actual == expected,
                 qPrintable(QStringLiteral("seed %1, condition %2: service %3 ids, engine %4")
                                .arg(seed())
                                .arg(QString::fromUtf8(d.condition.toJson()))
                                .arg(actual.size())
                                .arg(expected.size())));
        QCOMPARE(views().count(*q), int(expected.size()));
        // The first page, read in sort order with the row form (all 150 tickets fit the
        // window), is the engine's matches, newest first.
        QList<const Rules::TicketFacts *> newest;
        for (const Rules::TicketFacts &f : std::as_const(tickets)) {
            if (expected.contains(f.ticketId))
                newest.append(&f);
        }
        std::sort(newest.begin(), newest.end(), [](const auto *a, const auto *b) {
            return a->updatedAt != b->updatedAt ? a->updatedAt > b->updatedAt
                                                : a->ticketId > b->ticketId;
        });
        QList<Id> firstPage, expectedPage;
        for (const TicketRow &r : views().page(*q, 0, 10))
            firstPage.append(r.id);
        for (int k = 0; k < std::min<qsizetype>(10, newest.size()); ++k)
            expectedPage.append(newest.at(k)->ticketId);
        QCOMPARE(firstPage, expectedPage);
        nonTrivial += !expected.isEmpty() && expected.size() < tickets.size();
    }
    QVERIFY(nonTrivial > 50); // the conditions really discriminate
}

QTEST_GUILESS_MAIN(TestViewService)
#include "tst_viewservice.moc"
