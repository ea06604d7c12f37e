// ViewListModel: the sidebar's views and their live counts over a real SQLite file.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/TicketService.h"
#include "app/services/ViewService.h"
#include "models/item/TicketReader.h"
#include "models/item/ViewListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Models;

class TestViewListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void countsEveryView();
    void sameViewsKeepRowsAndRecount();

private:
    QList<ViewListModel::Entry> entries();
    void createTicket(const QString &subject, bool assignToAdmin);

    QTemporaryDir m_dir;
    std::unique_ptr<Instance> m_instance;
    Domain::User m_admin;
};

void TestViewListModel::init() {
    QVERIFY(m_dir.isValid());
    auto opened = Instance::open(
        m_dir.filePath(QLatin1String("account-") + QLatin1String(QTest::currentTestFunction())));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(
        QStringLiteral("Test GmbH"), Domain::Plan::Enterprise, QStringLiteral("Ada Admin"),
        QStringLiteral("ada@example.com"));
    QVERIFY2(admin, qPrintable(admin.error()));
    m_admin = *admin;
}

void TestViewListModel::cleanup() {
    m_instance.reset();
}

QList<ViewListModel::Entry> TestViewListModel::entries() {
    QList<ViewListModel::Entry> out;
    for (const auto &v : m_instance->views().views(m_admin))
        out.append({v.key, v.title, *m_instance->views().query(m_admin, v.key)});
    return out;
}

void TestViewListModel::createTicket(const QString &subject, bool assignToAdmin) {
    Services::NewTicket t;
    t.subject = subject;
    t.comment = QStringLiteral("Text");
    t.assigneeId = assignToAdmin ? m_admin.id : 0;
    auto created = m_instance->tickets().create(m_admin, t);
    QVERIFY2(created, qPrintable(created.error()));
}

void TestViewListModel::countsEveryView() {
    createTicket(QStringLiteral("Mine"), true);
    createTicket(QStringLiteral("Nobody's"), false);
    createTicket(QStringLiteral("Nobody's either"), false);
    TicketReader reader(m_instance->databasePath());
    ViewListModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViews(entries());
    QCOMPARE(model.rowCount(), 10); // 6 console views + the 4 sharing views (Enterprise)
    const int yours = model.rowOfKey(QStringLiteral("your_unsolved"));
    const int unassigned = model.rowOfKey(QStringLiteral("unassigned"));
    const int all = model.rowOfKey(QStringLiteral("all_unsolved"));
    QTRY_COMPARE(model.countAt(all), 3);
    QTRY_COMPARE(model.countAt(yours), 1);
    QTRY_COMPARE(model.countAt(unassigned), 2);
    QCOMPARE(model.data(model.index(all), ViewListModel::CountRole).toInt(), 3);
    QCOMPARE(model.data(model.index(all), ViewListModel::KeyRole).toString(),
             QStringLiteral("all_unsolved"));
    QVERIFY(!model.data(model.index(all)).toString().isEmpty());
}

void TestViewListModel::sameViewsKeepRowsAndRecount() {
    TicketReader reader(m_instance->databasePath());
    ViewListModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setViews(entries());
    const int all = model.rowOfKey(QStringLiteral("all_unsolved"));
    QTRY_COMPARE(model.countAt(all), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    createTicket(QStringLiteral("Later"), false);
    model.setViews(entries());
    QTRY_COMPARE(model.countAt(all), 1);
    QCOMPARE(resets.count(), 0);
}

QTEST_GUILESS_MAIN(TestViewListModel)
#include "tst_viewlistmodel.moc"
