#include "app/helpcenter/HelpCenterPages.h"

#include "app/helpcenter/HtmlWriter.h"

#include <QUrl>

#include <algorithm>

namespace DeskBridge::HelpCenter {

namespace {

QString encoded(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString idText(Domain::Id id) {
    return QString::number(id);
}

QString statusClass(Domain::TicketStatus s) {
    return QStringLiteral("status status-") + Domain::Names::name(s);
}

const QString kCurrent = QStringLiteral("page");

} // namespace

HelpCenterPages::HelpCenterPages(const HelpCenterText &text, PageContext context)
    : m_text(text)
    , m_ctx(std::move(context)) {}

QString HelpCenterPages::t(const char *source) const {
    return m_text.text(m_ctx.language, source);
}

QString HelpCenterPages::status(Domain::TicketStatus s) const {
    return m_text.status(m_ctx.language, s);
}

QString HelpCenterPages::when(const QDateTime &at) const {
    return m_text.dateTime(m_ctx.language, at, m_ctx.zone);
}

void HelpCenterPages::errorBox(HtmlWriter &w, const QString &error) const {
    if (!error.isEmpty())
        w.element(QLatin1String("p"), error,
                  {{QLatin1String("class"), QStringLiteral("error")},
                   {QLatin1String("role"), QStringLiteral("alert")}});
}

void HelpCenterPages::csrfField(HtmlWriter &w) const {
    w.empty(QLatin1String("input"), {{QLatin1String("type"), QStringLiteral("hidden")},
                                     {QLatin1String("name"), QStringLiteral("csrf")},
                                     {QLatin1String("value"), m_ctx.csrf}});
}

QByteArray HelpCenterPages::page(const QString &title, Section section, const QString &content,
                                 bool narrow) const {
    const auto current = [section](Section s) { return s == section ? kCurrent : QString(); };
    HtmlWriter w;
    w.markup(QLatin1String("<!DOCTYPE html>\n"));
    w.open(QLatin1String("html"), {{QLatin1String("lang"), m_ctx.language}});
    w.open(QLatin1String("head"));
    w.empty(QLatin1String("meta"), {{QLatin1String("charset"), QStringLiteral("utf-8")}});
    w.empty(QLatin1String("meta"),
            {{QLatin1String("name"), QStringLiteral("viewport")},
             {QLatin1String("content"), QStringLiteral("width=device-width, initial-scale=1")}});
    w.element(QLatin1String("title"), m_ctx.accountName.isEmpty()
                                          ? title
                                          : title + QStringLiteral(" – ") + m_ctx.accountName);
    w.empty(QLatin1String("link"),
            {{QLatin1String("rel"), QStringLiteral("stylesheet")},
             {QLatin1String("href"), QStringLiteral("/hc/assets/style.css")}});
    w.close(QLatin1String("head"));
    w.open(QLatin1String("body"));
    w.element(QLatin1String("a"), t(QT_TRANSLATE_NOOP("HelpCenter", "Skip to content")),
              {{QLatin1String("class"), QStringLiteral("skip-link")},
               {QLatin1String("href"), QStringLiteral("#main")}});

    w.open(QLatin1String("header"), {{QLatin1String("class"), QStringLiteral("site-header")}});
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("bar")}});
    w.open(QLatin1String("a"), {{QLatin1String("class"), QStringLiteral("brand")},
                                {QLatin1String("href"), QStringLiteral("/hc")}});
    w.element(QLatin1String("span"), m_ctx.accountName,
              {{QLatin1String("id"), QStringLiteral("account-name")}});
    w.markup(QLatin1String(" "));
    w.element(QLatin1String("span"), t(QT_TRANSLATE_NOOP("HelpCenter", "Help Center")),
              {{QLatin1String("class"), QStringLiteral("product")}});
    w.close(QLatin1String("a"));
    if (m_ctx.user) {
        w.open(QLatin1String("nav"),
               {{QLatin1String("class"), QStringLiteral("site-nav")},
                {QLatin1String("aria-label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Main"))}});
        w.element(QLatin1String("a"), t(QT_TRANSLATE_NOOP("HelpCenter", "My requests")),
                  {{QLatin1String("id"), QStringLiteral("nav-my")},
                   {QLatin1String("href"), QStringLiteral("/hc/requests")},
                   {QLatin1String("aria-current"), current(Section::MyRequests)}});
        if (m_ctx.hasOrganizations)
            w.element(QLatin1String("a"),
                      t(QT_TRANSLATE_NOOP("HelpCenter", "Organization requests")),
                      {{QLatin1String("id"), QStringLiteral("nav-org")},
                       {QLatin1String("href"), QStringLiteral("/hc/organization-requests")},
                       {QLatin1String("aria-current"), current(Section::OrganizationRequests)}});
        w.element(QLatin1String("a"), t(QT_TRANSLATE_NOOP("HelpCenter", "Submit a request")),
                  {{QLatin1String("id"), QStringLiteral("nav-new")},
                   {QLatin1String("href"), QStringLiteral("/hc/requests/new")},
                   {QLatin1String("aria-current"), current(Section::NewRequest)}});
        w.close(QLatin1String("nav"));
    }
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("account")}});
    if (m_ctx.user) {
        w.element(QLatin1String("span"), m_ctx.user->name,
                  {{QLatin1String("id"), QStringLiteral("user-name")}});
        w.open(QLatin1String("form"), {{QLatin1String("id"), QStringLiteral("signout")},
                                       {QLatin1String("method"), QStringLiteral("post")},
                                       {QLatin1String("action"), QStringLiteral("/hc/signout")}});
        csrfField(w);
        w.element(QLatin1String("button"), t(QT_TRANSLATE_NOOP("HelpCenter", "Sign out")),
                  {{QLatin1String("type"), QStringLiteral("submit")},
                   {QLatin1String("class"), QStringLiteral("link")}});
        w.close(QLatin1String("form"));
    }
    // The language switch: plain links (no JavaScript), each in its own language.
    w.open(QLatin1String("nav"),
           {{QLatin1String("class"), QStringLiteral("languages")},
            {QLatin1String("aria-label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Language"))}});
    const QString back = m_ctx.path.isEmpty() ? QStringLiteral("/hc") : m_ctx.path;
    for (const auto &[code, name] : {std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("de"), QStringLiteral("Deutsch")}}) {
        w.element(QLatin1String("a"), name,
                  {{QLatin1String("href"), QStringLiteral("/hc/language?set=") + code +
                                               QStringLiteral("&back=") + encoded(back)},
                   {QLatin1String("lang"), code},
                   {QLatin1String("hreflang"), code},
                   {QLatin1String("aria-current"),
                    code == m_ctx.language ? QStringLiteral("true") : QString()}});
    }
    w.close(QLatin1String("nav"));
    w.close(QLatin1String("div"));
    w.close(QLatin1String("div"));
    w.close(QLatin1String("header"));

    w.open(QLatin1String("main"),
           {{QLatin1String("id"), QStringLiteral("main")},
            {QLatin1String("class"), narrow ? QStringLiteral("narrow") : QString()}});
    QString html = w.html();
    html += content;
    HtmlWriter tail;
    tail.close(QLatin1String("main"));
    tail.open(QLatin1String("footer"));
    tail.text(m_ctx.accountName.isEmpty() ? t(QT_TRANSLATE_NOOP("HelpCenter", "Help Center"))
                                          : m_ctx.accountName + QStringLiteral(" · ") +
                                                t(QT_TRANSLATE_NOOP("HelpCenter", "Help Center")));
    tail.close(QLatin1String("footer"));
    tail.close(QLatin1String("body"));
    tail.close(QLatin1String("html"));
    html += tail.html();
    return html.toUtf8();
}

