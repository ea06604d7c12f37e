#include "app/sharing/SharingInbox.h"

#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingObserver.h"
#include "app/sharing/SharingPayloads.h"
#include "app/sharing/SharingService.h"
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Clock.h"
#include "models/store/CustomFieldRepository.h"
#include "models/store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace DeskBridge::Sharing {

using namespace Domain;

namespace {
InboxAnswer answer(int status, const QString &message = {}) {
    InboxAnswer a;
    a.status = status;
    a.message = message;
    return a;
}

QString partnerEmail(const QString &seed) {
    const QByteArray h = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex();
    // .invalid never routes (RFC 2606): nothing is ever mailed to a partner's people.
    return QStringLiteral("sharing-%1@partners.invalid").arg(QString::fromLatin1(h.left(20)));
}

QString fieldText(const QJsonValue &v) {
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isString())
        return v.toString();
    return QString();
}
} // namespace

std::variant<Agreement, InboxAnswer> SharingInbox::authenticate(const QByteArray &header) {
    if (header.trimmed().isEmpty())
        return answer(401, tr("The X-Ticket-Sharing-Token header is missing."));
    const auto token = NhdCodec::parseToken(header);
    if (!token)
        return answer(401, tr("The X-Ticket-Sharing-Token header is not <uuid>:<key>."));
    const auto agreement = m_service.repository().agreementByUuid(token->agreementUuid);
    // Compare even for an unknown agreement, so the answer takes the same time.
    const QByteArray key = agreement ? agreement->accessKey.toUtf8() : QByteArray(40, 'x');
    const bool ok = NhdCodec::constantTimeEquals(key, token->accessKey);
    if (!agreement || !ok)
        return answer(403, tr("The sharing token is not valid for any agreement."));
    return *agreement;
}

QByteArray SharingInbox::agreementJson(const Agreement &a) {
    NhdAgreement n;
    n.uuid = a.uuid;
    n.name = a.name;
    n.senderUrl = a.isOutbound() ? a.localUrl : a.partnerUrl;
    n.receiverUrl = a.isOutbound() ? a.partnerUrl : a.localUrl;
    n.status = a.wireStatus;
    if (!a.deactivatedBy.isEmpty())
        n.deactivatedBy = a.deactivatedBy;
    n.syncTags = a.tagSync;
    n.syncCustomFields = !SharingPayloads::fieldKeys(a).isEmpty();
    n.allowsPublicComments = a.commentSync != CommentSync::None;
    return NhdCodec::writeAgreement(n);
}

InboxAnswer SharingInbox::agreement(const InboxRequest &r) {
    if (!NhdCodec::isValidUuid(r.uuid))
        return answer(404, tr("There is no agreement at this address."));
    if (r.method == "POST")
        return invite(r);
    auto auth = authenticate(r.token);
    if (auto *refused = std::get_if<InboxAnswer>(&auth))
        return *refused;
    const Agreement a = std::get<Agreement>(auth);
    if (a.uuid != r.uuid)
        return answer(403, tr("The sharing token belongs to another agreement."));
    if (r.method == "GET") {
        InboxAnswer ok = answer(200);
        ok.body = agreementJson(a);
        return ok;
    }
    if (r.method == "PUT")
        return updateAgreement(a, r);
    return answer(405, tr("This method is not allowed here."));
}

