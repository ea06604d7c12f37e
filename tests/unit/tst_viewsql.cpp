// ViewSqlCompiler against a real, migrated SQLite file: the built-in views, bound values only,
// refusals, sorting, and a property test: on random tickets (tags, custom fields, shares) and
// random conditions, the SQL selects exactly the tickets RuleEngine::matches accepts.
#include "app/rules/RuleCatalog.h"
#include "app/rules/RuleEngine.h"
#include "app/rules/SampleRules.h"
#include "app/rules/ViewSqlCompiler.h"
#include "models/store/Database.h"
#include "models/store/Transaction.h"

#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace DeskBridge;
using namespace DeskBridge::Rules;
using namespace DeskBridge::Domain;

namespace {

const QDateTime now = QDateTime(QDate(2024, 6, 5), QTime(10, 0), Qt::UTC);
constexpr qint64 hourMs = 3600 * 1000;

QDateTime hoursAgo(double h) {
    return now.addMSecs(-qint64(h * hourMs));
}

// A migrated SQLite file and the rows tests put into it; each ticket also kept as TicketFacts,
// written from the same values, so the engine and the SQL judge the same tickets.
class TestStore {
public:
    TestStore() {
        if (!m_dir.isValid())
            qFatal("no temporary directory");
        const Status s = m_db.open(m_dir.filePath(QStringLiteral("t.sqlite")));
        if (!s)
            qFatal("cannot open the test database: %s", qPrintable(s.error()));
    }

    Store::Database &db() { return m_db; }
    const RuleCatalog &catalog() const { return m_catalog; }
    const QList<TicketFacts> &tickets() const { return m_tickets; }

    void exec(const char *sql, const QVariantList &values) {
        const Status s = m_db.exec(QString::fromLatin1(sql), values);
        if (!s)
            qFatal("%s: %s", sql, qPrintable(s.error()));
    }

    void addUser(qint64 id, Role role) {
        exec("INSERT INTO users (id, name, email, role, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, 0, 0)",
             {id, QStringLiteral("User %1").arg(id), QStringLiteral("u%1@example.com").arg(id),
              int(role)});
        m_catalog.addUser({id, role, {}});
    }
    void addGroup(qint64 id) {
        exec("INSERT INTO groups (id, name, created_at, updated_at) VALUES (?, ?, 0, 0)",
             {id, QStringLiteral("Group %1").arg(id)});
        m_catalog.addGroup(id);
    }
    void addOrganization(qint64 id) {
        exec("INSERT INTO organizations (id, name, created_at, updated_at) VALUES (?, ?, 0, 0)",
             {id, QStringLiteral("Org %1").arg(id)});
        m_catalog.addOrganization(id);
    }
    void addAgreement(qint64 id, AgreementDirection direction) {
        exec("INSERT INTO sharing_agreements (id, uuid, name, direction, partner_url, access_key, "
             "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'key', 1, 0, 0)",
             {id, QStringLiteral("uuid-%1").arg(id), QStringLiteral("Partner %1").arg(id),
              int(direction), QStringLiteral("https://partner%1.invalid/sharing").arg(id)});
        m_catalog.addAgreement({id, direction, AgreementStatus::Accepted, {}});
    }
    void addCustomField(qint64 id, FieldType type) {
        exec("INSERT INTO custom_fields (id, key, title, type, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, 0, 0)",
             {id, QStringLiteral("field_%1").arg(id), QStringLiteral("Field %1").arg(id),
              int(type)});
        m_catalog.addCustomField({id, type, {}});
    }

    void addTicket(const TicketFacts &f) {
        const auto idOrNull = [](qint64 id) { return id ? QVariant(id) : QVariant(); };
        exec("INSERT INTO tickets (id, subject, status, priority, type, channel, requester_id, "
             "organization_id, group_id, assignee_id, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
             {f.ticketId, QStringLiteral("Ticket %1").arg(f.ticketId), int(f.status),
              int(f.priority), int(f.type), int(f.channel), f.requesterId,
              idOrNull(f.organizationId), idOrNull(f.groupId), idOrNull(f.assigneeId),
              f.createdAt.toMSecsSinceEpoch(), f.updatedAt.toMSecsSinceEpoch()});
        for (const QString &tag : f.tags)
            exec("INSERT INTO ticket_tags (ticket_id, tag) VALUES (?, ?)", {f.ticketId, tag});
        for (auto it = f.customFields.cbegin(); it != f.customFields.cend(); ++it)
            exec("INSERT INTO ticket_field_values (ticket_id, field_id, value) VALUES (?, ?, ?)",
                 {f.ticketId, it.key(), it.value()});
        for (const ShareFact &s : f.shares)
            exec("INSERT INTO ticket_shares (ticket_id, agreement_id, direction, remote_uuid, "
                 "state, shared_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0)",
                 {f.ticketId, s.agreementId, int(s.direction),
                  QStringLiteral("remote-%1").arg(++m_remoteUuids), int(s.state),
                  s.sharedAt.toMSecsSinceEpoch()});
        m_tickets.append(f);
    }