QByteArray HelpCenterPages::signIn(const QString &email, const QString &next, const QString &error,
                                   const QString &notice) const {
    const QString title = t(QT_TRANSLATE_NOOP("HelpCenter", "Sign in"));
    HtmlWriter w;
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("card")}});
    w.element(QLatin1String("h1"), title);
    errorBox(w, error);
    if (!notice.isEmpty())
        w.element(QLatin1String("p"), notice,
                  {{QLatin1String("class"), QStringLiteral("notice")},
                   {QLatin1String("role"), QStringLiteral("status")}});
    w.open(QLatin1String("form"), {{QLatin1String("id"), QStringLiteral("signin")},
                                   {QLatin1String("method"), QStringLiteral("post")},
                                   {QLatin1String("action"), QStringLiteral("/hc/signin")}});
    csrfField(w);
    if (!next.isEmpty())
        w.empty(QLatin1String("input"), {{QLatin1String("type"), QStringLiteral("hidden")},
                                         {QLatin1String("name"), QStringLiteral("next")},
                                         {QLatin1String("value"), next}});
    w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Email")),
              {{QLatin1String("for"), QStringLiteral("email")}});
    w.empty(QLatin1String("input"), {{QLatin1String("id"), QStringLiteral("email")},
                                     {QLatin1String("name"), QStringLiteral("email")},
                                     {QLatin1String("type"), QStringLiteral("email")},
                                     {QLatin1String("autocomplete"), QStringLiteral("username")},
                                     {QLatin1String("required"), QStringLiteral("required")},
                                     {QLatin1String("maxlength"), QStringLiteral("254")},
                                     {QLatin1String("value"), email}});
    w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Password")),
              {{QLatin1String("for"), QStringLiteral("password")}});
    w.empty(QLatin1String("input"),
            {{QLatin1String("id"), QStringLiteral("password")},
             {QLatin1String("name"), QStringLiteral("password")},
             {QLatin1String("type"), QStringLiteral("password")},
             {QLatin1String("autocomplete"), QStringLiteral("current-password")},
             {QLatin1String("required"), QStringLiteral("required")}});
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("actions")}});
    w.element(QLatin1String("button"), title, {{QLatin1String("type"), QStringLiteral("submit")}});
    w.close(QLatin1String("div"));
    w.close(QLatin1String("form"));
    w.element(
        QLatin1String("p"),
        t(QT_TRANSLATE_NOOP("HelpCenter", "No password yet? Ask the support team for a \"set your "
                                          "password\" link.")),
        {{QLatin1String("class"), QStringLiteral("hint")}});
    w.close(QLatin1String("div"));
    return page(title, Section::None, w.html(), true);
}

