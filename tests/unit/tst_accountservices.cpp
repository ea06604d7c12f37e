// AccountService, UserService, GroupService, FieldService: roles, validation, rollback.
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

class TestAccountServices : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void initializeOnlyOnce();
    void onlyAdminsManageStaff();
    void emailsAreValidatedAndUnique();
    void lastAdminIsProtected();
    void groups();
    void customFields();
    void fieldValueNormalization_data();
    void fieldValueNormalization();
    void accountSettings();
    void businessHours();

private:
    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
};

void TestAccountServices::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path(), Plan::Professional);
}

void TestAccountServices::cleanup() {
    m_a = {};
    delete m_dir;
}

void TestAccountServices::initializeOnlyOnce() {
    auto again = m_a.instance->accounts().initialize(
        QStringLiteral("Other"), Plan::Team, QStringLiteral("X"), QStringLiteral("x@example.test"));
    QVERIFY(!again.ok());
    QVERIFY(again.error().contains(QStringLiteral("Test Account")));
    QCOMPARE(m_a.instance->accounts().account()->name, QStringLiteral("Test Account"));
    QVERIFY(!m_a.instance->users().findByEmail(QStringLiteral("x@example.test")));
}

void TestAccountServices::onlyAdminsManageStaff() {
    User u;
    u.name = QStringLiteral("Eve");
    u.email = QStringLiteral("eve@example.test");
    u.role = Role::Agent;
    auto r = m_a.instance->users().create(m_a.agent, u);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("Only administrators")));
    QVERIFY(!m_a.instance->users().findByEmail(u.email));
    u.role = Role::EndUser;
    QVERIFY(m_a.instance->users().create(m_a.agent, u).ok()); // agents may add end users
    QVERIFY(!m_a.instance->users().create(m_a.endUser, u).ok());

    User promoted = *m_a.instance->users().findByEmail(u.email);
    promoted.role = Role::Admin;
    QVERIFY(!m_a.instance->users().update(m_a.agent, promoted).ok());
    QVERIFY(m_a.instance->users().update(m_a.admin, promoted).ok());
    QCOMPARE(m_a.instance->users().find(promoted.id)->role, Role::Admin);
}

void TestAccountServices::emailsAreValidatedAndUnique() {
    User u;
    u.name = QStringLiteral("Dup");
    u.email = QStringLiteral("AGENT@example.test");
    auto r = m_a.instance->users().create(m_a.admin, u);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("already belongs to Bob Agent")));
    for (const char *bad :
         {"no-at-sign", "a@b", "two@@example.test", "space in@example.test", ""}) {
        u.email = QString::fromLatin1(bad);
        QVERIFY2(!m_a.instance->users().create(m_a.admin, u).ok(), bad);
    }
    u.email = QStringLiteral("müller@bücher.de");
    QVERIFY(m_a.instance->users().create(m_a.admin, u).ok());
}

void TestAccountServices::lastAdminIsProtected() {
    User self = m_a.admin;
    self.role = Role::Agent;
    QVERIFY(!m_a.instance->users().update(m_a.admin, self).ok());
    User suspended = m_a.admin;
    suspended.active = false;
    const Status s = m_a.instance->users().update(m_a.admin, suspended);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("last administrator")));
    QVERIFY(m_a.instance->users().find(m_a.admin.id)->active);
}

void TestAccountServices::groups() {
    auto &groups = m_a.instance->groups();
    QVERIFY(!groups.create(m_a.agent, QStringLiteral("Support")).ok());
    auto g = groups.create(m_a.admin, QStringLiteral("Support"));
    QVERIFY(g.ok());
    QVERIFY(!groups.create(m_a.admin, QStringLiteral("support")).ok()); // case-insensitive
    QVERIFY(!groups.create(m_a.admin, QStringLiteral("   ")).ok());
    QVERIFY(!groups.setMembers(m_a.admin, g->id, {m_a.endUser.id}).ok());
    QVERIFY(groups.setMembers(m_a.admin, g->id, {m_a.agent.id, m_a.admin.id}).ok());
    QCOMPARE(groups.find(g->id)->memberCount, 2);
    QVERIFY(groups.rename(m_a.admin, g->id, QStringLiteral("2nd level")).ok());
    QCOMPARE(groups.list().first().name, QStringLiteral("2nd level"));
    QVERIFY(groups.remove(m_a.admin, g->id).ok());
    QVERIFY(groups.list().isEmpty());
}

void TestAccountServices::customFields() {
    auto &fields = m_a.instance->fields();
    CustomField f;
    f.title = QStringLiteral("Produkt");
    f.type = FieldType::Dropdown;
    QVERIFY(!fields.create(m_a.admin, f).ok()); // no options
    f.options = {QStringLiteral("Kettle"), QStringLiteral("kettle")};
    QVERIFY(!fields.create(m_a.admin, f).ok()); // duplicate option
    f.options = {QStringLiteral("Kettle"), QStringLiteral("Toaster")};
    QVERIFY(!fields.create(m_a.agent, f).ok());
    auto created = fields.create(m_a.admin, f);
    QVERIFY(created.ok());
    QCOMPARE(created->key, QStringLiteral("produkt"));
    QVERIFY(!fields.create(m_a.admin, f).ok()); // same key
    QCOMPARE(fields.findByKeyOrTitle(QStringLiteral("PRODUKT"))->id, created->id);
    CustomField changed = *created;
    changed.type = FieldType::Number; // ignored: a field's type never changes
    changed.options << QStringLiteral("Mixer");
    QVERIFY(fields.update(m_a.admin, changed).ok());
    QCOMPARE(fields.find(created->id)->type, FieldType::Dropdown);
    QCOMPARE(fields.find(created->id)->options.size(), 3);
    QCOMPARE(FieldService::keyFromTitle(QStringLiteral("Größe (cm)")), QStringLiteral("grosse_cm"));
}

