// NhdCodec: golden bodies in Zendesk's and the RFC's shape, every refused input, times, statuses,
// uuids and the token header.
#include "app/sharing/NhdCodec.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace DeskBridge;
using namespace DeskBridge::Sharing;
using Domain::AgreementStatus;
using Domain::TicketStatus;

namespace {

QByteArray golden(const QString &name) {
    const QString path = QDir(Test::sourceDir()).filePath(QStringLiteral("tests/data/nhd/") + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read golden file %s (DESKBRIDGE_SOURCE_DIR set?)", qPrintable(path));
    return file.readAll();
}

QJsonObject json(const QByteArray &bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

// {"a":{"a":...{"a":1}}} with `depth` objects.
QByteArray nested(int depth) {
    QByteArray out;
    for (int i = 0; i < depth; ++i)
        out += "{\"a\":";
    out += '1';
    out += QByteArray(depth, '}');
    return out;
}

const QByteArray Json = QByteArrayLiteral("application/json");
const QString TicketUuid = QStringLiteral("4ac3dfa40227bc35e101f387142612259955ff62");
const QString AgreementUuid = QStringLiteral("7b0e6175822bdeb1cdefab0ba045b3efb5493fcf");

} // namespace

class TestNhdCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!Test::sourceDir().isEmpty(), "DESKBRIDGE_SOURCE_DIR unset"); }

    // ---- Golden files -----------------------------------------------------------------------

    void zendeskTicketGoldenRoundTrip_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("create") << QStringLiteral("zendesk/ticket_create.json");
        QTest::newRow("update") << QStringLiteral("zendesk/ticket_update.json");
    }
    void zendeskTicketGoldenRoundTrip() {
        QFETCH(QString, file);
        const QByteArray body = golden(file);
        const auto ticket = NhdCodec::readTicket(body, Json, TicketUuid);
        QVERIFY2(ticket.ok(), qPrintable(ticket.error()));
        // Our conservative writer produces exactly the shape Zendesk's client sends.
        QCOMPARE(json(NhdCodec::writeTicket(*ticket)), json(body));
        const auto again = NhdCodec::readTicket(NhdCodec::writeTicket(*ticket), Json);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, *ticket);
    }

    void zendeskAgreementGoldenRoundTrip_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("invite") << QStringLiteral("zendesk/agreement_invite.json");
        QTest::newRow("accept") << QStringLiteral("zendesk/agreement_accept.json");
        QTest::newRow("deactivate") << QStringLiteral("zendesk/agreement_deactivate.json");
    }
    void zendeskAgreementGoldenRoundTrip() {
        QFETCH(QString, file);
        const QByteArray body = golden(file);
        const auto agreement = NhdCodec::readAgreement(body, Json, AgreementUuid);
        QVERIFY2(agreement.ok(), qPrintable(agreement.error()));
        QCOMPARE(json(NhdCodec::writeAgreement(*agreement)), json(body));
        const auto again = NhdCodec::readAgreement(NhdCodec::writeAgreement(*agreement), Json);
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(*again, *agreement);
    }

    void zendeskTicketCreateValues() {
        const auto t =
            NhdCodec::readTicket(golden(QStringLiteral("zendesk/ticket_create.json")), Json);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->uuid, TicketUuid);
        QCOMPARE(t->subject, QStringLiteral("Garantieanspruch: Spülmaschine DW-450 undicht"));
        QVERIFY(t->requestedAt.has_value());
        QCOMPARE(t->requestedAt->offsetFromUtc(), -8 * 3600);
        QCOMPARE(t->requestedAt->toUTC(),
                 QDateTime(QDate(2010, 11, 24), QTime(22, 13, 54), QTimeZone::utc()));
        QCOMPARE(t->status, TicketStatus::Open);
        QCOMPARE(t->requester->name, QStringLiteral("Erika Mustermann"));
        QCOMPARE(t->requester->role, QStringLiteral("end-user"));
        QCOMPARE(t->comments->size(), 2);
        const NhdComment &first = t->comments->at(0);
        QVERIFY(first.isPublic);
        QCOMPARE(first.attachments.size(), 1);
        QCOMPARE(first.attachments.at(0).contentType, QStringLiteral("image/jpeg"));
        QCOMPARE(first.htmlBody,
                 QStringLiteral("<p>Die Spülmaschine verliert nach zwei Wochen Wasser.</p>"));
        const NhdComment &second = t->comments->at(1);
        QVERIFY(!second.isPublic);
        QVERIFY(second.htmlBody.isEmpty());
        QCOMPARE(second.customFields.value(QStringLiteral("internal_category")).toString(),
                 QStringLiteral("warranty"));
        QCOMPARE(t->tags,
                 QStringList({QStringLiteral("garantieanspruch"), QStringLiteral("dw-450")}));
        QCOMPARE(t->originalId, QStringLiteral("4711"));
        QCOMPARE(t->customFields->value(QStringLiteral("under_warranty")).toBool(), true);
        QVERIFY(!t->customStatus.has_value());
    }

    void zendeskTicketUpdateNullsMeanUnchanged() {
        const auto t = NhdCodec::readTicket(golden(QStringLiteral("zendesk/ticket_update.json")),
                                            Json, TicketUuid);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QVERIFY(!t->subject);
        QVERIFY(!t->requestedAt);
        QVERIFY(!t->requester);
        QVERIFY(!t->tags);
        QVERIFY(!t->originalId);
        QVERIFY(!t->customFields);
        QCOMPARE(t->status, TicketStatus::Pending);
        QCOMPARE(t->comments->size(), 1);
        QCOMPARE(t->comments->at(0).authoredAt.offsetFromUtc(), 3600);
        QCOMPARE(t->currentActor->name, QStringLiteral("Max Techniker"));
    }

    void zendeskAgreementValues() {
        const auto a = NhdCodec::readAgreement(
            golden(QStringLiteral("zendesk/agreement_invite.json")), Json, AgreementUuid);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->status, AgreementStatus::Pending);
        QCOMPARE(a->accessKey, QStringLiteral("8f14e45fceea167a5a36dedd4bea2543c0ffee11"));
        QCOMPARE(a->senderUrl, QStringLiteral("https://retailer.example.com/sharing"));
        QCOMPARE(a->syncTags, true);
        QCOMPARE(a->syncCustomFields, false);
        QCOMPARE(a->allowsPublicComments, true);
        QVERIFY(!a->deactivatedBy);

        const auto d = NhdCodec::readAgreement(
            golden(QStringLiteral("zendesk/agreement_deactivate.json")), Json, AgreementUuid);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->status, AgreementStatus::Inactive);
        QCOMPARE(d->deactivatedBy, QStringLiteral("receiver"));
        QVERIFY(!d->accessKey);
        QVERIFY(!d->syncTags);
    }

    void rfcShapeGolden() {
        const QByteArray xjson = QByteArrayLiteral("text/x-json");
        const auto created =
            NhdCodec::readTicket(golden(QStringLiteral("rfc/ticket_create.json")), xjson,
                                 QStringLiteral("urn-less_ticket-id.7~rfc"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(created->status, TicketStatus::New);
        QCOMPARE(created->requestedAt->toUTC(),
                 QDateTime(QDate(2011, 1, 19), QTime(22, 36, 11), QTimeZone::utc()));
        QCOMPARE(created->requester->role, QString());
        QVERIFY(created->comments->at(0).isPublic); // absent = public
        QVERIFY(!created->currentActor);            // absent = unchanged
        QVERIFY(!created->customFields);

        // No uuid in the body: it comes from the path. Unknown status: open, and logged.
        QTest::ignoreMessage(
            QtWarningMsg, QRegularExpression(QStringLiteral("unknown ticket status.*escalated")));
        const auto updated =
            NhdCodec::readTicket(golden(QStringLiteral("rfc/ticket_update.json")), xjson,
                                 QStringLiteral("urn-less_ticket-id.7~rfc"));
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        QCOMPARE(updated->uuid, QStringLiteral("urn-less_ticket-id.7~rfc"));
        QCOMPARE(updated->status, TicketStatus::Open);
        QCOMPARE(updated->comments->size(), 1); // the repeated comment is de-duplicated
        const QDateTime authored = updated->comments->at(0).authoredAt;
        QCOMPARE(authored.offsetFromUtc(), 3600);
        QCOMPARE(authored.toUTC(),
                 QDateTime(QDate(2011, 1, 20), QTime(8, 15, 0, 250), QTimeZone::utc()));

        const auto agreement =
            NhdCodec::readAgreement(golden(QStringLiteral("rfc/agreement_invite.json")), xjson);
        QVERIFY2(agreement.ok(), qPrintable(agreement.error()));
        QCOMPARE(agreement->name, QStringLiteral("Manufacturer AG"));
        QVERIFY(!agreement->currentActor);

        // Round trip through our writer. Its time format has whole seconds.
        NhdTicket updatedSeconds = updated.value();
        for (NhdComment &c : *updatedSeconds.comments)
            c.authoredAt = c.authoredAt.addMSecs(-c.authoredAt.time().msec());
        for (const NhdTicket &t : {created.value(), updatedSeconds}) {
            const auto again = NhdCodec::readTicket(NhdCodec::writeTicket(t), Json);
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QCOMPARE(again.value(), t);
        }
        const auto againAgreement =
            NhdCodec::readAgreement(NhdCodec::writeAgreement(*agreement), Json);
        QVERIFY(againAgreement.ok());
        QCOMPARE(againAgreement.value(), agreement.value());
    }

    // ---- Refused input ----------------------------------------------------------------------

    void contentTypes_data() {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("json") << QByteArray("application/json") << true;
        QTest::newRow("json charset") << QByteArray("application/json; charset=utf-8") << true;
        QTest::newRow("upper case") << QByteArray("Application/JSON") << true;
        QTest::newRow("x-json") << QByteArray("text/x-json") << true;
        QTest::newRow("none") << QByteArray() << true;
        QTest::newRow("text") << QByteArray("text/plain") << false;
        QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << false;
        QTest::newRow("xml") << QByteArray("application/xml") << false;
    }
    void contentTypes() {
        QFETCH(QByteArray, contentType);
        QFETCH(bool, accepted);
        const auto t = NhdCodec::readTicket(QByteArrayLiteral("{\"subject\":\"x\"}"), contentType);
        QCOMPARE(t.ok(), accepted);
        if (!accepted)
            QVERIFY2(t.error().contains(QStringLiteral("content type")), qPrintable(t.error()));
    }

    void refusedTickets_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("pathUuid");
        QTest::addColumn<QString>("expected"); // a part of the message

        const QString none;
        QTest::newRow("invalid json")
            << QByteArray("{\"subject\": ") << none << QStringLiteral("not valid JSON");
        QTest::newRow("trailing garbage")
            << QByteArray("{} x") << none << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray("  ") << none << QStringLiteral("empty");
        QTest::newRow("array") << QByteArray("[1,2]") << none << QStringLiteral("JSON object");
        QTest::newRow("subject number")
            << QByteArray("{\"subject\":5}") << none << QStringLiteral("“subject” must be text");
        QTest::newRow("status bool")
            << QByteArray("{\"status\":true}") << none << QStringLiteral("“status” must be text");
        QTest::newRow("tags number")
            << QByteArray("{\"tags\":7}") << none << QStringLiteral("“tags” must be a list");
        QTest::newRow("tag not text") << QByteArray("{\"tags\":[\"a\",{}]}") << none
                                      << QStringLiteral("“tags” must be a list of texts");
        QTest::newRow("comments object") << QByteArray("{\"comments\":{}}") << none
                                         << QStringLiteral("“comments” must be a list");
        QTest::newRow("comment not object") << QByteArray("{\"comments\":[\"hi\"]}") << none
                                            << QStringLiteral("“comments[0]” must be an object");
        QTest::newRow("comment public")
            << QByteArray("{\"comments\":[{\"public\":\"maybe\"}]}") << none
            << QStringLiteral("“comments[0].public” must be true or false");
        QTest::newRow("author text") << QByteArray("{\"comments\":[{\"author\":\"bob\"}]}") << none
                                     << QStringLiteral("“comments[0].author” must be an object");
        QTest::newRow("requester list") << QByteArray("{\"requester\":[]}") << none
                                        << QStringLiteral("“requester” must be an object");
        QTest::newRow("custom fields text")
            << QByteArray("{\"custom_fields\":\"x\"}") << none << QStringLiteral("“custom_fields”");
        QTest::newRow("bad time") << QByteArray("{\"requested_at\":\"yesterday\"}") << none
                                  << QStringLiteral("“requested_at” is not a time");
        QTest::newRow("bad date") << QByteArray("{\"requested_at\":\"2010-02-30 10:00:00 +0000\"}")
                                  << none << QStringLiteral("“requested_at” is not a time");
        QTest::newRow("time number") << QByteArray("{\"requested_at\":1290636834}") << none
                                     << QStringLiteral("“requested_at” must be text");
        QTest::newRow("attachment url")
            << QByteArray("{\"comments\":[{\"attachments\":[{\"url\":\"javascript:alert(1)\"}]}]}")
            << none << QStringLiteral("http(s) URL");
        QTest::newRow("depth 33") << nested(33) << none << QStringLiteral("deeper than 32");
        QTest::newRow("depth 1000 in a list")
            << (QByteArray("{\"x\":") + QByteArray(1000, '[') + QByteArray(1000, ']') + '}') << none
            << QStringLiteral("deeper than 32");

        const QByteArray big(NhdCodec::MaxStringBytes + 1, 'a');
        QTest::newRow("string > 1 MiB") << (QByteArray("{\"subject\":\"") + big + "\"}") << none
                                        << QStringLiteral("“subject” is longer than 1 MiB");
        QTest::newRow("nested string > 1 MiB")
            << (QByteArray("{\"comments\":[{\"body\":\"") + big + "\"}]}") << none
            << QStringLiteral("“comments[0].body” is longer than 1 MiB");
        QTest::newRow("key > 1 MiB")
            << (QByteArray("{\"") + big + "\":1}") << none << QStringLiteral("longer than 1 MiB");
        QByteArray huge = "{\"x\":[";
        while (huge.size() <= NhdCodec::MaxBodyBytes)
            huge += "\"0123456789012345678901234567890123456789\",";
        huge += "1]}";
        QTest::newRow("body > 10 MiB") << huge << none << QStringLiteral("larger than 10 MiB");

        QTest::newRow("uuid with slash") << QByteArray("{\"uuid\":\"a/b\"}") << none
                                         << QStringLiteral("“uuid” is not a valid uuid");
        QTest::newRow("uuid with space")
            << QByteArray("{\"uuid\":\"a b\"}") << none << QStringLiteral("not a valid uuid");
        QTest::newRow("uuid empty")
            << QByteArray("{\"uuid\":\"\"}") << none << QStringLiteral("not a valid uuid");
        QTest::newRow("uuid 256") << (QByteArray("{\"uuid\":\"") + QByteArray(256, 'a') + "\"}")
                                  << none << QStringLiteral("not a valid uuid");
        QTest::newRow("uuid non-ascii") << QByteArray("{\"uuid\":\"t\xc3\xa4st\"}") << none
                                        << QStringLiteral("not a valid uuid");
        QTest::newRow("comment uuid") << QByteArray("{\"comments\":[{\"uuid\":\"?x\"}]}") << none
                                      << QStringLiteral("“comments[0].uuid” is not a valid uuid");
        QTest::newRow("uuid mismatch") << QByteArray("{\"uuid\":\"abc\"}") << QStringLiteral("abd")
                                       << QStringLiteral("differs from the uuid in the address");
        QTest::newRow("path uuid invalid") << QByteArray("{}") << QStringLiteral("a%2Fb")
                                           << QStringLiteral("uuid in the address is not valid");
    }
    void refusedTickets() {
        QFETCH(QByteArray, body);
        QFETCH(QString, pathUuid);
        QFETCH(QString, expected);
        const auto t = NhdCodec::readTicket(body, Json, pathUuid);
        QVERIFY2(!t.ok(), "accepted a body that must be refused");
        QVERIFY2(t.error().contains(expected),
                 qPrintable(QStringLiteral("message “%1” lacks “%2”").arg(t.error(), expected)));
        QVERIFY(t.error().size() < 400); // a message for people, not a dump of the input
    }

    void refusedAgreements_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("local status") << QByteArray("{\"status\":\"ssl_error\"}")
                                      << QStringLiteral("pending, accepted, declined or inactive");
        QTest::newRow("unknown status")
            << QByteArray("{\"status\":\"maybe\"}") << QStringLiteral("“status” must be");
        QTest::newRow("http url") << QByteArray("{\"sender_url\":\"http://a.example/sharing\"}")
                                  << QStringLiteral("“sender_url” must be an https:// URL");
        QTest::newRow("no host") << QByteArray("{\"receiver_url\":\"https:///sharing\"}")
                                 << QStringLiteral("“receiver_url” must be an https:// URL");
        QTest::newRow("key with space")
            << QByteArray("{\"access_key\":\"a b\"}") << QStringLiteral("“access_key” must be");
        QTest::newRow("key empty")
            << QByteArray("{\"access_key\":\"\"}") << QStringLiteral("“access_key” must be");
        QTest::newRow("sync_tags text") << QByteArray("{\"sync_tags\":\"often\"}")
                                        << QStringLiteral("“sync_tags” must be true or false");
        QTest::newRow("actor uuid") << QByteArray("{\"current_actor\":{\"uuid\":5}}")
                                    << QStringLiteral("“current_actor.uuid” must be text");
    }
    void refusedAgreements() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const auto a = NhdCodec::readAgreement(body, QByteArrayLiteral("text/x-json"));
        QVERIFY(!a.ok());
        QVERIFY2(a.error().contains(expected), qPrintable(a.error()));
    }

    void limitsAreInclusive() {
        QVERIFY(NhdCodec::readTicket(nested(32), Json).ok());
        const QByteArray exact(NhdCodec::MaxStringBytes, 'b');
        QVERIFY(NhdCodec::readTicket(QByteArray("{\"subject\":\"") + exact + "\"}", Json).ok());
        // 1 MiB of UTF-8 in fewer characters still counts as bytes.
        QByteArray umlauts;
        while (umlauts.size() <= NhdCodec::MaxStringBytes)
            umlauts += "\xc3\xbc"; // 2 bytes, 1 character
        QVERIFY(!NhdCodec::readTicket(QByteArray("{\"subject\":\"") + umlauts + "\"}", Json).ok());
        QVERIFY(
            NhdCodec::readTicket(QByteArray("{\"uuid\":\"") + QByteArray(255, 'Z') + "\"}", Json)
                .ok());
        // Brackets inside strings are not nesting.
        QVERIFY(NhdCodec::readTicket(
                    QByteArray("{\"subject\":\"") + QByteArray(100, '[') + "\\\"{{{\"}", Json)
                    .ok());
    }

    void tolerantReader() {
        const QByteArray body = R"({
            "subject": "x", "tags": "a b  c", "original_id": "Z-17",
            "custom_fields": [{"id": 360001, "value": "red"}, {"key": "size", "value": 3}],
            "custom_status": 12, "unknown_key": {"any": ["thing"]}, "status": " SOLVED ",
            "comments": [{"body": "no uuid", "authored_at": "2010-11-24 22:13:54 UTC"}]
        })";
        const auto t = NhdCodec::readTicket(body, QByteArray());
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->tags,
                 QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(t->originalId, QStringLiteral("Z-17"));
        QCOMPARE(t->customFields->value(QStringLiteral("360001")).toString(),
                 QStringLiteral("red"));
        QCOMPARE(t->customFields->value(QStringLiteral("size")).toInt(), 3);
        QCOMPARE(t->customStatus, QStringLiteral("12"));
        QCOMPARE(t->status, TicketStatus::Solved);
        // A comment without uuid gets one derived from its content: the same every time.
        const QString uuid = t->comments->at(0).uuid;
        QCOMPARE(uuid.size(), 40);
        QCOMPARE(NhdCodec::readTicket(body, QByteArray())->comments->at(0).uuid, uuid);
        QCOMPARE(t->comments->at(0).authoredAt.offsetFromUtc(), 0);

        const auto a = NhdCodec::readAgreement(
            R"({"sync_tags": "true", "sync_custom_fields": 0, "allows_public_comments": "1",
                "status": "Accepted"})",
            Json);
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->syncTags, true);
        QCOMPARE(a->syncCustomFields, false);
        QCOMPARE(a->allowsPublicComments, true);
        QCOMPARE(a->status, AgreementStatus::Accepted);
    }

    // ---- Writer -----------------------------------------------------------------------------

    void writerSendsEveryField() {
        NhdTicket t;
        t.uuid = TicketUuid;
        const QByteArray bytes = NhdCodec::writeTicket(t);
        QVERIFY(!bytes.contains('\n'));
        QVERIFY(!bytes.contains(": "));
        const QJsonObject o = json(bytes);
        const QStringList keys{QStringLiteral("uuid"),          QStringLiteral("subject"),
                               QStringLiteral("requested_at"),  QStringLiteral("status"),
                               QStringLiteral("requester"),     QStringLiteral("comments"),
                               QStringLiteral("current_actor"), QStringLiteral("tags"),
                               QStringLiteral("original_id"),   QStringLiteral("custom_fields"),
                               QStringLiteral("custom_status")};
        QCOMPARE(o.keys().size(), keys.size());
        for (const QString &k : keys)
            QVERIFY2(o.contains(k), qPrintable(k));
        QVERIFY(o.value(QStringLiteral("subject")).isNull());

        NhdAgreement a;
        a.uuid = AgreementUuid;
        QCOMPARE(json(NhdCodec::writeAgreement(a)).keys().size(), 11);

        NhdComment c;
        c.uuid = QStringLiteral("c1");
        c.authoredAt = QDateTime(QDate(2024, 3, 1), QTime(8, 5, 9), QTimeZone(5 * 3600 + 1800));
        const QJsonObject co = NhdCodec::toJson(c);
        QCOMPARE(co.keys().size(), 8);
        QCOMPARE(co.value(QStringLiteral("authored_at")).toString(),
                 QStringLiteral("2024-03-01 08:05:09 +0530"));
    }

    void times_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<int>("offset");
        const QDateTime base(QDate(2010, 11, 24), QTime(22, 13, 54), QTimeZone::utc());
        QTest::newRow("zendesk") << QStringLiteral("2010-11-24 14:13:54 -0800") << base << -28800;
        QTest::newRow("ruby utc") << QStringLiteral("2010-11-24 22:13:54 UTC") << base << 0;
        QTest::newRow("iso z") << QStringLiteral("2010-11-24T22:13:54Z") << base << 0;
        QTest::newRow("iso offset") << QStringLiteral("2010-11-24T23:43:54+01:30") << base << 5400;
        QTest::newRow("iso no colon")
            << QStringLiteral("2010-11-24T14:13:54-0800") << base << -28800;
        QTest::newRow("iso fraction")
            << QStringLiteral("2010-11-24T22:13:54.5Z") << base.addMSecs(500) << 0;
        QTest::newRow("no zone") << QStringLiteral("2010-11-24 22:13:54") << base << 0;
        QTest::newRow("date only")
            << QStringLiteral("2010-11-24")
            << QDateTime(QDate(2010, 11, 24), QTime(0, 0), QTimeZone::utc()) << 0;
    }
    void times() {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        QFETCH(int, offset);
        const auto t = NhdCodec::parseTime(text);
        QVERIFY(t.has_value());
        QCOMPARE(t->toUTC(), utc);
        QCOMPARE(t->offsetFromUtc(), offset);
    }

    void badTimes() {
        for (const char *text : {"", "24.11.2010", "2010-13-01 00:00:00", "2010-11-24 25:00:00",
                                 "2010-11-24 10:00:00 +1500", "2010-11-24T10:00:00 PST",
                                 "2010-11-24 10:00:00 -0800 extra"})
            QVERIFY2(!NhdCodec::parseTime(QString::fromLatin1(text)).has_value(), text);
    }

    void formatTime() {
        const QDateTime t(QDate(2010, 11, 24), QTime(14, 13, 54), QTimeZone(-8 * 3600));
        QCOMPARE(NhdCodec::formatTime(t), QStringLiteral("2010-11-24 14:13:54 -0800"));
        QCOMPARE(NhdCodec::formatTime(t.toUTC()), QStringLiteral("2010-11-24 22:13:54 +0000"));
        QCOMPARE(NhdCodec::formatTime(QDateTime()), QString());
        QCOMPARE(NhdCodec::parseTime(NhdCodec::formatTime(t))->toUTC(), t.toUTC());
    }

    void statuses() {
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("new")), TicketStatus::New);
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("open")), TicketStatus::Open);
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("Pending")), TicketStatus::Pending);
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("HOLD")), TicketStatus::Hold);
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("solved")), TicketStatus::Solved);
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("closed")), TicketStatus::Closed);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("unknown ticket status.*deleted")));
        QCOMPARE(NhdCodec::parseStatus(QStringLiteral("deleted")), TicketStatus::Open);
        QCOMPARE(QString::fromLatin1(lcSharing().categoryName()),
                 QStringLiteral("deskbridge.sharing"));
    }

    // ---- Identifiers and tokens ---------------------------------------------------------------

    void uuids() {
        // sha1("https://retailer.example.com/sharing/tickets/4711")
        QCOMPARE(NhdCodec::makeUuid(QStringLiteral("https://retailer.example.com/sharing"),
                                    QStringLiteral("tickets"), 4711),
                 TicketUuid);
        QCOMPARE(NhdCodec::makeUuid(QStringLiteral("https://retailer.example.com/sharing/"),
                                    QStringLiteral("tickets"), QStringLiteral("4711")),
                 TicketUuid);
        QVERIFY(NhdCodec::makeUuid(QStringLiteral("https://retailer.example.com/sharing"),
                                   QStringLiteral("comments"), 4711) != TicketUuid);

        const QRegularExpression hex40(QStringLiteral("^[0-9a-f]{40}$"));
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString u = NhdCodec::randomUuid();
            QVERIFY(hex40.match(u).hasMatch());
            QVERIFY(NhdCodec::isValidUuid(u));
            seen.insert(u);
        }
        QCOMPARE(seen.size(), 100);
        QVERIFY(hex40.match(NhdCodec::randomAccessKey()).hasMatch());
        QVERIFY(NhdCodec::randomAccessKey() != NhdCodec::randomAccessKey());

        QVERIFY(NhdCodec::isValidUuid(QStringLiteral("A-z_0.9~")));
        QVERIFY(!NhdCodec::isValidUuid(QStringLiteral("a:b")));
        QVERIFY(!NhdCodec::isValidUuid(QStringLiteral("a%20b")));
    }

    void tokens() {
        const auto t = NhdCodec::parseToken("abc123:s3cr3t");
        QVERIFY(t);
        QCOMPARE(t->agreementUuid, QStringLiteral("abc123"));
        QCOMPARE(t->accessKey, QByteArray("s3cr3t"));
        // Split on the first colon only: keys may contain colons.
        QCOMPARE(NhdCodec::parseToken("abc:k:e:y")->accessKey, QByteArray("k:e:y"));
        QCOMPARE(NhdCodec::parseToken(" abc : key ")->agreementUuid, QStringLiteral("abc"));
        QVERIFY(!NhdCodec::parseToken("abc"));
        QVERIFY(!NhdCodec::parseToken(":key"));
        QVERIFY(!NhdCodec::parseToken("abc:"));
        QVERIFY(!NhdCodec::parseToken("a/b:key"));
        QVERIFY(!NhdCodec::parseToken(""));
        QCOMPARE(NhdCodec::formatToken(QStringLiteral("abc"), "k:1"), QByteArray("abc:k:1"));

        QVERIFY(NhdCodec::constantTimeEquals("secret", "secret"));
        QVERIFY(!NhdCodec::constantTimeEquals("secret", "secreT"));
        QVERIFY(!NhdCodec::constantTimeEquals("secret", "secret2"));
        QVERIFY(!NhdCodec::constantTimeEquals("secret", ""));
        QVERIFY(!NhdCodec::constantTimeEquals("", "x"));
        QVERIFY(NhdCodec::constantTimeEquals("", ""));
        QVERIFY(!NhdCodec::constantTimeEquals("abab", "ab"));
    }
};

QTEST_GUILESS_MAIN(TestNhdCodec)
#include "tst_nhdcodec.moc"
