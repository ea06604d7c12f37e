// Instance: accounts are kept apart in one process, and changes by another connection show up.
#include "app/services/AccountService.h"
#include "app/services/TicketService.h"
#include "app/services/ViewService.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

class TestInstance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void twoAccountsInOneProcessAreApart();
    void externalChangesAreNoticed();
    void dataDirThatIsAFileIsRefused();
    void uncreatableDataDirIsRefused();

private:
    static Id newTicket(Test::TestAccount &a, const QString &subject);
};

Id TestInstance::newTicket(Test::TestAccount &a, const QString &subject) {
    NewTicket n;
    n.subject = subject;
    n.comment = QStringLiteral("c");
    n.requesterId = a.endUser.id;
    return a.instance->tickets().create(a.agent, n)->id;
}

void TestInstance::twoAccountsInOneProcessAreApart() {
    QTemporaryDir d1, d2;
    auto a = Test::makeAccount(d1.path());
    auto b = Test::makeAccount(d2.path());
    QSignalSpy bChanged(&b.instance->changes(), &Store::ChangeHub::ticketsChanged);
    newTicket(a, QStringLiteral("only in A"));
    newTicket(a, QStringLiteral("also only in A"));
    newTicket(b, QStringLiteral("only in B"));
    const auto all = [](Test::TestAccount &x) {
        return x.instance->views().count(x.instance->views().everything(x.agent));
    };
    QCOMPARE(all(a), 2);
    QCOMPARE(all(b), 1);
    QCOMPARE(bChanged.size(), 1);
    QVERIFY(a.instance->dataDir() != b.instance->dataDir());
}

void TestInstance::externalChangesAreNoticed() {
    QTemporaryDir dir;
    auto console = Test::makeAccount(dir.path());
    console.instance->watchExternalChanges(50);
    QSignalSpy external(&console.instance->changes(), &Store::ChangeHub::externalChange);
    // A second connection on the same data directory, like the CLI in another process.
    auto cli = Instance::open(dir.path());
    QVERIFY(cli.ok());
    NewTicket n;
    n.subject = QStringLiteral("from the CLI");
    n.comment = QStringLiteral("c");
    n.requesterId = console.endUser.id;
    QVERIFY(cli.value()->tickets().create(console.agent, n).ok());
    QVERIFY(external.wait(2000));
    QCOMPARE(console.instance->views().count(console.instance->views().everything(console.agent)),
             1);
    // Our own writes do not count as external.
    external.clear();
    newTicket(console, QStringLiteral("own"));
    QTest::qWait(200);
    QCOMPARE(external.size(), 0);
}

void TestInstance::dataDirThatIsAFileIsRefused() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    auto r = Instance::open(path);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("is a file")));
}

void TestInstance::uncreatableDataDirIsRefused() {
    auto r = Instance::open(QStringLiteral("/proc/deskbridge-test/data"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("Cannot create")), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
