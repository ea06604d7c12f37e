#pragma once
// EmailDomain: the rules for the email domains of an organization and for email addresses.
// A domain is stored normalized: lower case, ASCII (internationalized names in ACE form,
// "bücher.de" -> "xn--bcher-kva.de"), no "@", no trailing dot. A leading dot (".example.com")
// marks a wildcard that matches example.com and all of its subdomains; without it the domain
// matches only itself. Free-mail domains are refused: they would put strangers into one
// organization. Pure logic, no database.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace DeskBridge::Domain {

class EmailDomain {
    Q_DECLARE_TR_FUNCTIONS(EmailDomain)
public:
    static constexpr int MaxDomainLength = 253; // without the wildcard dot
    static constexpr int MaxLabelLength = 63;
    static constexpr int MaxLocalPartLength = 64;
    static constexpr int MaxEmailLength = 254;

    // Normalizes a domain as an admin types it ("  @Bücher.DE. ", "*.Example.com") and checks
    // it. Fails with a translated sentence saying what is wrong, also for free-mail domains and
    // for bare top-level or public suffixes ("com", ".co.uk").
    static Result<QString> normalize(const QString &input);

    // Cheap canonical form for comparing and looking up, without any check: trimmed, lower
    // case, ACE, no "@" prefix, no trailing dot; a leading dot is kept. Stored domains are
    // already in this form; normalize() returns it too.
    static QString canonical(const QString &domain);

    // True for a normalized domain with a leading dot.
    static bool isWildcard(const QString &normalizedDomain) {
        return normalizedDomain.startsWith(QLatin1Char('.'));
    }

    // True when the domain (with or without wildcard dot, any case, Unicode or ACE) is one of
    // the common free-mail providers.
    static bool isFreeMail(const QString &domain);
    // The providers isFreeMail() knows, normalized, sorted.
    static QStringList freeMailDomains();

    // The canonical domain of an email address (the part after the last "@"), or an empty
    // string when there is none. No validation: it is the fast path for matching.
    static QString domainOfEmail(QStringView email);

    // A practical check of an email address: local part of RFC 5322 "atext" characters
    // (plus non-ASCII letters) with single dots, one "@", a valid domain with at least two
    // labels. Quoted local parts, comments, IP literals and display names are refused.
    static bool isValidEmail(const QString &email) { return validateEmail(email).ok(); }
    // The same check, with a translated sentence saying what is wrong.
    static Status validateEmail(const QString &email);

private:
    // `domain` without wildcard dot and "@": its ACE form, checked label by label.
    static Result<QString> toAsciiDomain(const QString &domain);
};

} // namespace DeskBridge::Domain
