// The sharing endpoints as other implementations see them: a real account's SharingHost on
// 127.0.0.1 answering hand-made requests — Zendesk's bodies (no version header, no token on
// the invite, nulls on PUT, "2010-11-24 14:13:54 -0800" times), the RFC's (text/x-json, version
// header), and every refusal with the status DESIGN.md §5 names, with nothing stored.
#include "app/services/TicketService.h"
#include "app/sharing/NhdCodec.h"
#include "support/SharingPair.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Test;

namespace {
QByteArray golden(const QString &name) {
    QFile f(sourceDir() + QStringLiteral("/tests/data/nhd/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing %s", qPrintable(name));
    return f.readAll();
}

int count(SharingSide &side, const QString &table) {
    QSqlQuery q(side.instance().database().connection());
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt()
                                                                               : -1;
}

using Headers = QList<QPair<QByteArray, QByteArray>>;
} // namespace

class TestSharingProtocol : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<SharingPair> m_pair;
    SharingSide &b() { return m_pair->b; }
    QString url(const QString &path) { return b().host->sharingUrl() + path; }
    // Zendesk's invite (retailer -> us), accepted by our admin.
    Agreement zendeskAgreement();

private Q_SLOTS:
    void init() { m_pair = std::make_unique<SharingPair>(); }
    void cleanup() { m_pair.reset(); }
    void zendeskShapedBodies();
    void rfcShapedBodies();
    void tokensAreChecked();
    void ticketsOnlyUnderAcceptedAgreements();
    void invalidDataIs422();
    void oversizeIs413AndUnknownIs404Or405();
    void sameMessageTwiceAppliedOnce();
    void invitesAreThrottledWith503();
};

Agreement TestSharingProtocol::zendeskAgreement() {
    const RawAnswer invite = rawRequest(
        "POST", url(QStringLiteral("/agreements/7b0e6175822bdeb1cdefab0ba045b3efb5493fcf")),
        golden(QStringLiteral("zendesk/agreement_invite.json")),
        {{"Content-Type", "application/json"}});
    if (invite.status != 201)
        qWarning() << invite.status << invite.body;
    auto a =
        b().sharing().findAgreement(QStringLiteral("7b0e6175822bdeb1cdefab0ba045b3efb5493fcf"));
    if (!a)
        qFatal("no agreement");
    // Accepting queues a PUT to retailer.example.com, which never answers: fine here.
    if (Status s = b().sharing().accept(b().admin(), a->id); !s)
        qFatal("accept: %s", qPrintable(s.error()));
    return *b().sharing().findAgreement(a->uuid);
}

