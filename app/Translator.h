#pragma once
// Translator: installs DeskBridge's and Qt's own translations for a language ("de", "en", or
// "" for the system locale). Translations are compiled into the program (:/i18n).
#include <QCoreApplication>
#include <QString>

namespace DeskBridge {

class Translator {
public:
    // Installs the translators on the application; returns the language chosen ("de"/"en").
    static QString install(const QString &language);
    // "de" when the system locale is German, else "en".
    static QString systemLanguage();
    // The language asked for by --lang on the command line, or "".
    static QString languageFromArguments(int argc, char *argv[]);
};

} // namespace DeskBridge
