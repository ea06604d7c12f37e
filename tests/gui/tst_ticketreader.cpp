// TicketReader (models/item): counts and pages read on the worker thread, forwards and from the
// end.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/ViewService.h"
#include "models/item/TicketReader.h"
#include "models/store/TicketRepository.h"
#include "models/store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace DeskBridge;
using namespace DeskBridge::Models;

class TestTicketReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void countsOnTheWorkerThread();
    void pagesReadFromTheEndMatchPagesReadFromTheStart_data();
    void pagesReadFromTheEndMatchPagesReadFromTheStart();
    void adjacentPagesAreReadTogetherAndSplitRight();
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

// The answers arrive queued on this (the GUI) thread, as the item models get them. (No
// QSignalSpy: it would record on the worker thread, racing with the test.)
QList<Domain::TicketRow> TestTicketReader::readPage(TicketReader &reader,
                                                    const Store::TicketQuery &q, int offset,
                                                    int limit, int total) {
    QObject context;
    std::optional<QList<Domain::TicketRow>> answer;
    quint64 id = 0;
    connect(&reader, &TicketReader::pageFinished, &context,
            [&](quint64 request, int, const QList<Domain::TicketRow> &rows) {
                if (request == id)
                    answer = rows;
            });
    id = reader.requestPage(q, offset, limit, total);
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        return {};
    return *answer;
}

void TestTicketReader::countsOnTheWorkerThread() {
    TicketReader reader(m_instance->databasePath());
    QObject context;
    QList<QPair<quint64, int>> answers;
    connect(&reader, &TicketReader::countFinished, &context, [&](quint64 request, int count) {
        answers.append({request, count});
    });
    const quint64 id = reader.requestCount(m_instance->views().everything(m_admin));
    QTRY_COMPARE(answers.size(), 1);
    QCOMPARE(answers.first().first, id);
    QCOMPARE(answers.first().second, 1000);
}

void TestTicketReader::adjacentPagesAreReadTogetherAndSplitRight() {
    Store::TicketQuery q = m_instance->views().everything(m_admin);
    TicketReader reader(m_instance->databasePath());
    const auto whole = readPage(reader, q, 300, 300, 1000);
    QCOMPARE(whole.size(), 300);
    QObject context;
    QHash<quint64, QPair<int, QList<Domain::TicketRow>>> answers;
    connect(&reader, &TicketReader::pageFinished, &context,
            [&](quint64 request, int offset, const QList<Domain::TicketRow> &rows) {
                answers.insert(request, {offset, rows});
            });
    // Queued together (the worker may merge any of them): every answer is its own slice.
    const quint64 a = reader.requestPage(q, 400, 100, 1000);
    const quint64 b = reader.requestPage(q, 300, 100, 1000);
    const quint64 c = reader.requestPage(q, 500, 100, 1000);
    QTRY_COMPARE(answers.size(), 3);
    QCOMPARE(answers.value(b).first, 300);
    for (int i = 0; i < 100; ++i) {
        QCOMPARE(answers.value(b).second.at(i).id, whole.at(i).id);
        QCOMPARE(answers.value(a).second.at(i).id, whole.at(100 + i).id);
        QCOMPARE(answers.value(c).second.at(i).id, whole.at(200 + i).id);
    }
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
    QObject context;
    QList<quint64> answered;
    connect(&reader, &TicketReader::countFinished, &context,
            [&](quint64 request, int) { answered.append(request); });
    QList<quint64> ids;
    for (int i = 0; i < 50; ++i)
        ids << reader.requestCount(m_instance->views().everything(m_admin));
    QList<quint64> cancelled;
    for (quint64 id : ids)
        if (reader.cancel(id))
            cancelled << id;
    QTRY_COMPARE(answered.size(), 50 - cancelled.size());
    QTest::qWait(50);
    QCOMPARE(answered.size(), 50 - cancelled.size());
    for (quint64 id : answered)
        QVERIFY(!cancelled.contains(id));
    QVERIFY(!reader.cancel(ids.first())); // answered or cancelled: nothing left to cancel
}

QTEST_GUILESS_MAIN(TestTicketReader)
#include "tst_ticketreader.moc"