void TestSharingProtocol::zendeskShapedBodies() {
    const Agreement a = zendeskAgreement();
    QCOMPARE(a.name, QStringLiteral("Retailer GmbH"));
    QCOMPARE(a.direction, AgreementDirection::Inbound);
    QCOMPARE(a.partnerUrl, QStringLiteral("https://retailer.example.com/sharing"));
    const QByteArray token = Sharing::NhdCodec::formatToken(a.uuid, a.accessKey.toUtf8());
    const QString ticketUrl =
        url(QStringLiteral("/tickets/4ac3dfa40227bc35e101f387142612259955ff62"));
    const RawAnswer created =
        rawRequest("POST", ticketUrl, golden(QStringLiteral("zendesk/ticket_create.json")),
                   {{"Content-Type", "application/json"}, {"X-Ticket-Sharing-Token", token}});
    QCOMPARE(created.status, 201);
    const Id t =
        m_pair->localTicket(b(), QStringLiteral("4ac3dfa40227bc35e101f387142612259955ff62"));
    QVERIFY(t);
    const Ticket copy = b().instance().tickets().get(b().admin(), t).value();
    QCOMPARE(copy.subject, QStringLiteral("Garantieanspruch: Spülmaschine DW-450 undicht"));
    QCOMPARE(copy.originalId, QStringLiteral("4711"));
    QCOMPARE(copy.status, TicketStatus::Open);
    QCOMPARE(copy.tags,
             (QStringList{QStringLiteral("dw-450"), QStringLiteral("garantieanspruch")}));
    auto comments = b().instance().tickets().comments(b().admin(), t).value();
    QCOMPARE(comments.size(), 2);
    QCOMPARE(comments.at(0).authorName, QStringLiteral("Erika Mustermann (Retailer GmbH)"));
    QCOMPARE(comments.at(0).createdAt, QDateTime(QDate(2010, 11, 24), QTime(22, 13, 54), Qt::UTC));
    QVERIFY(!comments.at(1).isPublic);

    const RawAnswer updated =
        rawRequest("PUT", ticketUrl, golden(QStringLiteral("zendesk/ticket_update.json")),
                   {{"Content-Type", "application/json"}, {"X-Ticket-Sharing-Token", token}});
    QCOMPARE(updated.status, 200);
    const Ticket after = b().instance().tickets().get(b().admin(), t).value();
    QCOMPARE(after.status, TicketStatus::Pending);
    QCOMPARE(after.tags, copy.tags); // null = unchanged
    QCOMPARE(after.subject, copy.subject);
    QCOMPARE(b().instance().tickets().comments(b().admin(), t)->size(), 3);

    const RawAnswer deactivated =
        rawRequest("PUT", url(QStringLiteral("/agreements/") + a.uuid),
                   golden(QStringLiteral("zendesk/agreement_deactivate.json")),
                   {{"Content-Type", "application/json"}, {"X-Ticket-Sharing-Token", token}});
    QCOMPARE(deactivated.status, 200);
    QCOMPARE(b().sharing().findAgreement(a.uuid)->status, AgreementStatus::Inactive);
    QCOMPARE(b().sharing().sharesOfTicket(t).first().state, ShareState::Orphaned);
}

