#include "app/sharing/NhdCodec.h"
#include "app/sharing/NhdJsonReader.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <cmath>
#include <cstdlib>

Q_LOGGING_CATEGORY(lcSharing, "deskbridge.sharing")

namespace DeskBridge::Sharing {

namespace {

using Domain::AgreementStatus;
using Domain::TicketStatus;

Status pathUuidCheck(const QString &pathUuid, QString &bodyUuid) {
    if (pathUuid.isNull())
        return {};
    if (const Status s = NhdCodec::checkUuidMatch(pathUuid, bodyUuid); !s)
        return s;
    if (bodyUuid.isEmpty())
        bodyUuid = pathUuid;
    return {};
}

QJsonValue stringOrNull(const std::optional<QString> &s) {
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonValue boolOrNull(const std::optional<bool> &b) {
    return b ? QJsonValue(*b) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeOrNull(const QDateTime &t) {
    return t.isValid() ? QJsonValue(NhdCodec::formatTime(t)) : QJsonValue(QJsonValue::Null);
}

std::optional<AgreementStatus> wireAgreementStatus(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n == u"pending")
        return AgreementStatus::Pending;
    if (n == u"accepted")
        return AgreementStatus::Accepted;
    if (n == u"declined")
        return AgreementStatus::Declined;
    if (n == u"inactive")
        return AgreementStatus::Inactive;
    return std::nullopt;
}

QString hex(const QByteArray &bytes) {
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

// ---- Reading -----------------------------------------------------------------------------------

Status NhdCodec::checkContentType(const QByteArray &contentType) {
    const QByteArray mediaType = contentType.split(';').value(0).trimmed().toLower();
    if (mediaType.isEmpty() || mediaType == "application/json" || mediaType == "text/x-json")
        return {};
    return Status::failure(tr("The content type “%1” is not accepted; send application/json.")
                               .arg(QString::fromLatin1(contentType.left(100))));
}

bool NhdCodec::isValidUuid(QStringView uuid) {
    if (uuid.isEmpty() || uuid.size() > MaxUuidLength)
        return false;
    for (const QChar c : uuid) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'.' || u == u'_' ||
                        u == u'~';
        if (!ok)
            return false;
    }
    return true;
}

Status NhdCodec::checkUuidMatch(const QString &pathUuid, const QString &bodyUuid) {
    if (!isValidUuid(pathUuid))
        return Status::failure(tr("The uuid in the address is not valid (1 to %1 characters "
                                  "A-Z, a-z, 0-9, “-”, “.”, “_”, “~”).")
                                   .arg(MaxUuidLength));
    if (!bodyUuid.isEmpty() && bodyUuid != pathUuid)
        return Status::failure(tr("The uuid in the body (%1) differs from the uuid in the "
                                  "address (%2).")
                                   .arg(bodyUuid.left(64), pathUuid.left(64)));
    return {};
}

Result<NhdTicket> NhdCodec::readTicket(const QByteArray &body, const QByteArray &contentType,
                                       const QString &pathUuid) {
    const Result<QJsonObject> parsed = NhdJsonReader::parseBody(body, contentType);
    if (!parsed)
        return Result<NhdTicket>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    const QString root;

    NhdJsonReader r;
    NhdTicket t;
    t.uuid = r.uuid(o, QStringLiteral("uuid"), root).value_or(pathUuid);
    t.subject = r.string(o, QStringLiteral("subject"), root);
    t.requestedAt = r.time(o, QStringLiteral("requested_at"), root);
    if (const auto status = r.string(o, QStringLiteral("status"), root))
        t.status = parseStatus(*status);
    t.requester = r.actor(o, QStringLiteral("requester"), root);
    if (const auto list = r.array(o, QStringLiteral("comments"), root)) {
        QList<NhdComment> comments;
        QSet<QString> seen;
        for (qsizetype i = 0; i < list->size() && !r.failed(); ++i) {
            auto c = r.comment(list->at(i), QStringLiteral("comments[%1]").arg(i));
            if (!c)
                continue;
            if (seen.contains(c->uuid)) { // the same comment twice in one body: keep the first
                qCInfo(lcSharing) << "ticket" << t.uuid << "repeats comment" << c->uuid;
                continue;
            }
            seen.insert(c->uuid);
            comments.append(std::move(*c));
        }
        t.comments = std::move(comments);
    }
    t.currentActor = r.actor(o, QStringLiteral("current_actor"), root);
    t.tags = r.tags(o, QStringLiteral("tags"), root);
    t.originalId = r.stringOrNumber(o, QStringLiteral("original_id"), root);
    t.customFields = r.customFields(o, QStringLiteral("custom_fields"), root);
    if (NhdJsonReader::has(o, QStringLiteral("custom_status"))) {
        const QJsonValue v = o.value(QStringLiteral("custom_status"));
        if (v.isString() || v.isDouble())
            t.customStatus = r.stringOrNumber(o, QStringLiteral("custom_status"), root);
        else // its shape differs between senders; an unknown one is left unchanged
            qCWarning(lcSharing) << "ticket" << t.uuid << "ignoring custom_status of type"
                                 << v.type();
    }
    if (r.failed())
        return Result<NhdTicket>::failure(r.error);
    if (const Status s = pathUuidCheck(pathUuid, t.uuid); !s)
        return Result<NhdTicket>::failure(s.error());
    return t;
}

Result<NhdAgreement> NhdCodec::readAgreement(const QByteArray &body, const QByteArray &contentType,
                                             const QString &pathUuid) {
    const Result<QJsonObject> parsed = NhdJsonReader::parseBody(body, contentType);
    if (!parsed)
        return Result<NhdAgreement>::failure(parsed.error());
    const QJsonObject &o = parsed.value();
    const QString root;

    NhdJsonReader r;
    NhdAgreement a;
    a.uuid = r.uuid(o, QStringLiteral("uuid"), root).value_or(QString());
    a.name = r.string(o, QStringLiteral("name"), root);
    a.senderUrl = r.httpsUrl(o, QStringLiteral("sender_url"), root);
    a.receiverUrl = r.httpsUrl(o, QStringLiteral("receiver_url"), root);
    a.accessKey = r.string(o, QStringLiteral("access_key"), root);
    if (a.accessKey) {
        // It travels in an HTTP header: visible ASCII only, and not absurdly long.
        bool ok = !a.accessKey->isEmpty() && a.accessKey->size() <= MaxUuidLength;
        for (const QChar c : std::as_const(*a.accessKey))
            ok = ok && c.unicode() > 0x20 && c.unicode() < 0x7f;
        if (!ok)
            r.fail(tr("“access_key” must be 1 to %1 visible ASCII characters.").arg(MaxUuidLength));
    }
    if (const auto status = r.string(o, QStringLiteral("status"), root)) {
        a.status = wireAgreementStatus(*status);
        if (!a.status)
            r.fail(tr("“status” must be pending, accepted, declined or inactive, not “%1”.")
                       .arg(status->left(64)));
    }
    a.deactivatedBy = r.string(o, QStringLiteral("deactivated_by"), root);
    a.currentActor = r.actor(o, QStringLiteral("current_actor"), root);
    a.syncTags = r.boolean(o, QStringLiteral("sync_tags"), root);
    a.syncCustomFields = r.boolean(o, QStringLiteral("sync_custom_fields"), root);
    a.allowsPublicComments = r.boolean(o, QStringLiteral("allows_public_comments"), root);
    if (r.failed())
        return Result<NhdAgreement>::failure(r.error);
    if (const Status s = pathUuidCheck(pathUuid, a.uuid); !s)
        return Result<NhdAgreement>::failure(s.error());
    return a;
}

std::optional<QDateTime> NhdCodec::parseTime(QStringView text) {
    // 1 date, 2 time, 3 fraction, 4 named UTC zone, 5 sign, 6 hours, 7 minutes
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2})(?:[Tt ](\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d{1,9}))?)?"
        "\\s*(?:(Z|z|UTC|GMT)|([+-])(\\d{2}):?(\\d{2})?)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd"));
    QTime time(0, 0);
    if (m.hasCaptured(2)) {
        const QString t = m.captured(2);
        time = QTime::fromString(t, t.size() == 5 ? QStringLiteral("HH:mm")
                                                  : QStringLiteral("HH:mm:ss"));
        if (m.hasCaptured(3))
            time = time.addMSecs(m.captured(3).left(3).leftJustified(3, u'0').toInt());
    }
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    int offset = 0;
    if (m.hasCaptured(5)) {
        const int hours = m.captured(6).toInt();
        const int minutes = m.hasCaptured(7) ? m.captured(7).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (m.captured(5) == u"-" ? -1 : 1);
    } else if (!m.hasCaptured(4)) {
        qCDebug(lcSharing) << "time without zone taken as UTC:" << text;
    }
    const QDateTime result(date, time, QTimeZone(offset));
    if (!result.isValid())
        return std::nullopt;
    return result;
}

