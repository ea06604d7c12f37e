// Normalization and validation of organization email domains and of email addresses.
#include "models/domain/EmailDomain.h"

#include <QtTest>

using DeskBridge::Domain::EmailDomain;

class TestEmailDomain : public QObject {
    Q_OBJECT

private slots:
    void normalize_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"example.com"_qs << u"example.com"_qs;
        QTest::newRow("upper case") << u"ExAmPle.COM"_qs << u"example.com"_qs;
        QTest::newRow("at prefix") << u"@example.com"_qs << u"example.com"_qs;
        QTest::newRow("surrounding spaces") << u"  example.com \t"_qs << u"example.com"_qs;
        QTest::newRow("trailing dot") << u"example.com."_qs << u"example.com"_qs;
        QTest::newRow("wildcard") << u".Example.com"_qs << u".example.com"_qs;
        QTest::newRow("star wildcard") << u"*.example.com"_qs << u".example.com"_qs;
        QTest::newRow("wildcard with at and dot")
            << u" @.Sales.Example.com. "_qs << u".sales.example.com"_qs;
        QTest::newRow("idn") << u"bücher.de"_qs << u"xn--bcher-kva.de"_qs;
        QTest::newRow("idn upper case") << u"BÜCHER.DE"_qs << u"xn--bcher-kva.de"_qs;
        QTest::newRow("idn wildcard") << u".münchen.de"_qs << u".xn--mnchen-3ya.de"_qs;
        QTest::newRow("ace kept") << u"xn--bcher-kva.de"_qs << u"xn--bcher-kva.de"_qs;
        QTest::newRow("hyphen inside") << u"my-company.co.uk"_qs << u"my-company.co.uk"_qs;
        QTest::newRow("digits") << u"123company.com"_qs << u"123company.com"_qs;
        QTest::newRow("ideographic full stop")
            << u"例え。テスト"_qs << u"xn--r8jz45g.xn--zckzah"_qs;
        const QString label63(63, QLatin1Char('a'));
        QTest::newRow("63-character label") << label63 + u".com"_qs << label63 + u".com"_qs;
    }
    void normalize() {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = EmailDomain::normalize(input);
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(result.value(), expected);
    }

    // Each refusal names the input and says what is wrong.
    void refused_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << u"  "_qs << u"empty"_qs;
        QTest::newRow("only at") << u"@"_qs << u"no domain"_qs;
        QTest::newRow("only dot") << u"."_qs << u"no domain"_qs;
        QTest::newRow("inner space") << u"exam ple.com"_qs << u"space"_qs;
        QTest::newRow("email address") << u"john@example.com"_qs << u"part after the @"_qs;
        QTest::newRow("web address") << u"https://example.com/"_qs << u"web address"_qs;
        QTest::newRow("double dot") << u"example..com"_qs << u"two dots in a row"_qs;
        QTest::newRow("two trailing dots") << u"example.com.."_qs << u"empty part"_qs;
        QTest::newRow("underscore") << u"exa_mple.com"_qs << u"“_”"_qs;
        QTest::newRow("exclamation mark") << u"example!.com"_qs << u"“!”"_qs;
        QTest::newRow("leading hyphen") << u"-example.com"_qs << u"hyphen"_qs;
        QTest::newRow("trailing hyphen") << u"example-.com"_qs << u"hyphen"_qs;
        QTest::newRow("label too long")
            << QString(64, QLatin1Char('a')) + u".com"_qs << u"longer than 63"_qs;
        QString tooLong;
        for (int i = 0; i < 5; ++i)
            tooLong += QString(60, QLatin1Char('a' + i)) + QLatin1Char('.');
        tooLong += u"com"_qs;
        QTest::newRow("domain too long") << tooLong << u"longer than 253"_qs;
        QTest::newRow("single label") << u"localhost"_qs << u"not a complete domain"_qs;
        QTest::newRow("wildcard on tld") << u".com"_qs << u"not a complete domain"_qs;
        QTest::newRow("ip address") << u"192.168.1.1"_qs << u"IP address"_qs;
        QTest::newRow("broken punycode") << u"xn--zz.de"_qs << u"internationalized"_qs;
        QTest::newRow("public suffix") << u".co.uk"_qs << u"unrelated companies"_qs;
        QTest::newRow("free mail") << u"gmail.com"_qs << u"strangers"_qs;
        QTest::newRow("free mail wildcard") << u".GMX.de"_qs << u"strangers"_qs;
        QTest::newRow("free mail with at") << u"@web.de"_qs << u"free email service"_qs;
        QTest::newRow("free mail proton") << u"proton.me"_qs << u"free email service"_qs;
    }
    void refused() {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        const auto result = EmailDomain::normalize(input);
        QVERIFY2(!result.ok(), qPrintable(input));
        QVERIFY2(result.error().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(result.error()));
    }

    void freeMailMessageExplains() {
        const auto result = EmailDomain::normalize(u"Hotmail.com"_qs);
        QVERIFY(!result.ok());
        QVERIFY(result.error().startsWith(u"hotmail.com is a free email service"_qs));
        QVERIFY(result.error().contains(u"one organization"_qs));
    }

    void isFreeMail() {
        const QStringList required = {
            u"gmail.com"_qs,  u"googlemail.com"_qs, u"outlook.com"_qs, u"hotmail.com"_qs,
            u"live.com"_qs,   u"yahoo.com"_qs,      u"icloud.com"_qs,  u"aol.com"_qs,
            u"gmx.de"_qs,     u"gmx.net"_qs,        u"web.de"_qs,      u"t-online.de"_qs,
            u"freenet.de"_qs, u"mail.de"_qs,        u"posteo.de"_qs,   u"protonmail.com"_qs,
            u"proton.me"_qs,  u"yandex.ru"_qs,      u"mail.ru"_qs};
        for (const QString &d : required)
            QVERIFY2(EmailDomain::isFreeMail(d), qPrintable(d));
        QVERIFY(EmailDomain::isFreeMail(u"GMAIL.COM"_qs));
        QVERIFY(EmailDomain::isFreeMail(u".gmail.com"_qs));
        QVERIFY(EmailDomain::isFreeMail(u"@gmx.de"_qs));
        QVERIFY(!EmailDomain::isFreeMail(u"example.com"_qs));
        QVERIFY(!EmailDomain::isFreeMail(u"sales.gmail.company.com"_qs));
        QVERIFY(EmailDomain::freeMailDomains().contains(u"web.de"_qs));
    }

    void domainOfEmail_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("domain");
        QTest::newRow("plain") << u"anna@example.com"_qs << u"example.com"_qs;
        QTest::newRow("upper case") << u"Anna@Sales.EXAMPLE.com"_qs << u"sales.example.com"_qs;
        QTest::newRow("idn") << u"anna@Bücher.de"_qs << u"xn--bcher-kva.de"_qs;
        QTest::newRow("trailing dot and space") << u"anna@example.com. "_qs << u"example.com"_qs;
        QTest::newRow("last at counts") << u"a@b@example.com"_qs << u"example.com"_qs;
        QTest::newRow("no at") << u"example.com"_qs << QString();
        QTest::newRow("nothing after at") << u"anna@"_qs << QString();
    }
    void domainOfEmail() {
        QFETCH(QString, email);
        QFETCH(QString, domain);
        QCOMPARE(EmailDomain::domainOfEmail(email), domain);
    }

    void canonical() {
        QCOMPARE(EmailDomain::canonical(u" @.Example.COM. "_qs), u".example.com"_qs);
        QCOMPARE(EmailDomain::canonical(u"*.bücher.de"_qs), u".xn--bcher-kva.de"_qs);
        QCOMPARE(EmailDomain::canonical(u"example.com"_qs), u"example.com"_qs);
        QVERIFY(EmailDomain::isWildcard(u".example.com"_qs));
        QVERIFY(!EmailDomain::isWildcard(u"example.com"_qs));
    }

    void validEmail_data() {
        QTest::addColumn<QString>("email");
        QTest::newRow("plain") << u"anna@example.com"_qs;
        QTest::newRow("dots and plus") << u"anna.maria+tickets@mail.example.co.uk"_qs;
        QTest::newRow("symbols") << u"o'brien_x-y@example.com"_qs;
        QTest::newRow("upper case") << u"Anna@Example.COM"_qs;
        QTest::newRow("idn domain") << u"info@bücher.de"_qs;
        QTest::newRow("unicode local part") << u"jürgen@example.de"_qs;
        QTest::newRow("free mail is fine for users") << u"someone@gmail.com"_qs;
    }
    void validEmail() {
        QFETCH(QString, email);
        const auto status = EmailDomain::validateEmail(email);
        QVERIFY2(status.ok(), qPrintable(status.error()));
        QVERIFY(EmailDomain::isValidEmail(email));
    }

    void invalidEmail_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QString() << u"empty"_qs;
        QTest::newRow("no at") << u"anna.example.com"_qs << u"@ is missing"_qs;
        QTest::newRow("two ats") << u"anna@b@example.com"_qs << u"more than one @"_qs;
        QTest::newRow("nothing before") << u"@example.com"_qs << u"nothing before"_qs;
        QTest::newRow("nothing after") << u"anna@"_qs << u"nothing after"_qs;
        QTest::newRow("space") << u"anna maria@example.com"_qs << u"space"_qs;
        QTest::newRow("display name") << u"Anna <anna@example.com>"_qs << u"space"_qs;
        QTest::newRow("angle bracket") << u"<anna@example.com>"_qs << u"“<”"_qs;
        QTest::newRow("comma") << u"anna,maria@example.com"_qs << u"“,”"_qs;
        QTest::newRow("leading dot") << u".anna@example.com"_qs << u"dot"_qs;
        QTest::newRow("double dot") << u"anna..maria@example.com"_qs << u"two dots"_qs;
        QTest::newRow("no dot in domain") << u"anna@localhost"_qs << u"not a complete domain"_qs;
        QTest::newRow("ip literal") << u"anna@[10.0.0.1]"_qs << u"IP address"_qs;
        QTest::newRow("bad domain char") << u"anna@exa_mple.com"_qs << u"“_”"_qs;
        QTest::newRow("domain double dot") << u"anna@example..com"_qs << u"two dots"_qs;
        QTest::newRow("local part too long")
            << QString(65, QLatin1Char('a')) + u"@example.com"_qs << u"longer than 64"_qs;
    }
    void invalidEmail() {
        QFETCH(QString, email);
        QFETCH(QString, mentions);
        const auto status = EmailDomain::validateEmail(email);
        QVERIFY2(!status.ok(), qPrintable(email));
        QVERIFY2(status.error().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(status.error()));
        QVERIFY(!EmailDomain::isValidEmail(email));
    }
};

QTEST_GUILESS_MAIN(TestEmailDomain)
#include "tst_emaildomain.moc"
