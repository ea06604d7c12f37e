// HelpCenterHandler over real HTTPS on 127.0.0.1: a real account (Instance + HelpCenterService),
// a real HttpsServer with the Help Center's routes, and a small "browser" on a raw QSslSocket
// that keeps cookies like a browser does and checks the contract's security headers on every
// answer. Covers every route and rule of /work/hc-contract.md: sign in/out, throttling, cookie
// attributes, session rotation and expiry, CSRF, visibility (identical 404s, organization tabs,
// no internal comments), escaping, replies, submitting, password links, language, redirects.
#include "app/helpcenter/HelpCenterHandler.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/helpcenter/SignInThrottle.h"
#include "app/server/HttpsServer.h"
#include "app/services/AccountService.h"
#include "app/services/OrganizationService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "app/sharing/SharingHostCore.h"
#include "app/sharing/TlsIdentity.h"
#include "models/domain/Clock.h"
#include "support/TestSupport.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::HelpCenter;
using namespace DeskBridge::Server;

namespace {

const QString kPassword = QStringLiteral("carla-secret-1");
const QString kInternal = QStringLiteral("SECRET-INTERNAL-NOTE");

struct Answer {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QList<QByteArray> setCookies() const {
        QList<QByteArray> out;
        for (const auto &h : headers) {
            if (h.first.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
                out << h.second;
        }
        return out;
    }
    QByteArray setCookie(const QByteArray &name) const {
        for (const QByteArray &c : setCookies()) {
            if (c.startsWith(QByteArray(name + '=')))
                return c;
        }
        return {};
    }
    QString text() const { return QString::fromUtf8(body); }
    QByteArray location() const { return header("Location"); }
};

// A browser on a raw TLS socket: one connection per request, cookies kept like a browser.
class Browser {
public:
    explicit Browser(quint16 port)
        : m_port(port) {}

    QHash<QByteArray, QByteArray> cookies;
    QByteArray acceptLanguage;
    QList<Answer> seen; // everything this browser received

    Answer get(const QByteArray &target, const QByteArray &extra = {}) {
        return send("GET", target, {}, extra);
    }
    // Fields are form-encoded here (QUrl::toPercentEncoding: spaces as %20, '+' as %2B).
    Answer post(const QByteArray &target, const QList<QPair<QString, QString>> &fields,
                const QByteArray &extra = {}) {
        QByteArray body;
        for (const auto &f : fields) {
            if (!body.isEmpty())
                body += '&';
            body += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
        }
        return postRaw(target, body, extra);
    }
    Answer postRaw(const QByteArray &target, const QByteArray &body, const QByteArray &extra = {},
                   const QByteArray &type = "application/x-www-form-urlencoded") {
        return send("POST", target, body, "Content-Type: " + type + "\r\n" + extra);
    }

    Answer send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                const QByteArray &extra) {
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                             "Connection: close\r\n" + extra;
        if (!acceptLanguage.isEmpty())
            request += "Accept-Language: " + acceptLanguage + "\r\n";
        if (!cookies.isEmpty()) {
            QByteArrayList pairs;
            for (auto it = cookies.cbegin(); it != cookies.cend(); ++it)
                pairs << it.key() + '=' + it.value();
            request += "Cookie: " + pairs.join("; ") + "\r\n";
        }
        if (method == "POST" || !body.isEmpty())
            request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        Answer a = exchange(request);
        for (const QByteArray &c : a.setCookies()) {
            const QByteArray pair = c.split(';').value(0);
            const qsizetype eq = pair.indexOf('=');
            const QByteArray name = pair.left(eq);
            if (c.contains("Max-Age=0") || pair.mid(eq + 1).isEmpty())
                cookies.remove(name);
            else
                cookies.insert(name, pair.mid(eq + 1));
        }
        seen << a;
        return a;
    }

    // The csrf hidden field of the page's first form.
    static QString csrfOf(const Answer &page) {
        static const QRegularExpression re(
            QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]*)\">"));
        return re.match(page.text()).captured(1);
    }

private:
    Answer exchange(const QByteArray &request) {
        QSslSocket socket;
        QSslConfiguration conf = socket.sslConfiguration();
        conf.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed on loopback
        socket.setSslConfiguration(conf);
        QByteArray buffer;
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [&] { buffer += socket.readAll(); });
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        if (!encrypted.wait(10000) && !socket.isEncrypted())
            return {};
        socket.write(request);
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && socket.state() != QAbstractSocket::UnconnectedState) {
            if (complete(buffer))
                break;
            QEventLoop loop;
            QTimer::singleShot(50, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QIODevice::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
            loop.exec();
        }
        buffer += socket.readAll();
        return parse(buffer);
    }

    static bool complete(const QByteArray &buffer) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const Answer head = parse(buffer.left(end + 4));
        return buffer.size() >= end + 4 + head.header("Content-Length").toLongLong();
    }

    static Answer parse(const QByteArray &buffer) {
        Answer a;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return a;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        a.status = lines.value(0).trimmed().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                a.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        a.body = buffer.mid(end + 4, a.header("Content-Length").toLongLong());
        return a;
    }

    quint16 m_port;
};

} // namespace

class TestHelpCenterHandler : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Test::TestAccount m_account;
    Instance *m_instance = nullptr;
    std::unique_ptr<HelpCenterHandler> m_handler;
    std::unique_ptr<HttpsServer> m_server;
    User m_carla;          // the end user the tests sign in as
    User m_dora;           // her colleague, with a hostile name
    User m_eve;            // in no organization; gets a password link
    Organization m_acme;   // view all and comment
    Organization m_beta;   // view all
    Organization m_hidden; // own tickets only
    Id m_own = 0, m_acmeTicket = 0, m_betaTicket = 0, m_hiddenTicket = 0, m_eveTicket = 0;

    HelpCenterService &service() { return m_instance->helpCenter(); }
    std::unique_ptr<Browser> browser() { return std::make_unique<Browser>(m_server->port()); }

    static void checkSecurityHeaders(const Answer &a, bool page = true);
    std::unique_ptr<Browser>
    signedIn(const QString &email = QStringLiteral("enduser@customer.test"),
             const QString &password = kPassword);
    int count(const QString &sql);
    Organization organization(const QString &name, SharingMode mode);
    Id ticket(const User &requester, const Organization &org, const QString &subject,
              const QString &comment);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void rootRedirectsOnlyTheRoot();
    void signInPageAndCookieAttributes();
    void signInWrongPasswordIs401();
    void signInSucceedsAndRotatesTheSession();
    void signInRefusedWithoutMatchingCsrf();
    void signInThrottledIs429();
    void signOut();
    void notSignedInRedirectsToSignIn();
    void expiredSessionRedirectsToSignIn();
    void myRequestsListsOwnTickets();
    void pagesOfRequests();
    void organizationTabsOnlyForAllowedOrganizations();
    void guessedIdsGiveTheSameNotFound();
    void ticketPageShowsThePublicConversationEscaped();
    void internalCommentsNeverInAnyPage();
    void replyWhereAllowed();
    void replyRefusedWhereNotAllowed();
    void replyRefusedWithBadCsrfChangesNothing();
    void replyValidation();
    void submitCreatesAPortalTicket();
    void submitRefusesBadInputAndChangesNothing();
    void passwordLinkSetsThePasswordOnce();
    void germanByAcceptLanguageAndByCookie();
    void languageSwitchRedirectsOnlyLocally();
    void openRedirectsAreRefused();
    void stylesheetAndMethods();
    void sharingHostServesTheHelpCenter();
};

