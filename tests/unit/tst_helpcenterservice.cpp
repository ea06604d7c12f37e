// HelpCenterService on a real account: sign-in (every refusal the same, throttling, staff
// without a Help Center password), sessions (rotation, CSRF tokens, idle and absolute expiry
// with a set clock), "set your password" links, and what end users see and do: the one
// visibility rule for ids and lists, organization sharing modes, internal comments, replies,
// submitted requests (organization, group mapping, channel) and keyset paging.
#include "app/helpcenter/HelpCenterService.h"
#include "app/helpcenter/SignInThrottle.h"
#include "app/services/AccountService.h"
#include "app/services/GroupService.h"
#include "app/services/OrganizationService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/HelpCenterRepository.h"
#include "models/store/Transaction.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::HelpCenter;

namespace {
const QString kPassword = QStringLiteral("kundin-passwort-1");
const QHostAddress kFrom(QStringLiteral("192.0.2.44"));
} // namespace

class TestHelpCenterService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void signInAndSession();
    void everyRefusalIsTheSame();
    void staffNeedAHelpCenterPassword();
    void throttledEvenWithTheRightPassword();
    void sessionsRotateAndHaveTheirOwnCsrfToken();
    void onlyTheHashOfTokensIsStored();
    void idleAndAbsoluteExpiry();
    void lastSeenIsWrittenAtMostOnceAMinute();
    void adminSetsAndClearsPasswords();
    void passwordLinks();
    void passwordLinkUrl();
    void guessedIdsAreNotFound();
    void organizationModes();
    void internalCommentsNeverShown();
    void replyReopensAndIsPortal();
    void submitAppliesOrganizationAndGroupMapping();
    void pagingWithoutDuplicates();
    void organizationPageFollowsTheIndex();

private:
    Instance &instance() { return *m_account.instance; }
    HelpCenterService &hc() { return m_account.instance->helpCenter(); }
    User makeUser(const QString &name, const QString &email, Role role = Role::EndUser);
    void setPassword(const User &user, const QString &password = kPassword);
    Ticket ticketFor(const User &requester, const QString &subject);
    Id makeOrganization(const QString &name, SharingMode mode, const QList<Id> &members,
                        const QStringList &domains = {}, Id groupId = 0);
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_account;
    QDateTime m_now;
};

void TestHelpCenterService::init() {
    m_now = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    Clock::setSource([this] { return m_now; });
    m_dir = new QTemporaryDir;
    m_account = Test::makeAccount(m_dir->path());
}

void TestHelpCenterService::cleanup() {
    m_account = {};
    delete m_dir;
    m_dir = nullptr;
    Clock::setSource(nullptr);
}

User TestHelpCenterService::makeUser(const QString &name, const QString &email, Role role) {
    User u;
    u.name = name;
    u.email = email;
    u.role = role;
    auto created = instance().users().create(m_account.admin, u);
    if (!created)
        qFatal("create user: %s", qPrintable(created.error()));
    return *created;
}

void TestHelpCenterService::setPassword(const User &user, const QString &password) {
    const Status s = hc().setPassword(m_account.admin, user.id, password);
    if (!s)
        qFatal("setPassword: %s", qPrintable(s.error()));
}

Ticket TestHelpCenterService::ticketFor(const User &requester, const QString &subject) {
    Services::NewTicket n;
    n.subject = subject;
    n.comment = QStringLiteral("Description of ") + subject;
    n.requesterId = requester.id;
    auto t = instance().tickets().create(m_account.agent, n);
    if (!t)
        qFatal("create ticket: %s", qPrintable(t.error()));
    return *t;
}

Id TestHelpCenterService::makeOrganization(const QString &name, SharingMode mode,
                                           const QList<Id> &members, const QStringList &domains,
                                           Id groupId) {
    Organization o;
    o.name = name;
    o.sharingMode = mode;
    o.domains = domains;
    o.groupId = groupId;
    auto created = instance().organizations().create(m_account.admin, o);
    if (!created)
        qFatal("create organization: %s", qPrintable(created.error()));
    for (Id user : members) {
        QList<Id> orgs = instance().users().organizationsOf(user);
        orgs << created->id;
        const Status s = instance().organizations().setMemberships(m_account.admin, user, orgs);
        if (!s)
            qFatal("setMemberships: %s", qPrintable(s.error()));
    }
    return created->id;
}

