#pragma once
// WebInput: reads what a browser sends to the Help Center, strictly and without surprises:
// application/x-www-form-urlencoded bodies and query strings ('+' is a space, %XX a UTF-8
// byte), Cookie headers, Accept-Language, and `next`/`back` paths (only local /hc paths, so a
// link can never redirect a user to another site). Pure functions: no network, no database.
#include "app/server/HttpHeaders.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace DeskBridge::HelpCenter {

class WebInput {
public:
    using Fields = QHash<QString, QString>;

    // name -> value; the first of repeated names wins. nullopt for a malformed encoding
    // (a broken %XX escape or bytes that are not UTF-8), so a form is taken whole or not at all.
    static std::optional<Fields> parseForm(const QByteArray &encoded);
    // The same for a query string (HttpRequest::query, without '?').
    static std::optional<Fields> parseQuery(const QString &query);

    // name -> value of every Cookie header (the first of repeated names wins, as the browser
    // sends the most specific path first). Values are kept as sent.
    static Fields parseCookies(const Server::HttpHeaders &headers);

    // "de" or "en": the hc_lang cookie when it names one of them, else the Accept-Language
    // entry with the highest q-value (ties: the earlier one) that is German or English;
    // "en" when nothing fits.
    static QString language(const QString &cookie, const QByteArray &acceptLanguage);

    // `candidate` when it is a local Help Center path ("/hc", "/hc/...", "/hc?..."), else an
    // empty string. Refuses absolute and scheme-relative URLs, backslashes, ".." segments,
    // control characters and anything a Location header could be tricked with.
    static QString localHcPath(const QString &candidate);
};

} // namespace DeskBridge::HelpCenter
