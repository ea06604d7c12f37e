#include "app/sharing/SharingService.h"

#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/sharing/NhdCodec.h"
#include "app/sharing/SharingObserver.h"
#include "app/sharing/SharingPayloads.h"
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

namespace DeskBridge::Sharing {

using namespace Domain;
using Services::Permissions;

namespace {
QString trimmedUrl(QString url) {
    url = url.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString tokenHash(const QString &token) {
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

SharingService::SharingService(Services::ServiceContext ctx, Services::TicketService &tickets,
                               Services::UserService &users, Services::AccountService &accounts,
                               QString tlsDir, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_tickets(tickets)
    , m_users(users)
    , m_accounts(accounts)
    , m_tlsDir(std::move(tlsDir))
    , m_repo(ctx.db)
    , m_ticketRepo(ctx.db)
    , m_userRepo(ctx.db)
    , m_fieldRepo(ctx.db)
    , m_tokens(ctx.db)
    , m_observer(std::make_unique<SharingObserver>(*this)) {
    m_tickets.addObserver(m_observer.get());
    // Observer rows become visible with the commit; ticketChanged comes right after it.
    connect(&m_ctx.hub, &Store::ChangeHub::ticketChanged, this, &SharingService::flushEnqueued);
}

SharingService::~SharingService() = default;

void SharingService::flushEnqueued() {
    if (!m_enqueued)
        return;
    m_enqueued = false;
    Q_EMIT outboxChanged();
}

QString SharingService::sharingUrl() {
    const auto a = m_accounts.account();
    return a ? trimmedUrl(a->publicUrl) : QString();
}

QString SharingService::localFingerprint() {
    // Read each time: the admin may install or remove a CA-issued certificate meanwhile.
    const auto id = TlsIdentity::loadActive(m_tlsDir);
    return id ? id->fingerprint() : QString();
}

Status SharingService::requireAgreementAdmin(const User &actor) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Status::failure(
            tr("Only administrators can manage sharing agreements. %1").arg(s.error()));
    return Permissions::requirePlan(m_accounts.plan(), Permissions::Feature::ManualSharing);
}

Result<Agreement> SharingService::adminAgreement(const User &actor, Id id) {
    if (Status s = requireAgreementAdmin(actor); !s)
        return Result<Agreement>::failure(s.error());
    const auto a = m_repo.agreement(id);
    if (!a)
        return Result<Agreement>::failure(
            tr("There is no sharing agreement with the id %1.").arg(id));
    return *a;
}

QByteArray SharingService::agreementBody(const Agreement &a, const User &actor, bool invite) {
    NhdAgreement n;
    n.uuid = a.uuid;
    n.status = a.wireStatus;
    n.currentActor = SharingPayloads::actor(actor, sharingUrl());
    if (!a.deactivatedBy.isEmpty())
        n.deactivatedBy = a.deactivatedBy;
    if (invite) {
        const auto account = m_accounts.account();
        n.name = account ? account->name : QString();
        n.senderUrl = a.localUrl;
        n.receiverUrl = a.partnerUrl;
        n.accessKey = a.accessKey;
        n.syncTags = a.tagSync;
        n.syncCustomFields = !SharingPayloads::fieldKeys(a).isEmpty();
        n.allowsPublicComments = a.commentSync != CommentSync::None;
    }
    QJsonObject o = NhdCodec::toJson(n);
    if (invite) {
        // What NHD's booleans cannot say; other implementations ignore unknown keys.
        o.insert(QStringLiteral("x_deskbridge"),
                 QJsonObject{{QStringLiteral("comment_sync"), Names::name(a.commentSync)},
                             {QStringLiteral("status_sync"), a.statusSync},
                             {QStringLiteral("fields"),
                              QJsonArray::fromStringList(SharingPayloads::fieldKeys(a))},
                             {QStringLiteral("sender_fingerprint"), localFingerprint()}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Id> SharingService::enqueue(const Agreement &agreement, Id shareId, const QString &method,
                                   const QString &path, const QByteArray &body) {
    OutboxMessage m;
    m.agreementId = agreement.id;
    m.ticketShareId = shareId;
    m.method = method;
    m.path = path;
    m.body = body;
    m.createdAt = m.nextAttemptAt = Clock::now();
    auto id = m_repo.enqueue(m);
    if (id)
        m_enqueued = true;
    return id;
}

Result<Agreement> SharingService::invite(const User &actor, const InviteRequest &request) {
    using R = Result<Agreement>;
    if (Status s = requireAgreementAdmin(actor); !s)
        return R::failure(s.error());
    const QString url = trimmedUrl(request.partnerUrl);
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return R::failure(tr("The partner's sharing URL must be an https:// address, e.g. "
                             "https://helpdesk.example.com/sharing."));
    if (request.name.trimmed().isEmpty())
        return R::failure(tr("Give the partner a name."));
    QString pin;
    if (!request.fingerprint.trimmed().isEmpty()) {
        auto normalized = TlsIdentity::normalizeFingerprint(request.fingerprint);
        if (!normalized)
            return R::failure(normalized.error());
        pin = *normalized;
    }
    const QString ours = sharingUrl();
    if (ours.isEmpty())
        return R::failure(tr("This account has no sharing URL yet: start the sharing service "
                             "(deskbridge serve) or set its public URL first."));
    if (ours == url)
        return R::failure(tr("That is this account's own sharing URL."));
    for (const QString &key : request.permissions.fields)
        if (!m_fieldRepo.findByKey(key))
            return R::failure(tr("There is no custom field with the key \"%1\".").arg(key));

    Agreement a;
    a.uuid = NhdCodec::randomUuid();
    a.name = request.name.trimmed();
    a.direction = AgreementDirection::Outbound;
    a.partnerUrl = url;
    a.localUrl = ours;
    a.accessKey = NhdCodec::randomAccessKey();
    a.status = a.wireStatus = AgreementStatus::Pending;
    a.commentSync = request.permissions.commentSync;
    a.statusSync = request.permissions.statusSync;
    a.tagSync = request.permissions.tagSync;
    a.fieldSync = SharingPayloads::fieldSyncJson(request.permissions.fields);
    a.certFingerprint = pin;
    a.createdAt = a.updatedAt = Clock::now();

    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    auto id = m_repo.insertAgreement(a);
    if (!id)
        return R::failure(id.error());
    a.id = *id;
    if (auto m = enqueue(a, 0, QStringLiteral("POST"), QStringLiteral("/agreements/") + a.uuid,
                         agreementBody(a, actor, true));
        !m)
        return R::failure(m.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    Q_EMIT m_ctx.hub.agreementsChanged();
    flushEnqueued();
    return a;
}

Status SharingService::changeStatus(const User &actor, Id id, AgreementStatus to,
                                    const QString &fingerprint) {
    auto a = adminAgreement(actor, id);
    if (!a)
        return Status::failure(a.error());
    Agreement agreement = *a;
    if (agreement.isOutbound())
        return Status::failure(tr("The agreement with %1 is outbound: only the partner can accept "
                                  "or decline it.")
                                   .arg(agreement.name));
    if (agreement.wireStatus != AgreementStatus::Pending)
        return Status::failure(tr("The agreement with %1 is %2, not pending.")
                                   .arg(agreement.name, Names::label(agreement.wireStatus)));
    if (!fingerprint.trimmed().isEmpty()) {
        auto normalized = TlsIdentity::normalizeFingerprint(fingerprint);
        if (!normalized)
            return Status::failure(normalized.error());
        agreement.certFingerprint = *normalized;
    }
    agreement.wireStatus = to;
    if (!agreement.isPaused())
        agreement.status = to;
    agreement.updatedAt = Clock::now();
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = m_repo.updateAgreement(agreement); !s)
        return s;
    if (auto m = enqueue(agreement, 0, QStringLiteral("PUT"),
                         QStringLiteral("/agreements/") + agreement.uuid,
                         agreementBody(agreement, actor, false));
        !m)
        return Status::failure(m.error());
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.agreementsChanged();
    flushEnqueued();
    return {};
}

Status SharingService::accept(const User &actor, Id id, const QString &fingerprint) {
    return changeStatus(actor, id, AgreementStatus::Accepted, fingerprint);
}

Status SharingService::decline(const User &actor, Id id) {
    return changeStatus(actor, id, AgreementStatus::Declined, {});
}

Status SharingService::writeTicketEvent(Id ticketId, Id actorId, EventKind kind, Id agreementId,
                                        const QString &newValue, const QString &detail) {
    TicketEvent e;
    e.ticketId = ticketId;
    e.actorId = actorId;
    e.kind = kind;
    e.field = QStringLiteral("sharing");
    e.newValue = newValue;
    e.via = Channel::Sharing;
    e.agreementId = agreementId;
    e.detail = detail;
    e.createdAt = Clock::now();
    auto r = m_ticketRepo.insertEvent(e);
    return r ? Status() : Status::failure(r.error());
}

Status SharingService::orphanAgreement(const Agreement &agreement, const QString &why) {
    const auto shares = m_repo.activeSharesOfAgreement(agreement.id);
    for (const TicketShare &s : shares)
        if (Status st = writeTicketEvent(s.ticketId, 0, EventKind::Unshared, agreement.id,
                                         agreement.name, why);
            !st)
            return st;
    if (auto n = m_repo.orphanSharesOfAgreement(agreement.id, Clock::now()); !n)
        return Status::failure(n.error());
    if (Status s = m_repo.dropQueued(agreement.id); !s)
        return s;
    return {};
}

Status SharingService::deactivate(const User &actor, Id id) {
    auto a = adminAgreement(actor, id);
    if (!a)
        return Status::failure(a.error());
    Agreement agreement = *a;
    if (agreement.wireStatus == AgreementStatus::Inactive)
        return Status::failure(
            tr("The agreement with %1 is already inactive; deactivation is final.")
                .arg(agreement.name));
    agreement.status = agreement.wireStatus = AgreementStatus::Inactive;
    agreement.statusReason.clear();
    agreement.deactivatedBy =
        agreement.isOutbound() ? QStringLiteral("sender") : QStringLiteral("receiver");
    agreement.updatedAt = Clock::now();
    const auto shares = m_repo.activeSharesOfAgreement(agreement.id);
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = orphanAgreement(agreement, tr("The agreement was deactivated.")); !s)
        return s;
    if (Status s = m_repo.updateAgreement(agreement); !s)
        return s;
    if (auto m = enqueue(agreement, 0, QStringLiteral("PUT"),
                         QStringLiteral("/agreements/") + agreement.uuid,
                         agreementBody(agreement, actor, false));
        !m)
        return Status::failure(m.error());
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.agreementsChanged();
    for (const TicketShare &s : shares)
        Q_EMIT m_ctx.hub.ticketChanged(s.ticketId);
    if (!shares.isEmpty())
        Q_EMIT m_ctx.hub.ticketsChanged();
    flushEnqueued();
    return {};
}

Status SharingService::retry(const User &actor, Id id) {
    auto a = adminAgreement(actor, id);
    if (!a)
        return Status::failure(a.error());
    Agreement agreement = *a;
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Agreement::isDeliveryState(agreement.status)) {
        agreement.status = agreement.wireStatus;
        agreement.statusReason.clear();
        agreement.updatedAt = Clock::now();
        if (Status s = m_repo.updateAgreement(agreement); !s)
            return s;
    }
    if (Status s = m_repo.retryNow(agreement.id, Clock::now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.agreementsChanged();
    Q_EMIT outboxChanged();
    return {};
}

AgreementInfo SharingService::info(const Agreement &a) {
    AgreementInfo i;
    i.agreement = a;
    i.queueLength = m_repo.queueLength(a.id);
    i.activeShares = int(m_repo.activeSharesOfAgreement(a.id).size());
    return i;
}

Result<QList<AgreementInfo>> SharingService::agreements(const User &actor) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<QList<AgreementInfo>>::failure(
            tr("Only administrators can see sharing agreements. %1").arg(s.error()));
    QList<AgreementInfo> out;
    for (const Agreement &a : m_repo.agreements())
        out.append(info(a));
    return out;
}

Result<AgreementInfo> SharingService::agreementInfo(const User &actor, Id id) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<AgreementInfo>::failure(
            tr("Only administrators can see sharing agreements. %1").arg(s.error()));
    const auto a = m_repo.agreement(id);
    if (!a)
        return Result<AgreementInfo>::failure(
            tr("There is no sharing agreement with the id %1.").arg(id));
    return info(*a);
}

Result<Agreement> SharingService::findAgreement(const QString &idOrName) {
    const QString key = idOrName.trimmed();
    bool isNumber = false;
    const Id id = key.toLongLong(&isNumber);
    if (isNumber)
        if (const auto a = m_repo.agreement(id))
            return *a;
    if (const auto a = m_repo.agreementByUuid(key))
        return *a;
    std::optional<Agreement> found;
    for (const Agreement &a : m_repo.agreements()) {
        if (a.name.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        // Prefer the live agreement when an old one had the same name.
        if (!found ||
            (found->wireStatus == AgreementStatus::Inactive &&
             a.wireStatus != AgreementStatus::Inactive) ||
            (a.isOutbound() && !found->isOutbound() && a.wireStatus != AgreementStatus::Inactive))
            found = a;
    }
    if (found)
        return *found;
    return Result<Agreement>::failure(tr("There is no sharing agreement \"%1\".").arg(key));
}

QList<Agreement> SharingService::shareTargets() {
    return m_repo.acceptedOutbound();
}

QList<TicketShare> SharingService::sharesOfTicket(Id ticketId) {
    return m_repo.sharesOfTicket(ticketId);
}

PayloadContext SharingService::payloadContext(const User &actor, const Ticket &ticket,
                                              const QList<Comment> &comments) {
    PayloadContext ctx;
    ctx.sharingUrl = sharingUrl();
    ctx.actor = actor;
    ctx.userNames.insert(ticket.requesterId, m_userRepo.nameOf(ticket.requesterId));
    for (const Comment &c : comments)
        if (c.authorId && !ctx.userNames.contains(c.authorId))
            ctx.userNames.insert(c.authorId, m_userRepo.nameOf(c.authorId));
    for (const CustomField &f : m_fieldRepo.list())
        ctx.fieldKeys.insert(f.id, f.key);
    return ctx;
}

Status SharingService::shareInTransaction(const User &actor, Id ticketId,
                                          const Agreement &agreement, Channel via) {
    if (!agreement.isOutbound() || !agreement.isAccepted())
        return Status::failure(tr("Tickets can only be shared under an accepted outbound "
                                  "agreement; the one with %1 is %2.")
                                   .arg(agreement.name, Names::label(agreement.status)));
    const auto ticket = m_ticketRepo.find(ticketId);
    if (!ticket)
        return Status::failure(tr("Ticket #%1 was not found.").arg(ticketId));
    const QList<TicketShare> shares = m_repo.sharesOfTicket(ticketId);
    int earlier = 0;
    for (const TicketShare &s : shares) {
        if (s.agreementId == agreement.id) {
            if (s.state == ShareState::Active)
                return Status::failure(
                    tr("Ticket #%1 is already shared with %2.").arg(ticketId).arg(agreement.name));
            ++earlier;
        }
        if (s.direction == ShareDirection::Incoming) {
            const auto from = m_repo.agreement(s.agreementId);
            if (from && trimmedUrl(from->partnerUrl) == trimmedUrl(agreement.partnerUrl))
                return Status::failure(
                    tr("Ticket #%1 was shared with us by %2; it cannot be shared back to them.")
                        .arg(ticketId)
                        .arg(agreement.name));
        }
    }
    const QString url = sharingUrl();
    if (url.isEmpty())
        return Status::failure(tr("This account has no sharing URL yet: start the sharing "
                                  "service first."));
    // A ticket shared again after an unshare gets a new uuid: the partner's old copy stays
    // orphaned.
    const QString localId =
        earlier ? QStringLiteral("%1/%2").arg(ticketId).arg(earlier) : QString::number(ticketId);
    TicketShare share;
    share.ticketId = ticketId;
    share.agreementId = agreement.id;
    share.direction = ShareDirection::Outgoing;
    share.remoteUuid = NhdCodec::makeUuid(url, QStringLiteral("tickets"), localId);
    share.state = ShareState::Active;
    share.syncState = SyncState::Pending;
    share.sharedAt = share.updatedAt = Clock::now();
    auto shareId = m_repo.insertShare(share);
    if (!shareId)
        return Status::failure(shareId.error());
    const QList<Comment> comments = m_ticketRepo.comments(ticketId, true);
    const NhdTicket body = SharingPayloads::fullTicket(
        agreement, share.remoteUuid, *ticket, comments, payloadContext(actor, *ticket, comments));
    if (auto m =
            enqueue(agreement, *shareId, QStringLiteral("POST"),
                    QStringLiteral("/tickets/") + share.remoteUuid, NhdCodec::writeTicket(body));
        !m)
        return Status::failure(m.error());
    Q_UNUSED(via);
    return writeTicketEvent(ticketId, actor.id, EventKind::Shared, agreement.id, agreement.name,
                            tr("Shared with %1").arg(agreement.name));
}

Status SharingService::share(const User &actor, Id ticketId, Id agreementId) {
    if (Status s = Permissions::requireStaff(actor); !s)
        return s;
    if (Status s = Permissions::requirePlan(m_accounts.plan(), Permissions::Feature::ManualSharing);
        !s)
        return s;
    if (!m_tickets.canSee(actor, ticketId))
        return Status::failure(tr("Ticket #%1 was not found.").arg(ticketId));
    const auto agreement = m_repo.agreement(agreementId);
    if (!agreement)
        return Status::failure(
            tr("There is no sharing agreement with the id %1.").arg(agreementId));
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = shareInTransaction(actor, ticketId, *agreement, Channel::Console); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.ticketChanged(ticketId);
    Q_EMIT m_ctx.hub.ticketsChanged();
    flushEnqueued();
    return {};
}

Status SharingService::unshare(const User &actor, Id ticketId, Id agreementId) {
    if (Status s = Permissions::requireStaff(actor); !s)
        return s;
    if (Status s = Permissions::requirePlan(m_accounts.plan(), Permissions::Feature::ManualSharing);
        !s)
        return s;
    if (!m_tickets.canSee(actor, ticketId))
        return Status::failure(tr("Ticket #%1 was not found.").arg(ticketId));
    const auto agreement = m_repo.agreement(agreementId);
    if (!agreement)
        return Status::failure(
            tr("There is no sharing agreement with the id %1.").arg(agreementId));
    std::optional<TicketShare> share;
    for (const TicketShare &s : m_repo.sharesOfTicket(ticketId))
        if (s.agreementId == agreementId && s.direction == ShareDirection::Outgoing &&
            s.state == ShareState::Active)
            share = s;
    if (!share)
        return Status::failure(
            tr("Ticket #%1 is not shared with %2.").arg(ticketId).arg(agreement->name));
    share->state = ShareState::Orphaned;
    share->updatedAt = Clock::now();
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = m_repo.updateShare(*share); !s)
        return s;
    if (auto m = enqueue(*agreement, share->id, QStringLiteral("DELETE"),
                         QStringLiteral("/tickets/") + share->remoteUuid, QByteArray());
        !m)
        return Status::failure(m.error());
    if (Status s = writeTicketEvent(ticketId, actor.id, EventKind::Unshared, agreementId,
                                    agreement->name, tr("Unshared from %1").arg(agreement->name));
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.ticketChanged(ticketId);
    Q_EMIT m_ctx.hub.ticketsChanged();
    flushEnqueued();
    return {};
}

Result<QString> SharingService::createApiToken(const User &actor, const QString &description) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<QString>::failure(s.error());
    QByteArray raw(30, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()),
                                          raw.size() / int(sizeof(quint32)));
    for (int i = 28; i < raw.size(); ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    const QString token = QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Result<QString>::failure(tx.beginError());
    if (auto id = m_tokens.insert(tokenHash(token), description.trimmed(), actor.id, Clock::now());
        !id)
        return Result<QString>::failure(id.error());
    if (Status s = tx.commit(); !s)
        return Result<QString>::failure(s.error());
    return token;
}

Result<User> SharingService::authenticateApiToken(const QString &email, const QString &token) {
    using R = Result<User>;
    const auto stored = m_tokens.findByHash(tokenHash(token));
    const auto user = m_users.findByEmail(email);
    // One message for every failure: which part was wrong is nobody's business.
    if (!stored || !user || !user->active)
        return R::failure(tr("The email address or API token is not valid."));
    return *user;
}

} // namespace DeskBridge::Sharing
