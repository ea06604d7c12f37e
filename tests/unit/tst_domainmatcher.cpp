// Which organization a user's email address leads to.
#include "models/domain/DomainMatcher.h"

#include <QtTest>

using DeskBridge::Domain::DomainMatcher;

class TestDomainMatcher : public QObject {
    Q_OBJECT

private:
    static DomainMatcher sample() {
        return DomainMatcher({{u"example.com"_qs, 1},
                              {u".example.com"_qs, 2},
                              {u".sales.example.com"_qs, 3},
                              {u"shop.example.com"_qs, 4},
                              {u".xn--bcher-kva.de"_qs, 5},
                              {u"acme.org"_qs, 6}});
    }

private slots:
    void match_data() {
        QTest::addColumn<QString>("email");
        QTest::addColumn<qint64>("organization"); // 0: no match
        QTest::newRow("exact beats wildcard of equal length") << u"a@example.com"_qs << qint64(1);
        QTest::newRow("wildcard matches subdomain") << u"a@it.example.com"_qs << qint64(2);
        QTest::newRow("wildcard matches deep subdomain") << u"a@x.y.z.example.com"_qs << qint64(2);
        QTest::newRow("longest suffix wins") << u"a@eu.sales.example.com"_qs << qint64(3);
        QTest::newRow("wildcard matches its own domain") << u"a@sales.example.com"_qs << qint64(3);
        QTest::newRow("exact subdomain") << u"a@shop.example.com"_qs << qint64(4);
        QTest::newRow("below an exact subdomain the wildcard applies")
            << u"a@de.shop.example.com"_qs << qint64(2);
        QTest::newRow("exact matches no subdomain") << u"a@mail.acme.org"_qs << qint64(0);
        QTest::newRow("exact") << u"a@acme.org"_qs << qint64(6);
        QTest::newRow("case-insensitive") << u"Anna@IT.Example.COM"_qs << qint64(2);
        QTest::newRow("idn address, ace domain") << u"a@Bücher.de"_qs << qint64(5);
        QTest::newRow("idn subdomain") << u"a@shop.bücher.de"_qs << qint64(5);
        QTest::newRow("suffix on a label boundary only") << u"a@badexample.com"_qs << qint64(0);
        QTest::newRow("other domain") << u"a@example.org"_qs << qint64(0);
        QTest::newRow("tld alone") << u"a@com"_qs << qint64(0);
        QTest::newRow("no at") << u"example.com"_qs << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }
    void match() {
        QFETCH(QString, email);
        QFETCH(qint64, organization);
        const auto found = sample().match(email);
        if (organization == 0) {
            QVERIFY2(!found.has_value(), qPrintable(QString::number(found.value_or(0))));
        } else {
            QVERIFY(found.has_value());
            QCOMPARE(*found, organization);
        }
    }

    void insertNormalizesLoosely() {
        DomainMatcher m;
        QVERIFY(m.isEmpty());
        m.insert(u" @Example.COM. "_qs, 7);
        m.insert(u"*.Sub.Example.com"_qs, 8);
        m.insert(u"münchen.de"_qs, 9);
        QCOMPARE(m.size(), 3);
        QCOMPARE(m.match(u"x@example.com"_qs), std::optional<qint64>(7));
        QCOMPARE(m.match(u"x@a.sub.example.com"_qs), std::optional<qint64>(8));
        QCOMPARE(m.match(u"x@xn--mnchen-3ya.de"_qs), std::optional<qint64>(9));
        QCOMPARE(m.matchDomain(u"sub.example.com"_qs), std::optional<qint64>(8));
        m.insert(u"example.com"_qs, 10); // moved to another organization
        QCOMPARE(m.match(u"x@example.com"_qs), std::optional<qint64>(10));
    }

    void emptyMatcher() {
        const DomainMatcher m;
        QVERIFY(!m.match(u"a@example.com"_qs).has_value());
    }

    // Many domains, many look-ups: every answer is right. (Speed is measured by the bench.)
    void manyDomains() {
        QList<std::pair<QString, qint64>> domains;
        for (int i = 0; i < 20000; ++i)
            domains.append({u".company%1.example"_qs.arg(i), i + 1});
        const DomainMatcher m(domains);
        qint64 matched = 0;
        for (int i = 0; i < 100000; ++i) {
            const QString email = u"user%1@dept.company%2.example"_qs.arg(i).arg(i % 25000);
            const auto org = m.match(email);
            if (i % 25000 < 20000) {
                QCOMPARE(org.value_or(-1), qint64(i % 25000 + 1));
                ++matched;
            } else {
                QVERIFY(!org.has_value());
            }
        }
        QCOMPARE(matched, qint64(80000));
    }
};

QTEST_GUILESS_MAIN(TestDomainMatcher)
#include "tst_domainmatcher.moc"
