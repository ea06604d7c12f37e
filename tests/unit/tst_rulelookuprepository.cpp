// RuleLookupRepository: the lean lookups behind the rules' catalog, and the fingerprint that
// tells compiled rules to rebuild, also after writes that emit no signal (other connections).
#include "models/store/Database.h"
#include "models/store/RuleLookupRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;

class TestRuleLookupRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lookups();
    void fingerprintFollowsWhatRulesReferTo();
};

namespace {
void exec(Store::Database &db, const char *sql, const QVariantList &values = {}) {
    const Status s = db.exec(QString::fromLatin1(sql), values);
    if (!s)
        qFatal("%s: %s", sql, qPrintable(s.error()));
}
} // namespace

void TestRuleLookupRepository::lookups() {
    QTemporaryDir dir;
    Store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("l.sqlite"))));
    exec(db, "INSERT INTO users (id, name, email, role, created_at, updated_at) VALUES "
             "(1, 'Ada', 'a@x.test', 2, 0, 0), (2, 'Bob', 'b@x.test', 1, 0, 0), "
             "(3, 'Carla', 'c@x.test', 0, 0, 0)");
    exec(db, "INSERT INTO sharing_agreements (id, uuid, name, direction, partner_url, access_key, "
             "status, created_at, updated_at) VALUES (7, 'u', 'Hersteller', 0, 'https://h', 'k', "
             "3, 0, 0)");
    exec(db, "INSERT INTO custom_fields (id, key, title, type, created_at, updated_at) VALUES "
             "(4, 'serial', 'Seriennummer', 2, 0, 0)");
    Store::RuleLookupRepository repo(db);
    QCOMPARE(repo.staff().size(), 2); // not the end user
    const auto carla = repo.users({3, 99});
    QCOMPARE(carla.size(), 1);
    QCOMPARE(carla.first().name, QStringLiteral("Carla"));
    QCOMPARE(carla.first().code, 0);
    const auto agreement = repo.agreements().first();
    QCOMPARE(agreement.id, Id(7));
    QCOMPARE(agreement.code, int(AgreementDirection::Outbound));
    QCOMPARE(agreement.code2, int(AgreementStatus::Inactive));
    QCOMPARE(repo.customFields().first().code, int(FieldType::Number));
}

void TestRuleLookupRepository::fingerprintFollowsWhatRulesReferTo() {
    QTemporaryDir dir;
    Store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("f.sqlite"))));
    Store::RuleLookupRepository repo(db);
    QString last = repo.fingerprint();
    QVERIFY(!last.isEmpty());
    const auto changed = [&] {
        const QString now = repo.fingerprint();
        const bool differs = now != last;
        last = now;
        return differs;
    };
    QVERIFY(!changed());
    exec(db, "INSERT INTO groups (id, name, created_at, updated_at) VALUES (1, 'G', 0, 0)");
    QVERIFY(changed());
    exec(db, "INSERT INTO triggers (id, title, position, created_at, updated_at) VALUES "
             "(1, 'T', 1, 0, 0), (2, 'U', 2, 0, 0)");
    QVERIFY(changed());
    exec(db, "UPDATE triggers SET position = 3 - position"); // a reorder, same updated_at
    QVERIFY(changed());
    exec(db, "UPDATE triggers SET active = 0 WHERE id = 1");
    QVERIFY(changed());
    exec(db, "INSERT INTO sharing_agreements (id, uuid, name, direction, partner_url, access_key, "
             "status, created_at, updated_at) VALUES (1, 'u', 'P', 0, 'https://p', 'k', 1, 0, 0)");
    QVERIFY(changed());
    exec(db, "UPDATE sharing_agreements SET status = 3");
    QVERIFY(changed());
    // Delivery bookkeeping of an agreement does not concern the rules.
    exec(db, "UPDATE sharing_agreements SET last_error = 'timeout', updated_at = 99");
    QVERIFY(!changed());
    exec(db, "DELETE FROM groups");
    QVERIFY(changed());
    // Tickets do not concern the rules' catalog either.
    exec(db, "INSERT INTO users (id, name, email, role, created_at, updated_at) VALUES "
             "(1, 'R', 'r@x.test', 0, 0, 0)");
    last = repo.fingerprint();
    exec(db, "INSERT INTO tickets (subject, requester_id, created_at, updated_at) VALUES "
             "('S', 1, 0, 0)");
    QVERIFY(!changed());
}

QTEST_GUILESS_MAIN(TestRuleLookupRepository)
#include "tst_rulelookuprepository.moc"
