// ViewRepository on a migrated SQLite file: rows as written, the account's own views apart from
// rows of shipped views, sidebar order, removal.
#include "models/store/Database.h"
#include "models/store/ViewRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;

class TestViewRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesReadsOrdersAndRemoves();
};

void TestViewRepository::writesReadsOrdersAndRemoves() {
    QTemporaryDir dir;
    Store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("v.sqlite"))));
    Store::ViewRepository repo(db);
    const auto add = [&](const QString &title, const QString &builtinKey = {}) {
        ViewRecord v;
        v.title = title;
        v.builtinKey = builtinKey;
        v.position = repo.nextPosition();
        v.conditions = R"({"all":[{"field":"status","operator":"is","value":"open"}]})";
        v.columns = R"(["id","subject"])";
        v.sort = R"({"column":"priority","direction":"asc"})";
        v.createdAt = v.updatedAt = QDateTime::fromMSecsSinceEpoch(1717581600000, Qt::UTC);
        return repo.insert(v).value();
    };
    const Id a = add(QStringLiteral("Offen"));
    const Id shipped = add(QStringLiteral("Shipped"), QStringLiteral("orphaned"));
    const Id b = add(QStringLiteral("Dringend"));
    QCOMPARE(repo.find(shipped)->builtinKey, QStringLiteral("orphaned"));
    QVERIFY(repo.find(a)->builtinKey.isEmpty());
    const auto ids = [&] {
        QList<Id> out;
        for (const ViewRecord &v : repo.list())
            out.append(v.id);
        return out;
    };
    QCOMPARE(ids(), (QList<Id>{a, b})); // own views only
    const ViewRecord read = *repo.find(a);
    QCOMPARE(read.columns, QByteArray(R"(["id","subject"])"));
    QCOMPARE(read.sort, QByteArray(R"({"column":"priority","direction":"asc"})"));
    QCOMPARE(repo.findByTitle(QStringLiteral("dringend"))->id, b);
    QVERIFY(!repo.findByTitle(QStringLiteral("Shipped")));

    QVERIFY(repo.setOrder({b, a}, QDateTime::currentDateTimeUtc()));
    QCOMPARE(ids(), (QList<Id>{b, a}));
    ViewRecord off = *repo.find(b);
    off.active = false;
    QVERIFY(repo.update(off));
    QCOMPARE(repo.list(true).size(), 1);
    QVERIFY(repo.remove(a));
    QCOMPARE(ids(), QList<Id>{b});
}

QTEST_GUILESS_MAIN(TestViewRepository)
#include "tst_viewrepository.moc"