Domain::TicketStatus NhdCodec::parseStatus(const QString &name) {
    if (const auto status = Domain::Names::fromName<TicketStatus>(name.trimmed()))
        return *status;
    qCWarning(lcSharing) << "unknown ticket status" << name.left(64) << "taken as open";
    return TicketStatus::Open;
}

// ---- Writing -----------------------------------------------------------------------------------

QString NhdCodec::formatTime(const QDateTime &time) {
    if (!time.isValid())
        return {};
    const int offset = time.offsetFromUtc();
    const int abs = std::abs(offset);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1%2")
               .arg(abs / 3600, 2, 10, QLatin1Char('0'))
               .arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QJsonObject NhdCodec::toJson(const NhdActor &actor) {
    return QJsonObject{{QStringLiteral("uuid"), actor.uuid},
                       {QStringLiteral("name"), actor.name},
                       {QStringLiteral("role"), actor.role}};
}

QJsonObject NhdCodec::toJson(const NhdAttachment &attachment) {
    return QJsonObject{{QStringLiteral("url"), attachment.url},
                       {QStringLiteral("filename"), attachment.filename},
                       {QStringLiteral("content_type"), attachment.contentType},
                       {QStringLiteral("display_filename"), attachment.displayFilename}};
}

QJsonObject NhdCodec::toJson(const NhdComment &comment) {
    QJsonArray attachments;
    for (const NhdAttachment &a : comment.attachments)
        attachments.append(toJson(a));
    return QJsonObject{
        {QStringLiteral("uuid"), comment.uuid},
        {QStringLiteral("author"),
         comment.author ? QJsonValue(toJson(*comment.author)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("body"), comment.body},
        {QStringLiteral("html_body"),
         comment.htmlBody.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(comment.htmlBody)},
        {QStringLiteral("authored_at"), timeOrNull(comment.authoredAt)},
        {QStringLiteral("public"), comment.isPublic},
        {QStringLiteral("attachments"), attachments},
        {QStringLiteral("custom_fields"), comment.customFields}};
}

QJsonObject NhdCodec::toJson(const NhdTicket &ticket) {
    QJsonValue comments(QJsonValue::Null);
    if (ticket.comments) {
        QJsonArray list;
        for (const NhdComment &c : *ticket.comments)
            list.append(toJson(c));
        comments = list;
    }
    QJsonValue originalId(QJsonValue::Null);
    if (ticket.originalId) {
        // Zendesk's ticket numbers are integers: send a number when it is one.
        bool isNumber = false;
        const qint64 n = ticket.originalId->toLongLong(&isNumber);
        const bool exact = isNumber && std::llabs(n) < (qint64(1) << 53) &&
                           QString::number(n) == *ticket.originalId;
        originalId = exact ? QJsonValue(double(n)) : QJsonValue(*ticket.originalId);
    }
    return QJsonObject{
        {QStringLiteral("uuid"), ticket.uuid},
        {QStringLiteral("subject"), stringOrNull(ticket.subject)},
        {QStringLiteral("requested_at"),
         ticket.requestedAt ? timeOrNull(*ticket.requestedAt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), ticket.status ? QJsonValue(Domain::Names::name(*ticket.status))
                                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("requester"),
         ticket.requester ? QJsonValue(toJson(*ticket.requester)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("comments"), comments},
        {QStringLiteral("current_actor"), ticket.currentActor
                                              ? QJsonValue(toJson(*ticket.currentActor))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), ticket.tags ? QJsonValue(QJsonArray::fromStringList(*ticket.tags))
                                             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("original_id"), originalId},
        {QStringLiteral("custom_fields"),
         ticket.customFields ? QJsonValue(*ticket.customFields) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("custom_status"), stringOrNull(ticket.customStatus)}};
}

QJsonObject NhdCodec::toJson(const NhdAgreement &agreement) {
    QJsonValue status(QJsonValue::Null);
    if (agreement.status) {
        Q_ASSERT_X(wireAgreementStatus(Domain::Names::name(*agreement.status)).has_value(),
                   "NhdCodec::toJson", "local delivery states never travel on the wire");
        if (wireAgreementStatus(Domain::Names::name(*agreement.status)))
            status = Domain::Names::name(*agreement.status);
    }
    return QJsonObject{
        {QStringLiteral("uuid"), agreement.uuid},
        {QStringLiteral("name"), stringOrNull(agreement.name)},
        {QStringLiteral("sender_url"), stringOrNull(agreement.senderUrl)},
        {QStringLiteral("receiver_url"), stringOrNull(agreement.receiverUrl)},
        {QStringLiteral("access_key"), stringOrNull(agreement.accessKey)},
        {QStringLiteral("status"), status},
        {QStringLiteral("deactivated_by"), stringOrNull(agreement.deactivatedBy)},
        {QStringLiteral("current_actor"), agreement.currentActor
                                              ? QJsonValue(toJson(*agreement.currentActor))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("sync_tags"), boolOrNull(agreement.syncTags)},
        {QStringLiteral("sync_custom_fields"), boolOrNull(agreement.syncCustomFields)},
        {QStringLiteral("allows_public_comments"), boolOrNull(agreement.allowsPublicComments)}};
}

QByteArray NhdCodec::writeTicket(const NhdTicket &ticket) {
    return QJsonDocument(toJson(ticket)).toJson(QJsonDocument::Compact);
}

QByteArray NhdCodec::writeAgreement(const NhdAgreement &agreement) {
    return QJsonDocument(toJson(agreement)).toJson(QJsonDocument::Compact);
}

// ---- Identifiers and tokens --------------------------------------------------------------------

QString NhdCodec::makeUuid(const QString &sharingUrl, const QString &type, const QString &localId) {
    QString base = sharingUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString source = base + u'/' + type + u'/' + localId;
    return hex(QCryptographicHash::hash(source.toUtf8(), QCryptographicHash::Sha1));
}

QString NhdCodec::makeUuid(const QString &sharingUrl, const QString &type, qint64 localId) {
    return makeUuid(sharingUrl, type, QString::number(localId));
}

QString NhdCodec::randomUuid() {
    quint32 words[5]; // 160 bits
    QRandomGenerator::system()->fillRange(words);
    return hex(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)));
}