void TestHelpCenterHandler::checkSecurityHeaders(const Answer &a, bool page) {
    QVERIFY2(a.status != 0, "no answer");
    QCOMPARE(a.header("Content-Security-Policy"),
             QByteArray("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                        "frame-ancestors 'none'; base-uri 'none'"));
    QCOMPARE(a.header("X-Content-Type-Options"), QByteArray("nosniff"));
    QCOMPARE(a.header("Referrer-Policy"), QByteArray("no-referrer"));
    QCOMPARE(a.header("X-Frame-Options"), QByteArray("DENY"));
    if (page)
        QCOMPARE(a.header("Cache-Control"), QByteArray("no-store"));
    for (const QByteArray &c : a.setCookies()) {
        QVERIFY2(c.contains("; Path=/hc") && c.contains("; HttpOnly") && c.contains("; Secure") &&
                     c.contains("; SameSite=Strict"),
                 c.constData());
    }
    if (a.header("Content-Type").startsWith("text/html")) {
        QVERIFY(a.body.startsWith("<!DOCTYPE html>"));
        QVERIFY(a.body.contains(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        QVERIFY(a.body.contains("<link rel=\"stylesheet\" href=\"/hc/assets/style.css\">"));
        QVERIFY(!a.body.contains("<script"));
        QVERIFY(!a.body.contains(" style=")); // CSP forbids inline styles
        // The account's name on every page (escaped: it is "Test & <Account>").
        QVERIFY(a.body.contains("<span id=\"account-name\">Test &amp; &lt;Account&gt;</span>"));
    }
}

void TestHelpCenterHandler::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_account = Test::makeAccount(m_dir.path());
    m_instance = m_account.instance.get();
    auto account = m_instance->accounts().account().value();
    account.name = QStringLiteral("Test & <Account>");
    QVERIFY(m_instance->accounts().update(m_account.admin, account).ok());
    const User &admin = m_account.admin;

    m_acme = organization(QStringLiteral("Acme <Org>"), SharingMode::ViewAllAndComment);
    m_beta = organization(QStringLiteral("Beta & Co"), SharingMode::ViewAll);
    m_hidden = organization(QStringLiteral("Hidden Ltd"), SharingMode::OwnTickets);
    m_carla = m_account.endUser;
    User dora;
    dora.name = QStringLiteral("Dora <img src=x onerror=alert(1)>");
    dora.email = QStringLiteral("dora@customer.test");
    m_dora = m_instance->users().create(admin, dora).value();
    User eve;
    eve.name = QStringLiteral("Eve Extern");
    eve.email = QStringLiteral("eve@elsewhere.test");
    m_eve = m_instance->users().create(admin, eve).value();
    const QList<Id> all{m_acme.id, m_beta.id, m_hidden.id};
    QVERIFY(m_instance->organizations().setMemberships(admin, m_carla.id, all).ok());
    QVERIFY(m_instance->organizations().setMemberships(admin, m_dora.id, all).ok());

    m_own = ticket(m_carla, m_acme, QStringLiteral("<script>alert('own')</script> Printer"),
                   QStringLiteral("First line <b>bold?</b>\nSecond line & more"));
    QVERIFY(m_instance->tickets()
                .addComment(m_account.agent, m_own, kInternal + QStringLiteral(" own"), false)
                .ok());
    m_acmeTicket = ticket(m_dora, m_acme, QStringLiteral("Acme colleague ticket"),
                          QStringLiteral("Acme problem"));
    QVERIFY(
        m_instance->tickets()
            .addComment(m_account.agent, m_acmeTicket, kInternal + QStringLiteral(" acme"), false)
            .ok());
    m_betaTicket = ticket(m_dora, m_beta, QStringLiteral("Beta colleague ticket"),
                          QStringLiteral("Beta problem"));
    m_hiddenTicket = ticket(m_dora, m_hidden, QStringLiteral("Hidden colleague ticket"),
                            QStringLiteral("Hidden problem"));
    m_eveTicket = ticket(m_eve, Organization{}, QStringLiteral("Eve's own ticket"),
                         QStringLiteral("Eve problem"));

    QVERIFY(service().setPassword(admin, m_carla.id, kPassword).ok());

    auto identity = Sharing::TlsIdentity::loadOrCreate(m_instance->tlsDir());
    QVERIFY2(identity.ok(), qPrintable(identity.error()));
    m_handler = std::make_unique<HelpCenterHandler>(service(), m_instance->accounts());
    m_server = std::make_unique<HttpsServer>(*identity);
    m_server->addRoute(QStringLiteral("/sharing/tickets"),
                       [](const HttpRequest &) { return HttpResponse::error(401, QString()); },
                       {"POST"});
    HelpCenterHandler::addRoutes(*m_server, *m_handler);
    const Status listening = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
}

void TestHelpCenterHandler::init() {
    service().throttle().clear();
}

void TestHelpCenterHandler::cleanup() {
    Clock::setSource(nullptr);
}

void TestHelpCenterHandler::cleanupTestCase() {
    m_server.reset();
    m_handler.reset();
}

Organization TestHelpCenterHandler::organization(const QString &name, SharingMode mode) {
    Organization o;
    o.name = name;
    o.sharingMode = mode;
    auto created = m_instance->organizations().create(m_account.admin, o);
    if (!created)
        qFatal("organization: %s", qPrintable(created.error()));
    return *created;
}

Id TestHelpCenterHandler::ticket(const User &requester, const Organization &org,
                                 const QString &subject, const QString &comment) {
    Services::NewTicket n;
    n.subject = subject;
    n.comment = comment;
    n.requesterId = requester.id;
    n.organizationId = org.id;
    auto created = m_instance->tickets().create(m_account.agent, n);
    if (!created)
        qFatal("ticket: %s", qPrintable(created.error()));
    return created->id;
}

int TestHelpCenterHandler::count(const QString &sql) {
    QSqlQuery q(m_instance->database().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("count failed: %s", qPrintable(sql));
    return q.value(0).toInt();
}

std::unique_ptr<Browser> TestHelpCenterHandler::signedIn(const QString &email,
                                                         const QString &password) {
    auto b = browser();
    const Answer form = b->get("/hc/signin");
    const Answer done = b->post("/hc/signin", {{QStringLiteral("email"), email},
                                               {QStringLiteral("password"), password},
                                               {QStringLiteral("csrf"), Browser::csrfOf(form)}});
    if (done.status != 303 || !b->cookies.contains("hc_session"))
        qWarning("sign-in as %s failed: %d", qPrintable(email), done.status);
    return b;
}

// --- routes and sessions ---------------------------------------------------------------------

void TestHelpCenterHandler::rootRedirectsOnlyTheRoot() {
    auto b = browser();
    Answer root = b->get("/");
    checkSecurityHeaders(root);
    QCOMPARE(root.status, 302);
    QCOMPARE(root.location(), QByteArray("/hc"));
    for (const QByteArray &other : {QByteArray("/favicon.ico"), QByteArray("/sharing"),
                                    QByteArray("/hcx"), QByteArray("/index.html")}) {
        const Answer a = b->get(other);
        checkSecurityHeaders(a);
        QCOMPARE(a.status, 404);
    }
    // The longer sharing route still gets its requests.
    QCOMPARE(b->post("/sharing/tickets", {}).status, 401);
    const Answer hc = b->get("/hc");
    checkSecurityHeaders(hc);
    QCOMPARE(hc.status, 302);
    QCOMPARE(hc.location(), QByteArray("/hc/signin"));
    QCOMPARE(b->get("/hc/no-such-page").status, 404);
    const Answer badQuery = b->get("/hc/signin?next=%C3%28");
    checkSecurityHeaders(badQuery);
    QCOMPARE(badQuery.status, 400);
}

void TestHelpCenterHandler::signInPageAndCookieAttributes() {
    auto b = browser();
    const Answer page = b->get("/hc/signin");
    checkSecurityHeaders(page);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(page.body.contains("<html lang=\"en\">"));
    QVERIFY(page.body.contains("<form id=\"signin\""));
    QVERIFY(page.body.contains("name=\"email\""));
    QVERIFY(page.body.contains("name=\"password\""));
    QVERIFY(page.body.contains("<button type=\"submit\">Sign in</button>"));
    QVERIFY(!page.body.contains("id=\"nav-my\"")); // not signed in: no navigation
    const QByteArray csrf = page.setCookie("hc_csrf");
    QVERIFY(!csrf.isEmpty());
    QVERIFY(csrf.endsWith("; Path=/hc; HttpOnly; Secure; SameSite=Strict"));
    QVERIFY(!csrf.contains("Max-Age"));
    QCOMPARE(Browser::csrfOf(page).toLatin1(), b->cookies.value("hc_csrf"));
    // A second visit keeps the same double-submit token.
    const Answer again = b->get("/hc/signin");
    QVERIFY(again.setCookie("hc_csrf").isEmpty());
    QCOMPARE(Browser::csrfOf(again).toLatin1(), b->cookies.value("hc_csrf"));
}

void TestHelpCenterHandler::signInWrongPasswordIs401() {
    auto b = browser();
    const Answer form = b->get("/hc/signin");
    for (const QString &email :
         {QStringLiteral("enduser@customer.test"), QStringLiteral("nobody@customer.test"),
          QStringLiteral("eve@elsewhere.test"), QStringLiteral("agent@example.test")}) {
        const Answer a =
            b->post("/hc/signin", {{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), QStringLiteral("wrong-pass")},
                                   {QStringLiteral("csrf"), Browser::csrfOf(form)}});
        checkSecurityHeaders(a);
        QCOMPARE(a.status, 401);
        QVERIFY(a.body.contains("class=\"error\" role=\"alert\""));
        QVERIFY(a.setCookie("hc_session").isEmpty());
        QVERIFY(
            a.body.contains(QByteArray("value=\"" + email.toUtf8() + "\""))); // the address is kept
    }
    QVERIFY(!b->cookies.contains("hc_session"));
    QCOMPARE(b->get("/hc/requests").status, 303);
    // Oversize or missing fields: a clear error, no sign-in attempt.
    const QString longEmail = QString(300, u'a') + QStringLiteral("@customer.test");
    for (const auto &[email, password] :
         {std::pair{longEmail, kPassword}, std::pair{m_carla.email, QString(2000, u'p')},
          std::pair{QString(), kPassword}, std::pair{m_carla.email, QString()}}) {
        const Answer a = b->post("/hc/signin", {{QStringLiteral("email"), email},
                                                {QStringLiteral("password"), password},
                                                {QStringLiteral("csrf"), Browser::csrfOf(form)}});
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.contains("class=\"error\" role=\"alert\""));
        QVERIFY(!a.text().contains(longEmail));
        QVERIFY(a.setCookie("hc_session").isEmpty());
    }
}

void TestHelpCenterHandler::signInSucceedsAndRotatesTheSession() {
    auto b = browser();
    const Answer form = b->get("/hc/signin?next=%2Fhc%2Frequests%2Fnew");
    QVERIFY(form.body.contains("name=\"next\" value=\"/hc/requests/new\""));
    const Answer done =
        b->post("/hc/signin", {{QStringLiteral("email"), QStringLiteral("EndUser@Customer.test")},
                               {QStringLiteral("password"), kPassword},
                               {QStringLiteral("next"), QStringLiteral("/hc/requests/new")},
                               {QStringLiteral("csrf"), Browser::csrfOf(form)}});
    checkSecurityHeaders(done);
    QCOMPARE(done.status, 303);
    QCOMPARE(done.location(), QByteArray("/hc/requests/new"));
    const QByteArray cookie = done.setCookie("hc_session");
    QVERIFY(cookie.endsWith("; Path=/hc; HttpOnly; Secure; SameSite=Strict"));
    QVERIFY(!cookie.contains("Max-Age")); // a browser session
    const QByteArray first = b->cookies.value("hc_session");
    QVERIFY(first.size() >= 40);
    QCOMPARE(b->get("/hc").location(), QByteArray("/hc/requests"));
    const Answer mine = b->get("/hc/requests");
    QCOMPARE(mine.status, 200);
    QVERIFY(mine.body.contains("<span id=\"user-name\">Carla Kundin</span>"));
    QVERIFY(mine.body.contains("<form id=\"signout\""));

    // Signing in again (the old cookie sent along) gives a new id and ends the old one.
    const Answer form2 = b->get("/hc/signin?next=%2Fhc%2Frequests");
    QCOMPARE(form2.status, 303); // already signed in
    b->cookies.remove("hc_session");
    const Answer fresh = b->get("/hc/signin");
    b->cookies.insert("hc_session", first);
    const Answer again = b->post("/hc/signin", {{QStringLiteral("email"), m_carla.email},
                                                {QStringLiteral("password"), kPassword},
                                                {QStringLiteral("csrf"), Browser::csrfOf(fresh)}});
    QCOMPARE(again.status, 303);
    QCOMPARE(again.location(), QByteArray("/hc/requests"));
    const QByteArray second = b->cookies.value("hc_session");
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QVERIFY(!service().session(QString::fromLatin1(first)).has_value());
    QVERIFY(service().session(QString::fromLatin1(second)).has_value());
}

void TestHelpCenterHandler::signInRefusedWithoutMatchingCsrf() {
    auto b = browser();
    const Answer form = b->get("/hc/signin");
    const QString good = Browser::csrfOf(form);
    const QList<QList<QPair<QString, QString>>> attempts{
        {{QStringLiteral("email"), m_carla.email}, {QStringLiteral("password"), kPassword}},
        {{QStringLiteral("email"), m_carla.email},
         {QStringLiteral("password"), kPassword},
         {QStringLiteral("csrf"), good + QStringLiteral("x")}},
        {{QStringLiteral("email"), m_carla.email},
         {QStringLiteral("password"), kPassword},
         {QStringLiteral("csrf"), QString()}}};
    for (const auto &fields : attempts) {
        const Answer a = b->post("/hc/signin", fields);
        checkSecurityHeaders(a);
        QCOMPARE(a.status, 403);
        QVERIFY(a.body.contains("role=\"alert\""));
        QVERIFY(a.setCookie("hc_session").isEmpty());
    }
    // The right token in the form but no cookie (another site's form): refused too.
    b->cookies.remove("hc_csrf");
    const Answer noCookie = b->post("/hc/signin", {{QStringLiteral("email"), m_carla.email},
                                                   {QStringLiteral("password"), kPassword},
                                                   {QStringLiteral("csrf"), good}});
    QCOMPARE(noCookie.status, 403);
    QVERIFY(noCookie.setCookie("hc_session").isEmpty());
}

void TestHelpCenterHandler::signInThrottledIs429() {
    auto b = browser();
    const Answer form = b->get("/hc/signin");
    const auto attempt = [&](const QString &password) {
        return b->post("/hc/signin", {{QStringLiteral("email"), m_carla.email},
                                      {QStringLiteral("password"), password},
                                      {QStringLiteral("csrf"), Browser::csrfOf(form)}});
    };
    for (int i = 0; i < SignInThrottle::MaxAccountFailures; ++i)
        QCOMPARE(attempt(QStringLiteral("wrong-%1").arg(i)).status, 401);
    const Answer throttled = attempt(kPassword); // even the right password now
    checkSecurityHeaders(throttled);
    QCOMPARE(throttled.status, 429);
    QVERIFY(throttled.header("Retry-After").toInt() > 0);
    QVERIFY(throttled.body.contains("role=\"alert\""));
    QVERIFY(throttled.setCookie("hc_session").isEmpty());
}

void TestHelpCenterHandler::signOut() {
    auto b = signedIn();
    const Answer page = b->get("/hc/requests");
    const QString csrf = Browser::csrfOf(page);
    QVERIFY(!csrf.isEmpty());
    const QByteArray token = b->cookies.value("hc_session");

    const Answer wrong = b->post("/hc/signout", {{QStringLiteral("csrf"), QStringLiteral("nope")}});
    checkSecurityHeaders(wrong);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(b->get("/hc/requests").status, 200); // still signed in

    const Answer out = b->post("/hc/signout", {{QStringLiteral("csrf"), csrf}});
    checkSecurityHeaders(out);
    QCOMPARE(out.status, 303);
    QVERIFY(out.location().startsWith("/hc/signin"));
    QVERIFY(out.setCookie("hc_session").contains("Max-Age=0"));
    QVERIFY(!service().session(QString::fromLatin1(token)).has_value());
    b->cookies.insert("hc_session", token); // a copied cookie is worthless now
    QCOMPARE(b->get("/hc/requests").status, 303);
}

void TestHelpCenterHandler::notSignedInRedirectsToSignIn() {
    auto b = browser();
    const QList<QPair<QByteArray, QByteArray>> cases{
        {"/hc/requests", "/hc/signin?next=%2Fhc%2Frequests"},
        {"/hc/requests/" + QByteArray::number(m_own),
         "/hc/signin?next=%2Fhc%2Frequests%2F" + QByteArray::number(m_own)},
        {"/hc/organization-requests?org=3",
         "/hc/signin?next=%2Fhc%2Forganization-requests%3Forg%3D3"},
        {"/hc/requests/new", "/hc/signin?next=%2Fhc%2Frequests%2Fnew"}};
    for (const auto &[path, location] : cases) {
        const Answer a = b->get(path);
        checkSecurityHeaders(a);
        QCOMPARE(a.status, 303);
        QCOMPARE(a.location(), location);
    }
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const Answer post =
        b->post("/hc/requests", {{QStringLiteral("subject"), QStringLiteral("x")},
                                 {QStringLiteral("description"), QStringLiteral("y")}});
    QCOMPARE(post.status, 303);
    QCOMPARE(post.location(), QByteArray("/hc/signin?next=%2Fhc%2Frequests%2Fnew"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM tickets")), before);
    // A made-up session cookie is no session.
    b->cookies.insert("hc_session", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const Answer fake = b->get("/hc/requests");
    QCOMPARE(fake.status, 303);
    QVERIFY(fake.setCookie("hc_session").contains("Max-Age=0"));
}

void TestHelpCenterHandler::expiredSessionRedirectsToSignIn() {
    auto b = signedIn();
    QCOMPARE(b->get("/hc/requests").status, 200);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(
        std::chrono::duration_cast<std::chrono::seconds>(HelpCenterService::IdleTimeout).count() +
        60);
    Clock::setSource([later] { return later; });
    const Answer a = b->get("/hc/requests");
    checkSecurityHeaders(a);
    QCOMPARE(a.status, 303);
    QCOMPARE(a.location(), QByteArray("/hc/signin?next=%2Fhc%2Frequests&expired=1"));
    QVERIFY(a.setCookie("hc_session").contains("Max-Age=0"));
    const Answer form = b->get(a.location());
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("class=\"notice\""));
}

// --- what a signed-in end user sees ------------------------------------------------------------

void TestHelpCenterHandler::myRequestsListsOwnTickets() {
    auto b = signedIn();
    const Answer a = b->get("/hc/requests");
    checkSecurityHeaders(a);
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.contains("<table class=\"requests\">"));
    QVERIFY(a.body.contains(QByteArray("<a class=\"request-link\" href=\"/hc/requests/" +
                                       QByteArray::number(m_own) + "\">")));
    QVERIFY(a.body.contains("&lt;script&gt;alert(&#39;own&#39;)&lt;/script&gt; Printer"));
    QVERIFY(a.body.contains("class=\"status status-new\""));
    QVERIFY(!a.body.contains("Acme colleague ticket")); // colleagues' are on the org page
    QVERIFY(!a.body.contains("Eve&#39;s own ticket"));
    QVERIFY(a.body.contains("id=\"nav-my\" href=\"/hc/requests\" aria-current=\"page\""));
    QVERIFY(a.body.contains("id=\"nav-org\""));
    QVERIFY(a.body.contains("id=\"nav-new\""));
    QVERIFY(!a.body.contains("id=\"next-page\"")); // one page only

    // Eve has no organization: no "Organization requests", and its page is "not found".
    QVERIFY(service().setPassword(m_account.admin, m_eve.id, QStringLiteral("eve-secret-1")).ok());
    auto e = signedIn(m_eve.email, QStringLiteral("eve-secret-1"));
    const Answer eve = e->get("/hc/requests");
    QCOMPARE(eve.status, 200);
    QVERIFY(!eve.body.contains("id=\"nav-org\""));
    QVERIFY(eve.body.contains("Eve&#39;s own ticket"));
    QCOMPARE(e->get("/hc/organization-requests").status, 404);
}

void TestHelpCenterHandler::pagesOfRequests() {
    User finn;
    finn.name = QStringLiteral("Finn Viel");
    finn.email = QStringLiteral("finn@many.test");
    finn = m_instance->users().create(m_account.admin, finn).value();
    const int total = HelpCenterService::PageSize + 3;
    for (int i = 0; i < total; ++i)
        ticket(finn, Organization{}, QStringLiteral("Finn request %1").arg(i), QStringLiteral("x"));
    QVERIFY(service().setPassword(m_account.admin, finn.id, QStringLiteral("finn-secret-1")).ok());
    auto b = signedIn(finn.email, QStringLiteral("finn-secret-1"));
    const Answer first = b->get("/hc/requests");
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.count("<tr class=\"request\">"), HelpCenterService::PageSize);
    static const QRegularExpression next(
        QStringLiteral("<a id=\"next-page\" rel=\"next\" href=\"([^\"]+)\">"));
    const QString href =
        next.match(first.text()).captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"));
    QVERIFY2(href.startsWith(QLatin1String("/hc/requests?after=")), qPrintable(href));
    const Answer second = b->get(href.toLatin1());
    QCOMPARE(second.status, 200);
    QCOMPARE(second.body.count("<tr class=\"request\">"), 3);
    QVERIFY(!second.body.contains("id=\"next-page\""));
    QVERIFY(second.body.contains("Finn request 0<"));
    QVERIFY(!first.body.contains("Finn request 0<"));
}

void TestHelpCenterHandler::organizationTabsOnlyForAllowedOrganizations() {
    auto b = signedIn();
    const Answer first = b->get("/hc/organization-requests");
    checkSecurityHeaders(first);
    QCOMPARE(first.status, 200);
    QVERIFY(first.body.contains("<nav class=\"org-tabs\""));
    QVERIFY(first.body.contains("Acme &lt;Org&gt;"));
    QVERIFY(first.body.contains("Beta &amp; Co"));
    QVERIFY(!first.body.contains("Hidden Ltd"));
    // Tabs are sorted by name: Acme first, the default.
    QVERIFY(first.body.contains("<h1>Acme &lt;Org&gt;</h1>"));
    QVERIFY(first.body.contains(
        QByteArray("href=\"/hc/organization-requests?org=" + QByteArray::number(m_acme.id) +
                   "\" aria-current=\"page\"")));
    QVERIFY(first.body.contains("Acme colleague ticket"));
    QVERIFY(!first.body.contains("Beta colleague ticket"));
    QVERIFY(first.body.contains("Dora &lt;img src=x onerror=alert(1)&gt;"));

    const Answer beta = b->get("/hc/organization-requests?org=" + QByteArray::number(m_beta.id));
    QCOMPARE(beta.status, 200);
    QVERIFY(beta.body.contains("<h1>Beta &amp; Co</h1>"));
    QVERIFY(beta.body.contains("Beta colleague ticket"));
    QVERIFY(!beta.body.contains("Acme colleague ticket"));

    const Answer notFound = b->get("/hc/no-such-page");
    for (const QByteArray &org : {QByteArray::number(m_hidden.id), QByteArray("999999"),
                                  QByteArray("abc"), QByteArray("-1"), QByteArray("")}) {
        const Answer a = b->get("/hc/organization-requests?org=" + org);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.body, notFound.body);
    }
}

void TestHelpCenterHandler::guessedIdsGiveTheSameNotFound() {
    auto b = signedIn();
    const Answer reference = b->get("/hc/requests/999999");
    checkSecurityHeaders(reference);
    QCOMPARE(reference.status, 404);
    QVERIFY(reference.body.contains("role=\"alert\""));
    for (const QByteArray &id :
         {QByteArray::number(m_hiddenTicket), QByteArray::number(m_eveTicket), QByteArray("0"),
          QByteArray("abc"), QByteArray("-1"), QByteArray("1e3"),
          QByteArray("99999999999999999999"), QByteArray(QByteArray::number(m_own) + "x")}) {
        const Answer a = b->get("/hc/requests/" + id);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.body, reference.body);
        QCOMPARE(a.headers.size(), reference.headers.size());
    }
    // Replying to them is the same "not found", and nothing is written.
    const QString csrf = Browser::csrfOf(b->get("/hc/requests"));
    const int comments = count(QStringLiteral("SELECT COUNT(*) FROM comments"));
    for (const Id id : {m_hiddenTicket, m_eveTicket, Id(999999)}) {
        const Answer a = b->post(
            "/hc/requests/" + QByteArray::number(id) + "/comments",
            {{QStringLiteral("body"), QStringLiteral("hello")}, {QStringLiteral("csrf"), csrf}});
        QCOMPARE(a.status, 404);
        QCOMPARE(a.body, reference.body);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comments")), comments);
}

void TestHelpCenterHandler::ticketPageShowsThePublicConversationEscaped() {
    auto b = signedIn();
    const Answer a = b->get("/hc/requests/" + QByteArray::number(m_own));
    checkSecurityHeaders(a);
    QCOMPARE(a.status, 200);
    QVERIFY(a.body.contains(
        "<h1 id=\"subject\">&lt;script&gt;alert(&#39;own&#39;)&lt;/script&gt; Printer</h1>"));
    QVERIFY(a.body.contains("<article class=\"comment\""));
    QVERIFY(a.body.contains("<div class=\"body\">First line &lt;b&gt;bold?&lt;/b&gt;<br>Second "
                            "line &amp; more</div>"));
    QVERIFY(a.body.contains("<span class=\"author\">"));
    QVERIFY(a.body.contains("<span class=\"status status-new\">New</span>"));
    QVERIFY(a.body.contains("Acme &lt;Org&gt;")); // the organization
    QVERIFY(a.body.contains("<form id=\"reply\""));
    QVERIFY(a.body.contains("<textarea id=\"reply-body\" name=\"body\""));
    QVERIFY(!a.body.contains("<b>bold"));
}

void TestHelpCenterHandler::internalCommentsNeverInAnyPage() {
    auto b = signedIn();
    for (const Id id : {m_own, m_acmeTicket, m_betaTicket})
        QCOMPARE(b->get("/hc/requests/" + QByteArray::number(id)).status, 200);
    b->get("/hc/requests");
    b->get("/hc/organization-requests");
    b->get("/hc/organization-requests?org=" + QByteArray::number(m_beta.id));
    b->get("/hc/requests/" + QByteArray::number(m_hiddenTicket));
    QVERIFY(b->seen.size() >= 8);
    for (const Answer &a : std::as_const(b->seen))
        QVERIFY2(!a.text().contains(kInternal), a.body.left(200).constData());
}

void TestHelpCenterHandler::replyWhereAllowed() {
    auto b = signedIn();
    for (const Id id : {m_own, m_acmeTicket}) {
        const QByteArray page = "/hc/requests/" + QByteArray::number(id);
        const Answer ticketPage = b->get(page);
        QVERIFY(ticketPage.body.contains("<form id=\"reply\""));
        const QString body = QStringLiteral("Thanks <i>a lot</i> & +1\nsecond line");
        const Answer done =
            b->post(page + "/comments", {{QStringLiteral("body"), body},
                                         {QStringLiteral("csrf"), Browser::csrfOf(ticketPage)}});
        checkSecurityHeaders(done);
        QCOMPARE(done.status, 303);
        QCOMPARE(done.location(), page + "#latest");
        const Answer after = b->get(page);
        QVERIFY(after.body.contains("<article class=\"comment\" id=\"latest\">"));
        QVERIFY(after.body.contains("Thanks &lt;i&gt;a lot&lt;/i&gt; &amp; +1<br>second line"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comments WHERE ticket_id = %1 AND "
                                      "author_id = %2 AND via = %3")
                           .arg(id)
                           .arg(m_carla.id)
                           .arg(int(Channel::Portal))),
                 1);
    }
}

