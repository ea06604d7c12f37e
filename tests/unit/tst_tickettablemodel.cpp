// TicketTableModel: the paged ticket list over a real SQLite file.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/TicketService.h"
#include "app/services/ViewService.h"
#include "models/domain/Clock.h"
#include "models/item/TicketReader.h"
#include "models/item/TicketTableModel.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Models;

class TestTicketTableModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void passesModelTester();
    void countsFirstThenLoadsOnlyTheRowsAsked();
    void lastRowsAreRightAfterJumpingToTheEnd();
    void sortsBySql();
    void searchesFullText();
    void refreshKeepsRowsAndPicksUpChanges();

private:
    // Inserts `n` tickets directly through the repository, one transaction (fast fixtures).
    void insertTickets(int n);
    Store::TicketQuery allTickets() const;
    static bool waitLoaded(TicketTableModel &model, int row);

    QTemporaryDir m_dir;
    std::unique_ptr<Instance> m_instance;
    Domain::User m_admin;
};

void TestTicketTableModel::init() {
    QVERIFY(m_dir.isValid());
    auto opened = Instance::open(m_dir.filePath(
        QStringLiteral("account-%1").arg(QLatin1String(QTest::currentTestFunction()))));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(
        QStringLiteral("Test GmbH"), Domain::Plan::Enterprise, QStringLiteral("Ada Admin"),
        QStringLiteral("ada@example.com"));
    QVERIFY2(admin, qPrintable(admin.error()));
    m_admin = *admin;
}

void TestTicketTableModel::cleanup() {
    m_instance.reset();
}

void TestTicketTableModel::insertTickets(int n) {
    Store::TicketRepository repo(m_instance->database());
    Store::Transaction tx(m_instance->database());
    QVERIFY(tx.isActive());
    const QDateTime base = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 1; i <= n; ++i) {
        Domain::Ticket t;
        t.subject = QStringLiteral("Ticket number %1").arg(i);
        t.status = Domain::TicketStatus::Open;
        t.requesterId = m_admin.id;
        t.createdAt = base.addSecs(i);
        t.updatedAt = base.addSecs(i); // ticket i is updated later than i - 1
        QVERIFY(repo.insert(t));
    }
    QVERIFY(tx.commit());
}

Store::TicketQuery TestTicketTableModel::allTickets() const {
    return m_instance->views().everything(m_admin);
}

bool TestTicketTableModel::waitLoaded(TicketTableModel &model, int row) {
    if (!QTest::qWaitFor([&] { return model.isCounted() && model.rowCount() > row; }, 10000))
        return false;
    model.data(model.index(row, 0)); // asks for the page
    return QTest::qWaitFor([&] { return model.isRowLoaded(row); }, 10000);
}

void TestTicketTableModel::passesModelTester() {
    insertTickets(450);
    TicketReader reader(m_instance->databasePath());
    TicketTableModel model(reader);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(allTickets());
    QTRY_COMPARE(model.rowCount(), 450);
    QVERIFY(waitLoaded(model, 449));
    model.sort(TicketTableModel::SubjectColumn, Qt::AscendingOrder);
    QTRY_COMPARE(model.rowCount(), 450);
    QVERIFY(waitLoaded(model, 0));
    model.refresh();
    QVERIFY(waitLoaded(model, 0));
}