void TestHelpCenterService::signInAndSession() {
    const User carla = m_account.endUser;
    QVERIFY(!hc().hasPassword(carla.id));
    setPassword(carla);
    QVERIFY(hc().hasPassword(carla.id));

    // The address without regard to case or surrounding blanks.
    const auto in = hc().signIn(QStringLiteral("  EndUser@Customer.test "), kPassword, kFrom);
    QVERIFY2(in, qPrintable(in.message));
    QCOMPARE(in.refusal, Refusal::None);
    QCOMPARE(in.value->token.size(), 43);
    QCOMPARE(in.value->session.user.id, carla.id);
    QCOMPARE(in.value->session.expiresAt, m_now.addSecs(2 * 3600));

    const auto s = hc().session(in.value->token);
    QVERIFY(s);
    QCOMPARE(s->user.email, carla.email);
    QCOMPARE(s->csrfToken, in.value->session.csrfToken);

    hc().signOut(in.value->token);
    QVERIFY(!hc().session(in.value->token));
    QVERIFY(!hc().session(QString()));
    QVERIFY(!hc().session(QStringLiteral("not a token")));
}

void TestHelpCenterService::everyRefusalIsTheSame() {
    const User carla = m_account.endUser;
    setPassword(carla);
    const User dora = makeUser(QStringLiteral("Dora"), QStringLiteral("dora@customer.test"));
    User suspended = makeUser(QStringLiteral("Sven"), QStringLiteral("sven@customer.test"));
    setPassword(suspended);
    suspended.active = false;
    QVERIFY(instance().users().update(m_account.admin, suspended));

    const auto wrong = hc().signIn(carla.email, QStringLiteral("wrong-password"), kFrom);
    const auto unknown = hc().signIn(QStringLiteral("nobody@customer.test"), kPassword, kFrom);
    const auto noPassword = hc().signIn(dora.email, kPassword, kFrom);
    const auto inactive = hc().signIn(suspended.email, kPassword, kFrom);
    const auto empty = hc().signIn(QString(), QString(), kFrom);
    const auto huge =
        hc().signIn(carla.email, kPassword + QString(4 << 20, QLatin1Char('x')), kFrom);
    for (const auto *o : {&wrong, &unknown, &noPassword, &inactive, &empty, &huge}) {
        QVERIFY(!*o);
        QCOMPARE(o->refusal, Refusal::BadCredentials);
        QCOMPARE(o->message, wrong.message);
        QCOMPARE(o->retryAfterSeconds, 0);
    }
    QVERIFY(!wrong.message.isEmpty());
}

void TestHelpCenterService::staffNeedAHelpCenterPassword() {
    const User agent = m_account.agent;
    const User admin = m_account.admin;
    QCOMPARE(hc().signIn(agent.email, kPassword, kFrom).refusal, Refusal::BadCredentials);
    QCOMPARE(hc().signIn(admin.email, kPassword, kFrom).refusal, Refusal::BadCredentials);

    // With a password an agent signs in, and sees what an end user would: their own tickets.
    const Ticket customers = ticketFor(m_account.endUser, QStringLiteral("Customer's ticket"));
    const Ticket agents = ticketFor(agent, QStringLiteral("Agent's own request"));
    setPassword(agent);
    const auto in = hc().signIn(agent.email, kPassword, kFrom);
    QVERIFY2(in, qPrintable(in.message));
    const User asAgent = hc().session(in.value->token)->user;
    QCOMPARE(hc().request(asAgent, customers.id).refusal, Refusal::NotFound);
    QVERIFY(hc().request(asAgent, agents.id));
    const RequestPage mine = hc().myRequests(asAgent);
    QCOMPARE(mine.rows.size(), 1);
    QCOMPARE(mine.rows.first().id, agents.id);
}