void TestAccountServices::fieldValueNormalization_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("stored");
    QTest::newRow("number") << int(FieldType::Number) << "42.5" << true << "42.5";
    QTest::newRow("number bad") << int(FieldType::Number) << "4x" << false << "";
    QTest::newRow("checkbox ja") << int(FieldType::Checkbox) << "Ja" << true << "1";
    QTest::newRow("checkbox bad") << int(FieldType::Checkbox) << "maybe" << false << "";
    QTest::newRow("date") << int(FieldType::Date) << "2026-02-28" << true << "2026-02-28";
    QTest::newRow("date bad") << int(FieldType::Date) << "2026-02-30" << false << "";
    QTest::newRow("dropdown case") << int(FieldType::Dropdown) << "toaster" << true << "Toaster";
    QTest::newRow("dropdown bad") << int(FieldType::Dropdown) << "Fridge" << false << "";
    QTest::newRow("empty clears") << int(FieldType::Number) << "  " << true << "";
}

void TestAccountServices::fieldValueNormalization() {
    QFETCH(int, type);
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QFETCH(QString, stored);
    CustomField f;
    f.title = QStringLiteral("F");
    f.type = FieldType(type);
    f.options = {QStringLiteral("Kettle"), QStringLiteral("Toaster")};
    const auto r = FieldService::normalizeValue(f, input);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r.value(), stored);
}

void TestAccountServices::accountSettings() {
    Account a = *m_a.instance->accounts().account();
    a.plan = Plan::Enterprise;
    a.language = QStringLiteral("de");
    QVERIFY(!m_a.instance->accounts().update(m_a.agent, a).ok());
    QCOMPARE(m_a.instance->accounts().plan(), Plan::Professional);
    QVERIFY(m_a.instance->accounts().update(m_a.admin, a).ok());
    QCOMPARE(m_a.instance->accounts().plan(), Plan::Enterprise);
    QCOMPARE(m_a.instance->accounts().account()->language, QStringLiteral("de"));
    a.language = QStringLiteral("fr");
    QVERIFY(!m_a.instance->accounts().update(m_a.admin, a).ok());
    a.name = QString();
    QVERIFY(!m_a.instance->accounts().update(m_a.admin, a).ok());
}

void TestAccountServices::businessHours() {
    AccountService &accounts = m_a.instance->accounts();
    QVERIFY(accounts.businessHours()->isEmpty());
    // A bare list of intervals is in the account's time zone.
    QVERIFY(accounts.setTimeZone(m_a.admin, QStringLiteral("Europe/Berlin")));
    QVERIFY(accounts.setBusinessHours(m_a.admin, R"([{"day":1,"start":"09:00","end":"17:00"}])"));
    const auto hours = accounts.businessHours();
    QVERIFY2(hours, qPrintable(hours.error()));
    QCOMPARE(hours->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(hours->intervals().size(), 1);
    // Monday 3 June 2024, 10:00 Berlin is 08:00 UTC.
    QVERIFY(hours->contains(QDateTime(QDate(2024, 6, 3), QTime(8, 0), Qt::UTC)));
    QVERIFY(!hours->contains(QDateTime(QDate(2024, 6, 3), QTime(15, 30), Qt::UTC)));
    QVERIFY(accounts.account()->businessHours.contains(QStringLiteral("Europe/Berlin")));

    const Status badInterval = accounts.setBusinessHours(
        m_a.admin, R"({"time_zone":"UTC","intervals":[{"day":2,"start":"09:00","end":"17:00"},
                   {"day":3,"start":"18:00","end":"08:00"}]})");
    QVERIFY(!badInterval);
    QVERIFY2(badInterval.error().contains(QStringLiteral("interval 2")),
             qPrintable(badInterval.error()));
    const Status badZone =
        accounts.setBusinessHours(m_a.admin, R"({"time_zone":"Mars/Olympus","intervals":[]})");
    QVERIFY(!badZone);
    QVERIFY(badZone.error().contains(QStringLiteral("Mars/Olympus")));
    QVERIFY(!accounts.setBusinessHours(m_a.admin, "{not json"));
    QVERIFY(!accounts.setTimeZone(m_a.admin, QStringLiteral("Nowhere/City")));
    const Status agent =
        accounts.setBusinessHours(m_a.agent, R"([{"day":1,"start":"08:00","end":"12:00"}])");
    QVERIFY(!agent);
    QVERIFY(agent.error().contains(QStringLiteral("Only administrators")));
    // None of the refusals changed the stored schedule.
    QCOMPARE(*accounts.businessHours(), *hours);
    // update() checks the schedule too.
    Account a = *accounts.account();
    a.businessHours = QStringLiteral("[{\"day\":9}]");
    QVERIFY(!accounts.update(m_a.admin, a));
    QCOMPARE(*accounts.businessHours(), *hours);
    // "[]" removes the schedule.
    QVERIFY(accounts.setBusinessHours(m_a.admin, "[]"));
    QVERIFY(accounts.businessHours()->isEmpty());
}

QTEST_GUILESS_MAIN(TestAccountServices)
#include "tst_accountservices.moc"
