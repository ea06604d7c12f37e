// HelpCenterText: each request in its own language without the process-wide translator:
// the console's status names in German, English plural fallbacks, dates in the locale's format
// and the account's time zone.
#include "app/helpcenter/HelpCenterText.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::HelpCenter;

class TestHelpCenterText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statusNamesAsTheConsoleInBothLanguagesAtOnce() {
        HelpCenterText text;
        QVERIFY(text.hasGerman());
        QCOMPARE(text.status(QStringLiteral("de"), Domain::TicketStatus::Open),
                 QStringLiteral("Offen"));
        QCOMPARE(text.status(QStringLiteral("en"), Domain::TicketStatus::Open),
                 QStringLiteral("Open"));
        QCOMPARE(text.status(QStringLiteral("en"), Domain::TicketStatus::Hold),
                 QStringLiteral("On-hold"));
        // The process-wide language plays no part.
        QCOMPARE(QCoreApplication::translate("Names", "Open"), QStringLiteral("Open"));
    }

    void untranslatedTextFallsBackToEnglish() {
        HelpCenterText text;
        QCOMPARE(text.text(QStringLiteral("en"), "My requests"), QStringLiteral("My requests"));
        QVERIFY(!text.text(QStringLiteral("de"), "My requests").isEmpty());
        QCOMPARE(text.plural(QStringLiteral("en"), "At least %n character(s).", 1),
                 QStringLiteral("At least 1 character."));
        QCOMPARE(text.plural(QStringLiteral("en"), "At least %n character(s).", 8),
                 QStringLiteral("At least 8 characters."));
    }

    void datesInTheLanguageAndTheAccountsZone() {
        HelpCenterText text;
        const QDateTime when(QDate(2026, 3, 5), QTime(13, 7), Qt::UTC);
        const QTimeZone berlin("Europe/Berlin");
        QCOMPARE(text.dateTime(QStringLiteral("de"), when, berlin),
                 QStringLiteral("5. März 2026, 14:07"));
        QCOMPARE(text.dateTime(QStringLiteral("en"), when, QTimeZone::utc()),
                 QStringLiteral("Mar 5, 2026, 1:07 PM"));
        QVERIFY(text.dateTime(QStringLiteral("en"), QDateTime(), berlin).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHelpCenterText)
#include "tst_helpcentertext.moc"