void TestHelpCenterService::throttledEvenWithTheRightPassword() {
    const User carla = m_account.endUser;
    setPassword(carla);
    for (int i = 0; i < SignInThrottle::MaxAccountFailures; ++i)
        QCOMPARE(hc().signIn(carla.email, QStringLiteral("guess-%1").arg(i), kFrom).refusal,
                 Refusal::BadCredentials);
    const auto refused = hc().signIn(carla.email, kPassword, kFrom);
    QVERIFY(!refused);
    QCOMPARE(refused.refusal, Refusal::Throttled);
    QCOMPARE(refused.retryAfterSeconds, 15 * 60);
    QVERIFY(!refused.message.isEmpty());
    // Also from another address: the limit is the account's.
    QCOMPARE(
        hc().signIn(carla.email, kPassword, QHostAddress(QStringLiteral("198.51.100.1"))).refusal,
        Refusal::Throttled);

    advance(15 * 60);
    QVERIFY(hc().signIn(carla.email, kPassword, kFrom));
}

void TestHelpCenterService::sessionsRotateAndHaveTheirOwnCsrfToken() {
    setPassword(m_account.endUser);
    const auto first = hc().signIn(m_account.endUser.email, kPassword, kFrom);
    const auto second = hc().signIn(m_account.endUser.email, kPassword, kFrom);
    QVERIFY(first && second);
    QVERIFY(first.value->token != second.value->token);
    QVERIFY(first.value->session.csrfToken != second.value->session.csrfToken);
    QVERIFY(first.value->session.csrfToken.size() >= 43);
    QCOMPARE(hc().session(first.value->token)->csrfToken, first.value->session.csrfToken);
    QCOMPARE(hc().session(second.value->token)->csrfToken, second.value->session.csrfToken);
    hc().signOut(first.value->token);
    QVERIFY(!hc().session(first.value->token));
    QVERIFY(hc().session(second.value->token));

    hc().endSessions(m_account.endUser.id);
    QVERIFY(!hc().session(second.value->token));
}