void HelpCenterPages::requestTable(HtmlWriter &w, const RequestPage &rows,
                                   const QString &nextUrl) const {
    if (rows.rows.isEmpty()) {
        w.element(QLatin1String("p"), t(QT_TRANSLATE_NOOP("HelpCenter", "No requests yet.")),
                  {{QLatin1String("class"), QStringLiteral("empty")}});
        return;
    }
    const QString subject = t(QT_TRANSLATE_NOOP("HelpCenter", "Subject"));
    const QString state = t(QT_TRANSLATE_NOOP("HelpCenter", "Status"));
    const QString requester = t(QT_TRANSLATE_NOOP("HelpCenter", "Requester"));
    const QString updated = t(QT_TRANSLATE_NOOP("HelpCenter", "Last activity"));
    w.open(QLatin1String("table"), {{QLatin1String("class"), QStringLiteral("requests")}});
    w.open(QLatin1String("thead")).open(QLatin1String("tr"));
    for (const QString &h : {subject, state, requester, updated})
        w.element(QLatin1String("th"), h, {{QLatin1String("scope"), QStringLiteral("col")}});
    w.close(QLatin1String("tr")).close(QLatin1String("thead"));
    w.open(QLatin1String("tbody"));
    for (const RequestRow &row : rows.rows) {
        w.open(QLatin1String("tr"), {{QLatin1String("class"), QStringLiteral("request")}});
        w.open(QLatin1String("td"), {{QLatin1String("class"), QStringLiteral("subject")}});
        w.element(QLatin1String("a"),
                  row.subject.isEmpty() ? t(QT_TRANSLATE_NOOP("HelpCenter", "(no subject)"))
                                        : row.subject,
                  {{QLatin1String("class"), QStringLiteral("request-link")},
                   {QLatin1String("href"), QStringLiteral("/hc/requests/") + idText(row.id)}});
        w.markup(QLatin1String(" "));
        w.element(QLatin1String("span"), QStringLiteral("#") + idText(row.id),
                  {{QLatin1String("class"), QStringLiteral("hint")}});
        w.close(QLatin1String("td"));
        w.open(QLatin1String("td"), {{QLatin1String("data-label"), state}});
        w.element(QLatin1String("span"), status(row.status),
                  {{QLatin1String("class"), statusClass(row.status)}});
        w.close(QLatin1String("td"));
        w.element(QLatin1String("td"), row.requesterName,
                  {{QLatin1String("data-label"), requester}});
        w.open(QLatin1String("td"), {{QLatin1String("data-label"), updated}});
        w.element(QLatin1String("time"), when(row.updatedAt),
                  {{QLatin1String("datetime"), row.updatedAt.toUTC().toString(Qt::ISODate)}});
        w.close(QLatin1String("td"));
        w.close(QLatin1String("tr"));
    }
    w.close(QLatin1String("tbody")).close(QLatin1String("table"));
    if (!rows.nextCursor.isEmpty()) {
        w.open(QLatin1String("p"), {{QLatin1String("class"), QStringLiteral("pager")}});
        w.element(QLatin1String("a"), t(QT_TRANSLATE_NOOP("HelpCenter", "Next page")),
                  {{QLatin1String("id"), QStringLiteral("next-page")},
                   {QLatin1String("rel"), QStringLiteral("next")},
                   {QLatin1String("href"), nextUrl + encoded(rows.nextCursor)}});
        w.close(QLatin1String("p"));
    }
}

