// TriggerRepository on a migrated SQLite file: rows as written, run order, renumbering, removal,
// and titles found case-insensitively.
#include "models/store/Database.h"
#include "models/store/TriggerRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;

class TestTriggerRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void writesAndReadsRows();
    void listsInRunOrder();

private:
    Id add(const QString &title, int position, bool active = true);
    QTemporaryDir *m_dir = nullptr;
    Store::Database *m_db = nullptr;
};

void TestTriggerRepository::init() {
    m_dir = new QTemporaryDir;
    m_db = new Store::Database;
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
}

void TestTriggerRepository::cleanup() {
    delete m_db;
    delete m_dir;
}

Id TestTriggerRepository::add(const QString &title, int position, bool active) {
    TriggerRecord r;
    r.title = title;
    r.position = position;
    r.active = active;
    r.createdAt = r.updatedAt = QDateTime::fromMSecsSinceEpoch(1717581600000, Qt::UTC);
    return Store::TriggerRepository(*m_db).insert(r).value();
}

void TestTriggerRepository::writesAndReadsRows() {
    Store::TriggerRepository repo(*m_db);
    TriggerRecord r;
    r.title = QStringLiteral("Garantieanspruch an Hersteller");
    r.position = 4;
    r.active = false;
    r.conditions = R"({"all":[{"field":"tags","operator":"includes","value":"größe"}]})";
    r.actions = R"([{"field":"share_ticket","value":3}])";
    r.createdAt = r.updatedAt = QDateTime::fromMSecsSinceEpoch(1717581600000, Qt::UTC);
    const auto id = repo.insert(r);
    QVERIFY2(id, qPrintable(id.error()));
    auto read = repo.find(*id);
    QVERIFY(read);
    QCOMPARE(read->title, r.title);
    QCOMPARE(read->position, 4);
    QCOMPARE(read->active, false);
    QCOMPARE(read->conditions, r.conditions);
    QCOMPARE(read->actions, r.actions);
    QCOMPARE(read->createdAt, r.createdAt);
    QCOMPARE(repo.findByTitle(QStringLiteral("garantieanspruch an hersteller"))->id, *id);
    read->title = QStringLiteral("Renamed");
    read->active = true;
    QVERIFY(repo.update(*read));
    QCOMPARE(repo.find(*id)->title, QStringLiteral("Renamed"));
    QVERIFY(repo.find(*id)->active);
    QVERIFY(repo.remove(*id));
    QVERIFY(!repo.find(*id));
    QVERIFY(!repo.findByTitle(QStringLiteral("Renamed")));
}

void TestTriggerRepository::listsInRunOrder() {
    Store::TriggerRepository repo(*m_db);
    QCOMPARE(repo.nextPosition(), 1);
    const Id c = add(QStringLiteral("C"), 3);
    const Id a = add(QStringLiteral("A"), 1);
    const Id b = add(QStringLiteral("B"), 2, false);
    const Id a2 = add(QStringLiteral("A2"), 1); // same position: by id
    const auto ids = [&](bool activeOnly) {
        QList<Id> out;
        for (const TriggerRecord &r : repo.list(activeOnly))
            out.append(r.id);
        return out;
    };
    QCOMPARE(ids(false), (QList<Id>{a, a2, b, c}));
    QCOMPARE(ids(true), (QList<Id>{a, a2, c}));
    QCOMPARE(repo.nextPosition(), 4);
    QVERIFY(repo.setOrder({c, b, a2, a}, QDateTime::currentDateTimeUtc()));
    QCOMPARE(ids(false), (QList<Id>{c, b, a2, a}));
    QCOMPARE(repo.find(a)->position, 4);
}

QTEST_GUILESS_MAIN(TestTriggerRepository)
#include "tst_triggerrepository.moc"