InboxAnswer SharingInbox::invite(const InboxRequest &r) {
    auto parsed = NhdCodec::readAgreement(r.body, r.contentType, r.uuid);
    if (!parsed)
        return answer(422, parsed.error());
    const NhdAgreement &n = *parsed;
    if (!n.accessKey || n.accessKey->size() < 16)
        return answer(422, tr("An invite needs an access_key of at least 16 characters."));
    if (!n.senderUrl || n.senderUrl->isEmpty())
        return answer(422, tr("An invite needs the sender_url to answer to."));
    if (n.status && *n.status != AgreementStatus::Pending)
        return answer(422, tr("An invite must have the status \"pending\"."));
    if (!r.token.trimmed().isEmpty()) {
        // A token on an invite must agree with the body (Zendesk sends none).
        const auto token = NhdCodec::parseToken(r.token);
        if (!token || token->agreementUuid != r.uuid ||
            !NhdCodec::constantTimeEquals(token->accessKey, n.accessKey->toUtf8()))
            return answer(403, tr("The sharing token does not match the invite."));
    }
    if (const auto existing = m_service.repository().agreementByUuid(r.uuid)) {
        if (!existing->isOutbound() &&
            NhdCodec::constantTimeEquals(existing->accessKey.toUtf8(), n.accessKey->toUtf8())) {
            InboxAnswer ok = answer(200);
            ok.body = agreementJson(*existing);
            return ok; // the same invite again
        }
        return answer(403, tr("An agreement with this uuid already exists."));
    }
    const auto account = m_service.accounts().account();
    if (!account)
        return answer(503, tr("This account is not set up yet."));
    if (account->declineInvites)
        return answer(403, tr("This account does not accept sharing invites."));

    Agreement a;
    a.uuid = r.uuid;
    a.name = n.name && !n.name->trimmed().isEmpty() ? n.name->trimmed() : *n.senderUrl;
    a.direction = AgreementDirection::Inbound;
    a.partnerUrl = *n.senderUrl;
    a.localUrl = n.receiverUrl.value_or(m_service.sharingUrl());
    a.accessKey = *n.accessKey;
    a.status = a.wireStatus = AgreementStatus::Pending;
    a.tagSync = n.syncTags.value_or(true);
    // What we send back to the sender. Without the sender's word: public comments only, so
    // our internal notes never leave by default.
    a.commentSync =
        n.allowsPublicComments.value_or(true) ? CommentSync::PublicOnly : CommentSync::None;
    const QJsonObject ext =
        QJsonDocument::fromJson(r.body).object().value(QStringLiteral("x_deskbridge")).toObject();
    if (const auto cs =
            Names::fromName<CommentSync>(ext.value(QStringLiteral("comment_sync")).toString()))
        a.commentSync = *cs;
    if (ext.value(QStringLiteral("status_sync")).isBool())
        a.statusSync = ext.value(QStringLiteral("status_sync")).toBool();
    QStringList fields;
    for (const QJsonValue &v : ext.value(QStringLiteral("fields")).toArray())
        if (v.isString())
            fields.append(v.toString());
    a.fieldSync = SharingPayloads::fieldSyncJson(fields);
    if (const auto pin = TlsIdentity::normalizeFingerprint(
            ext.value(QStringLiteral("sender_fingerprint")).toString()))
        a.certFingerprint = *pin;
    a.createdAt = a.updatedAt = Clock::now();

    Store::Transaction tx(m_service.context().db);
    if (!tx.isActive())
        return answer(503, tx.beginError());
    auto id = m_service.repository().insertAgreement(a);
    if (!id)
        return answer(422, id.error());
    if (Status s = tx.commit(); !s)
        return answer(503, s.error());
    a.id = *id;
    qCInfo(lcSharing).noquote() << "agreement" << a.uuid << "invite from" << a.partnerUrl;
    Q_EMIT m_service.context().hub.agreementsChanged();
    InboxAnswer created = answer(201);
    created.body = agreementJson(a);
    return created;
}

InboxAnswer SharingInbox::updateAgreement(const Agreement &current, const InboxRequest &r) {
    auto parsed = NhdCodec::readAgreement(r.body, r.contentType, r.uuid);
    if (!parsed)
        return answer(422, parsed.error());
    const NhdAgreement &n = *parsed;
    Agreement a = current;
    bool orphan = false;
    if (n.status && *n.status != a.wireStatus) {
        if (a.wireStatus == AgreementStatus::Inactive)
            return answer(403, tr("The agreement is inactive; deactivation is final."));
        switch (*n.status) {
        case AgreementStatus::Accepted:
        case AgreementStatus::Declined:
            // Only the receiver decides, so only the sender's side takes it from the wire.
            if (!a.isOutbound() || a.wireStatus != AgreementStatus::Pending)
                return answer(422, tr("The agreement cannot change from %1 to %2.")
                                       .arg(Names::name(a.wireStatus), Names::name(*n.status)));
            break;
        case AgreementStatus::Inactive:
            orphan = true;
            a.deactivatedBy = n.deactivatedBy.value_or(a.isOutbound() ? QStringLiteral("receiver")
                                                                      : QStringLiteral("sender"));
            break;
        default:
            return answer(422, tr("The agreement cannot change from %1 to %2.")
                                   .arg(Names::name(a.wireStatus), Names::name(*n.status)));
        }
        a.wireStatus = *n.status;
        if (!a.isPaused() || orphan)
            a.status = a.wireStatus;
    }
    if (n.name && !n.name->trimmed().isEmpty() && !a.isOutbound())
        a.name = n.name->trimmed();
    a.updatedAt = Clock::now();
    const auto shares =
        orphan ? m_service.repository().activeSharesOfAgreement(a.id) : QList<TicketShare>();
    Store::Transaction tx(m_service.context().db);
    if (!tx.isActive())
        return answer(503, tx.beginError());
    if (orphan)
        if (Status s =
                m_service.orphanAgreement(a, tr("%1 deactivated the agreement.").arg(a.name));
            !s)
            return answer(503, s.error());
    if (Status s = m_service.repository().updateAgreement(a); !s)
        return answer(503, s.error());
    if (Status s = tx.commit(); !s)
        return answer(503, s.error());
    qCInfo(lcSharing).noquote() << "agreement" << a.uuid << "is now" << Names::name(a.wireStatus);
    Q_EMIT m_service.context().hub.agreementsChanged();
    for (const TicketShare &s : shares)
        Q_EMIT m_service.context().hub.ticketChanged(s.ticketId);
    InboxAnswer ok = answer(200);
    ok.body = agreementJson(a);
    return ok;
}

