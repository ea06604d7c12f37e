#include "models/domain/EmailDomain.h"

#include <QSet>
#include <QStringTokenizer>
#include <QUrl>
#include <algorithm>

namespace DeskBridge::Domain {

namespace {

// Providers whose users have nothing in common but the provider. Not exhaustive: the common
// ones in the markets DeskBridge is sold in, and the big international ones.
const char *const kFreeMailDomains[] = {
    // International
    "gmail.com", "googlemail.com", "outlook.com", "outlook.de", "outlook.fr", "hotmail.com",
    "hotmail.de", "hotmail.fr", "hotmail.it", "hotmail.co.uk", "live.com", "live.de", "live.fr",
    "live.co.uk", "msn.com", "yahoo.com", "yahoo.de", "yahoo.fr", "yahoo.it", "yahoo.es",
    "yahoo.co.uk", "yahoo.co.in", "yahoo.co.jp", "ymail.com", "rocketmail.com", "icloud.com",
    "me.com", "mac.com", "aol.com", "aol.de", "aim.com", "mail.com", "email.com", "zoho.com",
    "zohomail.com", "fastmail.com", "hushmail.com", "protonmail.com", "protonmail.ch", "proton.me",
    "pm.me", "tutanota.com", "tutanota.de", "tuta.io", "tutamail.com", "gmx.com",
    // German-speaking countries
    "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "mail.de",
    "posteo.de", "posteo.net", "arcor.de", "online.de", "bluewin.ch",
    // Elsewhere in Europe
    "orange.fr", "wanadoo.fr", "laposte.net", "free.fr", "sfr.fr", "libero.it", "virgilio.it",
    "tiscali.it", "seznam.cz", "wp.pl", "o2.pl", "interia.pl", "onet.pl",
    // Russia and Asia
    "yandex.ru", "yandex.com", "ya.ru", "mail.ru", "inbox.ru", "list.ru", "bk.ru", "rambler.ru",
    "qq.com", "163.com", "126.com", "sina.com", "naver.com", "daum.net", "rediffmail.com"};

// Second-level suffixes under which unrelated companies register their names. A domain that is
// only such a suffix ("co.uk", ".com.au") would match all of them.
const char *const kPublicSuffixes[] = {
    "co.uk",  "org.uk", "me.uk",  "ltd.uk", "plc.uk", "ac.uk",  "gov.uk", "com.au", "net.au",
    "org.au", "edu.au", "gov.au", "co.nz",  "net.nz", "org.nz", "co.jp",  "ne.jp",  "or.jp",
    "ac.jp",  "go.jp",  "co.kr",  "or.kr",  "com.br", "net.br", "org.br", "com.cn", "net.cn",
    "org.cn", "com.tw", "com.hk", "com.sg", "com.my", "com.mx", "com.ar", "com.co", "com.tr",
    "co.za",  "co.in",  "net.in", "org.in", "co.il",  "co.at",  "or.at",  "ac.at",  "gv.at",
    "com.pl", "com.ua", "co.id",  "com.ph", "com.vn", "com.pe", "com.ec"};

template <size_t N> QSet<QString> toSet(const char *const (&list)[N]) {
    QSet<QString> set;
    set.reserve(qsizetype(N));
    for (const char *d : list)
        set.insert(QString::fromLatin1(d));
    return set;
}

const QSet<QString> &freeMailSet() {
    static const QSet<QString> set = toSet(kFreeMailDomains);
    return set;
}

const QSet<QString> &publicSuffixSet() {
    static const QSet<QString> set = toSet(kPublicSuffixes);
    return set;
}

bool isAscii(QStringView s) {
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isLdh(QChar c) { // letter, digit, hyphen: what a label of a host name may contain
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

// The characters RFC 5322 allows unquoted in the local part ("atext"), besides letters/digits.
bool isAtextSymbol(QChar c) {
    static const QString symbols = QStringLiteral("!#$%&'*+/=?^_`{|}~-");
    return symbols.contains(c);
}

// Full stops other than "." that IDNA treats as label separators.
QString unifyDots(QString s) {
    s.replace(QChar(0x3002), QLatin1Char('.'));
    s.replace(QChar(0xFF0E), QLatin1Char('.'));
    s.replace(QChar(0xFF61), QLatin1Char('.'));
    return s;
}

} // namespace

Result<QString> EmailDomain::toAsciiDomain(const QString &domain) {
    const auto emptyPart = [&domain] {
        return Result<QString>::failure(
            tr("“%1” contains an empty part: it begins with a dot, ends with two dots or has two "
               "dots in a row.")
                .arg(domain));
    };
    QString ascii;
    if (isAscii(domain)) {
        ascii = domain.toLower(); // the common case: one allocation, no IDNA
    } else {
        const QStringList labels = unifyDots(domain).split(QLatin1Char('.'));
        QStringList ace;
        ace.reserve(labels.size());
        for (const QString &label : labels) {
            if (label.isEmpty())
                return emptyPart();
            if (isAscii(label)) {
                ace.append(label.toLower());
                continue;
            }
            const QString converted = QString::fromLatin1(QUrl::toAce(label));
            if (converted.isEmpty()) {
                return Result<QString>::failure(
                    tr("The part “%1” of “%2” is not a valid internationalized domain name.")
                        .arg(label, domain));
            }
            ace.append(converted);
        }
        ascii = ace.join(QLatin1Char('.'));
    }

    // Checked on the ACE form, which is what mail servers see; shown as the user typed it.
    qsizetype labelCount = 0;
    QStringView lastLabel;
    for (const QStringView label : QStringTokenizer(ascii, QLatin1Char('.'))) {
        ++labelCount;
        lastLabel = label;
        const auto bad = std::find_if_not(label.begin(), label.end(), isLdh);
        if (bad != label.end()) {
            return Result<QString>::failure(
                tr("“%1” contains the character “%2”. A domain may contain only letters, digits, "
                   "hyphens and dots.")
                    .arg(domain, QString(*bad)));
        }
        if (label.isEmpty())
            return emptyPart();
        if (label.size() > MaxLabelLength) {
            return Result<QString>::failure(
                tr("The part “%1” of the domain is longer than %2 characters.")
                    .arg(label.toString())
                    .arg(MaxLabelLength));
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return Result<QString>::failure(
                tr("The part “%1” of “%2” begins or ends with a hyphen, which domains do not "
                   "allow.")
                    .arg(label.toString(), domain));
        }
        // QUrl::fromAce() hands back a label it cannot decode unchanged.
        if (label.startsWith(QLatin1String("xn--")) &&
            QUrl::fromAce(label.toLatin1(), QUrl::IgnoreIDNWhitelist) == label) {
            return Result<QString>::failure(
                tr("The part “%1” of “%2” is not a valid internationalized domain name.")
                    .arg(label.toString(), domain));
        }
    }
    if (ascii.size() > MaxDomainLength) {
        return Result<QString>::failure(
            tr("The domain “%1” is longer than %2 characters.").arg(domain).arg(MaxDomainLength));
    }
    if (labelCount < 2) {
        return Result<QString>::failure(
            tr("“%1” is not a complete domain. Enter a domain with a dot, for example "
               "example.com.")
                .arg(domain));
    }
    if (std::all_of(lastLabel.begin(), lastLabel.end(), [](QChar c) { return c.isDigit(); })) {
        return Result<QString>::failure(
            tr("“%1” looks like an IP address. Enter a domain name, for example example.com.")
                .arg(domain));
    }
    return ascii;
}

Result<QString> EmailDomain::normalize(const QString &input) {
    QString s = input.trimmed();
    const QString shown = s;
    if (s.isEmpty())
        return Result<QString>::failure(tr("The domain is empty."));
    if (s.contains(QLatin1String("://")) || s.contains(QLatin1Char('/'))) {
        return Result<QString>::failure(
            tr("“%1” is a web address. Enter only the domain, for example example.com.")
                .arg(shown));
    }
    if (s.startsWith(QLatin1Char('@')))
        s.remove(0, 1);
    if (s.contains(QLatin1Char('@'))) {
        return Result<QString>::failure(
            tr("“%1” looks like an email address. Enter only the part after the @.").arg(shown));
    }
    for (QChar c : std::as_const(s)) {
        if (c.isSpace()) {
            return Result<QString>::failure(
                tr("“%1” contains a space. A domain consists of letters, digits, hyphens and "
                   "dots only.")
                    .arg(shown));
        }
    }
    bool wildcard = false;
    if (s.startsWith(QLatin1String("*."))) {
        wildcard = true;
        s.remove(0, 2);
    } else if (s.startsWith(QLatin1Char('.'))) {
        wildcard = true;
        s.remove(0, 1);
    }
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1); // the root of the DNS, "example.com." is example.com
    if (s.isEmpty())
        return Result<QString>::failure(tr("“%1” contains no domain.").arg(shown));

    Result<QString> ascii = toAsciiDomain(s);
    if (!ascii)
        return ascii;
    const QString &domain = ascii.value();
    if (publicSuffixSet().contains(domain)) {
        return Result<QString>::failure(
            tr("“%1” is shared by many unrelated companies. Enter the organization's own domain, "
               "for example example.%2.")
                .arg(shown, domain));
    }
    if (freeMailSet().contains(domain)) {
        return Result<QString>::failure(
            tr("%1 is a free email service. Its users have nothing in common but their mail "
               "provider; the domain would put these strangers together in one organization. "
               "Add such users to organizations one by one instead.")
                .arg(domain));
    }
    if (wildcard)
        return QString(QLatin1Char('.') + domain);
    return domain;
}

QString EmailDomain::canonical(const QString &domain) {
    QString s = domain.trimmed();
    if (s.startsWith(QLatin1Char('@')))
        s.remove(0, 1);
    bool wildcard = false;
    if (s.startsWith(QLatin1String("*."))) {
        wildcard = true;
        s.remove(0, 2);
    } else if (s.startsWith(QLatin1Char('.'))) {
        wildcard = true;
        s.remove(0, 1);
    }
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (isAscii(s)) {
        s = std::move(s).toLower();
    } else {
        const QByteArray ace = QUrl::toAce(s);
        s = ace.isEmpty() ? std::move(s).toLower() : QString::fromLatin1(ace);
    }
    if (wildcard)
        s.prepend(QLatin1Char('.'));
    return s;
}

bool EmailDomain::isFreeMail(const QString &domain) {
    QString c = canonical(domain);
    if (c.startsWith(QLatin1Char('.')))
        c.remove(0, 1);
    return freeMailSet().contains(c);
}

QStringList EmailDomain::freeMailDomains() {
    QStringList list = freeMailSet().values();
    list.sort();
    return list;
}

QString EmailDomain::domainOfEmail(QStringView email) {
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    QStringView d = email.mid(at + 1).trimmed();
    if (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    if (d.isEmpty())
        return {};
    if (isAscii(d))
        return d.toString().toLower();
    const QString s = d.toString();
    const QByteArray ace = QUrl::toAce(s);
    return ace.isEmpty() ? s.toLower() : QString::fromLatin1(ace);
}

Status EmailDomain::validateEmail(const QString &email) {
    if (email.trimmed().isEmpty())
        return Status::failure(tr("The email address is empty."));
    for (QChar c : email) {
        if (c.isSpace()) {
            return Status::failure(
                tr("The email address “%1” contains a space.").arg(email.trimmed()));
        }
    }
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return Status::failure(
            tr("“%1” is not an email address: the @ is missing, as in name@example.com.")
                .arg(email));
    }
    if (email.indexOf(QLatin1Char('@')) != at)
        return Status::failure(tr("The email address “%1” contains more than one @.").arg(email));
    if (email.size() > MaxEmailLength) {
        return Status::failure(tr("The email address “%1” is longer than %2 characters.")
                                   .arg(email)
                                   .arg(MaxEmailLength));
    }
    const QStringView local = QStringView(email).left(at);
    const QString domain = email.mid(at + 1);
    if (local.isEmpty())
        return Status::failure(tr("The email address “%1” has nothing before the @.").arg(email));
    if (domain.isEmpty())
        return Status::failure(tr("The email address “%1” has nothing after the @.").arg(email));
    if (local.size() > MaxLocalPartLength) {
        return Status::failure(tr("The part before the @ in “%1” is longer than %2 characters.")
                                   .arg(email)
                                   .arg(MaxLocalPartLength));
    }
    for (QChar c : local) {
        const bool ok = c.unicode() < 0x80
                            ? (c.isLetterOrNumber() || c == QLatin1Char('.') || isAtextSymbol(c))
                            : (c.isLetterOrNumber() || c.isMark());
        if (!ok) {
            return Status::failure(
                tr("The email address “%1” contains the character “%2” before the @, which "
                   "email addresses do not allow.")
                    .arg(email, QString(c)));
        }
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String(".."))) {
        return Status::failure(tr("In the email address “%1” the part before the @ begins or ends "
                                  "with a dot or has two dots in a row.")
                                   .arg(email));
    }
    if (domain.startsWith(QLatin1Char('['))) {
        return Status::failure(
            tr("The email address “%1” names an IP address instead of a domain.").arg(email));
    }
    const Result<QString> ascii = toAsciiDomain(domain);
    if (!ascii) {
        return Status::failure(
            tr("The email address “%1” is not valid: %2").arg(email, ascii.error()));
    }
    return {};
}

} // namespace DeskBridge::Domain
