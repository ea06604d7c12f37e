#pragma once
// Value types for the Networked Help Desk 1.0 wire format (DESIGN.md §5). They hold exactly what
// a body says, nothing about our database: NhdCodec reads and writes them, the sharing services
// map them to and from the domain.
//
// PUT semantics: a key that is absent or `null` means "unchanged". Every field a partner may update
// is therefore a std::optional; std::nullopt is "not said", which the writer sends as `null`.
// Comments are immutable once written (they are de-duplicated by uuid), so their fields are plain.
//
// Member names are the wire names in camelCase (`html_body` -> htmlBody, `public` -> isPublic).
#include "models/domain/Enums.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace DeskBridge::Sharing {

// A person as the partner sees them. No email address: the requester's address is never shared.
struct NhdActor {
    QString uuid;
    QString name;
    QString role; // "agent", "admin", "end-user", ... as the sender says; passed through

    friend bool operator==(const NhdActor &, const NhdActor &) = default;
};

struct NhdAttachment {
    QString url; // http(s) only; anything else is refused by the reader
    QString filename;
    QString contentType;
    QString displayFilename;

    friend bool operator==(const NhdAttachment &, const NhdAttachment &) = default;
};

struct NhdComment {
    // Always set after reading: a comment that came without one gets a stable uuid derived from
    // its content (NhdCodec::synthesizedCommentUuid), so a repeated delivery is still
    // de-duplicated.
    QString uuid;
    std::optional<NhdActor> author;
    QString body;
    QString htmlBody;
    QDateTime authoredAt; // invalid when the partner did not say
    bool isPublic = true; // absent means public, as in Zendesk's client
    QList<NhdAttachment> attachments;
    QJsonObject customFields;

    friend bool operator==(const NhdComment &, const NhdComment &) = default;
};

struct NhdTicket {
    QString uuid; // from the body, or filled in from the path by NhdCodec::readTicket
    std::optional<QString> subject;
    std::optional<QDateTime> requestedAt;
    std::optional<Domain::TicketStatus> status;
    std::optional<NhdActor> requester;
    // On POST: the ticket's comments. On PUT: comments to add (already known uuids are skipped
    // by the receiver). Never a list of deletions.
    std::optional<QList<NhdComment>> comments;
    std::optional<NhdActor> currentActor;
    std::optional<QStringList> tags;
    std::optional<QString> originalId;       // the sender's ticket number; written as a JSON number
                                             // when it is one
    std::optional<QJsonObject> customFields; // field key -> value, passed through
    std::optional<QString> customStatus;

    friend bool operator==(const NhdTicket &, const NhdTicket &) = default;
};

struct NhdAgreement {
    QString uuid;
    std::optional<QString> name;
    std::optional<QString> senderUrl;
    std::optional<QString> receiverUrl;
    std::optional<QString> accessKey;
    // Only pending / accepted / declined / inactive travel on the wire; the local delivery states
    // (failed, ssl_error, configuration_error) are refused by the reader and never written.
    std::optional<Domain::AgreementStatus> status;
    std::optional<QString> deactivatedBy; // "sender" / "receiver", passed through
    std::optional<NhdActor> currentActor;
    std::optional<bool> syncTags;
    std::optional<bool> syncCustomFields;
    std::optional<bool> allowsPublicComments;

    friend bool operator==(const NhdAgreement &, const NhdAgreement &) = default;
};

// The parsed `X-Ticket-Sharing-Token: <agreement_uuid>:<access_key>` header.
struct NhdToken {
    QString agreementUuid;
    QByteArray accessKey;

    friend bool operator==(const NhdToken &, const NhdToken &) = default;
};

} // namespace DeskBridge::Sharing
