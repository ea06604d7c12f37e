#pragma once
// HelpCenterService: what the Help Center does for end users, and the admin's side of it
// (passwords, "set your password" links). The web layer (HelpCenterHandler) only parses forms
// and renders pages; every rule lives here:
//  * passwords: PBKDF2-SHA256 (PasswordHasher), a per-user salt, >= 100,000 iterations;
//  * sign-in: throttled per account (email) and per remote address (SignInThrottle); one answer
//    for unknown address, wrong password, no password set and inactive user;
//  * sessions: random 256-bit ids, stored only as SHA-256, rotated on sign-in, expire after
//    IdleTimeout without use and AbsoluteTimeout after sign-in; each has its own CSRF token;
//  * reads: in the Help Center everyone is an end user: the one visibility rule
//    (TicketRepository::visibilitySql) decides every ticket and every list, also for agents
//    and admins who set a Help Center password; internal comments never leave this class.
//
// Refusals carry a code besides the message (in the process language, for the CLI and the
// console), so the web layer can word them in the browser's language.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace DeskBridge {
class Instance;
}

namespace DeskBridge::HelpCenter {

class SignInThrottle;

enum class Refusal {
    None,
    NotFound,       // no such ticket / organization / link, or not visible to this user
    BadCredentials, // sign-in: unknown address, wrong password, no password, inactive
    Throttled,      // sign-in: too many failures; see retryAfterSeconds
    NotAllowed,     // e.g. replying where the organization only allows viewing
    Invalid,        // a value failed validation; see the message / passwordProblem()
    Expired,        // a password link that was used or is too old
    Failed          // the store failed
};

// A refusal, or a value. `message` is tr()'d in the process language.
template <typename T> struct Outcome {
    std::optional<T> value;
    Refusal refusal = Refusal::None;
    QString message;
    int retryAfterSeconds = 0; // Throttled only
    explicit operator bool() const { return value.has_value(); }
    static Outcome refused(Refusal r, QString msg, int retryAfter = 0) {
        Outcome o;
        o.refusal = r;
        o.message = std::move(msg);
        o.retryAfterSeconds = retryAfter;
        return o;
    }
};
struct Done {};

enum class PasswordProblem { None, TooShort, TooLong, SameAsEmail };

struct Session {
    Domain::Id id = 0; // row id, never shown
    Domain::User user;
    QString csrfToken; // random, base64url; a hidden field in every form
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt; // the sooner of idle and absolute expiry, as of lastSeenAt
};

struct SignedIn {
    QString token; // the raw session id: the cookie's value; only its SHA-256 is stored
    Session session;
};

struct PasswordLink {
    QString token; // raw, base64url (43 characters); only its SHA-256 is stored
    QString url;   // helpCenterUrl() + "/password/" + token; empty when no URL is known yet
    Domain::User user;
    QDateTime expiresAt;
};

struct RequestRow {
    Domain::Id id = 0;
    QString subject;
    Domain::TicketStatus status = Domain::TicketStatus::New;
    QString requesterName;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A page of requests, newest update first (updated_at DESC, id DESC), keyset-paged.
struct RequestPage {
    QList<RequestRow> rows;
    QString nextCursor; // empty on the last page; pass to the next call as `after`
};

struct RequestDetail {
    Domain::Ticket ticket;
    QString requesterName;
    QString organizationName;        // empty without one
    QList<Domain::Comment> comments; // public only, oldest first
    bool canReply = false;
};

class HelpCenterService : public QObject {
    Q_OBJECT
public:
    static constexpr int Pbkdf2Iterations = 120000;
    static constexpr int MinPasswordLength = 8;
    static constexpr int MaxPasswordLength = 1024;
    static constexpr std::chrono::hours IdleTimeout{2};
    static constexpr std::chrono::hours AbsoluteTimeout{24};
    static constexpr std::chrono::hours PasswordLinkLifetime{24 * 7};
    static constexpr int PageSize = 25;

    explicit HelpCenterService(Instance &instance, QObject *parent = nullptr);
    ~HelpCenterService() override;

    // The Help Center's address: the account's public URL with "/sharing" replaced by "/hc"
    // (https://host:port/hc); empty before the sharing service first ran.
    QString helpCenterUrl();

    // --- passwords (admin side) ---------------------------------------------------------
    static PasswordProblem passwordProblem(const QString &password, const QString &email);
    // `actor` must be an admin. Sets (replaces) the user's Help Center password; ends the
    // user's Help Center sessions. Writes a history-free audit line to the log only.
    Status setPassword(const Domain::User &actor, Domain::Id userId, const QString &password);
    // Removes the password: the user can no longer sign in (sessions end).
    Status clearPassword(const Domain::User &actor, Domain::Id userId);
    bool hasPassword(Domain::Id userId);
    // `actor` must be an admin; the user must be active. Earlier unused links of the user
    // stay valid until they expire or one of them is used (using one voids the others).
    Outcome<PasswordLink> createPasswordLink(const Domain::User &actor, Domain::Id userId);

    // --- passwords (end user side) -------------------------------------------------------
    // The user a link is for: NotFound for an unknown token, Expired for a used or old one.
    Outcome<Domain::User> passwordLinkUser(const QString &token);
    // Sets the password, marks the link (and the user's other links) used, ends sessions.
    Outcome<Done> setPasswordWithLink(const QString &token, const QString &password);

    // --- sessions -----------------------------------------------------------------------
    Outcome<SignedIn> signIn(const QString &email, const QString &password,
                             const QHostAddress &from);
    // The live session for a cookie value; touches lastSeenAt (at most once a minute).
    std::optional<Session> session(const QString &token);
    void signOut(const QString &token);
    // Ends every Help Center session of a user (password changed, user deactivated).
    void endSessions(Domain::Id userId);

    // --- what an end user sees ------------------------------------------------------------
    // Their organizations whose sharing mode lets them see the organization's tickets, by name.
    QList<Domain::Organization> organizations(const Domain::User &user);
    RequestPage myRequests(const Domain::User &user, const QString &after = {});
    // NotFound unless `organizationId` is one of organizations(user).
    Outcome<RequestPage> organizationRequests(const Domain::User &user, Domain::Id organizationId,
                                              const QString &after = {});
    Outcome<RequestDetail> request(const Domain::User &user, Domain::Id ticketId);
    // A public comment by the user (channel portal). NotFound when not visible, NotAllowed
    // when visible but not commentable, Invalid for an empty or too long body.
    Outcome<Done> reply(const Domain::User &user, Domain::Id ticketId, const QString &body);
    // A new ticket requested by the user (channel portal): the domain-based organization and
    // the organization's group mapping apply as for every new ticket.
    Outcome<Domain::Ticket> submit(const Domain::User &user, const QString &subject,
                                   const QString &description);

    SignInThrottle &throttle();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace DeskBridge::HelpCenter
