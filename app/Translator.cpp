#include "app/Translator.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace DeskBridge {

QString Translator::systemLanguage() {
    return QLocale::system().language() == QLocale::German ? QStringLiteral("de")
                                                           : QStringLiteral("en");
}

QString Translator::languageFromArguments(int argc, char *argv[]) {
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if ((a == QLatin1String("--lang") || a == QLatin1String("-lang")) && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

QString Translator::install(const QString &language) {
    const QString lang = (language == QLatin1String("de") || language == QLatin1String("en"))
                             ? language
                             : systemLanguage();
    QLocale::setDefault(
        QLocale(lang == QLatin1String("de") ? QLocale::German : QLocale::English,
                lang == QLatin1String("de") ? QLocale::Germany : QLocale::UnitedStates));
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/deskbridge_") + lang))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace DeskBridge
