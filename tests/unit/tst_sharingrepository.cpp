// SharingRepository: agreements, shares and the outbox on a real SQLite file.
#include "app/services/TicketService.h"
#include "models/domain/Clock.h"
#include "models/store/SharingRepository.h"
#include "support/TestSupport.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;

class TestSharingRepository : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void agreementRoundTrip();
    void outboxHeadsBlockOnlyTheirAgreement();
    void rescheduledHeadWaits();
    void sharesAreOrphanedWithTheirAgreement();

private:
    Id agreement(const QString &uuid, AgreementStatus status = AgreementStatus::Accepted);
    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
    Store::SharingRepository *m_repo = nullptr;
};

void TestSharingRepository::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path());
    m_repo = new Store::SharingRepository(m_a.instance->database());
}

void TestSharingRepository::cleanup() {
    delete m_repo;
    m_a = {};
    delete m_dir;
}

Id TestSharingRepository::agreement(const QString &uuid, AgreementStatus status) {
    Agreement a;
    a.uuid = uuid;
    a.name = QStringLiteral("Partner ") + uuid;
    a.partnerUrl = QStringLiteral("https://127.0.0.1:9/sharing");
    a.accessKey = QStringLiteral("k");
    a.status = status;
    a.createdAt = a.updatedAt = Clock::now();
    return m_repo->insertAgreement(a).value();
}

void TestSharingRepository::agreementRoundTrip() {
    const Id id = agreement(QStringLiteral("u1"), AgreementStatus::Pending);
    auto a = *m_repo->agreement(id);
    QCOMPARE(a.status, AgreementStatus::Pending);
    QVERIFY(!a.nextAttemptAt.isValid());
    a.status = AgreementStatus::Accepted;
    a.commentSync = CommentSync::PublicOnly;
    a.tagSync = false;
    QVERIFY(m_repo->updateAgreement(a).ok());
    const auto b = *m_repo->agreementByUuid(QStringLiteral("u1"));
    QCOMPARE(b.status, AgreementStatus::Accepted);
    QCOMPARE(b.commentSync, CommentSync::PublicOnly);
    QVERIFY(!b.tagSync);
    QCOMPARE(m_repo->acceptedOutbound().size(), 1);
    QVERIFY(!m_repo->insertAgreement(a).ok()); // uuid is unique
}

void TestSharingRepository::outboxHeadsBlockOnlyTheirAgreement() {
    const Id a = agreement(QStringLiteral("a"));
    const Id b = agreement(QStringLiteral("b"));
    const QDateTime now = Clock::now();
    auto put = [&](Id agreementId, const QString &path) {
        OutboxMessage m;
        m.agreementId = agreementId;
        m.method = QStringLiteral("PUT");
        m.path = path;
        m.body = "{}";
        m.nextAttemptAt = now;
        m.createdAt = now;
        return m_repo->enqueue(m).value();
    };
    const Id a1 = put(a, QStringLiteral("/a/1"));
    put(a, QStringLiteral("/a/2"));
    const Id b1 = put(b, QStringLiteral("/b/1"));
    auto heads = m_repo->dueHeads(now);
    QCOMPARE(heads.size(), 2);
    QCOMPARE(heads.at(0).id, a1);
    QCOMPARE(heads.at(1).id, b1);
    QCOMPARE(m_repo->queueLength(a), 2);
    // a's head fails for good (422): the next one of a becomes the head; b is unaffected.
    QVERIFY(m_repo->markFailed(a1, QStringLiteral("422 Unprocessable")).ok());
    heads = m_repo->dueHeads(now);
    QCOMPARE(heads.at(0).path, QStringLiteral("/a/2"));
    QVERIFY(m_repo->markDone(b1).ok());
    QCOMPARE(m_repo->dueHeads(now).size(), 1);
    QCOMPARE(m_repo->message(a1)->lastError, QStringLiteral("422 Unprocessable"));
}

void TestSharingRepository::rescheduledHeadWaits() {
    const Id a = agreement(QStringLiteral("a"));
    const QDateTime now = Clock::now();
    OutboxMessage m;
    m.agreementId = a;
    m.method = QStringLiteral("POST");
    m.path = QStringLiteral("/tickets/x");
    m.nextAttemptAt = now;
    m.createdAt = now;
    const Id first = m_repo->enqueue(m).value();
    m.path = QStringLiteral("/tickets/y");
    m_repo->enqueue(m).value();
    QVERIFY(m_repo->reschedule(first, 1, now.addSecs(30), QStringLiteral("refused")).ok());
    QVERIFY(m_repo->dueHeads(now).isEmpty()); // the second waits behind the first
    QCOMPARE(m_repo->dueHeads(now.addSecs(31)).first().id, first);
    QVERIFY(m_repo->retryNow(a, now).ok());
    QCOMPARE(m_repo->dueHeads(now).first().id, first);
    QCOMPARE(m_repo->message(first)->attempts, 1);
}

void TestSharingRepository::sharesAreOrphanedWithTheirAgreement() {
    const Id a = agreement(QStringLiteral("a"));
    Services::NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    const Id ticket = m_a.instance->tickets().create(m_a.agent, n)->id;
    TicketShare s;
    s.ticketId = ticket;
    s.agreementId = a;
    s.remoteUuid = QStringLiteral("r1");
    s.sharedAt = s.updatedAt = Clock::now();
    QVERIFY(m_repo->insertShare(s).ok());
    QVERIFY(!m_repo->insertShare(s).ok()); // one share per agreement and remote uuid
    QCOMPARE(m_repo->sharesOfTicket(ticket).size(), 1);
    QCOMPARE(m_repo->orphanSharesOfAgreement(a, Clock::now()).value(), 1);
    QCOMPARE(m_repo->shareByRemote(a, QStringLiteral("r1"))->state, ShareState::Orphaned);
    QVERIFY(m_repo->activeSharesOfAgreement(a).isEmpty());
}

QTEST_GUILESS_MAIN(TestSharingRepository)
#include "tst_sharingrepository.moc"
