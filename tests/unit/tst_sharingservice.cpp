// Ticket sharing between two real accounts over real HTTPS on 127.0.0.1 (each with its own
// SharingHost thread and SQLite file): the agreement handshake, sharing, sync both ways with
// the agreement's permissions, unsharing and orphans, roles and plans, delivery problems.
#include "app/services/FieldService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/TlsIdentity.h"
#include "support/SharingPair.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Test;

namespace {
constexpr int kWait = 20000;

Id newTicket(SharingSide &side, const QString &subject, const QString &comment,
             bool commentPublic = true, const QStringList &tags = {}) {
    Services::NewTicket t;
    t.subject = subject;
    t.comment = comment;
    t.commentPublic = commentPublic;
    t.requesterId = side.account.endUser.id;
    t.tags = tags;
    auto created = side.instance().tickets().create(side.account.agent, t);
    if (!created)
        qFatal("create: %s", qPrintable(created.error()));
    return created->id;
}

QList<Comment> commentsOf(SharingSide &side, Id ticket) {
    return side.instance().tickets().comments(side.admin(), ticket).value();
}

bool hasBody(const QList<Comment> &comments, const QString &body) {
    for (const Comment &c : comments)
        if (c.body == body)
            return true;
    return false;
}

TicketShare shareOf(SharingSide &side, Id ticket) {
    const auto shares = side.sharing().sharesOfTicket(ticket);
    return shares.isEmpty() ? TicketShare() : shares.last();
}
} // namespace

class TestSharingService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void inviteAcceptShareDeactivate();
    void declineInvite();
    void commentsStatusTagsBothWaysWithoutEcho();
    void privateCommentsNeverLeaveUnderPublicOnly();
    void syncSwitchedOffAndChosenFields();
    void unshareOrphansAndLaterMessagesAre410();
    void agentsAndPlansAreRefused();
    void declinedInvitesAndSharingBackAreRefused();
    void changedCertificateIsSslErrorAndNothingIsSent();
    void partnerDownQueueWaitsThenDrains();
};