QByteArray HelpCenterPages::myRequests(const RequestPage &rows, const QString &notice) const {
    const QString title = t(QT_TRANSLATE_NOOP("HelpCenter", "My requests"));
    HtmlWriter w;
    w.element(QLatin1String("h1"), title);
    if (!notice.isEmpty())
        w.element(QLatin1String("p"), notice,
                  {{QLatin1String("class"), QStringLiteral("notice")},
                   {QLatin1String("role"), QStringLiteral("status")}});
    requestTable(w, rows, QStringLiteral("/hc/requests?after="));
    return page(title, Section::MyRequests, w.html());
}

QByteArray HelpCenterPages::organizationRequests(const QList<Domain::Organization> &organizations,
                                                 const Domain::Organization &current,
                                                 const RequestPage &rows) const {
    HtmlWriter w;
    if (!organizations.isEmpty()) { // a tab also for a single one: the page looks the same
        w.open(QLatin1String("nav"), {{QLatin1String("class"), QStringLiteral("org-tabs")},
                                      {QLatin1String("aria-label"),
                                       t(QT_TRANSLATE_NOOP("HelpCenter", "Organizations"))}});
        for (const Domain::Organization &o : organizations)
            w.element(QLatin1String("a"), o.name,
                      {{QLatin1String("href"),
                        QStringLiteral("/hc/organization-requests?org=") + idText(o.id)},
                       {QLatin1String("aria-current"), o.id == current.id ? kCurrent : QString()}});
        w.close(QLatin1String("nav"));
    }
    w.element(QLatin1String("h1"), current.name);
    w.element(QLatin1String("p"),
              t(QT_TRANSLATE_NOOP("HelpCenter", "Requests of your organization's members.")),
              {{QLatin1String("class"), QStringLiteral("hint")}});
    requestTable(w, rows,
                 QStringLiteral("/hc/organization-requests?org=") + idText(current.id) +
                     QStringLiteral("&after="));
    return page(current.name + QStringLiteral(" – ") +
                    t(QT_TRANSLATE_NOOP("HelpCenter", "Organization requests")),
                Section::OrganizationRequests, w.html());
}

