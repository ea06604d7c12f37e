// CsvColumns: columns found by header name whatever their order and spelling; list values.
#include "app/importing/CsvColumns.h"

#include <QtTest>

using namespace DeskBridge::Importing;

class TestCsvColumns : public QObject {
    Q_OBJECT

private slots:
    void findsColumnsByName() {
        const CsvDocument doc =
            CsvReader::parse("  Notes ,External ID,E-Mail,Name,Shoe size\nn,x-1,a@b.de,Anna,42\n");
        const CsvColumns columns(doc, {u"name"_qs, u"e_mail"_qs, u"external_id"_qs, u"notes"_qs},
                                 {u"name"_qs});
        QVERIFY(columns.errors().isEmpty());
        QCOMPARE(columns.ignored(), QStringList{u"Shoe size"_qs});
        const CsvRecord &r = doc.records.at(0);
        QCOMPARE(columns.value(r, u"name"_qs), u"Anna"_qs);
        QCOMPARE(columns.value(r, u"e_mail"_qs), u"a@b.de"_qs);
        QCOMPARE(columns.value(r, u"external_id"_qs), u"x-1"_qs);
        QCOMPARE(columns.value(r, u"notes"_qs), u"n"_qs);
        QVERIFY(!columns.has(u"tags"_qs));
        QCOMPARE(columns.value(r, u"tags"_qs), QString());
    }

    void headerProblems() {
        const CsvDocument doc = CsvReader::parse("\n\nname,NAME,notes\n");
        const CsvColumns columns(doc, {u"name"_qs, u"email"_qs, u"notes"_qs},
                                 {u"name"_qs, u"email"_qs});
        QCOMPARE(columns.errors().size(), 2);
        QCOMPARE(columns.errors()[0].line, 3); // the header line, wherever it is
        QCOMPARE(columns.errors()[0].column, u"name"_qs);
        QVERIFY(columns.errors()[0].message.contains(u"twice"_qs));
        QCOMPARE(columns.errors()[1].column, u"email"_qs);
        QVERIFY(columns.errors()[1].message.contains(u"name, email, notes"_qs));
    }

    void noHeaderNoColumnErrors() {
        const CsvDocument doc = CsvReader::parse(QByteArray());
        const CsvColumns columns(doc, {u"name"_qs}, {u"name"_qs});
        QVERIFY(columns.errors().isEmpty());
    }

    void splitList() {
        QCOMPARE(CsvColumns::splitList(u" vip,  Gold  beta,,VIP\tgold "_qs, u",", true),
                 (QStringList{u"vip"_qs, u"Gold"_qs, u"beta"_qs}));
        QCOMPARE(CsvColumns::splitList(u"Acme, Inc.; Beta GmbH ;;acme, inc."_qs, u";", false),
                 (QStringList{u"Acme, Inc."_qs, u"Beta GmbH"_qs}));
        QVERIFY(CsvColumns::splitList(u"  "_qs, u",", true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvColumns)
#include "tst_csvcolumns.moc"