void TestHelpCenterService::onlyTheHashOfTokensIsStored() {
    setPassword(m_account.endUser);
    const auto in = hc().signIn(m_account.endUser.email, kPassword, kFrom);
    QVERIFY(in);
    const auto link = hc().createPasswordLink(m_account.admin, m_account.endUser.id);
    QVERIFY(link);
    const QString dump = Test::snapshot(instance(), {QStringLiteral("help_center_sessions"),
                                                     QStringLiteral("help_center_password_links"),
                                                     QStringLiteral("users")});
    QVERIFY(!dump.contains(in.value->token));
    QVERIFY(!dump.contains(link.value->token));
    QVERIFY(!dump.contains(kPassword));
    QSqlQuery q(instance().database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT token_hash FROM help_center_sessions")) && q.next());
    QCOMPARE(q.value(0).toByteArray(),
             QCryptographicHash::hash(in.value->token.toLatin1(), QCryptographicHash::Sha256));
}

void TestHelpCenterService::idleAndAbsoluteExpiry() {
    setPassword(m_account.endUser);
    const QString idle = hc().signIn(m_account.endUser.email, kPassword, kFrom).value->token;
    const QString busy = hc().signIn(m_account.endUser.email, kPassword, kFrom).value->token;

    // Used every 100 minutes: stays signed in; unused for 2 hours: signed out.
    advance(100 * 60);
    QVERIFY(hc().session(busy));
    advance(100 * 60);
    QVERIFY(!hc().session(idle));
    const auto s = hc().session(busy);
    QVERIFY(s);
    QCOMPARE(s->expiresAt, m_now.addSecs(2 * 3600));

    // However busy, 24 hours after sign-in the session ends.
    while (m_now < s->createdAt.addSecs(24 * 3600 - 100 * 60)) {
        advance(100 * 60);
        QVERIFY(hc().session(busy));
    }
    const auto late = hc().session(busy);
    QVERIFY(late);
    QVERIFY(late->expiresAt <= s->createdAt.addSecs(24 * 3600));
    m_now = s->createdAt.addSecs(24 * 3600);
    QVERIFY(!hc().session(busy));
}

void TestHelpCenterService::lastSeenIsWrittenAtMostOnceAMinute() {
    setPassword(m_account.endUser);
    const auto in = hc().signIn(m_account.endUser.email, kPassword, kFrom);
    const QDateTime signedInAt = m_now;
    advance(30);
    QCOMPARE(hc().session(in.value->token)->lastSeenAt, signedInAt);
    advance(31);
    QCOMPARE(hc().session(in.value->token)->lastSeenAt, m_now);
    const QDateTime touched = m_now;
    advance(59);
    QCOMPARE(hc().session(in.value->token)->lastSeenAt, touched);
}

void TestHelpCenterService::adminSetsAndClearsPasswords() {
    const User carla = m_account.endUser;
    // Only administrators; and the password rules.
    QVERIFY(!hc().setPassword(m_account.agent, carla.id, kPassword));
    QVERIFY(!hc().setPassword(m_account.admin, carla.id, QStringLiteral("short")));
    QVERIFY(!hc().setPassword(m_account.admin, carla.id, carla.email.toUpper()));
    QVERIFY(!hc().setPassword(m_account.admin, 999999, kPassword));
    QVERIFY(!hc().hasPassword(carla.id));
    QCOMPARE(HelpCenterService::passwordProblem(QStringLiteral("1234567"), carla.email),
             PasswordProblem::TooShort);
    QCOMPARE(HelpCenterService::passwordProblem(QString(1025, QLatin1Char('x')), carla.email),
             PasswordProblem::TooLong);
    QCOMPARE(HelpCenterService::passwordProblem(carla.email, carla.email),
             PasswordProblem::SameAsEmail);
    QCOMPARE(HelpCenterService::passwordProblem(kPassword, carla.email), PasswordProblem::None);

    setPassword(carla);
    const auto in = hc().signIn(carla.email, kPassword, kFrom);
    QVERIFY(in);
    // A new password ends the sessions; the old password no longer works.
    setPassword(carla, QStringLiteral("another-password"));
    QVERIFY(!hc().session(in.value->token));
    QCOMPARE(hc().signIn(carla.email, kPassword, kFrom).refusal, Refusal::BadCredentials);
    const auto again = hc().signIn(carla.email, QStringLiteral("another-password"), kFrom);
    QVERIFY(again);

    QVERIFY(!hc().clearPassword(m_account.agent, carla.id));
    QVERIFY(hc().clearPassword(m_account.admin, carla.id));
    QVERIFY(!hc().hasPassword(carla.id));
    QVERIFY(!hc().session(again.value->token));
    QCOMPARE(hc().signIn(carla.email, QStringLiteral("another-password"), kFrom).refusal,
             Refusal::BadCredentials);
}

void TestHelpCenterService::passwordLinks() {
    const User carla = m_account.endUser;
    QCOMPARE(hc().createPasswordLink(m_account.agent, carla.id).refusal, Refusal::NotAllowed);
    QCOMPARE(hc().createPasswordLink(m_account.admin, 999999).refusal, Refusal::NotFound);

    const auto first = hc().createPasswordLink(m_account.admin, carla.id);
    const auto second = hc().createPasswordLink(m_account.admin, carla.id);
    QVERIFY(first && second);
    QCOMPARE(first.value->token.size(), 43);
    QVERIFY(first.value->token != second.value->token);
    QCOMPARE(first.value->expiresAt, m_now.addDays(7));
    QCOMPARE(first.value->user.id, carla.id);
    QCOMPARE(hc().passwordLinkUser(first.value->token).value->id, carla.id);
    QCOMPARE(hc().passwordLinkUser(QString(43, QLatin1Char('A'))).refusal, Refusal::NotFound);
    QCOMPARE(hc().passwordLinkUser(QStringLiteral("../../etc")).refusal, Refusal::NotFound);

    // A session from an earlier password ends when the link sets a new one.
    setPassword(carla, QStringLiteral("old-password"));
    const auto in = hc().signIn(carla.email, QStringLiteral("old-password"), kFrom);
    QVERIFY(in);

    const auto tooShort = hc().setPasswordWithLink(second.value->token, QStringLiteral("short"));
    QCOMPARE(tooShort.refusal, Refusal::Invalid);
    QVERIFY(!tooShort.message.isEmpty());
    const auto used = hc().setPasswordWithLink(second.value->token, kPassword);
    QVERIFY2(used, qPrintable(used.message));
    QVERIFY(!hc().session(in.value->token));
    QVERIFY(hc().signIn(carla.email, kPassword, kFrom));

    // Single use, and using one voids the others.
    QCOMPARE(
        hc().setPasswordWithLink(second.value->token, QStringLiteral("third-password")).refusal,
        Refusal::Expired);
    QCOMPARE(hc().passwordLinkUser(first.value->token).refusal, Refusal::Expired);
    QCOMPARE(hc().setPasswordWithLink(first.value->token, QStringLiteral("third-password")).refusal,
             Refusal::Expired);
    QVERIFY(hc().signIn(carla.email, kPassword, kFrom));

    // Seven days, then expired.
    const auto late = hc().createPasswordLink(m_account.admin, carla.id);
    advance(7 * 24 * 3600 - 1);
    QVERIFY(hc().passwordLinkUser(late.value->token));
    advance(1);
    QCOMPARE(hc().passwordLinkUser(late.value->token).refusal, Refusal::Expired);
    QCOMPARE(hc().setPasswordWithLink(late.value->token, QStringLiteral("fourth-password")).refusal,
             Refusal::Expired);

    // Suspended users get no links.
    User suspended = carla;
    suspended.active = false;
    QVERIFY(instance().users().update(m_account.admin, suspended));
    QCOMPARE(hc().createPasswordLink(m_account.admin, carla.id).refusal, Refusal::Invalid);
}

void TestHelpCenterService::passwordLinkUrl() {
    QVERIFY(hc().helpCenterUrl().isEmpty());
    QVERIFY(hc().createPasswordLink(m_account.admin, m_account.endUser.id).value->url.isEmpty());
    Account account = *instance().accounts().account();
    account.publicUrl = QStringLiteral("https://help.example.test:8443/sharing");
    QVERIFY(instance().accounts().update(m_account.admin, account));
    QCOMPARE(hc().helpCenterUrl(), QStringLiteral("https://help.example.test:8443/hc"));
    const auto link = hc().createPasswordLink(m_account.admin, m_account.endUser.id);
    QCOMPARE(link.value->url,
             QStringLiteral("https://help.example.test:8443/hc/password/") + link.value->token);
}

void TestHelpCenterService::guessedIdsAreNotFound() {
    const User carla = m_account.endUser;
    const User other = makeUser(QStringLiteral("Olaf"), QStringLiteral("olaf@elsewhere.test"));
    const Ticket mine = ticketFor(carla, QStringLiteral("Mine"));
    const Ticket theirs = ticketFor(other, QStringLiteral("Theirs"));
    QVERIFY(hc().request(carla, mine.id));
    const auto notFound = hc().request(carla, theirs.id);
    const auto missing = hc().request(carla, theirs.id + 1000);
    QCOMPARE(notFound.refusal, Refusal::NotFound);
    QCOMPARE(missing.refusal, Refusal::NotFound);
    QCOMPARE(notFound.message, missing.message);
    QCOMPARE(hc().reply(carla, theirs.id, QStringLiteral("hello")).refusal, Refusal::NotFound);
    QCOMPARE(hc().reply(carla, theirs.id + 1000, QStringLiteral("hello")).refusal,
             Refusal::NotFound);
    QCOMPARE(instance().tickets().comments(m_account.agent, theirs.id)->size(), 1);
    const RequestPage page = hc().myRequests(carla);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(page.rows.first().id, mine.id);
    QCOMPARE(page.rows.first().requesterName, carla.name);
    // A suspended user sees nothing.
    User suspended = carla;
    suspended.active = false;
    QVERIFY(hc().myRequests(suspended).rows.isEmpty());
    QCOMPARE(hc().request(suspended, mine.id).refusal, Refusal::NotFound);
}

void TestHelpCenterService::organizationModes() {
    const User carla = m_account.endUser;
    const User colleague = makeUser(QStringLiteral("Kai"), QStringLiteral("kai@customer.test"));
    const Id org = makeOrganization(QStringLiteral("Kunde GmbH"), SharingMode::OwnTickets,
                                    {carla.id, colleague.id});
    const Ticket colleagues = ticketFor(colleague, QStringLiteral("Kai's printer"));
    const Ticket mine = ticketFor(carla, QStringLiteral("Carla's laptop"));
    QCOMPARE(colleagues.organizationId, org);

    const auto setMode = [&](SharingMode mode) {
        Organization o = *instance().organizations().find(org);
        o.sharingMode = mode;
        QVERIFY(instance().organizations().update(m_account.admin, o));
    };

    // Own tickets only: the organization is not offered, its list and Kai's ticket not found.
    QVERIFY(hc().organizations(carla).isEmpty());
    QCOMPARE(hc().organizationRequests(carla, org).refusal, Refusal::NotFound);
    QCOMPARE(hc().request(carla, colleagues.id).refusal, Refusal::NotFound);
    QVERIFY(hc().request(carla, mine.id).value->canReply);

    // View all: listed and readable, but no reply.
    setMode(SharingMode::ViewAll);
    const QList<Organization> orgs = hc().organizations(carla);
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().name, QStringLiteral("Kunde GmbH"));
    const auto list = hc().organizationRequests(carla, org);
    QVERIFY(list);
    QCOMPARE(list.value->rows.size(), 2);
    QCOMPARE(list.value->rows.at(0).id, mine.id); // newest update first
    QCOMPARE(list.value->rows.at(1).requesterName, colleague.name);
    const auto detail = hc().request(carla, colleagues.id);
    QVERIFY(detail);
    QCOMPARE(detail.value->organizationName, QStringLiteral("Kunde GmbH"));
    QCOMPARE(detail.value->requesterName, colleague.name);
    QVERIFY(!detail.value->canReply);
    QCOMPARE(hc().reply(carla, colleagues.id, QStringLiteral("Me too")).refusal,
             Refusal::NotAllowed);
    QVERIFY(hc().request(carla, mine.id).value->canReply);

    // View all and comment: the reply goes in.
    setMode(SharingMode::ViewAllAndComment);
    QVERIFY(hc().request(carla, colleagues.id).value->canReply);
    const auto replied = hc().reply(carla, colleagues.id, QStringLiteral("Me too"));
    QVERIFY2(replied, qPrintable(replied.message));
    QCOMPARE(hc().request(colleague, colleagues.id).value->comments.last().body,
             QStringLiteral("Me too"));

    // An organization the user is not in stays not found, whatever its mode.
    const Id foreign =
        makeOrganization(QStringLiteral("Fremd AG"), SharingMode::ViewAllAndComment, {});
    QCOMPARE(hc().organizationRequests(carla, foreign).refusal, Refusal::NotFound);
    QCOMPARE(hc().organizationRequests(carla, 999999).refusal, Refusal::NotFound);
}