QByteArray HelpCenterPages::request(const RequestDetail &detail, const QString &error,
                                    const QString &draft) const {
    const Domain::Ticket &ticket = detail.ticket;
    const QString subject = ticket.subject.isEmpty()
                                ? t(QT_TRANSLATE_NOOP("HelpCenter", "(no subject)"))
                                : ticket.subject;
    HtmlWriter w;
    w.element(QLatin1String("h1"), subject, {{QLatin1String("id"), QStringLiteral("subject")}});
    w.open(QLatin1String("dl"), {{QLatin1String("class"), QStringLiteral("meta")}});
    w.element(QLatin1String("dt"), t(QT_TRANSLATE_NOOP("HelpCenter", "Request")));
    w.element(QLatin1String("dd"), QStringLiteral("#") + idText(ticket.id),
              {{QLatin1String("class"), QStringLiteral("request-id")}});
    w.element(QLatin1String("dt"), t(QT_TRANSLATE_NOOP("HelpCenter", "Status")));
    w.open(QLatin1String("dd"));
    w.element(QLatin1String("span"), status(ticket.status),
              {{QLatin1String("class"), statusClass(ticket.status)}});
    w.close(QLatin1String("dd"));
    w.element(QLatin1String("dt"), t(QT_TRANSLATE_NOOP("HelpCenter", "Requester")));
    w.element(QLatin1String("dd"), detail.requesterName,
              {{QLatin1String("class"), QStringLiteral("requester")}});
    if (!detail.organizationName.isEmpty()) {
        w.element(QLatin1String("dt"), t(QT_TRANSLATE_NOOP("HelpCenter", "Organization")));
        w.element(QLatin1String("dd"), detail.organizationName,
                  {{QLatin1String("class"), QStringLiteral("organization")}});
    }
    w.element(QLatin1String("dt"), t(QT_TRANSLATE_NOOP("HelpCenter", "Created")));
    w.open(QLatin1String("dd"));
    w.element(QLatin1String("time"), when(ticket.createdAt),
              {{QLatin1String("datetime"), ticket.createdAt.toUTC().toString(Qt::ISODate)}});
    w.close(QLatin1String("dd"));
    w.close(QLatin1String("dl"));

    w.open(QLatin1String("section"),
           {{QLatin1String("aria-labelledby"), QStringLiteral("conversation")}});
    w.element(QLatin1String("h2"), t(QT_TRANSLATE_NOOP("HelpCenter", "Conversation")),
              {{QLatin1String("id"), QStringLiteral("conversation")}});
    if (detail.comments.isEmpty())
        w.element(QLatin1String("p"), t(QT_TRANSLATE_NOOP("HelpCenter", "No messages yet.")),
                  {{QLatin1String("class"), QStringLiteral("empty")}});
    for (qsizetype i = 0; i < detail.comments.size(); ++i) {
        const Domain::Comment &c = detail.comments.at(i);
        if (!c.isPublic)
            continue; // the service never hands out internal notes; never render one anyway
        const bool last = i == detail.comments.size() - 1;
        w.open(QLatin1String("article"),
               {{QLatin1String("class"), QStringLiteral("comment")},
                {QLatin1String("id"),
                 last ? QStringLiteral("latest") : QStringLiteral("comment-") + idText(c.id)}});
        w.open(QLatin1String("header"));
        w.element(QLatin1String("span"), c.authorName,
                  {{QLatin1String("class"), QStringLiteral("author")}});
        w.element(QLatin1String("time"), when(c.createdAt),
                  {{QLatin1String("datetime"), c.createdAt.toUTC().toString(Qt::ISODate)}});
        w.close(QLatin1String("header"));
        w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("body")}});
        w.multilineText(c.body);
        w.close(QLatin1String("div"));
        w.close(QLatin1String("article"));
    }
    w.close(QLatin1String("section"));

    if (detail.canReply) {
        const QString action =
            QStringLiteral("/hc/requests/") + idText(ticket.id) + QStringLiteral("/comments");
        w.open(QLatin1String("form"), {{QLatin1String("id"), QStringLiteral("reply")},
                                       {QLatin1String("method"), QStringLiteral("post")},
                                       {QLatin1String("action"), action}});
        csrfField(w);
        w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Your reply")),
                  {{QLatin1String("for"), QStringLiteral("reply-body")}});
        errorBox(w, error);
        // HTML drops one newline right after <textarea>: this one, not the draft's own.
        w.element(QLatin1String("textarea"), QLatin1Char('\n') + draft,
                  {{QLatin1String("id"), QStringLiteral("reply-body")},
                   {QLatin1String("name"), QStringLiteral("body")},
                   {QLatin1String("rows"), QStringLiteral("6")},
                   {QLatin1String("required"), QStringLiteral("required")}});
        w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("actions")}});
        w.element(QLatin1String("button"), t(QT_TRANSLATE_NOOP("HelpCenter", "Add reply")),
                  {{QLatin1String("type"), QStringLiteral("submit")}});
        w.close(QLatin1String("div"));
        w.close(QLatin1String("form"));
    } else {
        errorBox(w, error);
        w.element(
            QLatin1String("p"),
            t(QT_TRANSLATE_NOOP("HelpCenter",
                                "You can read this request, but replies are not possible here.")),
            {{QLatin1String("class"), QStringLiteral("reply-not-allowed")}});
    }
    return page(subject, Section::None, w.html());
}

