// Migrator and Database: fresh databases, step-by-step upgrades, and the files we must refuse.
#include "models/store/Database.h"
#include "models/store/Migrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Store;

class TestMigrator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void freshDatabaseHasWholeSchema();
    void pragmasAreSet();
    void stepByStepFromFiles();
    void failingMigrationRollsBack();
    void newerDatabaseIsRefusedUntouched();
    void foreignDatabaseIsRefused();
    void garbageFileIsRefused();
    void splitKeepsTriggerBodiesWhole();

private:
    static QStringList tables(Database &db);
    QTemporaryDir m_tmp;
};

QStringList TestMigrator::tables(Database &db) {
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestMigrator::freshDatabaseHasWholeSchema() {
    Database db;
    QVERIFY2(db.open(m_tmp.filePath(QStringLiteral("fresh.sqlite"))).ok(), "open");
    const QStringList t = tables(db);
    for (const char *name : {"account",
                             "users",
                             "groups",
                             "group_memberships",
                             "organizations",
                             "organization_domains",
                             "organization_memberships",
                             "tickets",
                             "ticket_tags",
                             "custom_fields",
                             "ticket_field_values",
                             "comments",
                             "ticket_events",
                             "sharing_agreements",
                             "ticket_shares",
                             "outbox",
                             "triggers",
                             "views",
                             "tickets_fts",
                             "comments_fts"})
        QVERIFY2(t.contains(QString::fromLatin1(name)), name);
    Migrator m(db);
    QCOMPARE(m.currentVersion(), m.latestVersion());
    QVERIFY(m.latestVersion() >= 1);
}

void TestMigrator::pragmasAreSet() {
    Database db;
    QVERIFY(db.open(m_tmp.filePath(QStringLiteral("pragmas.sqlite"))).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1); // NORMAL
    // Foreign keys are enforced: a ticket for a missing requester is refused.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO tickets (subject, requester_id, created_at, "
                                   "updated_at) VALUES ('x', 4711, 0, 0)")));
}

void TestMigrator::stepByStepFromFiles() {
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &sql) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sql);
    };
    write(QStringLiteral("0001_a.sql"), "CREATE TABLE a (x INTEGER);\n");
    write(QStringLiteral("0002_b.sql"), "CREATE TABLE b (y TEXT);\nINSERT INTO a VALUES (1);\n");
    Database db;
    QVERIFY(db.openRaw(m_tmp.filePath(QStringLiteral("steps.sqlite"))).ok());
    Migrator m(db, dir.path());
    QCOMPARE(m.latestVersion(), 2);
    QVERIFY(m.migrate(false, 1).ok());
    QCOMPARE(m.currentVersion(), 1);
    QCOMPARE(tables(db), QStringList{QStringLiteral("a")});
    QVERIFY(m.migrate(true).ok());
    QCOMPARE(m.currentVersion(), 2);
    QCOMPARE(tables(db), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

void TestMigrator::failingMigrationRollsBack() {
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("0001_bad.sql")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("CREATE TABLE good (x INTEGER);\nCREATE TABLE broken (;\n");
    f.close();
    Database db;
    QVERIFY(db.openRaw(m_tmp.filePath(QStringLiteral("bad.sqlite"))).ok());
    Migrator m(db, dir.path());
    const Status s = m.migrate(false);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("Migration 1")));
    QCOMPARE(m.currentVersion(), 0);
    QVERIFY(tables(db).isEmpty()); // the good table of the same migration is gone too
}

void TestMigrator::newerDatabaseIsRefusedUntouched() {
    const QString path = m_tmp.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("newer version")), qPrintable(s.error()));
    Database raw;
    QVERIFY(raw.openRaw(path).ok());
    QCOMPARE(Migrator(raw).currentVersion(), 999);
}

void TestMigrator::foreignDatabaseIsRefused() {
    const QString path = m_tmp.filePath(QStringLiteral("foreign.sqlite"));
    {
        Database db;
        QVERIFY(db.openRaw(path).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
    }
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("another program")), qPrintable(s.error()));
    Database raw;
    QVERIFY(raw.openRaw(path).ok());
    QCOMPARE(tables(raw), QStringList{QStringLiteral("recipes")});
}

void TestMigrator::garbageFileIsRefused() {
    const QString path = m_tmp.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("not a DeskBridge database")),
             qPrintable(s.error()));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
}

void TestMigrator::splitKeepsTriggerBodiesWhole() {
    const auto parts = Migrator::splitStatements(QStringLiteral(
        "-- comment\nCREATE TABLE t (x);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;\nCREATE INDEX i ON "
        "t(x);\n"));
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(parts.at(1).endsWith(QStringLiteral("END;")));
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
