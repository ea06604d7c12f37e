// Permissions: the plan table of DESIGN.md §1C, row by row and plan by plan, and the messages
// that tell an admin which plan a feature needs. The services call these checks: triggers with
// share_ticket (TriggerService, TicketTriggerHook: tst_triggerservice, tst_tickettriggerhook),
// the sharing views (ViewService: tst_viewservice); manual sharing and the agreements API are
// enforced by the sharing service, several organizations per user by the organization service.
#include "app/services/Permissions.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

Q_DECLARE_METATYPE(DeskBridge::Services::Permissions::Feature)

class TestPermissions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void planTable_data();
    void planTable();
    void organizationsPerUser_data();
    void organizationsPerUser();
    void rolesForAdminWork();
};

void TestPermissions::planTable_data() {
    QTest::addColumn<Permissions::Feature>("feature");
    QTest::addColumn<QList<bool>>("allowed"); // Team, Growth, Professional, Enterprise
    QTest::addColumn<QString>("needs");
    using F = Permissions::Feature;
    QTest::newRow("manual ticket sharing")
        << F::ManualSharing << QList<bool>{false, false, true, true}
        << QStringLiteral("Professional");
    QTest::newRow("automatic sharing via triggers")
        << F::TriggerSharing << QList<bool>{false, false, false, true}
        << QStringLiteral("Enterprise");
    QTest::newRow("several organizations per user")
        << F::ManyOrganizations << QList<bool>{false, false, true, true}
        << QStringLiteral("Professional");
    QTest::newRow("API for sharing agreements")
        << F::SharingApi << QList<bool>{false, false, true, true} << QStringLiteral("Professional");
}

void TestPermissions::planTable() {
    QFETCH(Permissions::Feature, feature);
    QFETCH(QList<bool>, allowed);
    QFETCH(QString, needs);
    const QList<Plan> plans{Plan::Team, Plan::Growth, Plan::Professional, Plan::Enterprise};
    for (int i = 0; i < plans.size(); ++i) {
        QCOMPARE(Permissions::planAllows(plans.at(i), feature), allowed.at(i));
        const Status s = Permissions::requirePlan(plans.at(i), feature);
        QCOMPARE(s.ok(), allowed.at(i));
        if (!s) {
            QVERIFY2(s.error().contains(needs), qPrintable(s.error()));
            QVERIFY2(s.error().contains(Names::label(plans.at(i))), qPrintable(s.error()));
        }
    }
    QCOMPARE(Names::label(Permissions::minimumPlan(feature)), needs);
}

void TestPermissions::organizationsPerUser_data() {
    QTest::addColumn<Plan>("plan");
    QTest::addColumn<int>("max");
    QTest::newRow("team") << Plan::Team << 1;
    QTest::newRow("growth") << Plan::Growth << 1;
    QTest::newRow("professional") << Plan::Professional << 300;
    QTest::newRow("enterprise") << Plan::Enterprise << 300;
}

void TestPermissions::organizationsPerUser() {
    QFETCH(Plan, plan);
    QFETCH(int, max);
    QCOMPARE(Permissions::maxOrganizationsPerUser(plan), max);
}

void TestPermissions::rolesForAdminWork() {
    const auto user = [](Id id, const QString &name, Role role) {
        User u;
        u.id = id;
        u.name = name;
        u.role = role;
        return u;
    };
    User admin = user(1, QStringLiteral("Ada"), Role::Admin);
    const User agent = user(2, QStringLiteral("Bob"), Role::Agent);
    const User endUser = user(3, QStringLiteral("Carla"), Role::EndUser);
    QVERIFY(Permissions::requireAdmin(admin));
    const Status refused = Permissions::requireAdmin(agent);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("Bob")));
    QVERIFY(!Permissions::requireAdmin(endUser));
    admin.active = false;
    QVERIFY(!Permissions::requireAdmin(admin));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