void TestHelpCenterService::internalCommentsNeverShown() {
    const User carla = m_account.endUser;
    const Ticket t = ticketFor(carla, QStringLiteral("Invoice question"));
    QVERIFY(instance().tickets().addComment(m_account.agent, t.id,
                                            QStringLiteral("INTERNAL: customer owes us"), false));
    QVERIFY(instance().tickets().addComment(m_account.agent, t.id,
                                            QStringLiteral("We are looking into it."), true));
    const auto detail = hc().request(carla, t.id);
    QVERIFY(detail);
    QCOMPARE(detail.value->comments.size(), 2);
    for (const Comment &c : detail.value->comments) {
        QVERIFY(c.isPublic);
        QVERIFY(!c.body.contains(QStringLiteral("INTERNAL")));
    }
    QCOMPARE(detail.value->comments.last().body, QStringLiteral("We are looking into it."));
    QCOMPARE(detail.value->comments.last().authorName, m_account.agent.name);

    // Staff signed into the Help Center do not see internal notes there either.
    const Ticket own = ticketFor(m_account.agent, QStringLiteral("Agent's request"));
    QVERIFY(instance().tickets().addComment(m_account.admin, own.id,
                                            QStringLiteral("INTERNAL note"), false));
    const auto agentView = hc().request(m_account.agent, own.id);
    QVERIFY(agentView);
    QCOMPARE(agentView.value->comments.size(), 1);
}