void TestHelpCenterHandler::replyRefusedWhereNotAllowed() {
    auto b = signedIn();
    const QByteArray page = "/hc/requests/" + QByteArray::number(m_betaTicket);
    const Answer ticketPage = b->get(page);
    QCOMPARE(ticketPage.status, 200);
    QVERIFY(!ticketPage.body.contains("<form id=\"reply\""));
    QVERIFY(ticketPage.body.contains("class=\"reply-not-allowed\""));
    const int comments = count(QStringLiteral("SELECT COUNT(*) FROM comments"));
    const Answer refused =
        b->post(page + "/comments", {{QStringLiteral("body"), QStringLiteral("let me in")},
                                     {QStringLiteral("csrf"), Browser::csrfOf(ticketPage)}});
    checkSecurityHeaders(refused);
    QCOMPARE(refused.status, 403);
    QVERIFY(refused.body.contains("role=\"alert\""));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comments")), comments);
}

void TestHelpCenterHandler::replyRefusedWithBadCsrfChangesNothing() {
    auto b = signedIn();
    const QByteArray page = "/hc/requests/" + QByteArray::number(m_own);
    const QString before =
        Test::snapshot(*m_instance, {QStringLiteral("comments"), QStringLiteral("tickets")});
    // A double-submit pair that is not the session's token does not count either.
    b->cookies.insert("hc_csrf", "abcdefghijklmnopqrstuvwxyz");
    for (const QString &csrf :
         {QString(), QStringLiteral("wrong"), QStringLiteral("abcdefghijklmnopqrstuvwxyz")}) {
        QList<QPair<QString, QString>> fields{{QStringLiteral("body"), QStringLiteral("forged")}};
        if (!csrf.isEmpty())
            fields.append({QStringLiteral("csrf"), csrf});
        const Answer a = b->post(page + "/comments", fields);
        checkSecurityHeaders(a);
        QCOMPARE(a.status, 403);
        const Answer submit =
            b->post("/hc/requests", {{QStringLiteral("subject"), QStringLiteral("s")},
                                     {QStringLiteral("description"), QStringLiteral("d")},
                                     {QStringLiteral("csrf"), csrf}});
        QCOMPARE(submit.status, 403);
    }
    QCOMPARE(Test::snapshot(*m_instance, {QStringLiteral("comments"), QStringLiteral("tickets")}),
             before);
}

