#pragma once
// HelpCenterPages: renders the Help Center's HTML pages (server-side, no JavaScript) for one
// request, in its language. Only page layout lives here: what a user may see is decided by
// HelpCenterService, and every value is escaped by HtmlWriter. The element ids and classes are
// the contract's hooks (/work/hc-contract.md) that the browser tests rely on.
#include "app/helpcenter/HelpCenterService.h"
#include "app/helpcenter/HelpCenterText.h"

#include <QByteArray>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace DeskBridge::HelpCenter {

class HtmlWriter;

// What every page of one request shows around its content.
struct PageContext {
    QString language = QStringLiteral("en"); // "de" or "en"
    QString accountName;
    std::optional<Domain::User> user; // signed in
    bool hasOrganizations = false;    // show "Organization requests"
    QString csrf;                     // the token every form carries
    QString path;                     // this page's local path and query, for the language switch
    QTimeZone zone = QTimeZone::utc();
};

// Which navigation entry a page belongs to.
enum class Section { None, MyRequests, OrganizationRequests, NewRequest };

class HelpCenterPages {
public:
    HelpCenterPages(const HelpCenterText &text, PageContext context);

    QString t(const char *source) const; // a "HelpCenter" string in this request's language

    QByteArray signIn(const QString &email, const QString &next, const QString &error = {},
                      const QString &notice = {}) const;
    QByteArray myRequests(const RequestPage &page, const QString &notice = {}) const;
    QByteArray organizationRequests(const QList<Domain::Organization> &organizations,
                                    const Domain::Organization &current,
                                    const RequestPage &page) const;
    QByteArray request(const RequestDetail &detail, const QString &error = {},
                       const QString &draft = {}) const;
    QByteArray newRequest(const QString &subject, const QString &description,
                          const QString &error = {}) const;
    QByteArray setPassword(const QString &token, const Domain::User &user,
                           const QString &error = {}) const;
    // A page with a heading, a sentence and a link onwards (not found, forbidden, throttled,
    // expired link, bad request). The sentence is an error (role=alert) when `isError`.
    QByteArray message(const QString &title, const QString &sentence, bool isError = true) const;
    QByteArray notFound() const;
    QByteArray forbidden() const;
    QByteArray throttled(int retryAfterSeconds) const;

private:
    QByteArray page(const QString &title, Section section, const QString &content,
                    bool narrow = false) const;
    void requestTable(HtmlWriter &w, const RequestPage &page, const QString &nextUrl) const;
    void errorBox(HtmlWriter &w, const QString &error) const;
    void csrfField(HtmlWriter &w) const;
    QString status(Domain::TicketStatus s) const;
    QString when(const QDateTime &at) const;

    const HelpCenterText &m_text;
    PageContext m_ctx;
};

} // namespace DeskBridge::HelpCenter