void TestHelpCenterService::replyReopensAndIsPortal() {
    const User carla = m_account.endUser;
    const Ticket t = ticketFor(carla, QStringLiteral("Router"));
    Services::TicketChange solve;
    solve.status = TicketStatus::Solved;
    QVERIFY(instance().tickets().update(m_account.agent, t.id, solve));

    QCOMPARE(hc().reply(carla, t.id, QStringLiteral("   ")).refusal, Refusal::Invalid);
    QCOMPARE(hc().reply(carla, t.id, QString(70000, QLatin1Char('x'))).refusal, Refusal::Invalid);
    QVERIFY(hc().reply(carla, t.id, QStringLiteral("Still broken")));
    const auto detail = hc().request(carla, t.id);
    QCOMPARE(detail.value->ticket.status, TicketStatus::Open);
    const Comment c = detail.value->comments.last();
    QCOMPARE(c.body, QStringLiteral("Still broken"));
    QCOMPARE(c.via, Channel::Portal);
    QCOMPARE(c.authorId, carla.id);
    QVERIFY(c.isPublic);

    // Closed: shown, but no reply.
    Services::TicketChange close;
    close.status = TicketStatus::Closed;
    QVERIFY(instance().tickets().update(m_account.agent, t.id, close));
    QVERIFY(!hc().request(carla, t.id).value->canReply);
    QCOMPARE(hc().reply(carla, t.id, QStringLiteral("Hello?")).refusal, Refusal::NotAllowed);
}