void TestHelpCenterHandler::replyValidation() {
    auto b = signedIn();
    const QByteArray page = "/hc/requests/" + QByteArray::number(m_own);
    const QString csrf = Browser::csrfOf(b->get(page));
    const int comments = count(QStringLiteral("SELECT COUNT(*) FROM comments"));
    const Answer empty =
        b->post(page + "/comments", {{QStringLiteral("body"), QStringLiteral("  \n ")},
                                     {QStringLiteral("csrf"), csrf}});
    QCOMPARE(empty.status, 422);
    QVERIFY(empty.body.contains("class=\"error\" role=\"alert\""));
    const QString huge(HelpCenterHandler::MaxTextLength + 1, u'x');
    const Answer tooLong = b->post(
        page + "/comments", {{QStringLiteral("body"), huge}, {QStringLiteral("csrf"), csrf}});
    QCOMPARE(tooLong.status, 422);
    QVERIFY(tooLong.body.contains("65,536"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comments")), comments);
}

void TestHelpCenterHandler::submitCreatesAPortalTicket() {
    auto b = signedIn();
    const Answer form = b->get("/hc/requests/new");
    checkSecurityHeaders(form);
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("<form id=\"new-request\""));
    QVERIFY(form.body.contains("name=\"subject\""));
    QVERIFY(form.body.contains("<textarea id=\"description\" name=\"description\""));
    QVERIFY(form.body.contains("id=\"nav-new\" href=\"/hc/requests/new\" aria-current=\"page\""));
    // Sent the way browsers do: '+' for spaces.
    const QByteArray body = "subject=VPN+%22down%22+%3Cagain%3E&description=Since+9%3A00%0D%0A"
                            "nothing+works+%2B+no+mail&csrf=" +
                            QUrl::toPercentEncoding(Browser::csrfOf(form));
    const Answer done = b->postRaw("/hc/requests", body);
    checkSecurityHeaders(done);
    QCOMPARE(done.status, 303);
    QVERIFY(done.location().startsWith("/hc/requests/"));
    const Id id = done.location().mid(int(qstrlen("/hc/requests/"))).toLongLong();
    QVERIFY(id > 0);
    const Ticket t = m_instance->tickets().get(m_account.admin, id).value();
    QCOMPARE(t.subject, QStringLiteral("VPN \"down\" <again>"));
    QCOMPARE(t.channel, Channel::Portal);
    QCOMPARE(t.requesterId, m_carla.id);
    const Answer page = b->get(done.location());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<h1 id=\"subject\">VPN &quot;down&quot; &lt;again&gt;</h1>"));
    QVERIFY(page.body.contains("Since 9:00<br>nothing works + no mail"));
    QVERIFY(b->get("/hc/requests").body.contains("VPN &quot;down&quot; &lt;again&gt;"));
}

