#include "app/helpcenter/WebInput.h"

#include <QStringDecoder>

#include <algorithm>

namespace DeskBridge::HelpCenter {

namespace {

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// '+' -> space, %XX -> byte, then strict UTF-8. nullopt when either step fails.
std::optional<QString> decodeComponent(QByteArrayView part) {
    QByteArray bytes;
    bytes.reserve(part.size());
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char c = part.at(i);
        if (c == '+') {
            bytes += ' ';
        } else if (c == '%') {
            if (i + 2 >= part.size())
                return std::nullopt;
            const int hi = hexValue(part.at(i + 1));
            const int lo = hexValue(part.at(i + 2));
            if (hi < 0 || lo < 0)
                return std::nullopt;
            bytes += char(hi * 16 + lo);
            i += 2;
        } else {
            bytes += c;
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

} // namespace

std::optional<WebInput::Fields> WebInput::parseForm(const QByteArray &encoded) {
    Fields fields;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto name =
            decodeComponent(eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq));
        const auto value =
            decodeComponent(eq < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(eq + 1));
        if (!name || !value)
            return std::nullopt;
        if (!fields.contains(*name))
            fields.insert(*name, *value);
    }
    return fields;
}

std::optional<WebInput::Fields> WebInput::parseQuery(const QString &query) {
    return parseForm(query.toUtf8());
}

WebInput::Fields WebInput::parseCookies(const Server::HttpHeaders &headers) {
    Fields cookies;
    for (const auto &field : headers.fields()) {
        if (field.first.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &pair : field.second.split(';')) {
            const qsizetype eq = pair.indexOf('=');
            if (eq <= 0)
                continue;
            const QString name = QString::fromLatin1(pair.left(eq).trimmed());
            QByteArray value = pair.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            if (!name.isEmpty() && !cookies.contains(name))
                cookies.insert(name, QString::fromLatin1(value));
        }
    }
    return cookies;
}

QString WebInput::language(const QString &cookie, const QByteArray &acceptLanguage) {
    const QString chosen = cookie.trimmed().toLower();
    if (chosen == QLatin1String("de") || chosen == QLatin1String("en"))
        return chosen;
    QString best;
    double bestQ = 0.0;
    for (const QByteArray &entry : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray tag = parts.value(0).trimmed().toLower();
        const QByteArray primary = tag.left(tag.indexOf('-') < 0 ? tag.size() : tag.indexOf('-'));
        if (primary != "de" && primary != "en")
            continue;
        double q = 1.0;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=") || param.startsWith("Q=")) {
                bool ok = false;
                q = param.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0.0;
            }
        }
        q = std::clamp(q, 0.0, 1.0);
        if (q > bestQ) {
            bestQ = q;
            best = QString::fromLatin1(primary);
        }
    }
    return best.isEmpty() ? QStringLiteral("en") : best;
}

QString WebInput::localHcPath(const QString &candidate) {
    if (candidate.size() > 2000 || !candidate.startsWith(QLatin1String("/hc")))
        return {};
    if (candidate.size() > 3) {
        const QChar after = candidate.at(3);
        if (after != u'/' && after != u'?' && after != u'#')
            return {};
    }
    for (const QChar c : candidate) {
        // Letters, digits and the URL characters our own links use; nothing that could end a
        // header or start a scheme-relative URL (checked below: // and encoded forms).
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                             (c >= u'0' && c <= u'9') || QStringView(u"/-_.~?=&%#+").contains(c);
        if (!allowed)
            return {};
    }
    if (candidate.contains(QLatin1String("//")))
        return {};
    const qsizetype end = [&] {
        qsizetype e = candidate.size();
        for (const QChar stop : {u'?', u'#'}) {
            const qsizetype at = candidate.indexOf(stop);
            if (at >= 0)
                e = std::min(e, at);
        }
        return e;
    }();
    for (const QString &segment : candidate.left(end).split(u'/')) {
        if (segment == QLatin1String("..") || segment == QLatin1String("."))
            return {};
    }
    // Encoded dots, slashes and backslashes could be decoded into the above by someone.
    for (const char *encoded : {"%2e", "%2f", "%5c", "%00"}) {
        if (candidate.contains(QLatin1String(encoded), Qt::CaseInsensitive))
            return {};
    }
    return candidate;
}

} // namespace DeskBridge::HelpCenter