void TestHelpCenterService::submitAppliesOrganizationAndGroupMapping() {
    auto group = instance().groups().create(m_account.admin, QStringLiteral("Kundenservice"));
    QVERIFY(group);
    const Id org = makeOrganization(QStringLiteral("Beispiel GmbH"), SharingMode::OwnTickets, {},
                                    {QStringLiteral("beispiel.test")}, group->id);
    // A new user at the organization's domain joins it.
    const User eva = makeUser(QStringLiteral("Eva"), QStringLiteral("eva@beispiel.test"));
    QVERIFY(instance().users().organizationsOf(eva.id).contains(org));

    QCOMPARE(hc().submit(eva, QStringLiteral(" "), QStringLiteral("text")).refusal,
             Refusal::Invalid);
    QCOMPARE(hc().submit(eva, QStringLiteral("Subject"), QStringLiteral("\n")).refusal,
             Refusal::Invalid);
    QCOMPARE(hc().submit(eva, QString(300, QLatin1Char('s')), QStringLiteral("text")).refusal,
             Refusal::Invalid);

    const auto created =
        hc().submit(eva, QStringLiteral("  VPN drops  "), QStringLiteral("Every hour."));
    QVERIFY2(created, qPrintable(created.message));
    const Ticket t = *instance().tickets().get(m_account.admin, created.value->id);
    QCOMPARE(t.subject, QStringLiteral("VPN drops"));
    QCOMPARE(t.requesterId, eva.id);
    QCOMPARE(t.organizationId, org);
    QCOMPARE(t.groupId, group->id);
    QCOMPARE(t.channel, Channel::Portal);
    QCOMPARE(t.status, TicketStatus::New);
    const auto comments = *instance().tickets().comments(m_account.admin, t.id);
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first().body, QStringLiteral("Every hour."));
    QVERIFY(comments.first().isPublic);
    QCOMPARE(comments.first().via, Channel::Portal);
    QCOMPARE(hc().myRequests(eva).rows.first().id, t.id);

    // Staff submitting through the Help Center are requesters like anyone else.
    const auto byAgent = hc().submit(m_account.agent, QStringLiteral("Agent asks"),
                                     QStringLiteral("As a customer would."));
    QVERIFY(byAgent);
    QCOMPARE(byAgent.value->requesterId, m_account.agent.id);
    QCOMPARE(byAgent.value->channel, Channel::Portal);
}