void TestSharingProtocol::rfcShapedBodies() {
    const QString uuid = QStringLiteral("55fc147d48948e1aed63f212503e2696cf933b98");
    const Headers rfc{{"Content-Type", "text/x-json; charset=utf-8"},
                      {"X-Ticket-Sharing-Version", "1"}};
    QCOMPARE(rawRequest("POST", url(QStringLiteral("/agreements/") + uuid),
                        golden(QStringLiteral("rfc/agreement_invite.json")), rfc)
                 .status,
             201);
    const auto a = b().sharing().findAgreement(uuid);
    QVERIFY(a);
    QVERIFY(b().sharing().accept(b().admin(), a->id));
    Headers auth = rfc;
    auth.append(
        {"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(uuid, a->accessKey.toUtf8())});
    const QString ticketUrl = url(QStringLiteral("/tickets/urn-less_ticket-id.7~rfc"));
    QCOMPARE(rawRequest("POST", ticketUrl, golden(QStringLiteral("rfc/ticket_create.json")), auth)
                 .status,
             201);
    const Id t = m_pair->localTicket(b(), QStringLiteral("urn-less_ticket-id.7~rfc"));
    QVERIFY(t);
    QCOMPARE(
        rawRequest("PUT", ticketUrl, golden(QStringLiteral("rfc/ticket_update.json")), auth).status,
        200);
    // "escalated" is unknown: open. The private comment listed twice is stored once.
    QCOMPARE(b().instance().tickets().get(b().admin(), t)->status, TicketStatus::Open);
    auto comments = b().instance().tickets().comments(b().admin(), t).value();
    QCOMPARE(comments.size(), 2);
    // GET reads the agreement back.
    const RawAnswer got = rawRequest("GET", url(QStringLiteral("/agreements/") + uuid), {}, auth);
    QCOMPARE(got.status, 200);
    QVERIFY(got.body.contains("\"status\":\"accepted\""));
}

void TestSharingProtocol::tokensAreChecked() {
    const Agreement a = zendeskAgreement();
    const QString ticketUrl = url(QStringLiteral("/tickets/abc"));
    const QByteArray body = golden(QStringLiteral("zendesk/ticket_create.json"));
    const int before = count(b(), QStringLiteral("tickets"));
    QCOMPARE(rawRequest("POST", ticketUrl, body, {{"Content-Type", "application/json"}}).status,
             401);
    QCOMPARE(
        rawRequest("POST", ticketUrl, body,
                   {{"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(a.uuid, "wrong")}})
            .status,
        403);
    QCOMPARE(rawRequest(
                 "POST", ticketUrl, body,
                 {{"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(
                                                 QStringLiteral("unknown"), a.accessKey.toUtf8())}})
                 .status,
             403);
    QCOMPARE(
        rawRequest("PUT", url(QStringLiteral("/agreements/") + a.uuid),
                   golden(QStringLiteral("zendesk/agreement_deactivate.json")),
                   {{"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(a.uuid, "wrong")}})
            .status,
        403);
    // An invite with a different key for a known uuid is refused too.
    QByteArray other = golden(QStringLiteral("zendesk/agreement_invite.json"));
    other.replace("8f14e45fceea167a5a36dedd4bea2543c0ffee11",
                  "0000000000000000000000000000000000000000");
    QCOMPARE(rawRequest("POST", url(QStringLiteral("/agreements/") + a.uuid), other, {}).status,
             403);
    QCOMPARE(count(b(), QStringLiteral("tickets")), before);
    QCOMPARE(b().sharing().findAgreement(a.uuid)->status, AgreementStatus::Accepted);
    QCOMPARE(b().sharing().findAgreement(a.uuid)->accessKey,
             QStringLiteral("8f14e45fceea167a5a36dedd4bea2543c0ffee11"));
}

void TestSharingProtocol::ticketsOnlyUnderAcceptedAgreements() {
    const QString uuid = QStringLiteral("7b0e6175822bdeb1cdefab0ba045b3efb5493fcf");
    QCOMPARE(rawRequest("POST", url(QStringLiteral("/agreements/") + uuid),
                        golden(QStringLiteral("zendesk/agreement_invite.json")), {})
                 .status,
             201);
    const auto a = b().sharing().findAgreement(uuid);
    const Headers auth{
        {"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(uuid, a->accessKey.toUtf8())}};
    const QByteArray body = golden(QStringLiteral("zendesk/ticket_create.json"));
    const QString ticketUrl =
        url(QStringLiteral("/tickets/4ac3dfa40227bc35e101f387142612259955ff62"));
    const int before = count(b(), QStringLiteral("tickets"));
    QCOMPARE(rawRequest("POST", ticketUrl, body, auth).status, 403); // pending
    QVERIFY(b().sharing().decline(b().admin(), a->id));
    QCOMPARE(rawRequest("POST", ticketUrl, body, auth).status, 403); // declined
    QVERIFY(b().sharing().deactivate(b().admin(), a->id));
    QCOMPARE(rawRequest("POST", ticketUrl, body, auth).status, 403); // inactive
    QCOMPARE(count(b(), QStringLiteral("tickets")), before);
}

void TestSharingProtocol::invalidDataIs422() {
    const Agreement a = zendeskAgreement();
    const Headers auth{
        {"Content-Type", "application/json"},
        {"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(a.uuid, a.accessKey.toUtf8())}};
    const QString ticketUrl =
        url(QStringLiteral("/tickets/4ac3dfa40227bc35e101f387142612259955ff62"));
    const int before = count(b(), QStringLiteral("tickets"));
    QCOMPARE(rawRequest("POST", ticketUrl, "{\"subject\": ", auth).status, 422);
    QCOMPARE(rawRequest("POST", ticketUrl, R"({"subject": 5, "comments": []})", auth).status, 422);
    QCOMPARE(rawRequest("POST", ticketUrl, R"({"subject": "x", "comments": "many"})", auth).status,
             422);
    QCOMPARE(
        rawRequest("POST", ticketUrl, R"({"uuid": "not-the-path", "subject": "x"})", auth).status,
        422);
    QCOMPARE(rawRequest("POST", ticketUrl, R"({"subject":"x"})",
                        {auth.at(1), {"Content-Type", "text/html"}})
                 .status,
             422);
    QCOMPARE(count(b(), QStringLiteral("tickets")), before);
    QCOMPARE(rawRequest("POST", url(QStringLiteral("/agreements/feedface")), "[1,2]", {}).status,
             422);
    QVERIFY(!b().sharing().findAgreement(QStringLiteral("feedface")));
}

void TestSharingProtocol::oversizeIs413AndUnknownIs404Or405() {
    const Agreement a = zendeskAgreement();
    const Headers auth{
        {"Content-Type", "application/json"},
        {"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(a.uuid, a.accessKey.toUtf8())}};
    QByteArray huge = R"({"subject":")" + QByteArray(11 * 1024 * 1024, 'a') + R"("})";
    QCOMPARE(rawRequest("POST", url(QStringLiteral("/tickets/big")), huge, auth).status, 413);
    QCOMPARE(rawRequest("PUT", url(QStringLiteral("/tickets/nothing-here")), "{}", auth).status,
             404);
    QCOMPARE(rawRequest("GET", url(QStringLiteral("/tickets/x")), {}, auth).status, 405);
    QCOMPARE(rawRequest("DELETE", url(QStringLiteral("/agreements/x")), {}, auth).status, 405);
}

void TestSharingProtocol::sameMessageTwiceAppliedOnce() {
    const Agreement a = zendeskAgreement();
    const Headers auth{
        {"Content-Type", "application/json"},
        {"X-Ticket-Sharing-Token", Sharing::NhdCodec::formatToken(a.uuid, a.accessKey.toUtf8())}};
    const QString ticketUrl =
        url(QStringLiteral("/tickets/4ac3dfa40227bc35e101f387142612259955ff62"));
    const QByteArray create = golden(QStringLiteral("zendesk/ticket_create.json"));
    const QByteArray update = golden(QStringLiteral("zendesk/ticket_update.json"));
    QCOMPARE(rawRequest("POST", ticketUrl, create, auth).status, 201);
    const int tickets = count(b(), QStringLiteral("tickets"));
    QCOMPARE(rawRequest("POST", ticketUrl, create, auth).status, 200);
    QCOMPARE(count(b(), QStringLiteral("tickets")), tickets);
    QCOMPARE(rawRequest("PUT", ticketUrl, update, auth).status, 200);
    const int comments = count(b(), QStringLiteral("comments"));
    const int events = count(b(), QStringLiteral("ticket_events"));
    QCOMPARE(rawRequest("PUT", ticketUrl, update, auth).status, 200);
    QCOMPARE(count(b(), QStringLiteral("comments")), comments);
    QCOMPARE(count(b(), QStringLiteral("ticket_events")), events);
}

void TestSharingProtocol::invitesAreThrottledWith503() {
    QByteArray invite = golden(QStringLiteral("rfc/agreement_invite.json"));
    int throttled = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 40 && !throttled; ++i) {
        QByteArray body = invite;
        const QByteArray uuid = QByteArray("throttle-") + QByteArray::number(i);
        body.replace("55fc147d48948e1aed63f212503e2696cf933b98", uuid);
        const RawAnswer r = rawRequest(
            "POST", url(QStringLiteral("/agreements/") + QString::fromLatin1(uuid)), body, {});
        QVERIFY2(r.status == 201 || r.status == 503, r.body.constData());
        if (r.status == 503) {
            ++throttled;
            retryAfter = r.retryAfter;
        }
    }
    QCOMPARE(throttled, 1);
    QVERIFY(retryAfter.toInt() >= 1);
}

QTEST_GUILESS_MAIN(TestSharingProtocol)
#include "tst_sharingprotocol.moc"