    // The ids the SQL selects, in the order it returns them.
    QList<qint64> select(const SqlFragment &where,
                         const QString &orderBy = QStringLiteral("t.id")) {
        QSqlQuery q(m_db.connection());
        const QString sql = QStringLiteral("SELECT t.id FROM tickets t WHERE ") + where.sql +
                            QStringLiteral(" ORDER BY ") + orderBy;
        if (!q.prepare(sql))
            qFatal("cannot prepare %s: %s", qPrintable(sql),
                   qPrintable(Store::Database::describe(q)));
        for (int i = 0; i < where.values.size(); ++i)
            q.bindValue(i, where.values.at(i));
        if (!q.exec())
            qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(Store::Database::describe(q)));
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return ids;
    }

    QList<qint64> engine(const Condition &condition) const {
        const CompiledCondition compiled = CompiledCondition::compile(condition).value();
        const RuleEngine::Moment moment(now, m_hours);
        QList<qint64> ids;
        for (const TicketFacts &f : m_tickets) {
            if (RuleEngine::matches(compiled, f, moment))
                ids.append(f.ticketId);
        }
        return ids;
    }

private:
    QTemporaryDir m_dir;
    Store::Database m_db;
    RuleCatalog m_catalog;
    QList<TicketFacts> m_tickets;
    BusinessHours m_hours;
    int m_remoteUuids = 0;
};

TicketFacts ticket(qint64 id, QList<ShareFact> shares = {}) {
    TicketFacts f;
    f.ticketId = id;
    f.requesterId = 1;
    f.createdAt = hoursAgo(200);
    f.updatedAt = hoursAgo(1);
    f.shares = std::move(shares);
    return f;
}

// Outbound agreement 1 (to the manufacturer), inbound agreement 2 (from the retailer).
void fillSharedTickets(TestStore &store) {
    store.addUser(1, Role::EndUser);
    store.addAgreement(1, AgreementDirection::Outbound);
    store.addAgreement(2, AgreementDirection::Inbound);
    using D = ShareDirection;
    using S = ShareState;
    store.addTicket(ticket(1));
    store.addTicket(ticket(2, {{1, D::Outgoing, S::Active, hoursAgo(2)}}));
    store.addTicket(ticket(3, {{2, D::Incoming, S::Active, hoursAgo(30)}}));
    store.addTicket(ticket(4, {{2, D::Incoming, S::Orphaned, hoursAgo(10)}}));
    store.addTicket(ticket(
        5, {{2, D::Incoming, S::Active, hoursAgo(40)}, {1, D::Outgoing, S::Active, hoursAgo(1)}}));
    store.addTicket(ticket(6, {{1, D::Outgoing, S::Orphaned, hoursAgo(100)}}));
}

Condition one(const char *field, const char *op, const QJsonValue &value = {}) {
    return Condition().addAll(QString::fromLatin1(field), QString::fromLatin1(op), value);
}

// ---- random tickets and conditions for the property test ------------------------------------

const QStringList tagPool = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                             QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("größe")};

