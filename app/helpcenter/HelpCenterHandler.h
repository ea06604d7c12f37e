#pragma once
// HelpCenterHandler: the Help Center's web routes (/ and /hc/..., see /work/hc-contract.md) on
// the account's HttpsServer. It reads forms and cookies, checks sessions and CSRF tokens, asks
// HelpCenterService (which owns every rule: passwords, throttling, visibility) and answers with
// HelpCenterPages in the request's language. Every answer carries the contract's security
// headers; POSTs answer 303; `next`/`back` only ever lead to local /hc paths.
//
//   browser --GET /hc/signin--> handler: hc_csrf cookie (double submit) + form
//   browser --POST /hc/signin (csrf == cookie)--> service.signIn --> hc_session cookie, 303 next
//   browser --GET/POST /hc/requests...--> session(cookie) --> csrf == session.csrfToken (POST)
//                                      --> service (visibility) --> page / 303 / 404
#include "app/helpcenter/HelpCenterText.h"
#include "app/helpcenter/WebInput.h"
#include "app/server/HttpRequest.h"
#include "app/server/HttpResponse.h"
#include "models/domain/Entities.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace DeskBridge::Services {
class AccountService;
}
namespace DeskBridge::Server {
class HttpsServer;
}

namespace DeskBridge::HelpCenter {

class HelpCenterService;
class HelpCenterPages;
struct PageContext;
struct Session;

class HelpCenterHandler {
    Q_DECLARE_TR_FUNCTIONS(HelpCenterHandler)
public:
    static constexpr int MaxSubjectLength = 255;
    static constexpr int MaxTextLength = 64 * 1024; // description and reply, in characters
    static constexpr int MaxEmailLength = 254;

    HelpCenterHandler(HelpCenterService &service, Services::AccountService &accounts);
    ~HelpCenterHandler();

    // Adds the routes "/" and "/hc" to `server`; `handler` must outlive the server's use of them.
    static void addRoutes(Server::HttpsServer &server, HelpCenterHandler &handler);

    // Everything below /hc.
    Server::HttpResponse handle(const Server::HttpRequest &request);
    // The "/" route: it catches every path no other route takes, so only exactly "/" is
    // redirected (302 to /hc); anything else is the server's usual 404.
    Server::HttpResponse handleRoot(const Server::HttpRequest &request);

    // The contract's headers (CSP, nosniff, no-referrer, DENY; no-store unless `cacheable`).
    static void addSecurityHeaders(Server::HttpResponse &response, bool cacheable = false);
    // "name=value; Path=/hc; HttpOnly; Secure; SameSite=Strict" (+ Max-Age when >= 0).
    static QByteArray cookie(const QByteArray &name, const QString &value, int maxAgeSeconds = -1);

private:
    struct Call;
    Server::HttpResponse route(Call &call);
    Server::HttpResponse signInPage(Call &call);
    Server::HttpResponse signIn(Call &call);
    Server::HttpResponse signOut(Call &call);
    Server::HttpResponse myRequests(Call &call);
    Server::HttpResponse organizationRequests(Call &call);
    Server::HttpResponse newRequestPage(Call &call);
    Server::HttpResponse submit(Call &call);
    Server::HttpResponse ticket(Call &call, Domain::Id id);
    Server::HttpResponse reply(Call &call, Domain::Id id);
    Server::HttpResponse passwordPage(Call &call, const QString &token);
    Server::HttpResponse setPassword(Call &call, const QString &token);
    Server::HttpResponse language(Call &call);
    Server::HttpResponse style(Call &call);

    // Common steps; each returns an answer when the request must stop there.
    std::optional<Server::HttpResponse> requireSession(Call &call, const QString &formPage);
    std::optional<Server::HttpResponse> readForm(Call &call);
    std::optional<Server::HttpResponse> checkSessionCsrf(Call &call);
    std::optional<Server::HttpResponse> checkCookieCsrf(Call &call);
    void ensureCsrfCookie(Call &call);

    // `withPath`: the language links lead back here (not on error pages, which stay identical
    // whatever was asked for).
    HelpCenterPages pages(const Call &call, bool withPath = true) const;
    Server::HttpResponse html(const Call &call, int status, const QByteArray &body) const;
    Server::HttpResponse redirect(const Call &call, int status, const QString &location) const;
    Server::HttpResponse notFound(const Call &call);
    Server::HttpResponse forbidden(const Call &call);
    Server::HttpResponse failed(const Call &call);
    Server::HttpResponse methodNotAllowed(const Call &call, const QByteArray &allowed);

    HelpCenterService &m_service;
    Services::AccountService &m_accounts;
    HelpCenterText m_text;
};

} // namespace DeskBridge::HelpCenter
