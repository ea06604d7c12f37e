#include "app/helpcenter/HelpCenterHandler.h"

#include "app/helpcenter/HelpCenterPages.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/helpcenter/HelpCenterStyle.h"
#include "app/server/HttpsServer.h"
#include "app/services/AccountService.h"

#include <QRandomGenerator>
#include <QUrl>

namespace DeskBridge::HelpCenter {

using Server::HttpRequest;
using Server::HttpResponse;

namespace {

const QString kSession = QStringLiteral("hc_session");
const QString kCsrf = QStringLiteral("hc_csrf");
const QString kLang = QStringLiteral("hc_lang");
constexpr int kLanguageCookieAge = 365 * 24 * 3600;

QString encoded(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Compares secrets without stopping at the first difference; empty never matches.
bool sameToken(const QString &a, const QString &b) {
    if (a.isEmpty() || b.isEmpty() || a.size() != b.size())
        return false;
    char16_t diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= char16_t(a.at(i).unicode() ^ b.at(i).unicode());
    return diff == 0;
}

// Our own random tokens and the service's are base64url.
bool looksLikeToken(const QString &text) {
    if (text.size() < 16 || text.size() > 128)
        return false;
    for (const QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

QString randomToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A ticket id from a path segment: digits only, else 0 (which no ticket has).
Domain::Id parseId(const QString &text) {
    if (text.isEmpty() || text.size() > 18)
        return 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return text.toLongLong();
}

} // namespace

// Everything one request needs on its way through the handler.
struct HelpCenterHandler::Call {
    const HttpRequest &request;
    WebInput::Fields cookies;
    WebInput::Fields query;
    WebInput::Fields form;
    QString language;
    QString accountName;
    QTimeZone zone = QTimeZone::utc();
    QString sessionToken;
    std::optional<Session> session;
    bool sessionCookieStale = false; // a cookie whose session ended: cleared in the answer
    QString csrfCookie;              // the double-submit token (before sign-in)
    QList<QByteArray> setCookies;
    std::optional<QList<Domain::Organization>> organizations; // asked once per request

    explicit Call(const HttpRequest &r)
        : request(r) {}
    QString localPath() const {
        return request.fullPath +
               (request.query.isEmpty() ? QString() : QLatin1Char('?') + request.query);
    }
};

HelpCenterHandler::HelpCenterHandler(HelpCenterService &service, Services::AccountService &accounts)
    : m_service(service)
    , m_accounts(accounts) {}

HelpCenterHandler::~HelpCenterHandler() = default;

void HelpCenterHandler::addRoutes(Server::HttpsServer &server, HelpCenterHandler &handler) {
    const QList<QByteArray> all{"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};
    server.addRoute(
        QStringLiteral("/"), [&handler](const HttpRequest &r) { return handler.handleRoot(r); },
        all);
    server.addRoute(
        QStringLiteral("/hc"), [&handler](const HttpRequest &r) { return handler.handle(r); }, all);
}

void HelpCenterHandler::addSecurityHeaders(HttpResponse &response, bool cacheable) {
    response.headers.set("Content-Security-Policy",
                         "default-src 'none'; style-src 'self'; img-src 'self'; "
                         "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    response.headers.set("X-Content-Type-Options", "nosniff");
    response.headers.set("Referrer-Policy", "no-referrer");
    response.headers.set("X-Frame-Options", "DENY");
    if (!cacheable)
        response.headers.set("Cache-Control", "no-store");
}

QByteArray HelpCenterHandler::cookie(const QByteArray &name, const QString &value,
                                     int maxAgeSeconds) {
    QByteArray out = name + '=' + QUrl::toPercentEncoding(value) +
                     "; Path=/hc; HttpOnly; Secure; SameSite=Strict";
    if (maxAgeSeconds >= 0)
        out += "; Max-Age=" + QByteArray::number(maxAgeSeconds);
    return out;
}

HttpResponse HelpCenterHandler::handleRoot(const HttpRequest &request) {
    HttpResponse r;
    if (request.fullPath == QLatin1String("/") &&
        (request.method == "GET" || request.method == "HEAD")) {
        r = HttpResponse::empty(302);
        r.headers.set("Location", "/hc");
    } else {
        r = HttpResponse::error(404, Server::HttpsServer::tr("Not found."));
    }
    addSecurityHeaders(r);
    return r;
}

HttpResponse HelpCenterHandler::handle(const HttpRequest &request) {
    Call call(request);
    call.cookies = WebInput::parseCookies(request.headers);
    call.language =
        WebInput::language(call.cookies.value(kLang), request.headers.value("Accept-Language"));
    if (const auto account = m_accounts.account()) {
        call.accountName = account->name;
        const QTimeZone zone(account->timeZone.toUtf8());
        if (zone.isValid())
            call.zone = zone;
    }
    const QString csrf = call.cookies.value(kCsrf);
    if (looksLikeToken(csrf))
        call.csrfCookie = csrf;
    call.sessionToken = call.cookies.value(kSession);
    if (!call.sessionToken.isEmpty()) {
        call.session =
            looksLikeToken(call.sessionToken) ? m_service.session(call.sessionToken) : std::nullopt;
        call.sessionCookieStale = !call.session.has_value();
    }

    HttpResponse response;
    if (auto query = WebInput::parseQuery(request.query)) {
        call.query = *query;
        response = route(call);
    } else {
        const HelpCenterPages p = pages(call, false);
        response =
            html(call, 400,
                 p.message(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Bad request")),
                           p.t(QT_TRANSLATE_NOOP("HelpCenter", "The address could not be read."))));
    }
    if (call.sessionCookieStale)
        call.setCookies.append(cookie(kSession.toLatin1(), QString(), 0));
    for (const QByteArray &c : std::as_const(call.setCookies))
        response.headers.add("Set-Cookie", c);
    const bool cacheable =
        response.status == 200 && request.path == QLatin1String("/assets/style.css");
    addSecurityHeaders(response, cacheable);
    return response;
}

HttpResponse HelpCenterHandler::route(Call &call) {
    const QString &path = call.request.path;
    const QByteArray &method = call.request.method;
    const bool get = method == "GET";
    const bool post = method == "POST";
    const auto only = [&](bool allowed, const QByteArray &allow, auto answer) -> HttpResponse {
        return allowed ? answer() : methodNotAllowed(call, allow);
    };

    if (path.isEmpty() || path == QLatin1String("/"))
        return only(get, "GET", [&] {
            return redirect(call, 302,
                            call.session ? QStringLiteral("/hc/requests")
                                         : QStringLiteral("/hc/signin"));
        });
    if (path == QLatin1String("/assets/style.css"))
        return only(get, "GET", [&] { return style(call); });
    if (path == QLatin1String("/signin"))
        return only(get || post, "GET, POST",
                    [&] { return get ? signInPage(call) : signIn(call); });
    if (path == QLatin1String("/signout"))
        return only(post, "POST", [&] { return signOut(call); });
    if (path == QLatin1String("/language"))
        return only(get, "GET", [&] { return language(call); });
    if (path == QLatin1String("/requests"))
        return only(get || post, "GET, POST",
                    [&] { return get ? myRequests(call) : submit(call); });
    if (path == QLatin1String("/requests/new"))
        return only(get, "GET", [&] { return newRequestPage(call); });
    if (path == QLatin1String("/organization-requests"))
        return only(get, "GET", [&] { return organizationRequests(call); });

    const QStringList parts = path.mid(1).split(u'/');
    if (parts.size() == 2 && parts.at(0) == QLatin1String("requests"))
        return only(get, "GET", [&] { return ticket(call, parseId(parts.at(1))); });
    if (parts.size() == 3 && parts.at(0) == QLatin1String("requests") &&
        parts.at(2) == QLatin1String("comments"))
        return only(post, "POST", [&] { return reply(call, parseId(parts.at(1))); });
    if (parts.size() == 2 && parts.at(0) == QLatin1String("password"))
        return only(get || post, "GET, POST", [&] {
            return get ? passwordPage(call, parts.at(1)) : setPassword(call, parts.at(1));
        });
    return notFound(call);
}

// --- common steps -----------------------------------------------------------------------------

HelpCenterPages HelpCenterHandler::pages(const Call &call, bool withPath) const {
    PageContext ctx;
    ctx.language = call.language;
    ctx.accountName = call.accountName;
    ctx.zone = call.zone;
    ctx.path = withPath && call.request.method == "GET" ? WebInput::localHcPath(call.localPath())
                                                        : QString();
    if (call.session) {
        ctx.user = call.session->user;
        ctx.csrf = call.session->csrfToken;
        ctx.hasOrganizations = call.organizations
                                   ? !call.organizations->isEmpty()
                                   : !m_service.organizations(call.session->user).isEmpty();
    } else {
        ctx.csrf = call.csrfCookie;
    }
    return HelpCenterPages(m_text, ctx);
}

HttpResponse HelpCenterHandler::html(const Call &, int status, const QByteArray &body) const {
    HttpResponse r;
    r.status = status;
    r.headers.set("Content-Type", "text/html; charset=utf-8");
    r.body = body;
    return r;
}

HttpResponse HelpCenterHandler::redirect(const Call &, int status, const QString &location) const {
    HttpResponse r = HttpResponse::empty(status);
    r.headers.set("Location", location.toUtf8());
    return r;
}

HttpResponse HelpCenterHandler::notFound(const Call &call) {
    return html(call, 404, pages(call, false).notFound());
}

HttpResponse HelpCenterHandler::forbidden(const Call &call) {
    return html(call, 403, pages(call).forbidden());
}

HttpResponse HelpCenterHandler::failed(const Call &call) {
    const HelpCenterPages p = pages(call);
    return html(call, 500,
                p.message(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Something went wrong")),
                          p.t(QT_TRANSLATE_NOOP("HelpCenter",
                                                "That did not work. Please try again later."))));
}

HttpResponse HelpCenterHandler::methodNotAllowed(const Call &call, const QByteArray &allowed) {
    const HelpCenterPages p = pages(call);
    HttpResponse r =
        html(call, 405,
             p.message(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Not allowed")),
                       p.t(QT_TRANSLATE_NOOP("HelpCenter", "This page cannot be used like "
                                                           "that."))));
    r.headers.set("Allow", allowed);
    return r;
}

std::optional<HttpResponse> HelpCenterHandler::requireSession(Call &call, const QString &formPage) {
    if (call.session)
        return std::nullopt;
    const QString next = formPage.isEmpty() ? WebInput::localHcPath(call.localPath()) : formPage;
    QString target = QStringLiteral("/hc/signin");
    if (!next.isEmpty())
        target += QStringLiteral("?next=") + encoded(next);
    if (call.sessionCookieStale)
        target +=
            (next.isEmpty() ? QLatin1Char('?') : QLatin1Char('&')) + QStringLiteral("expired=1");
    return redirect(call, 303, target);
}

std::optional<HttpResponse> HelpCenterHandler::readForm(Call &call) {
    const QByteArray type = call.request.headers.value("Content-Type").toLower();
    const QByteArray mediaType = type.left(type.indexOf(';') < 0 ? type.size() : type.indexOf(';'));
    const auto parsed = mediaType.trimmed() == "application/x-www-form-urlencoded"
                            ? WebInput::parseForm(call.request.body)
                            : std::nullopt;
    if (parsed) {
        call.form = *parsed;
        return std::nullopt;
    }
    const HelpCenterPages p = pages(call);
    return html(
        call, 400,
        p.message(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Bad request")),
                  p.t(QT_TRANSLATE_NOOP("HelpCenter", "The form could not be read, so nothing was "
                                                      "changed. Please go back and try again."))));
}

std::optional<HttpResponse> HelpCenterHandler::checkSessionCsrf(Call &call) {
    if (call.session && sameToken(call.form.value(QStringLiteral("csrf")), call.session->csrfToken))
        return std::nullopt;
    return forbidden(call);
}

std::optional<HttpResponse> HelpCenterHandler::checkCookieCsrf(Call &call) {
    if (sameToken(call.form.value(QStringLiteral("csrf")), call.csrfCookie))
        return std::nullopt;
    ensureCsrfCookie(call); // the 403 page's links lead back to a form that works again
    return forbidden(call);
}

void HelpCenterHandler::ensureCsrfCookie(Call &call) {
    if (!call.csrfCookie.isEmpty())
        return;
    call.csrfCookie = randomToken();
    call.setCookies.append(cookie(kCsrf.toLatin1(), call.csrfCookie));
}

// --- routes ---------------------------------------------------------------------------------

HttpResponse HelpCenterHandler::style(Call &call) {
    HttpResponse r;
    if (call.request.headers.value("If-None-Match") == HelpCenterStyle::etag()) {
        r = HttpResponse::empty(304);
    } else {
        r.status = 200;
        r.headers.set("Content-Type", "text/css; charset=utf-8");
        r.body = HelpCenterStyle::css();
    }
    r.headers.set("Cache-Control", "no-cache");
    r.headers.set("ETag", HelpCenterStyle::etag());
    return r;
}

HttpResponse HelpCenterHandler::language(Call &call) {
    const QString chosen = call.query.value(QStringLiteral("set"));
    if (chosen == QLatin1String("de") || chosen == QLatin1String("en")) {
        call.setCookies.append(cookie(kLang.toLatin1(), chosen, kLanguageCookieAge));
        call.language = chosen;
    }
    const QString back = WebInput::localHcPath(call.query.value(QStringLiteral("back")));
    return redirect(call, 303, back.isEmpty() ? QStringLiteral("/hc") : back);
}

HttpResponse HelpCenterHandler::signInPage(Call &call) {
    const QString next = WebInput::localHcPath(call.query.value(QStringLiteral("next")));
    if (call.session)
        return redirect(call, 303, next.isEmpty() ? QStringLiteral("/hc/requests") : next);
    ensureCsrfCookie(call);
    const HelpCenterPages p = pages(call);
    QString notice;
    if (call.query.value(QStringLiteral("password")) == QLatin1String("set"))
        notice = p.t(QT_TRANSLATE_NOOP("HelpCenter", "Your password is set. You can sign in now."));
    else if (call.query.value(QStringLiteral("expired")) == QLatin1String("1") ||
             call.sessionCookieStale)
        notice =
            p.t(QT_TRANSLATE_NOOP("HelpCenter", "Your session has ended. Please sign in again."));
    else if (call.query.value(QStringLiteral("signedout")) == QLatin1String("1"))
        notice = p.t(QT_TRANSLATE_NOOP("HelpCenter", "You are signed out."));
    return html(call, 200, p.signIn(QString(), next, QString(), notice));
}

HttpResponse HelpCenterHandler::signIn(Call &call) {
    if (auto stop = readForm(call))
        return *stop;
    if (auto stop = checkCookieCsrf(call))
        return *stop;
    const QString email = call.form.value(QStringLiteral("email")).trimmed();
    const QString password = call.form.value(QStringLiteral("password"));
    const QString next = WebInput::localHcPath(call.form.value(QStringLiteral("next")));
    const HelpCenterPages p = pages(call);
    if (email.isEmpty() || password.isEmpty())
        return html(
            call, 400,
            p.signIn(email.left(MaxEmailLength), next,
                     p.t(QT_TRANSLATE_NOOP("HelpCenter", "Please enter your email address and your "
                                                         "password."))));
    if (email.size() > MaxEmailLength || password.size() > HelpCenterService::MaxPasswordLength)
        return html(
            call, 400,
            p.signIn(QString(), next,
                     p.t(QT_TRANSLATE_NOOP("HelpCenter", "The email address or the password is too "
                                                         "long."))));

    auto signedIn = m_service.signIn(email, password, call.request.remoteAddress);
    if (!signedIn) {
        switch (signedIn.refusal) {
        case Refusal::Throttled: {
            const int seconds = std::max(1, signedIn.retryAfterSeconds);
            HttpResponse r = html(call, 429, p.throttled(seconds));
            r.headers.set("Retry-After", QByteArray::number(seconds));
            return r;
        }
        case Refusal::BadCredentials:
            return html(
                call, 401,
                p.signIn(email, next,
                         p.t(QT_TRANSLATE_NOOP("HelpCenter", "The email address or the password is "
                                                             "not correct."))));
        default:
            return failed(call);
        }
    }
    // A new session id, never the one the browser came with (no session fixation).
    if (!call.sessionToken.isEmpty() && call.sessionToken != signedIn.value->token)
        m_service.signOut(call.sessionToken);
    call.sessionCookieStale = false;
    call.setCookies.append(cookie(kSession.toLatin1(), signedIn.value->token));
    return redirect(call, 303, next.isEmpty() ? QStringLiteral("/hc/requests") : next);
}

HttpResponse HelpCenterHandler::signOut(Call &call) {
    if (!call.session) {
        // Nothing to end; clear whatever cookie there was.
        if (!call.sessionToken.isEmpty())
            call.sessionCookieStale = true;
        return redirect(call, 303, QStringLiteral("/hc/signin"));
    }
    if (auto stop = readForm(call))
        return *stop;
    if (auto stop = checkSessionCsrf(call))
        return *stop;
    m_service.signOut(call.sessionToken);
    call.session.reset();
    call.sessionCookieStale = true;
    return redirect(call, 303, QStringLiteral("/hc/signin?signedout=1"));
}

HttpResponse HelpCenterHandler::myRequests(Call &call) {
    if (auto stop = requireSession(call, {}))
        return *stop;
    const RequestPage page =
        m_service.myRequests(call.session->user, call.query.value(QStringLiteral("after")));
    return html(call, 200, pages(call).myRequests(page));
}

HttpResponse HelpCenterHandler::organizationRequests(Call &call) {
    if (auto stop = requireSession(call, {}))
        return *stop;
    call.organizations = m_service.organizations(call.session->user);
    const QList<Domain::Organization> &orgs = *call.organizations;
    if (orgs.isEmpty())
        return notFound(call);
    Domain::Id id = orgs.first().id;
    if (call.query.contains(QStringLiteral("org")))
        id = parseId(call.query.value(QStringLiteral("org")));
    const auto current =
        std::find_if(orgs.cbegin(), orgs.cend(), [id](const auto &o) { return o.id == id; });
    if (current == orgs.cend())
        return notFound(call);
    auto page = m_service.organizationRequests(call.session->user, id,
                                               call.query.value(QStringLiteral("after")));
    if (!page)
        return page.refusal == Refusal::NotFound ? notFound(call) : failed(call);
    return html(call, 200, pages(call).organizationRequests(orgs, *current, *page.value));
}

HttpResponse HelpCenterHandler::newRequestPage(Call &call) {
    if (auto stop = requireSession(call, {}))
        return *stop;
    return html(call, 200, pages(call).newRequest(QString(), QString()));
}

HttpResponse HelpCenterHandler::submit(Call &call) {
    if (auto stop = requireSession(call, QStringLiteral("/hc/requests/new")))
        return *stop;
    if (auto stop = readForm(call))
        return *stop;
    if (auto stop = checkSessionCsrf(call))
        return *stop;
    const QString subject = call.form.value(QStringLiteral("subject")).trimmed();
    const QString description = call.form.value(QStringLiteral("description"));
    const HelpCenterPages p = pages(call);
    const auto again = [&](const QString &error) {
        return html(
            call, 422,
            p.newRequest(subject.left(MaxSubjectLength), description.left(MaxTextLength), error));
    };
    if (subject.isEmpty())
        return again(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Please enter a subject.")));
    if (subject.size() > MaxSubjectLength)
        return again(
            p.t(QT_TRANSLATE_NOOP("HelpCenter", "The subject is too long (at most %1 characters)."))
                .arg(HelpCenterText::locale(call.language).toString(MaxSubjectLength)));
    if (description.trimmed().isEmpty())
        return again(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Please describe your request.")));
    if (description.size() > MaxTextLength)
        return again(p.t(QT_TRANSLATE_NOOP("HelpCenter", "The description is too long (at most %1 "
                                                         "characters)."))
                         .arg(HelpCenterText::locale(call.language).toString(MaxTextLength)));
    auto created = m_service.submit(call.session->user, subject, description);
    if (!created) {
        if (created.refusal == Refusal::Invalid)
            return again(
                p.t(QT_TRANSLATE_NOOP("HelpCenter", "The request could not be submitted. Please "
                                                    "check the subject and the description.")));
        return failed(call);
    }
    return redirect(call, 303,
                    QStringLiteral("/hc/requests/") + QString::number(created.value->id));
}

HttpResponse HelpCenterHandler::ticket(Call &call, Domain::Id id) {
    if (auto stop = requireSession(call, {}))
        return *stop;
    if (id <= 0)
        return notFound(call);
    auto detail = m_service.request(call.session->user, id);
    if (!detail)
        return detail.refusal == Refusal::Failed ? failed(call) : notFound(call);
    return html(call, 200, pages(call).request(*detail.value));
}

HttpResponse HelpCenterHandler::reply(Call &call, Domain::Id id) {
    const QString page = QStringLiteral("/hc/requests/") + QString::number(id);
    if (auto stop = requireSession(call, id > 0 ? page : QStringLiteral("/hc/requests")))
        return *stop;
    if (auto stop = readForm(call))
        return *stop;
    if (auto stop = checkSessionCsrf(call))
        return *stop;
    if (id <= 0)
        return notFound(call);
    const QString body = call.form.value(QStringLiteral("body"));
    const HelpCenterPages p = pages(call);
    // Refusals show the ticket again with the draft kept (when the user may see it at all).
    const auto again = [&](int status, const QString &error) {
        auto detail = m_service.request(call.session->user, id);
        if (!detail)
            return detail.refusal == Refusal::Failed ? failed(call) : notFound(call);
        return html(call, status, p.request(*detail.value, error, body.left(MaxTextLength)));
    };
    if (body.trimmed().isEmpty())
        return again(422, p.t(QT_TRANSLATE_NOOP("HelpCenter", "Please write a reply.")));
    if (body.size() > MaxTextLength)
        return again(422, p.t(QT_TRANSLATE_NOOP("HelpCenter",
                                                "The reply is too long (at most %1 characters)."))
                              .arg(HelpCenterText::locale(call.language).toString(MaxTextLength)));
    auto done = m_service.reply(call.session->user, id, body);
    if (!done) {
        switch (done.refusal) {
        case Refusal::NotFound:
            return notFound(call);
        case Refusal::NotAllowed:
            return again(403,
                         p.t(QT_TRANSLATE_NOOP("HelpCenter", "You cannot reply to this request.")));
        case Refusal::Invalid:
            return again(422,
                         p.t(QT_TRANSLATE_NOOP("HelpCenter", "The reply could not be added. Please "
                                                             "check it and try again.")));
        default:
            return failed(call);
        }
    }
    return redirect(call, 303, page + QStringLiteral("#latest"));
}

HttpResponse HelpCenterHandler::passwordPage(Call &call, const QString &token) {
    if (!looksLikeToken(token))
        return notFound(call);
    auto user = m_service.passwordLinkUser(token);
    // The form only for an unused link; the page is about the link, not the visitor.
    call.session.reset();
    if (!user) {
        if (user.refusal == Refusal::Expired) {
            const HelpCenterPages p = pages(call);
            return html(call, 410,
                        p.message(p.t(QT_TRANSLATE_NOOP("HelpCenter", "Link expired")),
                                  p.t(QT_TRANSLATE_NOOP("HelpCenter",
                                                        "This link was already used or is too "
                                                        "old. Please ask the support team for "
                                                        "a new one."))));
        }
        return user.refusal == Refusal::Failed ? failed(call) : notFound(call);
    }
    ensureCsrfCookie(call);
    return html(call, 200, pages(call).setPassword(token, *user.value));
}

HttpResponse HelpCenterHandler::setPassword(Call &call, const QString &token) {
    if (!looksLikeToken(token))
        return notFound(call);
    call.session.reset(); // the form carried the double-submit token, not a session's
    if (auto stop = readForm(call))
        return *stop;
    if (auto stop = checkCookieCsrf(call))
        return *stop;
    auto user = m_service.passwordLinkUser(token);
    if (!user)
        return passwordPage(call, token); // the same answer as opening the link now
    const QString password = call.form.value(QStringLiteral("password"));
    const QString confirm = call.form.value(QStringLiteral("confirm"));
    const HelpCenterPages p = pages(call);
    const auto again = [&](const QString &error) {
        return html(call, 422, p.setPassword(token, *user.value, error));
    };
    switch (HelpCenterService::passwordProblem(password, user.value->email)) {
    case PasswordProblem::TooShort:
        return again(
            m_text.plural(call.language,
                          QT_TRANSLATE_N_NOOP("HelpCenter", "The password must have at least %n "
                                                            "character(s)."),
                          HelpCenterService::MinPasswordLength));
    case PasswordProblem::TooLong:
        return again(m_text.plural(call.language,
                                   QT_TRANSLATE_N_NOOP("HelpCenter",
                                                       "The password must not have more than %n "
                                                       "character(s)."),
                                   HelpCenterService::MaxPasswordLength));
    case PasswordProblem::SameAsEmail:
        return again(
            p.t(QT_TRANSLATE_NOOP("HelpCenter", "The password must not be your email address.")));
    case PasswordProblem::None:
        break;
    }
    if (password != confirm)
        return again(p.t(QT_TRANSLATE_NOOP("HelpCenter", "The two passwords do not match.")));
    auto done = m_service.setPasswordWithLink(token, password);
    if (!done) {
        switch (done.refusal) {
        case Refusal::NotFound:
        case Refusal::Expired:
            return passwordPage(call, token);
        case Refusal::Invalid:
            return again(
                p.t(QT_TRANSLATE_NOOP("HelpCenter", "This password cannot be used. Please choose "
                                                    "another one.")));
        default:
            return failed(call);
        }
    }
    return redirect(call, 303, QStringLiteral("/hc/signin?password=set"));
}

} // namespace DeskBridge::HelpCenter