Result<User> SharingInbox::partnerActor(const Agreement &agreement) {
    const QString email = partnerEmail(QStringLiteral("actor:") + agreement.uuid);
    if (auto u = m_service.users().findByEmail(email))
        return *u;
    User u;
    u.name = tr("%1 (ticket sharing)").arg(agreement.name);
    u.email = email;
    u.role = Role::Agent;
    u.notes =
        tr("Writes the changes that arrive from %1 through ticket sharing.").arg(agreement.name);
    Store::Transaction tx(m_service.context().db);
    if (!tx.isActive())
        return Result<User>::failure(tx.beginError());
    auto created = m_service.users().insertValidated(u);
    if (!created)
        return created;
    if (Status s = tx.commit(); !s)
        return Result<User>::failure(s.error());
    return created;
}

InboxAnswer SharingInbox::ticket(const InboxRequest &r) {
    if (!NhdCodec::isValidUuid(r.uuid))
        return answer(404, tr("There is no ticket at this address."));
    auto auth = authenticate(r.token);
    if (auto *refused = std::get_if<InboxAnswer>(&auth))
        return *refused;
    const Agreement a = std::get<Agreement>(auth);
    if (!a.isAccepted())
        return answer(403, tr("The agreement is %1, not accepted.").arg(Names::name(a.wireStatus)));
    const auto share = m_service.repository().shareByRemote(a.id, r.uuid);
    if (r.method == "POST") {
        if (a.isOutbound())
            return answer(403, tr("Only the sender of an agreement shares tickets under it."));
        if (share) {
            if (share->state == ShareState::Orphaned)
                return answer(410, tr("This ticket was unshared."));
            return answer(200); // the same ticket again: already applied
        }
        return createTicket(a, r);
    }
    if (!share)
        return answer(404, tr("There is no shared ticket with this uuid."));
    if (r.method == "DELETE")
        return deleteTicket(a, *share);
    if (share->state == ShareState::Orphaned)
        return answer(410, tr("This ticket was unshared."));
    if (r.method == "PUT")
        return updateTicket(a, *share, r);
    return answer(405, tr("This method is not allowed here."));
}

namespace {
// The partner's comments we keep: allowed by the agreement, new, each once.
QList<Comment> incomingComments(const Agreement &a, const QList<NhdComment> &comments,
                                Store::TicketRepository &tickets) {
    QList<Comment> out;
    QStringList seen;
    for (const NhdComment &n : comments) {
        if (seen.contains(n.uuid) || tickets.commentExists(n.uuid))
            continue;
        seen.append(n.uuid);
        // Which comments leave is the sender's decision; "no comment sync" stops both ways.
        if (a.commentSync == CommentSync::None)
            continue;
        Comment c;
        c.uuid = n.uuid;
        const QString name = n.author ? n.author->name : QString();
        c.authorName = name.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(name, a.name);
        c.body = n.body;
        c.htmlBody = n.htmlBody;
        c.isPublic = n.isPublic;
        c.createdAt = n.authoredAt.isValid() ? n.authoredAt.toUTC() : QDateTime();
        out.append(c);
    }
    return out;
}

QMap<Id, QString> incomingFields(const Agreement &a, const QJsonObject &fields,
                                 Store::CustomFieldRepository &repo) {
    QMap<Id, QString> out;
    const QStringList keys = SharingPayloads::fieldKeys(a);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!keys.contains(it.key()))
            continue;
        const auto field = repo.findByKey(it.key());
        if (!field)
            continue;
        const QString text = fieldText(it.value());
        if (!text.isEmpty() && !Services::FieldService::normalizeValue(*field, text)) {
            qCWarning(lcSharing).noquote()
                << "agreement" << a.uuid << "field" << it.key() << "value not usable:" << text;
            continue;
        }
        out.insert(field->id, text);
    }
    return out;
}
} // namespace

