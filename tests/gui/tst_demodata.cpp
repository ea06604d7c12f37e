// DemoData (app/demo): the sample retailer account the demo opens.
#include "app/Instance.h"
#include "app/demo/DemoData.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/services/ViewService.h"
#include "models/domain/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestDemoData : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsTheRetailerThroughTheServices();
    void hasAHelpCenterUserWhoSeesHerOrganizationsRequests();
    void refusesAnAccountThatExists();
};

void TestDemoData::createsTheRetailerThroughTheServices() {
    QTemporaryDir dir;
    auto instance = Instance::open(dir.path());
    QVERIFY2(instance, qPrintable(instance.error()));
    Instance &in = **instance;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    auto admin = Demo::DemoData::createRetailer(in);
    QVERIFY2(admin, qPrintable(admin.error()));
    QVERIFY(admin->isAdmin());
    // The clock is the system's again.
    QVERIFY(Domain::Clock::now() >= before);

    const auto account = in.accounts().account();
    QVERIFY(account);
    QCOMPARE(account->name, QStringLiteral("Elektro Schmidt GmbH"));
    QCOMPARE(account->plan, Domain::Plan::Enterprise);
    QVERIFY(in.users().staff().size() >= 5);
    QCOMPARE(in.groups().list().size(), 3);
    QCOMPARE(in.fields().list().size(), 5);

    const auto all = in.views().everything(*admin);
    const int total = in.views().count(all);
    QVERIFY2(total >= 35 && total <= 50, qPrintable(QString::number(total)));
    QVERIFY(in.views().count(in.views().everything(*admin, QStringLiteral("Waschmaschine"))) > 0);
    QVERIFY(in.views().count(in.views().everything(*admin, QStringLiteral("delivered"))) > 0);

    int warranty = 0, internal = 0, publicReplies = 0;
    QDateTime oldest = QDateTime::currentDateTimeUtc();
    for (const auto &row : in.views().page(all, 0, 100)) {
        const auto ticket = in.tickets().get(*admin, row.id);
        QVERIFY(ticket);
        warranty += ticket->tags.contains(QStringLiteral("garantieanspruch")) ? 1 : 0;
        oldest = std::min(oldest, ticket->createdAt);
        const auto comments = in.tickets().comments(*admin, row.id);
        for (int i = 1; i < comments->size(); ++i)
            (comments->at(i).isPublic ? publicReplies : internal) += 1;
    }
    QVERIFY(warranty >= 5);
    QVERIFY(internal >= 5);
    QVERIFY(publicReplies >= 10);
    QVERIFY(oldest < QDateTime::currentDateTimeUtc().addDays(-7)); // a history, not all "now"
    auto recent = in.views().query(*admin, QStringLiteral("recently_updated"));
    QVERIFY(in.views().count(*recent) > 0);
    QVERIFY(in.views().count(*recent) < total);
}

void TestDemoData::hasAHelpCenterUserWhoSeesHerOrganizationsRequests() {
    QTemporaryDir dir;
    auto instance = Instance::open(dir.path());
    QVERIFY(instance);
    Instance &in = **instance;
    QVERIFY(Demo::DemoData::createRetailer(in));
    auto &hc = in.helpCenter();
    // The password the demo prints works; the colleague in the same organization has none.
    auto signedIn = hc.signIn(Demo::DemoData::helpCenterDemoEmail(),
                              Demo::DemoData::helpCenterDemoPassword(), QHostAddress::LocalHost);
    QVERIFY2(signedIn, qPrintable(signedIn.message));
    const Domain::User claudia = signedIn.value->session.user;
    QCOMPARE(hc.myRequests(claudia).rows.size(), 2);
    const auto orgs = hc.organizations(claudia);
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().name, QStringLiteral("Hausverwaltung Sonnenhof GmbH"));
    const auto orgRequests = hc.organizationRequests(claudia, orgs.first().id);
    QVERIFY(orgRequests);
    QCOMPARE(orgRequests.value->rows.size(), 3); // her two and Markus Reiter's
    // The colleague's ticket: public replies only, and she may answer ("view all and comment").
    for (const auto &row : orgRequests.value->rows) {
        const auto detail = hc.request(claudia, row.id);
        QVERIFY(detail);
        QVERIFY(detail.value->canReply);
        for (const auto &c : detail.value->comments)
            QVERIFY(c.isPublic);
    }
    QVERIFY(!hc.signIn(QStringLiteral("markus.reiter@sonnenhof-verwaltung.de"),
                       Demo::DemoData::helpCenterDemoPassword(), QHostAddress::LocalHost));
}

void TestDemoData::refusesAnAccountThatExists() {
    QTemporaryDir dir;
    auto instance = Instance::open(dir.path());
    QVERIFY(instance);
    QVERIFY((*instance)->accounts().initialize(QStringLiteral("Other"), Domain::Plan::Team,
                                               QStringLiteral("A"), QStringLiteral("a@b.de")));
    QVERIFY(!Demo::DemoData::createRetailer(**instance));
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
