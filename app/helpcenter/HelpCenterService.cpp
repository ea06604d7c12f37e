#include "app/helpcenter/HelpCenterService.h"

#include "app/Instance.h"
#include "app/helpcenter/PasswordHasher.h"
#include "app/helpcenter/SignInThrottle.h"
#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "app/services/TicketService.h"
#include "models/domain/Clock.h"
#include "models/store/HelpCenterRepository.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/Transaction.h"
#include "models/store/UserRepository.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUrl>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHelpCenter, "deskbridge.helpcenter")

namespace DeskBridge::HelpCenter {

using namespace Domain;

namespace {
constexpr int kTokenBytes = 32;
constexpr int kTokenLength = 43; // base64url of 32 bytes, without padding
constexpr int kMaxReply = 65536;
constexpr int kMaxSubject = 255;
constexpr qint64 kTouchEveryMs = 60 * 1000;
constexpr qint64 kIdleMs = std::chrono::milliseconds(HelpCenterService::IdleTimeout).count();
constexpr qint64 kAbsoluteMs =
    std::chrono::milliseconds(HelpCenterService::AbsoluteTimeout).count();
constexpr qint64 kLinkMs =
    std::chrono::milliseconds(HelpCenterService::PasswordLinkLifetime).count();

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// 256 random bits from the system's source, base64url without padding.
QString randomToken() {
    QByteArray bytes(kTokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          kTokenBytes / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toBase64(kBase64Url));
}

// The stored form of a token; empty for something that cannot be one of ours.
QByteArray tokenHash(const QString &token) {
    if (token.size() != kTokenLength)
        return {};
    for (QChar c : token)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') &&
            c != QLatin1Char('_'))
            return {};
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256);
}

// In the Help Center everyone is an end user: agents and admins see there only what an end
// user with their memberships would.
User asEndUser(const User &user) {
    User u = user;
    u.role = Role::EndUser;
    return u;
}

QString encodeCursor(const Store::RequestListRow &row) {
    const QByteArray text =
        QByteArray::number(Clock::toMs(row.updatedAt)) + '.' + QByteArray::number(row.id);
    return QString::fromLatin1(text.toBase64(kBase64Url));
}

std::optional<Store::RequestKey> decodeCursor(const QString &cursor) {
    if (cursor.isEmpty() || cursor.size() > 64)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 2)
        return std::nullopt;
    bool okTime = false, okId = false;
    Store::RequestKey key{parts.at(0).toLongLong(&okTime), parts.at(1).toLongLong(&okId)};
    if (!okTime || !okId || key.id <= 0)
        return std::nullopt;
    return key;
}
} // namespace

class HelpCenterService::Private {
public:
    explicit Private(Instance &i)
        : instance(i)
        , repo(i.database())
        , users(i.database())
        , organizations(i.database()) {}

    Instance &instance;
    Store::HelpCenterRepository repo;
    Store::UserRepository users;
    Store::OrganizationRepository organizations;
    SignInThrottle throttle;
};

HelpCenterService::HelpCenterService(Instance &instance, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(instance)) {}

HelpCenterService::~HelpCenterService() = default;

SignInThrottle &HelpCenterService::throttle() {
    return d->throttle;
}