void TestHelpCenterService::pagingWithoutDuplicates() {
    const User carla = m_account.endUser;
    const User colleague = makeUser(QStringLiteral("Kai"), QStringLiteral("kai@customer.test"));
    const Id org = makeOrganization(QStringLiteral("Kunde GmbH"), SharingMode::ViewAll,
                                    {carla.id, colleague.id});
    QList<Id> expected; // newest update first
    for (int i = 0; i < 60; ++i) {
        // Every third ticket shares its update time with the one before: the id breaks ties.
        if (i % 3)
            advance(1);
        expected.prepend(ticketFor(i % 2 ? carla : colleague, QStringLiteral("T%1").arg(i)).id);
    }
    std::stable_sort(expected.begin(), expected.end(), [&](Id a, Id b) {
        const auto ta = instance().tickets().get(m_account.admin, a)->updatedAt;
        const auto tb = instance().tickets().get(m_account.admin, b)->updatedAt;
        return ta != tb ? ta > tb : a > b;
    });

    QList<Id> seen;
    QString cursor;
    int pages = 0;
    do {
        const auto page = hc().organizationRequests(carla, org, cursor);
        QVERIFY(page);
        QVERIFY(page.value->rows.size() <= HelpCenterService::PageSize);
        for (const RequestRow &r : page.value->rows)
            seen << r.id;
        cursor = page.value->nextCursor;
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, expected);

    // "My requests": only Carla's 30, over two pages.
    const RequestPage first = hc().myRequests(carla);
    QCOMPARE(first.rows.size(), 25);
    QVERIFY(!first.nextCursor.isEmpty());
    const RequestPage second = hc().myRequests(carla, first.nextCursor);
    QCOMPARE(second.rows.size(), 5);
    QVERIFY(second.nextCursor.isEmpty());
    QSet<Id> mine;
    for (const RequestRow &r : first.rows + second.rows) {
        QCOMPARE(instance().tickets().get(m_account.admin, r.id)->requesterId, carla.id);
        mine.insert(r.id);
    }
    QCOMPARE(mine.size(), 30);

    // A cursor that is not one of ours starts at the first page.
    for (const QString &bad : {QStringLiteral("garbage"), QStringLiteral("%%%"),
                               QStringLiteral("MTIzNDU"), QString(500, QLatin1Char('A'))})
        QCOMPARE(hc().myRequests(carla, bad).rows.first().id, first.rows.first().id);
}

void TestHelpCenterService::organizationPageFollowsTheIndex() {
    const User carla = m_account.endUser;
    const Id org = makeOrganization(QStringLiteral("Gross AG"), SharingMode::ViewAll, {carla.id});
    // 100,000 tickets of the organization, written directly (the service would take minutes).
    {
        Store::Transaction tx(instance().database());
        QVERIFY(tx.isActive());
        QSqlQuery q(instance().database().connection());
        QVERIFY(q.exec(
            QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                "INSERT INTO tickets (subject, requester_id, organization_id, created_at, "
                "updated_at) "
                "SELECT 'Bulk ' || i, %1, %2, 1700000000000 + i, 1700000000000 + (i * 7919) % "
                "100000 "
                "FROM n")
                .arg(m_account.agent.id)
                .arg(org)));
        QVERIFY(tx.commit());
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
    }

    QSqlQuery plan(instance().database().connection());
    QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                         Store::HelpCenterRepository::organizationRequestsSql()));
    for (const QVariant &v :
         {QVariant(org), QVariant(carla.id), QVariant(carla.id), QVariant(qint64(1700000050000)),
          QVariant(qint64(50000)), QVariant(26)})
        plan.addBindValue(v);
    QVERIFY(plan.exec());
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString described = steps.join(QStringLiteral(" | "));
    qDebug("plan: %s", qPrintable(described));
    QVERIFY2(described.contains(QStringLiteral("tickets_organization")), qPrintable(described));
    QVERIFY2(!described.contains(QStringLiteral("TEMP B-TREE")), qPrintable(described));

    QElapsedTimer timer;
    timer.start();
    const auto first = hc().organizationRequests(carla, org);
    const qint64 firstMs = timer.restart();
    QVERIFY(first);
    QCOMPARE(first.value->rows.size(), 25);
    const auto second = hc().organizationRequests(carla, org, first.value->nextCursor);
    const qint64 secondMs = timer.elapsed();
    QCOMPARE(second.value->rows.size(), 25);
    QVERIFY(first.value->rows.last().updatedAt >= second.value->rows.first().updatedAt);
    QVERIFY(first.value->rows.last().id != second.value->rows.first().id);
    qDebug("organization with 100,000 tickets: first page %lld ms, second page %lld ms", firstMs,
           secondMs);
}

QTEST_GUILESS_MAIN(TestHelpCenterService)
#include "tst_helpcenterservice.moc"