QByteArray HelpCenterPages::newRequest(const QString &subject, const QString &description,
                                       const QString &error) const {
    const QString title = t(QT_TRANSLATE_NOOP("HelpCenter", "Submit a request"));
    HtmlWriter w;
    w.element(QLatin1String("h1"), title);
    errorBox(w, error);
    w.open(QLatin1String("form"), {{QLatin1String("id"), QStringLiteral("new-request")},
                                   {QLatin1String("class"), QStringLiteral("card")},
                                   {QLatin1String("method"), QStringLiteral("post")},
                                   {QLatin1String("action"), QStringLiteral("/hc/requests")}});
    csrfField(w);
    w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Subject")),
              {{QLatin1String("for"), QStringLiteral("subject")}});
    w.empty(QLatin1String("input"), {{QLatin1String("id"), QStringLiteral("subject")},
                                     {QLatin1String("name"), QStringLiteral("subject")},
                                     {QLatin1String("type"), QStringLiteral("text")},
                                     {QLatin1String("maxlength"), QStringLiteral("255")},
                                     {QLatin1String("required"), QStringLiteral("required")},
                                     {QLatin1String("value"), subject}});
    w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Description")),
              {{QLatin1String("for"), QStringLiteral("description")}});
    w.element(QLatin1String("textarea"), QLatin1Char('\n') + description,
              {{QLatin1String("id"), QStringLiteral("description")},
               {QLatin1String("name"), QStringLiteral("description")},
               {QLatin1String("rows"), QStringLiteral("8")},
               {QLatin1String("required"), QStringLiteral("required")},
               {QLatin1String("aria-describedby"), QStringLiteral("description-hint")}});
    w.element(QLatin1String("p"),
              t(QT_TRANSLATE_NOOP("HelpCenter",
                                  "Please describe your request in as much detail as you can.")),
              {{QLatin1String("id"), QStringLiteral("description-hint")},
               {QLatin1String("class"), QStringLiteral("hint")}});
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("actions")}});
    w.element(QLatin1String("button"), t(QT_TRANSLATE_NOOP("HelpCenter", "Submit")),
              {{QLatin1String("type"), QStringLiteral("submit")}});
    w.close(QLatin1String("div"));
    w.close(QLatin1String("form"));
    return page(title, Section::NewRequest, w.html());
}