QString HelpCenterService::helpCenterUrl() {
    const auto account = d->instance.accounts().account();
    if (!account || account->publicUrl.isEmpty())
        return {};
    QUrl url(account->publicUrl);
    if (!url.isValid())
        return {};
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1String("/sharing")))
        path.chop(int(qstrlen("/sharing")));
    url.setPath(path + QStringLiteral("/hc"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

// --- passwords (admin side) ------------------------------------------------------------------

PasswordProblem HelpCenterService::passwordProblem(const QString &password, const QString &email) {
    if (password.size() < MinPasswordLength)
        return PasswordProblem::TooShort;
    if (password.size() > MaxPasswordLength)
        return PasswordProblem::TooLong;
    if (!email.trimmed().isEmpty() &&
        password.trimmed().compare(email.trimmed(), Qt::CaseInsensitive) == 0)
        return PasswordProblem::SameAsEmail;
    return PasswordProblem::None;
}

namespace {
QString problemText(PasswordProblem p) {
    switch (p) {
    case PasswordProblem::TooShort:
        return HelpCenterService::tr("The password needs at least %1 characters.")
            .arg(HelpCenterService::MinPasswordLength);
    case PasswordProblem::TooLong:
        return HelpCenterService::tr("The password may have at most %1 characters.")
            .arg(HelpCenterService::MaxPasswordLength);
    case PasswordProblem::SameAsEmail:
        return HelpCenterService::tr("The password cannot be the email address.");
    case PasswordProblem::None:
        break;
    }
    return {};
}
} // namespace

Status HelpCenterService::setPassword(const User &actor, Id userId, const QString &password) {
    if (Status s = Services::Permissions::requireAdmin(actor); !s)
        return s;
    const auto user = d->users.find(userId);
    if (!user)
        return Status::failure(tr("There is no user with the id %1.").arg(userId));
    if (const PasswordProblem p = passwordProblem(password, user->email);
        p != PasswordProblem::None)
        return Status::failure(problemText(p));
    const auto hashed = PasswordHasher::hash(password, Pbkdf2Iterations);
    Store::Transaction tx(d->instance.database());
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = d->repo.setPassword(userId, hashed.hash, hashed.salt); !s)
        return s;
    if (Status s = d->repo.deleteSessionsOf(userId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcHelpCenter) << "Help Center password set for user" << userId << "by" << actor.id;
    Q_EMIT d->instance.changes().usersChanged();
    return {};
}

Status HelpCenterService::clearPassword(const User &actor, Id userId) {
    if (Status s = Services::Permissions::requireAdmin(actor); !s)
        return s;
    if (!d->users.find(userId))
        return Status::failure(tr("There is no user with the id %1.").arg(userId));
    Store::Transaction tx(d->instance.database());
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = d->repo.setPassword(userId, QString(), QString()); !s)
        return s;
    if (Status s = d->repo.deleteSessionsOf(userId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcHelpCenter) << "Help Center password removed for user" << userId << "by" << actor.id;
    Q_EMIT d->instance.changes().usersChanged();
    return {};
}

bool HelpCenterService::hasPassword(Id userId) {
    return d->repo.password(userId).has_value();
}

Outcome<PasswordLink> HelpCenterService::createPasswordLink(const User &actor, Id userId) {
    using O = Outcome<PasswordLink>;
    if (Status s = Services::Permissions::requireAdmin(actor); !s)
        return O::refused(Refusal::NotAllowed, s.error());
    const auto user = d->users.find(userId);
    if (!user)
        return O::refused(Refusal::NotFound, tr("There is no user with the id %1.").arg(userId));
    if (!user->active)
        return O::refused(Refusal::Invalid,
                          tr("%1 is suspended: reactivate the user before sending a password "
                             "link.")
                              .arg(user->name));
    PasswordLink link;
    link.token = randomToken();
    link.user = *user;
    const QDateTime now = Clock::now();
    link.expiresAt = now.addMSecs(kLinkMs);
    auto id = d->repo.insertLink(tokenHash(link.token), userId, actor.id, now, link.expiresAt);
    if (!id)
        return O::refused(Refusal::Failed, id.error());
    if (const QString base = helpCenterUrl(); !base.isEmpty())
        link.url = base + QStringLiteral("/password/") + link.token;
    qCInfo(lcHelpCenter) << "Help Center password link for user" << userId << "made by" << actor.id;
    O out;
    out.value = link;
    return out;
}

// --- passwords (end user side) ---------------------------------------------------------------

Outcome<User> HelpCenterService::passwordLinkUser(const QString &token) {
    using O = Outcome<User>;
    const QByteArray hash = tokenHash(token);
    const auto link = hash.isEmpty() ? std::nullopt : d->repo.findLink(hash);
    const auto user = link ? d->users.find(link->userId) : std::nullopt;
    if (!link || !user || !user->active)
        return O::refused(Refusal::NotFound, tr("This link is not known. Ask for a new one."));
    if (link->usedAt.isValid() || Clock::now() >= link->expiresAt)
        return O::refused(Refusal::Expired,
                          tr("This link was used already or is too old. Ask for a new one."));
    O out;
    out.value = *user;
    return out;
}

Outcome<Done> HelpCenterService::setPasswordWithLink(const QString &token,
                                                     const QString &password) {
    using O = Outcome<Done>;
    auto user = passwordLinkUser(token);
    if (!user)
        return O::refused(user.refusal, user.message);
    if (const PasswordProblem p = passwordProblem(password, user.value->email);
        p != PasswordProblem::None)
        return O::refused(Refusal::Invalid, problemText(p));
    const auto hashed = PasswordHasher::hash(password, Pbkdf2Iterations);
    const Id userId = user.value->id;
    Store::Transaction tx(d->instance.database());
    if (!tx.isActive())
        return O::refused(Refusal::Failed, tx.beginError());
    // Checked again inside the transaction: two browsers using the same link at once must
    // not both succeed.
    if (const auto link = d->repo.findLink(tokenHash(token)); !link || link->usedAt.isValid())
        return O::refused(Refusal::Expired,
                          tr("This link was used already or is too old. Ask for a new one."));
    if (Status s = d->repo.setPassword(userId, hashed.hash, hashed.salt); !s)
        return O::refused(Refusal::Failed, s.error());
    if (Status s = d->repo.useLinks(userId, Clock::now()); !s)
        return O::refused(Refusal::Failed, s.error());
    if (Status s = d->repo.deleteSessionsOf(userId); !s)
        return O::refused(Refusal::Failed, s.error());
    if (Status s = tx.commit(); !s)
        return O::refused(Refusal::Failed, s.error());
    qCInfo(lcHelpCenter) << "Help Center password set with a link for user" << userId;
    Q_EMIT d->instance.changes().usersChanged();
    O out;
    out.value = Done{};
    return out;
}

// --- sessions ---------------------------------------------------------------------------------

Outcome<SignedIn> HelpCenterService::signIn(const QString &email, const QString &password,
                                            const QHostAddress &from) {
    using O = Outcome<SignedIn>;
    const QString address = email.trimmed();
    if (const int wait = d->throttle.retryAfter(address, from); wait > 0)
        return O::refused(Refusal::Throttled,
                          tr("Too many failed sign-ins. Try again in %n second(s).", nullptr, wait),
                          wait);
    // One answer and (about) one cost for every kind of failure: the time taken must not tell
    // whether the address exists or has a password.
    const auto user = address.isEmpty() ? std::nullopt : d->users.findByEmail(address);
    const auto stored =
        user && user->active ? d->repo.password(user->id) : std::optional<Store::StoredPassword>();
    // No stored password is longer than MaxPasswordLength; a longer one is never right and is
    // not hashed whole (a megabyte-sized HMAC key in every PBKDF2 round would tie up the CPU).
    const bool tooLong = password.size() > MaxPasswordLength;
    bool ok = false;
    if (stored && !tooLong)
        ok = PasswordHasher::verify(password, stored->hash, stored->salt);
    else
        PasswordHasher::dummyVerify(password.left(MaxPasswordLength), Pbkdf2Iterations);
    if (!ok) {
        d->throttle.recordFailure(address, from);
        return O::refused(Refusal::BadCredentials,
                          tr("The email address or the password is not right."));
    }
    d->throttle.recordSuccess(address);

    // Always a fresh session id (never one the browser brought along: no session fixation).
    SignedIn in;
    in.token = randomToken();
    const QDateTime now = Clock::now();
    Session &s = in.session;
    s.user = *user;
    s.csrfToken = randomToken();
    s.createdAt = s.lastSeenAt = now;
    const QDateTime absolute = now.addMSecs(kAbsoluteMs);
    s.expiresAt = std::min(now.addMSecs(kIdleMs), absolute);
    Store::Transaction tx(d->instance.database());
    if (!tx.isActive())
        return O::refused(Refusal::Failed, tx.beginError());
    if (Status st = d->repo.deleteExpiredSessions(now, now.addMSecs(-kIdleMs)); !st)
        return O::refused(Refusal::Failed, st.error());
    auto id = d->repo.insertSession(tokenHash(in.token), user->id, s.csrfToken, now, absolute);
    if (!id)
        return O::refused(Refusal::Failed, id.error());
    if (Status st = tx.commit(); !st)
        return O::refused(Refusal::Failed, st.error());
    s.id = *id;
    O out;
    out.value = in;
    return out;
}

std::optional<Session> HelpCenterService::session(const QString &token) {
    const QByteArray hash = tokenHash(token);
    if (hash.isEmpty())
        return std::nullopt;
    const auto record = d->repo.findSession(hash);
    if (!record)
        return std::nullopt;
    const QDateTime now = Clock::now();
    const QDateTime idleEnd = record->lastSeenAt.addMSecs(kIdleMs);
    const auto user = d->users.find(record->userId);
    if (now >= record->expiresAt || now >= idleEnd || !user || !user->active) {
        (void)d->repo.deleteSession(hash);
        return std::nullopt;
    }
    Session s;
    s.id = record->id;
    s.user = *user;
    s.csrfToken = record->csrfToken;
    s.createdAt = record->createdAt;
    s.lastSeenAt = record->lastSeenAt;
    // One write a minute at most, whatever the number of page loads.
    if (record->lastSeenAt.msecsTo(now) >= kTouchEveryMs && d->repo.touchSession(record->id, now))
        s.lastSeenAt = now;
    s.expiresAt = std::min(s.lastSeenAt.addMSecs(kIdleMs), record->expiresAt);
    return s;
}

void HelpCenterService::signOut(const QString &token) {
    if (const QByteArray hash = tokenHash(token); !hash.isEmpty())
        if (Status s = d->repo.deleteSession(hash); !s)
            qCWarning(lcHelpCenter) << "Cannot end a Help Center session:" << s.error();
}

void HelpCenterService::endSessions(Id userId) {
    if (Status s = d->repo.deleteSessionsOf(userId); !s)
        qCWarning(lcHelpCenter) << "Cannot end the Help Center sessions of user" << userId << ":"
                                << s.error();
}

// --- what an end user sees --------------------------------------------------------------------

QList<Organization> HelpCenterService::organizations(const User &user) {
    if (!user.active || !user.id)
        return {};
    return d->organizations.sharedWith(user.id);
}

namespace {
RequestPage toPage(QList<Store::RequestListRow> rows, int pageSize) {
    RequestPage page;
    const bool more = rows.size() > pageSize;
    if (more)
        rows.resize(pageSize);
    for (const Store::RequestListRow &r : rows)
        page.rows.append({r.id, r.subject, r.status, r.requesterName, r.createdAt, r.updatedAt});
    if (more && !rows.isEmpty())
        page.nextCursor = encodeCursor(rows.constLast());
    return page;
}
} // namespace

RequestPage HelpCenterService::myRequests(const User &user, const QString &after) {
    if (!user.active || !user.id)
        return {};
    return toPage(d->repo.requestsOf(user.id, user.id, decodeCursor(after), PageSize + 1),
                  PageSize);
}

Outcome<RequestPage> HelpCenterService::organizationRequests(const User &user, Id organizationId,
                                                             const QString &after) {
    using O = Outcome<RequestPage>;
    const QList<Organization> allowed = organizations(user);
    if (std::none_of(allowed.cbegin(), allowed.cend(),
                     [&](const Organization &o) { return o.id == organizationId; }))
        return O::refused(Refusal::NotFound, tr("This organization was not found."));
    O out;
    out.value = toPage(
        d->repo.requestsOfOrganization(user.id, organizationId, decodeCursor(after), PageSize + 1),
        PageSize);
    return out;
}

Outcome<RequestDetail> HelpCenterService::request(const User &user, Id ticketId) {
    using O = Outcome<RequestDetail>;
    const User asUser = asEndUser(user);
    auto ticket = d->instance.tickets().get(asUser, ticketId);
    auto comments = ticket ? d->instance.tickets().comments(asUser, ticketId)
                           : Result<QList<Comment>>::failure(QString());
    if (!ticket || !comments)
        return O::refused(Refusal::NotFound, tr("This request was not found."));
    RequestDetail detail;
    detail.ticket = *ticket;
    detail.requesterName = d->users.nameOf(ticket->requesterId);
    if (ticket->organizationId)
        if (const auto org = d->organizations.find(ticket->organizationId))
            detail.organizationName = org->name;
    // comments() already leaves internal notes out for end users; this keeps it so whatever
    // happens there.
    for (const Comment &c : *comments)
        if (c.isPublic)
            detail.comments.append(c);
    detail.canReply = ticket->status != TicketStatus::Closed &&
                      d->instance.tickets().canComment(asUser, ticketId);
    O out;
    out.value = detail;
    return out;
}

Outcome<Done> HelpCenterService::reply(const User &user, Id ticketId, const QString &body) {
    using O = Outcome<Done>;
    const User asUser = asEndUser(user);
    Services::TicketService &tickets = d->instance.tickets();
    if (!tickets.canSee(asUser, ticketId))
        return O::refused(Refusal::NotFound, tr("This request was not found."));
    if (body.trimmed().isEmpty())
        return O::refused(Refusal::Invalid, tr("Write a reply first."));
    if (body.size() > kMaxReply)
        return O::refused(Refusal::Invalid,
                          tr("The reply is longer than %1 characters.").arg(kMaxReply));
    if (!tickets.canComment(asUser, ticketId))
        return O::refused(Refusal::NotAllowed,
                          tr("You can view this request but not reply to it."));
    if (const auto t = tickets.get(asUser, ticketId); t && t->status == TicketStatus::Closed)
        return O::refused(Refusal::NotAllowed,
                          tr("This request is closed. Submit a new request instead."));
    if (Status s =
            tickets.addComment(asUser, ticketId, body, true, Services::Via{Channel::Portal, 0, 0});
        !s)
        return O::refused(Refusal::Failed, s.error());
    O out;
    out.value = Done{};
    return out;
}

Outcome<Ticket> HelpCenterService::submit(const User &user, const QString &subject,
                                          const QString &description) {
    using O = Outcome<Ticket>;
    if (subject.trimmed().isEmpty())
        return O::refused(Refusal::Invalid, tr("Enter a subject."));
    if (subject.trimmed().size() > kMaxSubject)
        return O::refused(Refusal::Invalid,
                          tr("The subject is longer than %1 characters.").arg(kMaxSubject));
    if (description.trimmed().isEmpty())
        return O::refused(Refusal::Invalid, tr("Describe your request."));
    if (description.size() > kMaxReply)
        return O::refused(Refusal::Invalid,
                          tr("The description is longer than %1 characters.").arg(kMaxReply));
    Services::NewTicket request;
    request.subject = subject.trimmed();
    request.comment = description;
    request.requesterId = user.id;
    auto created = d->instance.tickets().create(asEndUser(user), request,
                                                Services::Via{Channel::Portal, 0, 0});
    if (!created)
        return O::refused(Refusal::Invalid, created.error());
    O out;
    out.value = *created;
    return out;
}

} // namespace DeskBridge::HelpCenter