class Generator {
public:
    explicit Generator(quint32 seed)
        : m_rng(seed) {}

    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list) {
        return list.at(below(list.size()));
    }

    // A time some hours ago: often whole hours, to hit the cutoffs exactly.
    QDateTime past(int maxHours) {
        if (chance(50))
            return hoursAgo(below(maxHours + 1));
        return now.addMSecs(-qint64(m_rng.bounded(quint64(maxHours) * hourMs)));
    }

    TicketFacts ticket(qint64 id) {
        TicketFacts f;
        f.ticketId = id;
        f.status = TicketStatus(below(6));
        f.priority = Priority(below(4));
        f.type = TicketType(below(4));
        f.channel = Channel(below(6));
        f.requesterId = 1 + below(6);
        f.organizationId = chance(30) ? 0 : 1 + below(3);
        f.groupId = chance(30) ? 0 : 1 + below(3);
        f.assigneeId = chance(40) ? 0 : 1 + below(3); // agents are users 1..3
        for (const QString &t : tagPool) {
            if (chance(35))
                f.tags.insert(t);
        }
        const QList<QString> texts = {QStringLiteral("red"), QStringLiteral("blue"),
                                      QStringLiteral("Blue"), QStringLiteral("")};
        const QList<QString> numbers = {QStringLiteral("-3"), QStringLiteral("0"),
                                        QStringLiteral("2.5"), QStringLiteral("10"),
                                        QStringLiteral("42")};
        const QList<QString> dates = {QStringLiteral("2023-12-31"), QStringLiteral("2024-01-15"),
                                      QStringLiteral("2024-06-05")};
        if (chance(60))
            f.customFields.insert(1, pick(texts));
        if (chance(60))
            f.customFields.insert(2, pick(numbers));
        if (chance(60))
            f.customFields.insert(3, chance(50) ? QStringLiteral("1") : QStringLiteral("0"));
        if (chance(60))
            f.customFields.insert(4, pick(dates));
        if (chance(60))
            f.customFields.insert(5,
                                  chance(50) ? QStringLiteral("opt_a") : QStringLiteral("opt_b"));
        const int shares = chance(40) ? 0 : 1 + below(3);
        for (int i = 0; i < shares; ++i) {
            const qint64 agreement = 1 + below(4); // 1, 2 outbound; 3, 4 inbound
            f.shares.append({agreement,
                             agreement <= 2 ? ShareDirection::Outgoing : ShareDirection::Incoming,
                             chance(60) ? ShareState::Active : ShareState::Orphaned, past(120)});
        }
        f.createdAt = past(200);
        f.updatedAt = past(100);
        return f;
    }

    QJsonValue tags() {
        QStringList out;
        const int n = 1 + below(3);
        for (int i = 0; i < n; ++i)
            out.append(chance(85) ? pick(tagPool) : QStringLiteral("missing"));
        if (chance(50))
            return out.join(QLatin1Char(' '));
        return QJsonArray::fromStringList(out);
    }

    QJsonValue idOrNull(int first, int last) {
        return chance(20) ? QJsonValue() : QJsonValue(first + below(last - first + 1));
    }

    template <typename E> QJsonValue enumName() { return pick(Names::allNames<E>()); }

    ConditionRow row() {
        static const QList<Field> fields = {Field::Status,
                                            Field::Priority,
                                            Field::Type,
                                            Field::Group,
                                            Field::Assignee,
                                            Field::Requester,
                                            Field::Organization,
                                            Field::Tags,
                                            Field::CustomField,
                                            Field::Via,
                                            Field::ReceivedFrom,
                                            Field::SentTo,
                                            Field::ShareState,
                                            Field::SharedHoursAgo,
                                            Field::CreatedHoursAgo,
                                            Field::UpdatedHoursAgo};
        const Field field = pick(fields);
        if (field == Field::CustomField)
            return customFieldRow();
        const Operator op = pick(RuleFields::operators(field));
        QJsonValue value;
        switch (field) {
        case Field::Status:
            value = enumName<TicketStatus>();
            break;
        case Field::Priority:
            value = enumName<Priority>();
            break;
        case Field::Type:
            value = enumName<TicketType>();
            break;
        case Field::Via:
            value = enumName<Channel>();
            break;
        case Field::Group:
        case Field::Organization:
        case Field::Assignee:
            value = idOrNull(1, 3);
            break;
        case Field::Requester:
            value = 1 + below(6);
            break;
        case Field::Tags:
            value = tags();
            break;
        case Field::ReceivedFrom:
            value = idOrNull(3, 4);
            break;
        case Field::SentTo:
            value = idOrNull(1, 2);
            break;
        case Field::ShareState:
            value = pick(RuleFields::shareStateNames());
            break;
        default: // hours
            value = chance(70) ? QJsonValue(below(150)) : QJsonValue(below(1500) / 10.0);
            break;
        }
        return {RuleFields::fieldName(field), RuleFields::operatorName(op), value};
    }

    ConditionRow customFieldRow() {
        const int id = 1 + below(5);
        const QString field = RuleFields::fieldName(Field::CustomField, id);
        const auto row = [&](const char *op, const QJsonValue &v = {}) {
            return ConditionRow{field, QString::fromLatin1(op), v};
        };
        if (chance(20))
            return row(chance(50) ? "present" : "not_present");
        const char *eq = chance(50) ? "is" : "is_not";
        const char *ordered = chance(50) ? "less_than" : "greater_than";
        switch (id) {
        case 1: // text
            return row(eq, pick(QList<QString>{QStringLiteral("red"), QStringLiteral("blue"),
                                               QStringLiteral("green")}));
        case 2: { // number
            const QJsonValue n = pick(QList<double>{-3, 0, 1, 2.5, 10, 41.9, 42});
            return row(chance(50) ? eq : ordered, n);
        }
        case 3: // checkbox
            return row(eq, chance(50));
        case 4: // date
            return row(
                chance(50) ? eq : ordered,
                pick(QList<QString>{QStringLiteral("2024-01-01"), QStringLiteral("2024-01-15"),
                                    QStringLiteral("2024-06-05")}));
        default: // dropdown
            return row(eq, chance(50) ? QStringLiteral("opt_a") : QStringLiteral("opt_b"));
        }
    }

    Condition condition() {
        Condition c;
        const int all = below(4);
        const int any = (all == 0 ? 1 : 0) + below(3);
        for (int i = 0; i < all; ++i)
            c.all().append(row());
        for (int i = 0; i < any; ++i)
            c.any().append(row());
        return c;
    }

