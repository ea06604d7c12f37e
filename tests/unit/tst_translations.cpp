// The German UI is complete: every translatable string in the sources has a finished German
// translation in translations/deskbridge_de.ts, and the file has no unfinished entries.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace DeskBridge;

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void germanFileHasNoUnfinishedEntries();
    void everySourceStringIsTranslated();
    void translationsKeepPlaceholders();

private:
    struct Entry {
        QString context;
        QString source;
        QString translation;
        bool unfinished = false;
        bool plural = false;
    };
    static QList<Entry> read(const QString &path);
};

QList<TestTranslations::Entry> TestTranslations::read(const QString &path) {
    QList<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out.append(current);
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current =
                Entry{context,
                      {},
                      {},
                      false,
                      xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished") ||
                                 type == QLatin1String("vanished") ||
                                 type == QLatin1String("obsolete");
            if (current.plural) {
                QString all;
                while (xml.readNextStartElement())
                    all += xml.readElementText();
                current.translation = all;
            } else {
                current.translation = xml.readElementText();
            }
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

void TestTranslations::germanFileHasNoUnfinishedEntries() {
    const QString ts = Test::sourceDir() + QStringLiteral("/translations/deskbridge_de.ts");
    QStringList problems;
    for (const Entry &e : read(ts))
        if (e.unfinished || e.translation.trimmed().isEmpty())
            problems << e.context + QStringLiteral(": ") + e.source;
    QVERIFY2(
        problems.isEmpty(),
        qPrintable(QStringLiteral("%1 unfinished German entries, e.g.:\n").arg(problems.size()) +
                   problems.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringIsTranslated() {
    const QString lupdate =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_LUPDATE"));
    QVERIFY2(QFile::exists(lupdate), "DESKBRIDGE_LUPDATE must point at lupdate");
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("fresh_de.ts"));
    const QString root = Test::sourceDir();
    QProcess p;
    p.setWorkingDirectory(root);
    p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                      QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
                      root, root + QStringLiteral("/models"), root + QStringLiteral("/app"),
                      root + QStringLiteral("/ui"), QStringLiteral("-ts"), fresh});
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QSet<QString> translated;
    for (const Entry &e : read(root + QStringLiteral("/translations/deskbridge_de.ts")))
        if (!e.unfinished && !e.translation.trimmed().isEmpty())
            translated.insert(e.context + QChar(0x1f) + e.source);
    QStringList missing;
    for (const Entry &e : read(fresh))
        if (!translated.contains(e.context + QChar(0x1f) + e.source))
            missing << e.context + QStringLiteral(": ") + e.source;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 strings have no German translation (run make "
                                       "translations and translate them), e.g.:\n")
                            .arg(missing.size()) +
                        missing.mid(0, 15).join(QLatin1Char('\n'))));
}

void TestTranslations::translationsKeepPlaceholders() {
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    QStringList problems;
    for (const Entry &e :
         read(Test::sourceDir() + QStringLiteral("/translations/deskbridge_de.ts"))) {
        if (e.unfinished)
            continue;
        QSet<QString> in, out;
        for (auto it = placeholder.globalMatch(e.source); it.hasNext();)
            in.insert(it.next().captured(0));
        for (auto it = placeholder.globalMatch(e.translation); it.hasNext();)
            out.insert(it.next().captured(0));
        if (in != out)
            problems << e.context + QStringLiteral(": ") + e.source;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