void TestHelpCenterHandler::submitRefusesBadInputAndChangesNothing() {
    auto b = signedIn();
    const QString csrf = Browser::csrfOf(b->get("/hc/requests/new"));
    const QString before =
        Test::snapshot(*m_instance, {QStringLiteral("tickets"), QStringLiteral("comments")});
    const QList<QPair<QString, QString>> bad{
        {QString(), QStringLiteral("text")},
        {QStringLiteral("   "), QStringLiteral("text")},
        {QStringLiteral("subject"), QString()},
        {QString(HelpCenterHandler::MaxSubjectLength + 1, u's'), QStringLiteral("text")},
        {QStringLiteral("subject"), QString(HelpCenterHandler::MaxTextLength + 1, u'd')}};
    for (const auto &[subject, description] : bad) {
        const Answer a = b->post("/hc/requests", {{QStringLiteral("subject"), subject},
                                                  {QStringLiteral("description"), description},
                                                  {QStringLiteral("csrf"), csrf}});
        checkSecurityHeaders(a);
        QCOMPARE(a.status, 422);
        QVERIFY(a.body.contains("class=\"error\" role=\"alert\""));
        QVERIFY(a.body.contains("<form id=\"new-request\""));
    }
    // Broken encodings and other content types: a clear 400, nothing written.
    const QByteArray token = "&csrf=" + QUrl::toPercentEncoding(csrf);
    for (const QByteArray &body :
         {QByteArray(QByteArray("subject=%zz&description=x") + token),
          QByteArray(QByteArray("subject=%C3%28&description=x") + token)}) {
        const Answer a = b->postRaw("/hc/requests", body);
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.contains("role=\"alert\""));
    }
    const Answer json = b->postRaw("/hc/requests", "{\"subject\":\"x\"}", {}, "application/json");
    QCOMPARE(json.status, 400);
    QCOMPARE(Test::snapshot(*m_instance, {QStringLiteral("tickets"), QStringLiteral("comments")}),
             before);
}