private:
    QRandomGenerator m_rng;
};

quint32 propertySeed() {
    bool ok = false;
    const quint32 fromEnv = QProcessEnvironment::systemEnvironment()
                                .value(QStringLiteral("DESKBRIDGE_TEST_SEED"))
                                .toUInt(&ok);
    return ok ? fromEnv : 20240605u;
}

QString idList(const QList<qint64> &ids) {
    QStringList out;
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

} // namespace

class TestViewSqlCompiler : public QObject {
    Q_OBJECT
private slots:
    void builtinViewsSelectTheRightTickets();
    void receivedFromAndSentTo();
    void valuesAreBoundNeverWritten();
    void triggerOnlyFieldsAreRefused();
    void brokenReferencesRefuseTheView();
    void sortSpecJson_data();
    void sortSpecJson();
    void everySortColumnRuns();
    void sharedAtSortPutsUnsharedLast();
    void sqlAgreesWithTheEngine();
};

void TestViewSqlCompiler::builtinViewsSelectTheRightTickets() {
    TestStore store;
    fillSharedTickets(store);
    const QHash<QString, QList<qint64>> expected = {
        {QStringLiteral("shared_outgoing"), {2, 5}},
        {QStringLiteral("shared_incoming"), {3, 5}},
        {QStringLiteral("shared_last_24_hours"), {2, 4, 5}},
        {QStringLiteral("orphaned"), {4, 6}},
    };
    for (const samples::BuiltinView &v : samples::builtinViews()) {
        const Result<SqlFragment> where = ViewSqlCompiler::where(v.condition, store.catalog(), now);
        QVERIFY2(where, qPrintable(where.error()));
        QCOMPARE(store.select(*where), expected.value(v.key));
        QCOMPARE(store.engine(v.condition), expected.value(v.key));
        QVERIFY(ViewSqlCompiler::orderBy(v.sort));
    }
    const Result<SqlFragment> notShared = ViewSqlCompiler::where(
        one("share_state", "is", QStringLiteral("not_shared")), store.catalog(), now);
    QCOMPARE(store.select(*notShared), QList<qint64>{1});
}

void TestViewSqlCompiler::receivedFromAndSentTo() {
    TestStore store;
    fillSharedTickets(store);
    const auto ids = [&](const Condition &c) {
        const Result<SqlFragment> where = ViewSqlCompiler::where(c, store.catalog(), now);
        if (!where)
            qFatal("%s", qPrintable(where.error()));
        return store.select(*where);
    };
    QCOMPARE(ids(one("received_from", "is", 2)), (QList<qint64>{3, 5}));
    QCOMPARE(ids(one("received_from", "is_not", 2)), (QList<qint64>{1, 2, 4, 6}));
    QCOMPARE(ids(one("received_from", "is", QJsonValue())), (QList<qint64>{1, 2, 4, 6}));
    QCOMPARE(ids(one("sent_to", "is", 1)), (QList<qint64>{2, 5}));
    QCOMPARE(ids(one("sent_to", "is_not", QJsonValue())), (QList<qint64>{2, 5}));
    QCOMPARE(ids(one("shared_hours_ago", "greater_than", 24)), (QList<qint64>{3, 6}));
}

