#include "app/helpcenter/HelpCenterText.h"

namespace DeskBridge::HelpCenter {

HelpCenterText::HelpCenterText() {
    m_germanLoaded = m_german.load(QStringLiteral(":/i18n/deskbridge_de"));
    m_englishLoaded = m_english.load(QStringLiteral(":/i18n/deskbridge_en"));
}

QLocale HelpCenterText::locale(const QString &language) {
    return isGerman(language) ? QLocale(QLocale::German, QLocale::Germany)
                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString HelpCenterText::translate(const QString &language, const char *context, const char *source,
                                  int n) const {
    QString out;
    if (isGerman(language)) {
        if (m_germanLoaded)
            out = m_german.translate(context, source, nullptr, n);
    } else if (n >= 0 && m_englishLoaded) {
        out = m_english.translate(context, source, nullptr, n);
    }
    if (out.isEmpty()) {
        out = QString::fromUtf8(source);
        // English source without a plural entry yet: "%n request(s)" -> "1 request" / "2 requests".
        if (n >= 0)
            out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    if (n >= 0)
        out.replace(QLatin1String("%n"), QString::number(n));
    return out;
}

QString HelpCenterText::text(const QString &language, const char *source) const {
    return translate(language, Context, source);
}

QString HelpCenterText::plural(const QString &language, const char *source, int n) const {
    return translate(language, Context, source, n);
}

QString HelpCenterText::status(const QString &language, Domain::TicketStatus status) const {
    // The console's source texts (Names::label), looked up in the request's language.
    const char *source = "";
    switch (status) {
    case Domain::TicketStatus::New:
        source = "New";
        break;
    case Domain::TicketStatus::Open:
        source = "Open";
        break;
    case Domain::TicketStatus::Pending:
        source = "Pending";
        break;
    case Domain::TicketStatus::Hold:
        source = "On-hold";
        break;
    case Domain::TicketStatus::Solved:
        source = "Solved";
        break;
    case Domain::TicketStatus::Closed:
        source = "Closed";
        break;
    }
    return translate(language, "Names", source);
}

QString HelpCenterText::dateTime(const QString &language, const QDateTime &when,
                                 const QTimeZone &zone) const {
    if (!when.isValid())
        return {};
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toLocalTime();
    return locale(language).toString(local, isGerman(language)
                                                ? QStringLiteral("d. MMM yyyy, HH:mm")
                                                : QStringLiteral("MMM d, yyyy, h:mm AP"));
}

} // namespace DeskBridge::HelpCenter