void TestSharingService::inviteAcceptShareDeactivate() {
    SharingPair p;
    const auto [aId, bId] = p.connect({}, false);
    // Pending on both sides; B was notified (agreement row present).
    QCOMPARE(p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement.status,
             AgreementStatus::Pending);
    const Agreement inbound = p.b.sharing().agreementInfo(p.b.admin(), bId)->agreement;
    QCOMPARE(inbound.direction, AgreementDirection::Inbound);
    QCOMPARE(inbound.name, QStringLiteral("Retailer"));
    QCOMPARE(inbound.certFingerprint, p.a.host->fingerprint());
    QVERIFY(p.a.sharing().shareTargets().isEmpty());

    QVERIFY(p.b.sharing().accept(p.b.admin(), bId));
    QTRY_COMPARE_WITH_TIMEOUT(p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement.status,
                              AgreementStatus::Accepted, kWait);
    QCOMPARE(p.a.sharing().shareTargets().size(), 1);

    const Id t = newTicket(p.a, QStringLiteral("Dishwasher leaks"), QStringLiteral("Water."));
    QVERIFY(p.a.sharing().share(p.a.account.agent, t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QCOMPARE(uuid,
             Sharing::NhdCodec::makeUuid(p.a.host->sharingUrl(), QStringLiteral("tickets"), t));
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Id bt = p.localTicket(p.b, uuid);
    const Ticket copy = p.b.instance().tickets().get(p.b.admin(), bt).value();
    QCOMPARE(copy.subject, QStringLiteral("Dishwasher leaks"));
    QCOMPARE(copy.originalId, QString::number(t));
    QCOMPARE(copy.channel, Channel::Sharing);
    QTRY_COMPARE_WITH_TIMEOUT(shareOf(p.a, t).syncState, SyncState::Delivered, kWait);
    // The requester arrives as a name only: never their address.
    const auto requester = p.b.instance().users().find(copy.requesterId);
    QCOMPARE(requester->name, QStringLiteral("Carla Kundin (Retailer)"));
    QVERIFY(requester->email.endsWith(QLatin1String(".invalid")));
    for (const QByteArray &body : p.outboxBodies(p.a))
        QVERIFY(!body.contains("enduser@customer.test"));
    // "Shared with" in the history.
    bool sharedEvent = false;
    const QList<TicketEvent> eventsA = p.a.instance().tickets().events(p.a.admin(), t).value();
    for (const TicketEvent &e : eventsA)
        sharedEvent |=
            e.kind == EventKind::Shared && e.detail.contains(QLatin1String("Manufacturer"));
    QVERIFY(sharedEvent);

    // B deactivates: final, both sides inactive, both copies orphaned.
    QVERIFY(p.b.sharing().deactivate(p.b.admin(), bId));
    QCOMPARE(shareOf(p.b, bt).state, ShareState::Orphaned);
    QTRY_COMPARE_WITH_TIMEOUT(p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement.status,
                              AgreementStatus::Inactive, kWait);
    QCOMPARE(shareOf(p.a, t).state, ShareState::Orphaned);
    QVERIFY(!p.b.sharing().deactivate(p.b.admin(), bId));
    QVERIFY(!p.a.sharing().share(p.a.admin(), t, aId));
}

void TestSharingService::declineInvite() {
    SharingPair p;
    const auto [aId, bId] = p.connect({}, false);
    QVERIFY(!p.a.sharing().accept(p.a.admin(), aId)); // only the receiver decides
    QVERIFY(p.b.sharing().decline(p.b.admin(), bId));
    QTRY_COMPARE_WITH_TIMEOUT(p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement.status,
                              AgreementStatus::Declined, kWait);
    QVERIFY(!p.b.sharing().accept(p.b.admin(), bId));
    const Id t = newTicket(p.a, QStringLiteral("Not shareable"), QStringLiteral("x"));
    QVERIFY(!p.a.sharing().share(p.a.admin(), t, aId));
}

void TestSharingService::commentsStatusTagsBothWaysWithoutEcho() {
    SharingPair p;
    const auto [aId, bId] = p.connect();
    const Id t = newTicket(p.a, QStringLiteral("Kettle"), QStringLiteral("It drips."), true,
                           {QStringLiteral("garantieanspruch")});
    QVERIFY(p.a.sharing().share(p.a.admin(), t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Id bt = p.localTicket(p.b, uuid);
    QCOMPARE(p.b.instance().tickets().get(p.b.admin(), bt)->tags,
             QStringList{QStringLiteral("garantieanspruch")});

    // A -> B: comment, status, tags.
    Services::TicketChange change;
    change.comment = QStringLiteral("Please check the seal.");
    change.status = TicketStatus::Pending;
    change.addTags = {QStringLiteral("seal")};
    QVERIFY(p.a.instance().tickets().update(p.a.account.agent, t, change));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(commentsOf(p.b, bt), QStringLiteral("Please check the seal.")),
                             kWait);
    const Ticket copy = p.b.instance().tickets().get(p.b.admin(), bt).value();
    QCOMPARE(copy.status, TicketStatus::Pending);
    QVERIFY(copy.tags.contains(QStringLiteral("seal")));
    bool viaSharing = false;
    const QList<TicketEvent> eventsB = p.b.instance().tickets().events(p.b.admin(), bt).value();
    for (const TicketEvent &e : eventsB)
        viaSharing |= e.kind == EventKind::SharingUpdate &&
                      e.detail == QStringLiteral("via ticket sharing from Retailer");
    QVERIFY(viaSharing);

    // B -> A on the same agreement; the author shows as "Name (Partner)".
    QVERIFY(p.b.instance().tickets().addComment(p.b.account.agent, bt,
                                                QStringLiteral("Seal replaced."), true));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(commentsOf(p.a, t), QStringLiteral("Seal replaced.")), kWait);
    for (const Comment &c : commentsOf(p.a, t))
        if (c.body == QLatin1String("Seal replaced."))
            QCOMPARE(c.authorName, QStringLiteral("Bob Agent (Manufacturer)"));
    // No echo: A never sends B's comment back to B, and B holds it once.
    QTRY_COMPARE_WITH_TIMEOUT(p.a.instance().sharing().agreementInfo(p.a.admin(), aId)->queueLength,
                              0, kWait);
    for (const QByteArray &body : p.outboxBodies(p.a))
        QVERIFY(!body.contains("Seal replaced."));
    int copies = 0;
    for (const Comment &c : commentsOf(p.b, bt))
        copies += c.body == QLatin1String("Seal replaced.");
    QCOMPARE(copies, 1);
    QCOMPARE(commentsOf(p.a, t).size(), 3);
    QCOMPARE(commentsOf(p.b, bt).size(), 3);
}

void TestSharingService::privateCommentsNeverLeaveUnderPublicOnly() {
    SharingPair p;
    Sharing::AgreementPermissions perms;
    perms.commentSync = CommentSync::PublicOnly;
    const auto [aId, bId] = p.connect(perms);
    Q_UNUSED(bId);
    const Id t = newTicket(p.a, QStringLiteral("Secret"), QStringLiteral("INTERNAL-FIRST"), false);
    QVERIFY(p.a.instance().tickets().addComment(p.a.account.agent, t,
                                                QStringLiteral("Public words."), true));
    QVERIFY(p.a.sharing().share(p.a.admin(), t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Id bt = p.localTicket(p.b, uuid);
    QVERIFY(p.a.instance().tickets().addComment(p.a.account.agent, t,
                                                QStringLiteral("INTERNAL-LATER"), false));
    QVERIFY(p.a.instance().tickets().addComment(p.a.account.agent, t,
                                                QStringLiteral("Public again."), true));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(commentsOf(p.b, bt), QStringLiteral("Public again.")), kWait);
    const auto comments = commentsOf(p.b, bt);
    QVERIFY(hasBody(comments, QStringLiteral("Public words.")));
    QVERIFY(!hasBody(comments, QStringLiteral("INTERNAL-FIRST")));
    QVERIFY(!hasBody(comments, QStringLiteral("INTERNAL-LATER")));
    for (const QByteArray &body : p.outboxBodies(p.a))
        QVERIFY(!body.contains("INTERNAL"));
}

void TestSharingService::syncSwitchedOffAndChosenFields() {
    SharingPair p;
    for (SharingSide *side : {&p.a, &p.b}) {
        CustomField f;
        f.title = QStringLiteral("Serial number");
        f.key = QStringLiteral("serial_number");
        f.type = FieldType::Text;
        QVERIFY(side->instance().fields().create(side->admin(), f));
        f.title = QStringLiteral("Cost centre");
        f.key = QStringLiteral("cost_centre");
        QVERIFY(side->instance().fields().create(side->admin(), f));
    }
    Sharing::AgreementPermissions perms;
    perms.statusSync = false;
    perms.tagSync = false;
    perms.fields = {QStringLiteral("serial_number")};
    const auto [aId, bId] = p.connect(perms);
    Q_UNUSED(bId);
    const Id serialA = p.a.instance().fields().list().at(0).key == QLatin1String("serial_number")
                           ? p.a.instance().fields().list().at(0).id
                           : p.a.instance().fields().list().at(1).id;
    const Id costA = serialA == p.a.instance().fields().list().at(0).id
                         ? p.a.instance().fields().list().at(1).id
                         : p.a.instance().fields().list().at(0).id;
    const Id t = newTicket(p.a, QStringLiteral("Fields"), QStringLiteral("x"), true,
                           {QStringLiteral("private-tag")});
    QVERIFY(p.a.sharing().share(p.a.admin(), t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Id bt = p.localTicket(p.b, uuid);
    Services::TicketChange change;
    change.status = TicketStatus::Solved;
    change.addTags = {QStringLiteral("other")};
    change.fields = {{serialA, QStringLiteral("SN-42")}, {costA, QStringLiteral("CC-9")}};
    change.comment = QStringLiteral("marker");
    QVERIFY(p.a.instance().tickets().update(p.a.admin(), t, change));
    QTRY_VERIFY_WITH_TIMEOUT(hasBody(commentsOf(p.b, bt), QStringLiteral("marker")), kWait);
    const Ticket copy = p.b.instance().tickets().get(p.b.admin(), bt).value();
    QCOMPARE(copy.status, TicketStatus::New);
    QVERIFY(copy.tags.isEmpty());
    QStringList values = copy.fields.values();
    QCOMPARE(values, QStringList{QStringLiteral("SN-42")});
}

void TestSharingService::unshareOrphansAndLaterMessagesAre410() {
    SharingPair p;
    const auto [aId, bId] = p.connect();
    const Id t = newTicket(p.a, QStringLiteral("Unshare me"), QStringLiteral("x"));
    QVERIFY(p.a.sharing().share(p.a.account.agent, t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Id bt = p.localTicket(p.b, uuid);
    QVERIFY(p.a.sharing().unshare(p.a.account.agent, t, aId));
    QTRY_COMPARE_WITH_TIMEOUT(shareOf(p.b, bt).state, ShareState::Orphaned, kWait);
    QVERIFY(p.b.instance().tickets().get(p.b.admin(), bt).ok()); // the copy stays
    // A later message for it: 410.
    const Agreement a = p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement;
    const RawAnswer r = rawRequest(
        "PUT", p.b.host->sharingUrl() + QStringLiteral("/tickets/") + uuid,
        R"({"comments":[{"uuid":"late-1","body":"late","public":true}]})",
        {{"Content-Type", "application/json"},
         {"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(a.uuid, a.accessKey.toUtf8())}});
    QCOMPARE(r.status, 410);
    QVERIFY(!hasBody(commentsOf(p.b, bt), QStringLiteral("late")));
    // B's own change of the orphan goes nowhere.
    QVERIFY(p.b.instance().tickets().addComment(p.b.admin(), bt, QStringLiteral("after"), true));
    QCOMPARE(p.b.sharing().agreementInfo(p.b.admin(), bId)->queueLength, 0);
    // Sharing again makes a new copy.
    QVERIFY(p.a.sharing().share(p.a.account.agent, t, aId));
    const QString again = shareOf(p.a, t).remoteUuid;
    QVERIFY(again != uuid);
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, again) != 0, kWait);
}

void TestSharingService::agentsAndPlansAreRefused() {
    SharingPair p(Plan::Enterprise, Plan::Growth);
    Sharing::InviteRequest invite;
    invite.partnerUrl = p.b.host->sharingUrl();
    invite.name = QStringLiteral("Manufacturer");
    invite.fingerprint = p.b.host->fingerprint();
    const auto byAgent = p.a.sharing().invite(p.a.account.agent, invite);
    QVERIFY(!byAgent);
    QVERIFY2(byAgent.error().contains(QLatin1String("administrators")),
             qPrintable(byAgent.error()));
    QVERIFY(!p.a.sharing().agreements(p.a.account.agent));
    // B is on Growth: no sharing at all there, even for its admin.
    Sharing::InviteRequest back = invite;
    back.partnerUrl = p.a.host->sharingUrl();
    const auto growth = p.b.sharing().invite(p.b.admin(), back);
    QVERIFY(!growth);
    QVERIFY2(growth.error().contains(QLatin1String("Professional")), qPrintable(growth.error()));

    const auto created = p.a.sharing().invite(p.a.admin(), invite);
    QVERIFY(created);
    QTRY_VERIFY_WITH_TIMEOUT(p.counterpart(p.b, created->uuid).has_value(), kWait);
    const Id bId = p.counterpart(p.b, created->uuid)->id;
    QVERIFY(!p.b.sharing().accept(p.b.account.agent, bId));
    QVERIFY(!p.a.sharing().deactivate(p.a.account.agent, created->id));
    QVERIFY(!p.a.sharing().retry(p.a.account.agent, created->id));
    QVERIFY(!p.a.sharing().createApiToken(p.a.account.agent, {}));

    // The API: an agent's credentials are refused, the admin's work.
    const auto token = p.a.sharing().createApiToken(p.a.admin(), QStringLiteral("ci"));
    QVERIFY(token);
    const QString api = p.a.host->sharingUrl().replace(QLatin1String("/sharing"),
                                                       QLatin1String("/api/v2/sharing_agreements"));
    auto basic = [](const QString &email, const QString &tok) -> QByteArray {
        return "Basic " + (email + QStringLiteral("/token:") + tok).toUtf8().toBase64();
    };
    QCOMPARE(rawRequest("GET", api, {}, {}).status, 401);
    QCOMPARE(rawRequest("GET", api, {},
                        {{"Authorization", basic(p.a.admin().email, QStringLiteral("nope"))}})
                 .status,
             401);
    QCOMPARE(rawRequest("GET", api, {}, {{"Authorization", basic(p.a.account.agent.email, *token)}})
                 .status,
             403);
    const RawAnswer list = rawRequest("GET", api + QStringLiteral(".json"), {},
                                      {{"Authorization", basic(p.a.admin().email, *token)}});
    QCOMPARE(list.status, 200);
    QVERIFY(list.body.contains("\"type\":\"outbound\""));
    QVERIFY(list.body.contains("\"remote_subdomain\""));
    const RawAnswer rename = rawRequest("PUT", api + QStringLiteral("/%1.json").arg(created->id),
                                        R"({"sharing_agreement":{"name":"Other"}})",
                                        {{"Authorization", basic(p.a.admin().email, *token)},
                                         {"Content-Type", "application/json"}});
    QCOMPARE(rename.status, 422);
    const RawAnswer off = rawRequest("PUT", api + QStringLiteral("/%1").arg(created->id),
                                     R"({"sharing_agreement":{"status":"inactive"}})",
                                     {{"Authorization", basic(p.a.admin().email, *token)},
                                      {"Content-Type", "application/json"}});
    QCOMPARE(off.status, 200);
    QVERIFY(off.body.contains("\"status\":\"inactive\""));
    QTRY_COMPARE_WITH_TIMEOUT(p.counterpart(p.b, created->uuid)->status, AgreementStatus::Inactive,
                              kWait);
}

void TestSharingService::declinedInvitesAndSharingBackAreRefused() {
    SharingPair p;
    const auto [aId, bId] = p.connect();
    Q_UNUSED(bId);
    // B's own agreement back to A: B cannot share A's ticket back to A.
    Sharing::InviteRequest back;
    back.partnerUrl = p.a.host->sharingUrl();
    back.name = QStringLiteral("Retailer");
    back.fingerprint = p.a.host->fingerprint();
    const auto ba = p.b.sharing().invite(p.b.admin(), back);
    QVERIFY(ba);
    QTRY_VERIFY_WITH_TIMEOUT(p.counterpart(p.a, ba->uuid).has_value(), kWait);
    QVERIFY(p.a.sharing().accept(p.a.admin(), p.counterpart(p.a, ba->uuid)->id));
    QTRY_COMPARE_WITH_TIMEOUT(p.counterpart(p.b, ba->uuid)->status, AgreementStatus::Accepted,
                              kWait);
    const Id t = newTicket(p.a, QStringLiteral("Round trip"), QStringLiteral("x"));
    QVERIFY(p.a.sharing().share(p.a.admin(), t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Status back2 = p.b.sharing().share(p.b.admin(), p.localTicket(p.b, uuid), ba->id);
    QVERIFY(!back2);
    QVERIFY(back2.error().contains(QLatin1String("cannot be shared back")));

    // An account that declines all invites refuses them.
    auto account = *p.b.instance().accounts().account();
    account.declineInvites = true;
    QVERIFY(p.b.instance().accounts().update(p.b.admin(), account));
    Sharing::InviteRequest invite;
    invite.partnerUrl = p.b.host->sharingUrl();
    invite.name = QStringLiteral("Manufacturer again");
    invite.fingerprint = p.b.host->fingerprint();
    const auto refused = p.a.sharing().invite(p.a.admin(), invite);
    QVERIFY(refused);
    QTRY_COMPARE_WITH_TIMEOUT(p.counterpart(p.a, refused->uuid)->status,
                              AgreementStatus::ConfigurationError, kWait);
    QVERIFY(
        p.counterpart(p.a, refused->uuid)->statusReason.contains(QLatin1String("does not accept")));
    QVERIFY(!p.counterpart(p.b, refused->uuid));
}

void TestSharingService::changedCertificateIsSslErrorAndNothingIsSent() {
    SharingPair p;
    QTemporaryDir other;
    const auto stranger = Sharing::TlsIdentity::loadOrCreate(other.path());
    QVERIFY(stranger);
    Sharing::InviteRequest invite;
    invite.partnerUrl = p.b.host->sharingUrl();
    invite.name = QStringLiteral("Manufacturer");
    invite.fingerprint = stranger->fingerprint(); // not the certificate B presents
    const auto created = p.a.sharing().invite(p.a.admin(), invite);
    QVERIFY(created);
    QTRY_COMPARE_WITH_TIMEOUT(p.counterpart(p.a, created->uuid)->status, AgreementStatus::SslError,
                              kWait);
    QVERIFY(!p.counterpart(p.a, created->uuid)->statusReason.isEmpty());
    QVERIFY(!p.counterpart(p.b, created->uuid));
    QCOMPARE(p.a.sharing().agreementInfo(p.a.admin(), created->id)->queueLength, 1); // kept
}

void TestSharingService::partnerDownQueueWaitsThenDrains() {
    SharingPair p;
    const auto [aId, bId] = p.connect();
    Q_UNUSED(bId);
    const Id t = newTicket(p.a, QStringLiteral("Down"), QStringLiteral("x"));
    QVERIFY(p.a.sharing().share(p.a.admin(), t, aId));
    const QString uuid = shareOf(p.a, t).remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    const Id bt = p.localTicket(p.b, uuid);
    const quint16 port = p.b.host->port();
    p.b.host->stop();
    for (int i = 0; i < 5; ++i)
        QVERIFY(p.a.instance().tickets().addComment(p.a.admin(), t,
                                                    QStringLiteral("queued %1").arg(i), true));
    QTRY_VERIFY_WITH_TIMEOUT(
        !p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement.lastError.isEmpty(), kWait);
    QCOMPARE(p.a.sharing().agreementInfo(p.a.admin(), aId)->queueLength, 5);
    QCOMPARE(shareOf(p.a, t).syncState, SyncState::Pending);
    QVERIFY(p.b.host->start(QStringLiteral("127.0.0.1:%1").arg(port)));
    QVERIFY(p.a.sharing().retry(p.a.admin(), aId)); // "retry now"
    QTRY_COMPARE_WITH_TIMEOUT(p.a.sharing().agreementInfo(p.a.admin(), aId)->queueLength, 0, kWait);
    const auto comments = commentsOf(p.b, bt);
    QCOMPARE(comments.size(), 6);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(comments.at(i + 1).body, QStringLiteral("queued %1").arg(i)); // in order
    QTRY_COMPARE_WITH_TIMEOUT(shareOf(p.a, t).syncState, SyncState::Delivered, kWait);
}

QTEST_GUILESS_MAIN(TestSharingService)
#include "tst_sharingservice.moc"