QString NhdCodec::randomAccessKey() {
    return randomUuid();
}

QString NhdCodec::synthesizedCommentUuid(const NhdComment &comment) {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArrayView("deskbridge:comment\n"));
    hash.addData(comment.author ? comment.author->uuid.toUtf8() : QByteArray());
    hash.addData(QByteArrayView("\n"));
    hash.addData(comment.authoredAt.isValid()
                     ? comment.authoredAt.toUTC().toString(Qt::ISODateWithMs).toUtf8()
                     : QByteArray());
    hash.addData(QByteArrayView("\n"));
    hash.addData(comment.body.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(comment.htmlBody.toUtf8());
    return hex(hash.result());
}

std::optional<NhdToken> NhdCodec::parseToken(QByteArrayView headerValue) {
    const qsizetype colon = headerValue.indexOf(':');
    if (colon < 0)
        return std::nullopt;
    const QByteArray uuid = headerValue.first(colon).toByteArray().trimmed();
    const QByteArray key = headerValue.sliced(colon + 1).toByteArray().trimmed();
    const QString uuidText = QString::fromLatin1(uuid);
    if (key.isEmpty() || !isValidUuid(uuidText))
        return std::nullopt;
    return NhdToken{uuidText, key};
}

QByteArray NhdCodec::formatToken(const QString &agreementUuid, const QByteArray &accessKey) {
    return agreementUuid.toLatin1() + ':' + accessKey;
}

bool NhdCodec::constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    const qsizetype n = std::max(a.size(), b.size());
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < n; ++i) {
        // Index both with a wrap-around so every byte position costs the same.
        const unsigned char x = a.isEmpty() ? 0 : static_cast<unsigned char>(a[i % a.size()]);
        const unsigned char y = b.isEmpty() ? 0 : static_cast<unsigned char>(b[i % b.size()]);
        diff |= unsigned(x ^ y);
    }
    // Keep the compiler from short-circuiting the loop.
    volatile unsigned result = diff;
    return result == 0;
}

} // namespace DeskBridge::Sharing
