#pragma once
// HelpCenterText: the Help Center's words in the language of each request. The server thread
// answers German and English browsers at the same time, so the process-wide translator cannot
// be used: this class loads its own QTranslators (":/i18n/deskbridge_de", and the English
// plural forms) once and translates strings marked QT_TRANSLATE_NOOP("HelpCenter", "...").
// Status names come from the console's own translations (context "Names"), so both agree.
#include "models/domain/Enums.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>
#include <QTranslator>

namespace DeskBridge::HelpCenter {

class HelpCenterText {
public:
    static constexpr const char *Context = "HelpCenter";

    HelpCenterText();

    // "de" or "en" (anything else is English).
    static bool isGerman(const QString &language) { return language == QLatin1String("de"); }
    static QLocale locale(const QString &language);

    // A string marked with QT_TRANSLATE_NOOP("HelpCenter", ...) in `language`.
    QString text(const QString &language, const char *source) const;
    // The plural form for `n`, with %n replaced by the number.
    QString plural(const QString &language, const char *source, int n) const;
    // The status as the console names it ("Offen" / "Open").
    QString status(const QString &language, Domain::TicketStatus status) const;
    // Date and time in the account's time zone, in the language's format.
    QString dateTime(const QString &language, const QDateTime &when, const QTimeZone &zone) const;

    // Whether the German catalog was found (the resource is part of deskbridge_core).
    bool hasGerman() const { return m_germanLoaded; }

private:
    QString translate(const QString &language, const char *context, const char *source,
                      int n = -1) const;
    QTranslator m_german;
    QTranslator m_english; // plural forms only
    bool m_germanLoaded = false;
    bool m_englishLoaded = false;
};

} // namespace DeskBridge::HelpCenter
