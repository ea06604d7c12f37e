// `deskbridge demo`'s sharing half: retailer and manufacturer agree both ways over real HTTPS on
// loopback, tickets arrive, and a second start does not invite again.
#include "app/demo/DemoData.h"
#include "app/demo/DemoSharing.h"
#include "app/services/AccountService.h"
#include "app/sharing/SharingHost.h"
#include "app/sharing/SharingService.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestDemoSharing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retailerAndManufacturerShareForReal();
};

void TestDemoSharing::retailerAndManufacturerShareForReal() {
    QTemporaryDir tmp;
    auto retailer = Instance::open(tmp.filePath(QStringLiteral("elektro-schmidt"))).value();
    auto maker = Instance::open(tmp.filePath(QStringLiteral("kessel"))).value();
    QVERIFY(Demo::DemoData::createRetailer(*retailer));
    QVERIFY(Demo::DemoData::createManufacturer(*maker));
    Sharing::SharingHost rHost(retailer->dataDir());
    Sharing::SharingHost mHost(maker->dataDir());
    QVERIFY(rHost.start(QStringLiteral("127.0.0.1:0")));
    QVERIFY(mHost.start(QStringLiteral("127.0.0.1:0")));
    rHost.link(retailer->sharing());
    mHost.link(maker->sharing());

    const Status connected = Demo::DemoSharing::connect(*retailer, rHost, *maker, mHost);
    QVERIFY2(connected, qPrintable(connected.error()));
    QCOMPARE(retailer->sharing().shareTargets().size(), 1);
    QCOMPARE(maker->sharing().shareTargets().size(), 1);
    QCOMPARE(maker->sharing().shareTargets().first().name, QStringLiteral("Elektro Schmidt GmbH"));
    const auto admin = maker->actor(Demo::DemoData::manufacturerAdminEmail()).value();
    QTRY_COMPARE_WITH_TIMEOUT(maker->sharing().agreements(admin)->size(), 2, 20000);
    // The shared tickets arrive at the manufacturer.
    QTRY_VERIFY_WITH_TIMEOUT(maker->sharing().sharesOfTicket(4).size() == 1, 20000);

    // A second start finds the agreements: nothing new.
    QVERIFY(Demo::DemoSharing::connect(*retailer, rHost, *maker, mHost));
    QCOMPARE(maker->sharing().agreements(admin)->size(), 2);
    rHost.stop();
    mHost.stop();
}

QTEST_MAIN(TestDemoSharing)
#include "tst_demosharing.moc"