void TestViewSqlCompiler::valuesAreBoundNeverWritten() {
    TestStore store;
    store.addUser(1, Role::EndUser);
    store.addCustomField(1, FieldType::Text);
    const QString evil = QStringLiteral("x' OR '1'='1");
    TicketFacts tagged = ticket(1);
    tagged.tags = {QStringLiteral("x'"), QStringLiteral("or")};
    tagged.customFields = {{1, evil}};
    store.addTicket(tagged);
    store.addTicket(ticket(2));

    const Condition byField = one("custom_fields_1", "is", evil);
    const Result<SqlFragment> where = ViewSqlCompiler::where(byField, store.catalog(), now);
    QVERIFY2(where, qPrintable(where.error()));
    QVERIFY(!where->sql.contains(QLatin1Char('\'') + QStringLiteral("1")));
    QVERIFY(where->values.contains(evil));
    QCOMPARE(store.select(*where), QList<qint64>{1});

    const Result<SqlFragment> byTag = ViewSqlCompiler::where(
        one("tags", "includes_all", QStringLiteral("x' or")), store.catalog(), now);
    QVERIFY(!byTag->sql.contains(QStringLiteral("x'")));
    QCOMPARE(byTag->sql.count(QLatin1Char('?')), byTag->values.size());
    QCOMPARE(store.select(*byTag), QList<qint64>{1});
}

void TestViewSqlCompiler::triggerOnlyFieldsAreRefused() {
    TestStore store;
    const QList<QPair<QString, QJsonValue>> rows = {
        {QStringLiteral("update_type"), QStringLiteral("Create")},
        {QStringLiteral("current_via"), QStringLiteral("sharing")},
        {QStringLiteral("within_business_hours"), true}};
    for (const auto &[field, value] : rows) {
        Condition c = one("status", "is", QStringLiteral("open"));
        c.addAny(field, QStringLiteral("is"), value);
        const Result<SqlFragment> where = ViewSqlCompiler::where(c, store.catalog(), now);
        QVERIFY(!where);
        QVERIFY2(where.error().startsWith(QStringLiteral("Condition 1 (any): ")),
                 qPrintable(where.error()));
        QVERIFY2(where.error().contains(QStringLiteral("not in views")), qPrintable(where.error()));
        // Also when handed an already compiled condition.
        const Result<SqlFragment> compiled =
            ViewSqlCompiler::where(CompiledCondition::compile(c).value(), now);
        QVERIFY(!compiled);
        QVERIFY(compiled.error().contains(field));
    }
}

void TestViewSqlCompiler::brokenReferencesRefuseTheView() {
    TestStore store;
    fillSharedTickets(store);
    // Agreement 9 does not exist: "received_from is_not 9" would show every ticket.
    const Result<SqlFragment> where =
        ViewSqlCompiler::where(one("received_from", "is_not", 9), store.catalog(), now);
    QVERIFY(!where);
    QCOMPARE(
        where.error(),
        QStringLiteral("Condition 1 (all): the sharing agreement 9 does not exist (any more)"));
}

void TestViewSqlCompiler::sortSpecJson_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("orderBy"); // empty: refused
    QTest::newRow("default") << QByteArray("{}") << QStringLiteral("t.updated_at DESC, t.id DESC");
    QTest::newRow("schema default text")
        << QByteArray("") << QStringLiteral("t.updated_at DESC, t.id DESC");
    QTest::newRow("priority ascending") << QByteArray(R"({"column":"priority","direction":"asc"})")
                                        << QStringLiteral("t.priority ASC, t.id ASC");
    QTest::newRow("assignee: empty last")
        << QByteArray(R"({"column":"assignee_id","direction":"desc"})")
        << QStringLiteral("t.assignee_id IS NULL, t.assignee_id DESC, t.id DESC");
    QTest::newRow("id") << QByteArray(R"({"column":"id","direction":"asc"})")
                        << QStringLiteral("t.id ASC");
    QTest::newRow("injection") << QByteArray(R"({"column":"id; DROP TABLE tickets"})") << QString();
    QTest::newRow("unknown column") << QByteArray(R"({"column":"email"})") << QString();
    QTest::newRow("not an object") << QByteArray("[]") << QString();
    QTest::newRow("bad direction")
        << QByteArray(R"({"column":"id","direction":"up"})") << QString();
}

