// TicketListPane: the lazily paged ticket table of a view, its search and its refreshes.
#include "gui/ConsoleFixture.h"

#include "app/services/ViewService.h"
#include "models/item/TicketTableModel.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketListPane.h"
#include "ui/widgets/SearchField.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace DeskBridge;
using namespace DeskBridge::Ui;
using Models::TicketTableModel;

class TestTicketListPane : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesLazilyThroughFiveThousandTickets();
    void sortsByClickingAColumn();
    void searchWaitsForTheTypingToStop();
    void refreshKeepsTheSelectedTicket();
    void showsAnEmptyState();

private:
    Store::TicketQuery view(const QString &key) {
        return *m_f->instance->views().query(m_f->admin, key);
    }
    std::unique_ptr<Test::ConsoleFixture> m_f;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<TicketListPane> m_pane;
};

void TestTicketListPane::init() {
    m_f = std::make_unique<Test::ConsoleFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->error()));
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
    m_pane = std::make_unique<TicketListPane>(*m_context);
    m_pane->resize(1000, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestTicketListPane::cleanup() {
    m_pane.reset();
    m_context.reset();
    m_f.reset();
}

void TestTicketListPane::pagesLazilyThroughFiveThousandTickets() {
    QVERIFY(m_f->insertTickets(5000));
    auto &model = m_pane->model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pane->setView(QStringLiteral("All unsolved tickets"), view(QStringLiteral("all_unsolved")));
    QTRY_COMPARE(model.rowCount(), 5000);
    QTRY_VERIFY(model.isRowLoaded(0));
    // Only what the table shows was read: a page or two, not 5,000 rows.
    QVERIFY2(model.loadedRowCount() <= 2 * TicketTableModel::kPageSize,
             qPrintable(QString::number(model.loadedRowCount())));
    QCOMPARE(model.data(model.index(0, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Bulk ticket 5000"));

    m_pane->table()->scrollToBottom();
    QTRY_VERIFY(model.isRowLoaded(4999));
    QCOMPARE(model.data(model.index(4999, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Bulk ticket 1"));
    QVERIFY(model.loadedRowCount() < 5000);
    // The last rows are painted from real data (the view asked for them, not the test).
    const QModelIndex last = model.index(4999, TicketTableModel::SubjectColumn);
    QVERIFY(m_pane->table()->viewport()->rect().intersects(m_pane->table()->visualRect(last)));
}

void TestTicketListPane::sortsByClickingAColumn() {
    m_f->createTicket(QStringLiteral("Beta"));
    m_f->createTicket(QStringLiteral("alpha"));
    m_f->createTicket(QStringLiteral("Gamma"));
    auto &model = m_pane->model();
    m_pane->setView(QStringLiteral("All unsolved tickets"), view(QStringLiteral("all_unsolved")));
    QTRY_VERIFY(model.rowCount() == 3 && model.isRowLoaded(0));
    QHeaderView *header = m_pane->table()->horizontalHeader();
    header->setSortIndicator(TicketTableModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(model.query().sort, Store::TicketSort::Subject);
    QTRY_VERIFY(model.rowCount() == 3 && model.isRowLoaded(2));
    QCOMPARE(model.data(model.index(0, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("alpha"));
    QCOMPARE(model.data(model.index(2, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Gamma"));
}

void TestTicketListPane::searchWaitsForTheTypingToStop() {
    m_f->createTicket(QStringLiteral("Waschmaschine leckt"), QStringLiteral("Wasser am Boden"));
    m_f->createTicket(QStringLiteral("Kühlschrank warm"), QStringLiteral("Zu warm"));
    auto &model = m_pane->model();
    m_pane->setView(QStringLiteral("All unsolved tickets"), view(QStringLiteral("all_unsolved")));
    QTRY_COMPARE(model.rowCount(), 2);
    auto *search = m_pane->findChild<SearchField *>(QStringLiteral("searchField"));
    QSignalSpy searches(search, &SearchField::searchRequested);
    QTest::keyClicks(search, QStringLiteral("wasser"));
    QCOMPARE(searches.count(), 0); // not on every keystroke
    QVERIFY(searches.wait(5000));
    QCOMPARE(searches.count(), 1);
    QCOMPARE(model.query().search, QStringLiteral("wasser"));
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(model.isRowLoaded(0));
    QCOMPARE(model.data(model.index(0, TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("Waschmaschine leckt"));
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_COMPARE(model.rowCount(), 2);
}

void TestTicketListPane::refreshKeepsTheSelectedTicket() {
    const Domain::Id first = m_f->createTicket(QStringLiteral("First"));
    QTest::qWait(5);
    const Domain::Id second = m_f->createTicket(QStringLiteral("Second"));
    auto &model = m_pane->model();
    m_pane->setView(QStringLiteral("All unsolved tickets"), view(QStringLiteral("all_unsolved")));
    QTRY_VERIFY(model.rowCount() == 2 && model.isRowLoaded(1));
    QVERIFY(m_pane->selectTicket(first)); // row 1: the older one
    QCOMPARE(m_pane->table()->currentIndex().row(), 1);
    // Updating it moves it to the top; the selection follows the ticket.
    Services::TicketChange c;
    c.comment = QStringLiteral("Bump");
    QTest::qWait(5);
    QVERIFY(m_f->instance->tickets().update(m_f->admin, first, c));
    m_pane->refresh(view(QStringLiteral("all_unsolved")));
    QTRY_COMPARE(model.ticketId(0), first);
    QTRY_COMPARE(m_pane->currentTicketId(), first);
    QCOMPARE(m_pane->table()->currentIndex().row(), 0);
    QCOMPARE(model.ticketId(1), second);
}

void TestTicketListPane::showsAnEmptyState() {
    m_pane->setView(QStringLiteral("Pending tickets"), view(QStringLiteral("pending")));
    auto *empty = m_pane->findChild<QLabel *>(QStringLiteral("emptyState"));
    QTRY_VERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No tickets in this view"));
    QCOMPARE(m_pane->findChild<QLabel *>(QStringLiteral("viewTitle"))->text(),
             QStringLiteral("Pending tickets"));
}

QTEST_MAIN(TestTicketListPane)
#include "tst_ticketlistpane.moc"
