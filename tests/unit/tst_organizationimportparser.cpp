// OrganizationImportParser: Zendesk-style organization CSV files into rows with normalized
// domains, and every row error with its line.
#include "app/importing/OrganizationImportParser.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace DeskBridge::Importing;
using DeskBridge::Domain::SharingMode;

namespace {

QByteArray fixture(const char *name) {
    QFile f(DeskBridge::Test::sourceDir() + u"/tests/data/csv/"_qs + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("Cannot read fixture %s (is DESKBRIDGE_SOURCE_DIR set?)", name);
    return f.readAll();
}

using Where = std::pair<qint64, QString>; // line, column

QList<Where> where(const QList<RowError> &errors) {
    QList<Where> out;
    for (const RowError &e : errors)
        out.append({e.line, e.column});
    return out;
}

QString allErrors(const QList<RowError> &errors) {
    QStringList out;
    for (const RowError &e : errors)
        out.append(e.toString());
    return out.join(u'\n');
}

} // namespace

class TestOrganizationImportParser : public QObject {
    Q_OBJECT

private slots:
    void validFile() {
        const OrganizationImportResult r =
            OrganizationImportParser::parse(fixture("organizations.csv"));
        QVERIFY2(r.ok(), qPrintable(allErrors(r.errors)));
        QCOMPARE(r.ignoredColumns, QStringList{u"Details"_qs});
        QCOMPARE(r.rows.size(), 7);

        const OrganizationImportRow &acme = r.rows[0];
        QCOMPARE(acme.line, 2);
        QCOMPARE(acme.name, u"Acme"_qs);
        QCOMPARE(acme.domains, (QStringList{u"acme.com"_qs, u".acme.de"_qs, u"acme.co.uk"_qs}));
        QCOMPARE(acme.sharingMode, std::optional(SharingMode::ViewAllAndComment));
        QCOMPARE(acme.group, u"Support"_qs);
        QCOMPARE(acme.notes, u"Key\naccount"_qs);
        QCOMPARE(acme.tags, (QStringList{u"vip"_qs, u"gold"_qs}));
        QCOMPARE(acme.externalId, u"o-1"_qs);

        QCOMPARE(r.rows[1].line, 4);
        QCOMPARE(r.rows[1].name, u"Beta GmbH"_qs);
        QCOMPARE(r.rows[1].domains, QStringList{u"xn--bcher-kva.de"_qs});
        QCOMPARE(r.rows[1].sharingMode, std::optional(SharingMode::OwnTickets));
        QCOMPARE(r.rows[2].sharingMode, std::optional(SharingMode::ViewAll));           // view
        QCOMPARE(r.rows[3].sharingMode, std::optional(SharingMode::ViewAllAndComment)); // comment
        QCOMPARE(r.rows[4].sharingMode, std::optional(SharingMode::OwnTickets));        // false
        QCOMPARE(r.rows[5].sharingMode, std::optional(SharingMode::ViewAll)); // true, no comments
        QCOMPARE(r.rows[6].sharingMode, std::nullopt);                        // left open
        QVERIFY(r.rows[6].domains.isEmpty());
    }

    void everyErrorKind() {
        const OrganizationImportResult r =
            OrganizationImportParser::parse(fixture("organizations_errors.csv"));
        const QList<Where> expected = {{3, u"name"_qs},         {4, u"name"_qs},
                                       {5, u"domain_names"_qs}, {5, u"domain_names"_qs},
                                       {6, u"domain_names"_qs}, {7, u"domain_names"_qs},
                                       {8, u"shared"_qs},       {9, u"shared_comments"_qs}};
        QCOMPARE(where(r.errors), expected);
        const auto message = [&](int i) { return r.errors.at(i).message; };
        QVERIFY2(message(0).contains(u"name of the organization is missing"_qs),
                 qPrintable(allErrors(r.errors)));
        QVERIFY(message(1).contains(u"“ACME” already appears on line 2"_qs));
        QVERIFY(message(2).contains(u"gmail.com is a free email service"_qs));
        QVERIFY(message(3).contains(u"web.de is a free email service"_qs));
        QVERIFY(message(4).contains(u"“_”"_qs));
        QVERIFY(message(5).contains(u"acme.com is already given to the organization on line 2"_qs));
        QVERIFY(message(6).contains(u"“sometimes” is not a sharing setting"_qs));
        QVERIFY(message(7).contains(u"“maybe”"_qs));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].name, u"Acme"_qs);
    }

    void exactAndWildcardAreDifferentDomains() {
        const QByteArray csv = "name,domain_names\n"
                               "Acme,example.com EXAMPLE.com @example.com\n"
                               "Acme Subsidiaries,.example.com\n";
        const OrganizationImportResult r = OrganizationImportParser::parse(csv);
        QVERIFY2(r.ok(), qPrintable(allErrors(r.errors)));
        QCOMPARE(r.rows[0].domains, QStringList{u"example.com"_qs});
        QCOMPARE(r.rows[1].domains, QStringList{u".example.com"_qs});
    }

    void missingNameColumn() {
        const OrganizationImportResult r =
            OrganizationImportParser::parse("domain_names;shared\nacme.com;true\n");
        QCOMPARE(where(r.errors), (QList<Where>{{1, u"name"_qs}}));
        QVERIFY(r.errors[0].message.contains(u"no “name” column"_qs));
        QVERIFY(r.rows.isEmpty());
    }

    void progressEndsWhenDone() {
        const QByteArray csv = fixture("organizations.csv");
        QList<std::pair<qint64, qint64>> calls;
        const OrganizationImportResult r =
            OrganizationImportParser::parse(csv, [&](qint64 done, qint64 total) {
                calls.append({done, total});
            });
        QVERIFY(r.ok());
        QCOMPARE(calls, (QList<std::pair<qint64, qint64>>{{csv.size(), csv.size()}}));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationImportParser)
#include "tst_organizationimportparser.moc"