void TestViewSqlCompiler::sortSpecJson() {
    QFETCH(QByteArray, json);
    QFETCH(QString, orderBy);
    const Result<ViewSort> spec = ViewSort::fromJson(json);
    if (orderBy.isEmpty()) {
        // Refused when read, or at the latest when turned into SQL; always with a reason.
        const QString error = spec ? ViewSqlCompiler::orderBy(*spec).error() : spec.error();
        QVERIFY2(!error.isEmpty(), json.constData());
        return;
    }
    QVERIFY2(spec, qPrintable(spec.error()));
    QCOMPARE(ViewSqlCompiler::orderBy(*spec).value(), orderBy);
    QCOMPARE(*ViewSort::fromJson(spec->toJson()), *spec);
}

void TestViewSqlCompiler::everySortColumnRuns() {
    TestStore store;
    fillSharedTickets(store);
    const SqlFragment all{QStringLiteral("1 = 1"), {}};
    for (const QString &column : ViewSqlCompiler::sortColumns()) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const Result<QString> orderBy = ViewSqlCompiler::orderBy({column, order});
            QVERIFY2(orderBy, qPrintable(column));
            QCOMPARE(store.select(all, *orderBy).size(), 6);
        }
    }
    QVERIFY(!ViewSqlCompiler::orderBy({QStringLiteral("t.id"), Qt::AscendingOrder}));
}

void TestViewSqlCompiler::sharedAtSortPutsUnsharedLast() {
    TestStore store;
    fillSharedTickets(store);
    const SqlFragment all{QStringLiteral("1 = 1"), {}};
    const QString column = QStringLiteral("shared_at");
    QCOMPARE(store.select(all, ViewSqlCompiler::orderBy({column, Qt::DescendingOrder}).value()),
             (QList<qint64>{5, 2, 4, 3, 6, 1}));
    QCOMPARE(store.select(all, ViewSqlCompiler::orderBy({column, Qt::AscendingOrder}).value()),
             (QList<qint64>{6, 3, 4, 2, 5, 1}));
}

void TestViewSqlCompiler::sqlAgreesWithTheEngine() {
    const quint32 seed = propertySeed();
    Generator gen(seed);
    TestStore store;
    {
        Store::Transaction tx(store.db());
        for (qint64 id = 1; id <= 6; ++id)
            store.addUser(id, id <= 3 ? Role::Agent : Role::EndUser);
        for (qint64 id = 1; id <= 3; ++id) {
            store.addGroup(id);
            store.addOrganization(id);
        }
        for (qint64 id = 1; id <= 4; ++id)
            store.addAgreement(id, id <= 2 ? AgreementDirection::Outbound
                                           : AgreementDirection::Inbound);
        const FieldType types[] = {FieldType::Text, FieldType::Number, FieldType::Checkbox,
                                   FieldType::Date, FieldType::Dropdown};
        for (int i = 0; i < 5; ++i)
            store.addCustomField(i + 1, types[i]);
        for (qint64 id = 1; id <= 400; ++id)
            store.addTicket(gen.ticket(id));
        QVERIFY(tx.commit());
    }

    int nonTrivial = 0;
    for (int i = 0; i < 1500; ++i) {
        const Condition c = gen.condition();
        const QString context = QStringLiteral("seed %1 (rerun with DESKBRIDGE_TEST_SEED=%1), "
                                               "condition %2: %3")
                                    .arg(seed)
                                    .arg(i)
                                    .arg(QString::fromUtf8(c.toJson()));
        const Result<SqlFragment> where = ViewSqlCompiler::where(c, store.catalog(), now);
        QVERIFY2(where, qPrintable(context + QStringLiteral("\n") + where.error()));
        const QList<qint64> sql = store.select(*where);
        const QList<qint64> engine = store.engine(c);
        QVERIFY2(sql == engine,
                 qPrintable(context + QStringLiteral("\nSQL: ") + where->sql +
                            QStringLiteral("\nselected by SQL:    ") + idList(sql) +
                            QStringLiteral("\nmatched by engine:  ") + idList(engine)));
        // The row form (one ticket at a time, for reading in sort order) means the same.
        const QList<qint64> rows = store.select({where->rowSql, where->values, {}});
        QVERIFY2(rows == engine,
                 qPrintable(context + QStringLiteral("\nrow SQL: ") + where->rowSql +
                            QStringLiteral("\nselected: ") + idList(rows)));
        nonTrivial += !sql.isEmpty() && sql.size() < store.tickets().size();
    }
    // The generator must produce conditions that split the tickets, or the test proves little.
    QVERIFY2(nonTrivial > 500, qPrintable(QString::number(nonTrivial)));
}

QTEST_GUILESS_MAIN(TestViewSqlCompiler)
#include "tst_viewsql.moc"