InboxAnswer SharingInbox::createTicket(const Agreement &a, const InboxRequest &r) {
    auto parsed = NhdCodec::readTicket(r.body, r.contentType, r.uuid);
    if (!parsed)
        return answer(422, parsed.error());
    const NhdTicket &n = *parsed;
    auto actor = partnerActor(a);
    if (!actor)
        return answer(503, actor.error());
    Store::CustomFieldRepository fieldRepo(m_service.context().db);

    Services::NewTicket t;
    t.subject = n.subject.value_or(QString()).trimmed().left(255);
    if (t.subject.isEmpty())
        t.subject = tr("Ticket from %1").arg(a.name);
    const QString requester = n.requester ? n.requester->name.trimmed() : QString();
    t.requesterName =
        requester.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(requester, a.name);
    t.requesterEmail = partnerEmail(QStringLiteral("requester:%1:%2")
                                        .arg(a.uuid, n.requester && !n.requester->uuid.isEmpty()
                                                         ? n.requester->uuid
                                                         : requester));
    if (a.statusSync && n.status)
        t.status = *n.status;
    if (a.tagSync && n.tags)
        t.tags = *n.tags;
    if (n.customFields)
        for (auto [id, value] : incomingFields(a, *n.customFields, fieldRepo).asKeyValueRange())
            if (!value.isEmpty())
                t.fields.insert(id, value);
    t.partnerComments =
        incomingComments(a, n.comments.value_or(QList<NhdComment>()), m_service.ticketRepository());
    if (t.partnerComments.isEmpty()) {
        Comment c;
        c.uuid = Services::TicketService::newUuid();
        c.authorName = a.name;
        c.body = tr("%1 shared this ticket without comments.").arg(a.name);
        t.partnerComments.append(c);
    }
    t.originalId = n.originalId.value_or(QString());

    TicketShare share;
    share.agreementId = a.id;
    share.direction = ShareDirection::Incoming;
    share.remoteUuid = r.uuid;
    share.state = ShareState::Active;
    share.syncState = SyncState::Delivered;
    share.sharedAt = share.updatedAt = Clock::now();
    m_service.observer().expectIncoming(share);
    auto created = m_service.tickets().create(*actor, t, {Channel::Sharing, a.id, 0});
    m_service.observer().clearIncoming();
    if (!created)
        return answer(422, created.error());
    qCDebug(lcSharing).noquote() << "agreement" << a.uuid << "received ticket" << r.uuid << "as #"
                                 << created->id;
    InboxAnswer ok = answer(201);
    ok.body =
        QJsonDocument(QJsonObject{{QStringLiteral("uuid"), r.uuid}}).toJson(QJsonDocument::Compact);
    return ok;
}

InboxAnswer SharingInbox::updateTicket(const Agreement &a, const TicketShare &share,
                                       const InboxRequest &r) {
    auto parsed = NhdCodec::readTicket(r.body, r.contentType, r.uuid);
    if (!parsed)
        return answer(422, parsed.error());
    const NhdTicket &n = *parsed;
    const auto current = m_service.ticketRepository().find(share.ticketId);
    if (!current)
        return answer(410, tr("This ticket no longer exists here."));
    Store::CustomFieldRepository fieldRepo(m_service.context().db);
    Services::TicketChange change;
    change.partnerComments =
        incomingComments(a, n.comments.value_or(QList<NhdComment>()), m_service.ticketRepository());
    if (a.statusSync && n.status && *n.status != current->status && *n.status != TicketStatus::New)
        change.status = *n.status;
    if (a.tagSync && n.tags && Services::TicketService::normalizeTags(*n.tags) != current->tags)
        change.tags = *n.tags;
    if (n.customFields)
        for (auto [id, value] : incomingFields(a, *n.customFields, fieldRepo).asKeyValueRange())
            if (current->fields.value(id) != value)
                change.fields.insert(id, value);
    if (change.isEmpty())
        return answer(200); // nothing new (e.g. the same message again)
    if (current->status == TicketStatus::Closed) {
        qCInfo(lcSharing).noquote()
            << "agreement" << a.uuid << "update for closed ticket" << current->id << "ignored";
        return answer(200);
    }
    auto actor = partnerActor(a);
    if (!actor)
        return answer(503, actor.error());
    if (Status s =
            m_service.tickets().update(*actor, share.ticketId, change, {Channel::Sharing, a.id, 0});
        !s)
        return answer(422, s.error());
    return answer(200);
}

InboxAnswer SharingInbox::deleteTicket(const Agreement &a, const TicketShare &share) {
    if (share.state == ShareState::Orphaned)
        return answer(200);
    TicketShare s = share;
    s.state = ShareState::Orphaned;
    s.updatedAt = Clock::now();
    Store::Transaction tx(m_service.context().db);
    if (!tx.isActive())
        return answer(503, tx.beginError());
    if (Status st = m_service.repository().updateShare(s); !st)
        return answer(503, st.error());
    if (Status st = m_service.writeTicketEvent(share.ticketId, 0, EventKind::Unshared, a.id, a.name,
                                               tr("%1 unshared the ticket.").arg(a.name));
        !st)
        return answer(503, st.error());
    if (Status st = tx.commit(); !st)
        return answer(503, st.error());
    Q_EMIT m_service.context().hub.ticketChanged(share.ticketId);
    return answer(200);
}

} // namespace DeskBridge::Sharing