QByteArray HelpCenterPages::setPassword(const QString &token, const Domain::User &user,
                                        const QString &error) const {
    const QString title = t(QT_TRANSLATE_NOOP("HelpCenter", "Set your password"));
    HtmlWriter w;
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("card")}});
    w.element(QLatin1String("h1"), title);
    w.element(QLatin1String("p"),
              t(QT_TRANSLATE_NOOP("HelpCenter", "Choose a password for %1 (%2)."))
                  .arg(user.name, user.email));
    errorBox(w, error);
    w.open(QLatin1String("form"),
           {{QLatin1String("id"), QStringLiteral("set-password")},
            {QLatin1String("method"), QStringLiteral("post")},
            {QLatin1String("action"), QStringLiteral("/hc/password/") + encoded(token)}});
    csrfField(w);
    w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "New password")),
              {{QLatin1String("for"), QStringLiteral("password")}});
    w.empty(QLatin1String("input"),
            {{QLatin1String("id"), QStringLiteral("password")},
             {QLatin1String("name"), QStringLiteral("password")},
             {QLatin1String("type"), QStringLiteral("password")},
             {QLatin1String("autocomplete"), QStringLiteral("new-password")},
             {QLatin1String("minlength"), QString::number(HelpCenterService::MinPasswordLength)},
             {QLatin1String("required"), QStringLiteral("required")},
             {QLatin1String("aria-describedby"), QStringLiteral("password-hint")}});
    w.element(QLatin1String("p"),
              m_text.plural(m_ctx.language,
                            QT_TRANSLATE_N_NOOP("HelpCenter", "At least %n character(s)."),
                            HelpCenterService::MinPasswordLength),
              {{QLatin1String("id"), QStringLiteral("password-hint")},
               {QLatin1String("class"), QStringLiteral("hint")}});
    w.element(QLatin1String("label"), t(QT_TRANSLATE_NOOP("HelpCenter", "Repeat the password")),
              {{QLatin1String("for"), QStringLiteral("confirm")}});
    w.empty(QLatin1String("input"),
            {{QLatin1String("id"), QStringLiteral("confirm")},
             {QLatin1String("name"), QStringLiteral("confirm")},
             {QLatin1String("type"), QStringLiteral("password")},
             {QLatin1String("autocomplete"), QStringLiteral("new-password")},
             {QLatin1String("required"), QStringLiteral("required")}});
    w.open(QLatin1String("div"), {{QLatin1String("class"), QStringLiteral("actions")}});
    w.element(QLatin1String("button"), t(QT_TRANSLATE_NOOP("HelpCenter", "Set password")),
              {{QLatin1String("type"), QStringLiteral("submit")}});
    w.close(QLatin1String("div"));
    w.close(QLatin1String("form"));
    w.close(QLatin1String("div"));
    return page(title, Section::None, w.html(), true);
}

QByteArray HelpCenterPages::message(const QString &title, const QString &sentence,
                                    bool isError) const {
    HtmlWriter w;
    w.element(QLatin1String("h1"), title);
    if (isError)
        errorBox(w, sentence);
    else
        w.element(QLatin1String("p"), sentence,
                  {{QLatin1String("class"), QStringLiteral("notice")},
                   {QLatin1String("role"), QStringLiteral("status")}});
    w.open(QLatin1String("p"));
    w.element(QLatin1String("a"),
              m_ctx.user ? t(QT_TRANSLATE_NOOP("HelpCenter", "Back to my requests"))
                         : t(QT_TRANSLATE_NOOP("HelpCenter", "Go to sign in")),
              {{QLatin1String("href"),
                m_ctx.user ? QStringLiteral("/hc/requests") : QStringLiteral("/hc/signin")}});
    w.close(QLatin1String("p"));
    return page(title, Section::None, w.html(), true);
}

QByteArray HelpCenterPages::notFound() const {
    return message(
        t(QT_TRANSLATE_NOOP("HelpCenter", "Not found")),
        t(QT_TRANSLATE_NOOP("HelpCenter", "This page does not exist or you do not have access "
                                          "to it.")));
}

QByteArray HelpCenterPages::forbidden() const {
    return message(
        t(QT_TRANSLATE_NOOP("HelpCenter", "Form expired")),
        t(QT_TRANSLATE_NOOP("HelpCenter", "The form could not be verified and nothing was "
                                          "changed. Please go back, reload the page and try "
                                          "again.")));
}

QByteArray HelpCenterPages::throttled(int retryAfterSeconds) const {
    const int minutes = std::max(1, (retryAfterSeconds + 59) / 60);
    return message(
        t(QT_TRANSLATE_NOOP("HelpCenter", "Too many attempts")),
        m_text.plural(m_ctx.language,
                      QT_TRANSLATE_N_NOOP("HelpCenter", "Too many failed sign-in attempts. Please "
                                                        "try again in %n minute(s)."),
                      minutes));
}

} // namespace DeskBridge::HelpCenter
