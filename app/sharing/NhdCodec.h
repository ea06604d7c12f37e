#pragma once
// NhdCodec: the Networked Help Desk 1.0 body format, pure (no database, no network).
//
//  * Tolerant reader: `application/json`, `text/x-json` or no Content-Type; unknown keys ignored;
//    absent or `null` = unchanged; times as `2010-11-24 14:13:54 -0800` or ISO 8601; an unknown
//    ticket status becomes `open` (logged). Everything else that is wrong is refused with a
//    translated message, which the server answers with 422.
//  * Conservative writer: every field present (`null` when unknown), times in the space form,
//    compact JSON.
//  * The identifiers and the token header: uuids, access keys, constant-time comparison.
#include "app/sharing/NhdTypes.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QStringView>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcSharing)

namespace DeskBridge::Sharing {

class NhdCodec {
    Q_DECLARE_TR_FUNCTIONS(NhdCodec)
public:
    static constexpr qint64 MaxBodyBytes = 10 * 1024 * 1024; // the whole request body
    static constexpr qint64 MaxStringBytes = 1024 * 1024;    // any one string (UTF-8), keys too
    static constexpr int MaxDepth = 32;                      // nested objects and arrays
    static constexpr int MaxUuidLength = 255;

    // ---- Reading ------------------------------------------------------------------------------
    // `contentType` is the request's Content-Type header as received (parameters such as
    // `; charset=utf-8` are allowed). When `pathUuid` is given it must be a valid uuid, a uuid in
    // the body must equal it, and a body without one gets it.
    static Result<NhdTicket> readTicket(const QByteArray &body, const QByteArray &contentType,
                                        const QString &pathUuid = {});
    static Result<NhdAgreement> readAgreement(const QByteArray &body, const QByteArray &contentType,
                                              const QString &pathUuid = {});

    // Accepts `application/json`, `text/x-json` and an empty header; refuses anything else.
    static Status checkContentType(const QByteArray &contentType);
    // The path's uuid must be valid; a non-empty body uuid must be the same string.
    static Status checkUuidMatch(const QString &pathUuid, const QString &bodyUuid);
    // Non-empty, at most 255 characters, only URL-safe characters (RFC 3986 unreserved:
    // A-Z a-z 0-9 - . _ ~).
    static bool isValidUuid(QStringView uuid);

    // `2010-11-24 14:13:54 -0800`, `2010-11-24 14:13:54 UTC`, ISO 8601 (`2010-11-24T22:13:54Z`,
    // with fractions and `+01:00` offsets). A time without zone is taken as UTC. The offset the
    // partner used is kept.
    static std::optional<QDateTime> parseTime(QStringView text);
    // Case-insensitive; anything unknown is `open` (and logged).
    static Domain::TicketStatus parseStatus(const QString &name);

    // ---- Writing ------------------------------------------------------------------------------
    static QByteArray writeTicket(const NhdTicket &ticket);
    static QByteArray writeAgreement(const NhdAgreement &agreement);
    static QJsonObject toJson(const NhdTicket &ticket);
    static QJsonObject toJson(const NhdAgreement &agreement);
    static QJsonObject toJson(const NhdComment &comment);
    static QJsonObject toJson(const NhdActor &actor);
    static QJsonObject toJson(const NhdAttachment &attachment);
    // `yyyy-MM-dd HH:mm:ss +hhmm` in the time's own offset; an empty string for an invalid time.
    static QString formatTime(const QDateTime &time);

    // ---- Identifiers and tokens ----------------------------------------------------------------
    // SHA-1 hex (40 lowercase characters) of `<sharingUrl>/<type>/<localId>`; a trailing '/' of
    // sharingUrl is dropped so `https://a/sharing` and `https://a/sharing/` give the same uuid.
    static QString makeUuid(const QString &sharingUrl, const QString &type, const QString &localId);
    static QString makeUuid(const QString &sharingUrl, const QString &type, qint64 localId);
    // 160 bits from QRandomGenerator::system(), as 40 lowercase hex characters.
    static QString randomUuid();
    static QString randomAccessKey();
    // The uuid given to a comment that came without one: derived from what it says, so the same
    // comment delivered twice gets the same uuid.
    static QString synthesizedCommentUuid(const NhdComment &comment);

    // `<agreement_uuid>:<access_key>`, split on the first colon; surrounding spaces are dropped.
    // nullopt when either part is empty or the uuid is not a valid uuid.
    static std::optional<NhdToken> parseToken(QByteArrayView headerValue);
    static QByteArray formatToken(const QString &agreementUuid, const QByteArray &accessKey);
    // Runs in time that depends on the lengths only, never on where the inputs differ.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};

} // namespace DeskBridge::Sharing