void TestHelpCenterHandler::passwordLinkSetsThePasswordOnce() {
    auto link = service().createPasswordLink(m_account.admin, m_dora.id);
    QVERIFY(link);
    const QByteArray path = "/hc/password/" + link.value->token.toLatin1();
    auto b = browser();
    const Answer form = b->get(path);
    checkSecurityHeaders(form);
    QCOMPARE(form.status, 200);
    QVERIFY(form.body.contains("<form id=\"set-password\""));
    QVERIFY(form.body.contains("name=\"password\""));
    QVERIFY(form.body.contains("name=\"confirm\""));
    QVERIFY(form.body.contains("Dora &lt;img src=x onerror=alert(1)&gt;"));
    const QString csrf = Browser::csrfOf(form);
    const auto attempt = [&](const QString &password, const QString &confirm,
                             const QString &token) {
        return b->post(path, {{QStringLiteral("password"), password},
                              {QStringLiteral("confirm"), confirm},
                              {QStringLiteral("csrf"), token}});
    };
    QCOMPARE(attempt(QStringLiteral("dora-secret-1"), QStringLiteral("dora-secret-1"),
                     QStringLiteral("forged"))
                 .status,
             403);
    const Answer mismatch =
        attempt(QStringLiteral("dora-secret-1"), QStringLiteral("dora-secret-2"), csrf);
    QCOMPARE(mismatch.status, 422);
    QVERIFY(mismatch.body.contains("class=\"error\" role=\"alert\""));
    QCOMPARE(attempt(QStringLiteral("short"), QStringLiteral("short"), csrf).status, 422);
    QCOMPARE(attempt(m_dora.email, m_dora.email, csrf).status, 422);
    QVERIFY(!service().hasPassword(m_dora.id));

    const Answer done =
        attempt(QStringLiteral("dora-secret-1"), QStringLiteral("dora-secret-1"), csrf);
    checkSecurityHeaders(done);
    QCOMPARE(done.status, 303);
    QCOMPARE(done.location(), QByteArray("/hc/signin?password=set"));
    QVERIFY(b->get(done.location()).body.contains("class=\"notice\""));
    auto dora = signedIn(m_dora.email, QStringLiteral("dora-secret-1"));
    QCOMPARE(dora->get("/hc/requests").status, 200);

    // The link works once.
    const Answer reused = b->get(path);
    checkSecurityHeaders(reused);
    QCOMPARE(reused.status, 410);
    QVERIFY(!reused.body.contains("set-password"));
    QCOMPARE(attempt(QStringLiteral("dora-secret-3"), QStringLiteral("dora-secret-3"), csrf).status,
             410);
    QCOMPARE(b->get("/hc/password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status, 404);
    QCOMPARE(b->get("/hc/password/not-a-token!").status, 404);
}

// --- language, redirects, odds and ends --------------------------------------------------------

void TestHelpCenterHandler::germanByAcceptLanguageAndByCookie() {
    auto b = signedIn();
    b->acceptLanguage = "fr-CH, de;q=0.8, en;q=0.5";
    const Answer de = b->get("/hc/requests/" + QByteArray::number(m_own));
    QCOMPARE(de.status, 200);
    QVERIFY(de.body.contains("<html lang=\"de\">"));
    QVERIFY(de.body.contains("<span class=\"status status-new\">Neu</span>")); // the console's word
    b->acceptLanguage = "en-US";
    QVERIFY(b->get("/hc/requests").body.contains("<html lang=\"en\">"));
    b->cookies.insert("hc_lang", "de");
    QVERIFY(b->get("/hc/requests").body.contains("<html lang=\"de\">"));
    b->cookies.insert("hc_lang", "xx");
    QVERIFY(b->get("/hc/requests").body.contains("<html lang=\"en\">"));
}

void TestHelpCenterHandler::languageSwitchRedirectsOnlyLocally() {
    auto b = browser();
    const Answer de = b->get("/hc/language?set=de&back=%2Fhc%2Fsignin");
    checkSecurityHeaders(de);
    QCOMPARE(de.status, 303);
    QCOMPARE(de.location(), QByteArray("/hc/signin"));
    const QByteArray cookie = de.setCookie("hc_lang");
    QVERIFY(cookie.startsWith("hc_lang=de; Path=/hc; HttpOnly; Secure; SameSite=Strict"));
    QVERIFY(b->get("/hc/signin").body.contains("<html lang=\"de\">"));
    for (const QByteArray &back :
         {QByteArray("https%3A%2F%2Fevil.example%2Fhc"), QByteArray("%2F%2Fevil.example"),
          QByteArray("%2F%5Cevil.example"), QByteArray("%2Fhc%2F..%2F..%2Fsharing"),
          QByteArray("%2Fhc%0D%0ASet-Cookie%3A+x%3D1")}) {
        const Answer a = b->get("/hc/language?set=en&back=" + back);
        QCOMPARE(a.status, 303);
        QCOMPARE(a.location(), QByteArray("/hc"));
    }
    QVERIFY(b->get("/hc/signin").body.contains("<html lang=\"en\">"));
    const Answer unknown = b->get("/hc/language?set=fr&back=%2Fhc%2Fsignin");
    QCOMPARE(unknown.status, 303);
    QVERIFY(unknown.setCookie("hc_lang").isEmpty());
}

void TestHelpCenterHandler::openRedirectsAreRefused() {
    auto b = browser();
    const Answer page = b->get("/hc/signin?next=https%3A%2F%2Fevil.example%2F");
    QCOMPARE(page.status, 200);
    QVERIFY(!page.body.contains("evil.example"));
    QVERIFY(!page.body.contains("name=\"next\""));
    for (const QString &next :
         {QStringLiteral("https://evil.example/hc"), QStringLiteral("//evil.example/hc"),
          QStringLiteral("/\\evil.example"), QStringLiteral("/hc/../sharing")}) {
        b->cookies.remove("hc_session");
        const Answer form = b->get("/hc/signin");
        const Answer done =
            b->post("/hc/signin", {{QStringLiteral("email"), m_carla.email},
                                   {QStringLiteral("password"), kPassword},
                                   {QStringLiteral("next"), next},
                                   {QStringLiteral("csrf"), Browser::csrfOf(form)}});
        QCOMPARE(done.status, 303);
        QCOMPARE(done.location(), QByteArray("/hc/requests"));
    }
}

void TestHelpCenterHandler::stylesheetAndMethods() {
    auto b = browser();
    const Answer css = b->get("/hc/assets/style.css");
    checkSecurityHeaders(css, false);
    QCOMPARE(css.status, 200);
    QCOMPARE(css.header("Content-Type"), QByteArray("text/css; charset=utf-8"));
    QVERIFY(css.body.contains("@media (max-width"));
    QVERIFY(!css.header("ETag").isEmpty());
    const Answer cached =
        b->get("/hc/assets/style.css", "If-None-Match: " + css.header("ETag") + "\r\n");
    QCOMPARE(cached.status, 304);
    QVERIFY(cached.body.isEmpty());

    const Answer del = b->send("DELETE", "/hc/requests", {}, {});
    checkSecurityHeaders(del);
    QCOMPARE(del.status, 405);
    QCOMPARE(del.header("Allow"), QByteArray("GET, POST"));
    QCOMPARE(b->send("GET", "/hc/signout", {}, {}).status, 405);
    QCOMPARE(b->post("/hc/requests/new", {}).status, 405);
}

void TestHelpCenterHandler::sharingHostServesTheHelpCenter() {
    // The real wiring: SharingHostCore registers the Help Center next to the sharing routes.
    Sharing::SharingHostCore core;
    auto started = core.init(m_dir.path(), QStringLiteral("127.0.0.1:0"), QString(), 5000);
    QVERIFY2(started.ok(), qPrintable(started.error()));
    Browser b(started->port);
    const Answer root = b.get("/");
    QCOMPARE(root.status, 302);
    QCOMPARE(root.location(), QByteArray("/hc"));
    const Answer form = b.get("/hc/signin");
    checkSecurityHeaders(form);
    QCOMPARE(form.status, 200);
    const Answer done = b.post("/hc/signin", {{QStringLiteral("email"), m_carla.email},
                                              {QStringLiteral("password"), kPassword},
                                              {QStringLiteral("csrf"), Browser::csrfOf(form)}});
    QCOMPARE(done.status, 303);
    QCOMPARE(b.get("/hc/requests").status, 200);
    // The sharing API is untouched: still JSON, not a page.
    const Answer sharing = b.post("/sharing/tickets/abc", {});
    QVERIFY(sharing.status >= 400);
    QVERIFY(!sharing.header("Content-Type").startsWith("text/html"));
    core.shutdown();
}

QTEST_GUILESS_MAIN(TestHelpCenterHandler)
#include "tst_helpcenterhandler.moc"