void TestTicketTableModel::countsFirstThenLoadsOnlyTheRowsAsked() {
    insertTickets(5000);
    TicketReader reader(m_instance->databasePath());
    TicketTableModel model(reader);
    QSignalSpy counted(&model, &TicketTableModel::counted);
    model.setQuery(allTickets());
    QVERIFY(counted.wait(10000));
    QCOMPARE(model.rowCount(), 5000);
    QCOMPARE(model.loadedRowCount(), 0); // nothing read before a view asks

    QVERIFY(waitLoaded(model, 0));
    QVERIFY(model.loadedRowCount() > 0);
    QVERIFY(model.loadedRowCount() <= TicketTableModel::kPageSize);
    // Newest first (the default sort: updated, descending).
    QCOMPARE(model.data(model.index(0, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Ticket number 5000"));
    QVERIFY(!model.isRowLoaded(4999));
}

void TestTicketTableModel::lastRowsAreRightAfterJumpingToTheEnd() {
    insertTickets(5000);
    TicketReader reader(m_instance->databasePath());
    TicketTableModel model(reader);
    model.setQuery(allTickets());
    QTRY_COMPARE(model.rowCount(), 5000);
    QVERIFY(waitLoaded(model, 4999));
    QCOMPARE(model.data(model.index(4999, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Ticket number 1"));
    QCOMPARE(model.data(model.index(4999, TicketTableModel::IdColumn)).toString(),
             QStringLiteral("1"));
    // The page at the end was read backwards; its rows are still in list order.
    QCOMPARE(model.data(model.index(4800, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Ticket number 200"));
    QVERIFY(model.loadedRowCount() < 5000);
}

void TestTicketTableModel::sortsBySql() {
    insertTickets(300);
    TicketReader reader(m_instance->databasePath());
    TicketTableModel model(reader);
    model.setQuery(allTickets());
    QTRY_COMPARE(model.rowCount(), 300);
    model.sort(TicketTableModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sort, Store::TicketSort::Id);
    QVERIFY(!model.query().descending);
    QVERIFY(waitLoaded(model, 0));
    QCOMPARE(model.data(model.index(0, TicketTableModel::IdColumn)).toString(),
             QStringLiteral("1"));
    QVERIFY(waitLoaded(model, 299));
    QCOMPARE(model.data(model.index(299, TicketTableModel::IdColumn)).toString(),
             QStringLiteral("300"));
    // Subject sorts as text: "Ticket number 99" after "Ticket number 300".
    model.sort(TicketTableModel::SubjectColumn, Qt::DescendingOrder);
    QVERIFY(waitLoaded(model, 0));
    QCOMPARE(model.data(model.index(0, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Ticket number 99"));
}

void TestTicketTableModel::searchesFullText() {
    insertTickets(50);
    auto printer = m_instance->tickets().create(m_admin, [] {
        Services::NewTicket t;
        t.subject = QStringLiteral("Drucker druckt nicht");
        t.comment = QStringLiteral("Der Laserdrucker zeigt Fehler E42.");
        return t;
    }());
    QVERIFY2(printer, qPrintable(printer.error()));
    TicketReader reader(m_instance->databasePath());
    TicketTableModel model(reader);
    model.setQuery(m_instance->views().everything(m_admin, QStringLiteral("laserdr")));
    QTRY_COMPARE(model.rowCount(), 1);
    QVERIFY(waitLoaded(model, 0));
    QCOMPARE(model.data(model.index(0, 0), TicketTableModel::TicketIdRole).toLongLong(),
             printer->id);
}

void TestTicketTableModel::refreshKeepsRowsAndPicksUpChanges() {
    insertTickets(10);
    TicketReader reader(m_instance->databasePath());
    TicketTableModel model(reader);
    auto unsolved = m_instance->views().query(m_admin, QStringLiteral("all_unsolved"));
    QVERIFY(unsolved);
    model.setQuery(*unsolved);
    QTRY_COMPARE(model.rowCount(), 10);
    QVERIFY(waitLoaded(model, 0));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    // Solve one (it leaves the view) and create one (it enters at the top).
    Services::TicketChange solve;
    solve.status = Domain::TicketStatus::Solved;
    QVERIFY(m_instance->tickets().update(m_admin, 3, solve));
    Services::NewTicket fresh;
    fresh.subject = QStringLiteral("Brand new");
    fresh.comment = QStringLiteral("Hello");
    QVERIFY(m_instance->tickets().create(m_admin, fresh));

    model.refresh(*m_instance->views().query(m_admin, QStringLiteral("all_unsolved")));
    QTRY_VERIFY(model.isRowLoaded(0));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.data(model.index(0, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Brand new"));
    QCOMPARE(model.rowOfTicket(3), -1);
}

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
