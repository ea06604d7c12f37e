// TicketReader (models/item): counts and pages read on the worker thread, forwards and from the
// end.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/ViewService.h"
#include "models/item/TicketReader.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Models;

class TestTicketReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsOnTheWorkerThread();
    void pagesReadFromTheEndMatchPagesReadFromTheStart_data();
    void pagesReadFromTheEndMatchPagesReadFromTheStart();
    void cancelledRequestsAreNotAnswered();

private:
    QList<Domain::TicketRow> readPage(TicketReader &reader, const Store::TicketQuery &q, int offset,
                                      int limit, int total);
    QTemporaryDir m_dir;
    std::unique_ptr<Instance> m_instance;
    Domain::User m_admin;
};

void TestTicketReader::initTestCase() {
    auto opened = Instance::open(m_dir.path());
    QVERIFY2(opened, qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(
        QStringLiteral("Test GmbH"), Domain::Plan::Enterprise, QStringLiteral("Ada Admin"),
        QStringLiteral("ada@example.com"));
    QVERIFY2(admin, qPrintable(admin.error()));
    m_admin = *admin;
    Store::TicketRepository repo(m_instance->database());
    Store::Transaction tx(m_instance->database());
    const QDateTime base = QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::UTC);
    for (int i = 1; i <= 1000; ++i) {
        Domain::Ticket t;
        t.subject = QStringLiteral("Subject %1").arg(i % 7); // many equal subjects: ties
        t.priority = static_cast<Domain::Priority>(i % 4);
        t.requesterId = m_admin.id;
        t.createdAt = base;
        t.updatedAt = base.addSecs(i / 3); // equal times too
        QVERIFY(repo.insert(t));
    }
    QVERIFY(tx.commit());
}

QList<Domain::TicketRow> TestTicketReader::readPage(TicketReader &reader,
                                                    const Store::TicketQuery &q, int offset,
                                                    int limit, int total) {
    QSignalSpy spy(&reader, &TicketReader::pageFinished);
    const quint64 id = reader.requestPage(q, offset, limit, total);
    if (!spy.wait(10000) || spy.first().at(0).toULongLong() != id)
        return {};
    return spy.first().at(2).value<QList<Domain::TicketRow>>();
}

void TestTicketReader::countsOnTheWorkerThread() {
    TicketReader reader(m_instance->databasePath());
    QSignalSpy spy(&reader, &TicketReader::countFinished);
    const quint64 id = reader.requestCount(m_instance->views().everything(m_admin));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().at(0).toULongLong(), id);
    QCOMPARE(spy.first().at(1).toInt(), 1000);
}

void TestTicketReader::pagesReadFromTheEndMatchPagesReadFromTheStart_data() {
    QTest::addColumn<int>("sort");
    QTest::addColumn<bool>("descending");
    QTest::newRow("updated desc") << int(Store::TicketSort::Updated) << true;
    QTest::newRow("subject asc") << int(Store::TicketSort::Subject) << false;
    QTest::newRow("priority desc") << int(Store::TicketSort::Priority) << true;
    QTest::newRow("group asc (all empty)") << int(Store::TicketSort::Group) << false;
}

void TestTicketReader::pagesReadFromTheEndMatchPagesReadFromTheStart() {
    QFETCH(int, sort);
    QFETCH(bool, descending);
    Store::TicketQuery q = m_instance->views().everything(m_admin);
    q.sort = static_cast<Store::TicketSort>(sort);
    q.descending = descending;
    TicketReader reader(m_instance->databasePath());
    // Without the total the reader reads forwards; with it, offsets past the middle backwards.
    for (int offset : {600, 900, 950}) {
        const auto forwards = readPage(reader, q, offset, 100, -1);
        const auto backwards = readPage(reader, q, offset, 100, 1000);
        QCOMPARE(backwards.size(), forwards.size());
        QVERIFY(!forwards.isEmpty());
        for (int i = 0; i < forwards.size(); ++i)
            QCOMPARE(backwards.at(i).id, forwards.at(i).id);
    }
    QCOMPARE(readPage(reader, q, 950, 100, 1000).size(), 50);
}

void TestTicketReader::cancelledRequestsAreNotAnswered() {
    TicketReader reader(m_instance->databasePath());
    QSignalSpy spy(&reader, &TicketReader::countFinished);
    QList<quint64> ids;
    for (int i = 0; i < 50; ++i)
        ids << reader.requestCount(m_instance->views().everything(m_admin));
    QList<quint64> cancelled;
    for (quint64 id : ids)
        if (reader.cancel(id))
            cancelled << id;
    QTRY_COMPARE(spy.count(), 50 - cancelled.size());
    QTest::qWait(50);
    QCOMPARE(spy.count(), 50 - cancelled.size());
    for (const auto &answer : spy)
        QVERIFY(!cancelled.contains(answer.at(0).toULongLong()));
    QVERIFY(!reader.cancel(ids.first())); // answered or cancelled: nothing left to cancel
}

QTEST_GUILESS_MAIN(TestTicketReader)
#include "tst_ticketreader.moc"
