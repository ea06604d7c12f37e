// WebInput: what the Help Center reads from browsers: forms ('+' is a space, strict UTF-8,
// broken escapes refused), cookies, Accept-Language with q-values, and local redirect paths.
#include "app/helpcenter/WebInput.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::HelpCenter;

class TestWebInput : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formDecodesPlusPercentAndUtf8() {
        const auto form = WebInput::parseForm(
            "subject=Drucker+geht+nicht%21&description=Zeile+1%0D%0AZeile%202+%C3%A4%C3%B6%C3%BC"
            "&empty=&csrf=abc%2Bdef&flag");
        QVERIFY(form.has_value());
        QCOMPARE(form->value(QStringLiteral("subject")), QStringLiteral("Drucker geht nicht!"));
        QCOMPARE(form->value(QStringLiteral("description")),
                 QStringLiteral("Zeile 1\r\nZeile 2 \u00e4\u00f6\u00fc"));
        QCOMPARE(form->value(QStringLiteral("csrf")), QStringLiteral("abc+def"));
        QVERIFY(form->contains(QStringLiteral("empty")));
        QVERIFY(form->value(QStringLiteral("empty")).isEmpty());
        QVERIFY(form->contains(QStringLiteral("flag")));
    }

    void formKeepsTheFirstOfRepeatedNames() {
        const auto form = WebInput::parseForm("csrf=first&csrf=second");
        QVERIFY(form.has_value());
        QCOMPARE(form->value(QStringLiteral("csrf")), QStringLiteral("first"));
    }

    void malformedFormsAreRefusedWhole() {
        QVERIFY(!WebInput::parseForm("a=1&b=%zz").has_value());
        QVERIFY(!WebInput::parseForm("a=%4").has_value());
        QVERIFY(!WebInput::parseForm("a=%").has_value());
        QVERIFY(!WebInput::parseForm("a=%C3%28").has_value()); // not UTF-8
        QVERIFY(!WebInput::parseForm("a=\xff").has_value());
        QVERIFY(WebInput::parseForm("").has_value());
        QVERIFY(WebInput::parseQuery(QStringLiteral("next=%2Fhc%2Frequests")).has_value());
        QCOMPARE(WebInput::parseQuery(QStringLiteral("next=%2Fhc%2Frequests"))
                     ->value(QStringLiteral("next")),
                 QStringLiteral("/hc/requests"));
    }

    void cookiesFromEveryCookieHeader() {
        Server::HttpHeaders headers{{"Cookie", "hc_session=abc; hc_lang=de"},
                                    {"cookie", "hc_csrf=\"xyz\"; hc_lang=en; junk"}};
        const auto cookies = WebInput::parseCookies(headers);
        QCOMPARE(cookies.value(QStringLiteral("hc_session")), QStringLiteral("abc"));
        QCOMPARE(cookies.value(QStringLiteral("hc_lang")), QStringLiteral("de"));
        QCOMPARE(cookies.value(QStringLiteral("hc_csrf")), QStringLiteral("xyz"));
        QVERIFY(!cookies.contains(QStringLiteral("junk")));
        QVERIFY(WebInput::parseCookies(Server::HttpHeaders{}).isEmpty());
    }

    void languageFromCookieThenAcceptLanguage_data() {
        QTest::addColumn<QString>("cookie");
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QString() << QByteArray() << QStringLiteral("en");
        QTest::newRow("german") << QString() << QByteArray("de-DE,de;q=0.9") << "de";
        QTest::newRow("q decides") << QString() << QByteArray("en;q=0.4, de;q=0.8") << "de";
        QTest::newRow("order breaks ties") << QString() << QByteArray("en, de") << "en";
        QTest::newRow("other languages skipped")
            << QString() << QByteArray("fr-CH, fr;q=0.9, de;q=0.7, *;q=0.5") << "de";
        QTest::newRow("q=0 is refusal") << QString() << QByteArray("de;q=0, fr") << "en";
        QTest::newRow("upper case") << QString() << QByteArray("DE-AT") << "de";
        QTest::newRow("garbage") << QString() << QByteArray(";;,q=,de;q=abc") << "en";
        QTest::newRow("cookie wins") << QStringLiteral("de") << QByteArray("en") << "de";
        QTest::newRow("cookie en") << QStringLiteral("en") << QByteArray("de") << "en";
        QTest::newRow("bad cookie ignored") << QStringLiteral("fr") << QByteArray("de") << "de";
    }

    void languageFromCookieThenAcceptLanguage() {
        QFETCH(QString, cookie);
        QFETCH(QByteArray, accept);
        QFETCH(QString, expected);
        QCOMPARE(WebInput::language(cookie, accept), expected);
    }

    void onlyLocalHelpCenterPathsAreRedirectTargets_data() {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("hc") << QStringLiteral("/hc") << true;
        QTest::newRow("ticket") << QStringLiteral("/hc/requests/12#latest") << true;
        QTest::newRow("org page") << QStringLiteral("/hc/organization-requests?org=3&after=ab%7C12")
                                  << true;
        QTest::newRow("absolute") << QStringLiteral("https://evil.example/hc") << false;
        QTest::newRow("scheme relative") << QStringLiteral("//evil.example/hc") << false;
        QTest::newRow("backslash") << QStringLiteral("/hc\\..\\evil") << false;
        QTest::newRow("backslashes") << QStringLiteral("/\\evil.example") << false;
        QTest::newRow("double slash inside") << QStringLiteral("/hc//evil.example") << false;
        QTest::newRow("prefix only") << QStringLiteral("/hcx/requests") << false;
        QTest::newRow("dot dot") << QStringLiteral("/hc/../sharing") << false;
        QTest::newRow("encoded dot dot") << QStringLiteral("/hc/%2e%2e/sharing") << false;
        QTest::newRow("encoded slash") << QStringLiteral("/hc/%2F%2Fevil") << false;
        QTest::newRow("header injection") << QStringLiteral("/hc\r\nSet-Cookie: x=1") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("sharing") << QStringLiteral("/sharing/agreements") << false;
    }

    void onlyLocalHelpCenterPathsAreRedirectTargets() {
        QFETCH(QString, candidate);
        QFETCH(bool, accepted);
        QCOMPARE(WebInput::localHcPath(candidate), accepted ? candidate : QString());
    }
};

QTEST_GUILESS_MAIN(TestWebInput)
#include "tst_webinput.moc"
