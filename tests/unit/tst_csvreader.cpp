// CsvReader on the files admins really have: spreadsheet exports with quotes, BOMs, CRLF and
// blank lines, and broken or hostile ones. Fixtures live in tests/data/csv/.
#include "app/importing/CsvReader.h"
#include "support/TestSupport.h"

#include <QtTest>

using namespace DeskBridge::Importing;

namespace {

QString fixturePath(const char *name) {
    return DeskBridge::Test::sourceDir() + u"/tests/data/csv/"_qs + QString::fromLatin1(name);
}

QList<qint64> recordLines(const CsvDocument &doc) {
    QList<qint64> lines;
    for (const CsvRecord &r : doc.records)
        lines.append(r.line);
    return lines;
}

QList<qint64> errorLines(const CsvDocument &doc) {
    QList<qint64> lines;
    for (const RowError &e : doc.errors)
        lines.append(e.line);
    return lines;
}

QString allErrors(const CsvDocument &doc) {
    QStringList out;
    for (const RowError &e : doc.errors)
        out.append(e.toString());
    return out.join(u'\n');
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(fixturePath("quoted.csv")),
                 "DESKBRIDGE_SOURCE_DIR must name the source tree");
    }

    void quotedValues() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("quoted.csv"));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.separator, QLatin1Char(','));
        QCOMPARE(doc.headerLine, 1);
        QCOMPARE(doc.header, (QStringList{u"name"_qs, u"email"_qs, u"notes"_qs}));
        // Records spanning several lines push the later ones down.
        QCOMPARE(recordLines(doc), (QList<qint64>{2, 4, 5, 8, 9}));
        QCOMPARE(doc.records[0].fields,
                 (QStringList{u"Anna \"Annie\" Berg"_qs, u"anna@example.com"_qs,
                              u"Line one\nline two, with comma"_qs}));
        QCOMPARE(doc.records[1].fields.at(2), u"plain"_qs);
        QCOMPARE(doc.records[2].fields.at(0), u"Carla"_qs);
        QCOMPARE(doc.records[2].fields.at(2), u"three\nline\nnote"_qs); // CRLF inside becomes LF
        QCOMPARE(doc.records[3].fields.at(2), u"say \"hi\""_qs);
        QCOMPARE(doc.records[4].fields.at(2), QString());
    }

    void bomCrlfAndBlankLines() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("bom_crlf_blank_lines.csv"));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.header, (QStringList{u"name"_qs, u"email"_qs})); // no BOM in "name"
        QCOMPARE(recordLines(doc), (QList<qint64>{3, 6, 9}));
        QCOMPARE(doc.records[0].fields, (QStringList{u"Anna"_qs, u"anna@example.com"_qs}));
        QCOMPARE(doc.records[1].fields.at(0), u"Bert\nBerg"_qs);
        QCOMPARE(doc.records[2].fields, (QStringList{u"Carla"_qs, u"carla@example.com"_qs}));
    }

    void semicolonSeparator() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("semicolon.csv"));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.separator, QLatin1Char(';'));
        QCOMPARE(recordLines(doc), (QList<qint64>{2, 3}));
        QCOMPARE(doc.records[0].fields,
                 (QStringList{u"Müller, Hans"_qs, u"hans@example.de"_qs, u"Acme, Inc.;Beta"_qs}));
        QCOMPARE(doc.records[1].fields,
                 (QStringList{u"Semi;Colon"_qs, u"semi@example.de"_qs, QString()}));
    }

    void excelSeparatorLine() {
        const CsvDocument doc =
            CsvReader::parse("sep=;\r\nname;email\r\nAnna, B.;a@example.com\r\n");
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.separator, QLatin1Char(';'));
        QCOMPARE(doc.headerLine, 2);
        QCOMPARE(recordLines(doc), (QList<qint64>{3}));
        QCOMPARE(doc.records[0].fields.at(0), u"Anna, B."_qs);
    }

    void lineEndings_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("LF") << QByteArray("\n\nname,email\na,1\n\nb,2\n");
        QTest::newRow("CRLF") << QByteArray("\r\n\r\nname,email\r\na,1\r\n\r\nb,2\r\n");
        QTest::newRow("CR") << QByteArray("\r\rname,email\ra,1\r\rb,2");
        QTest::newRow("whitespace-only line") << QByteArray("\n  \nname,email\na,1\n\t\nb,2");
    }
    void lineEndings() {
        QFETCH(QByteArray, data);
        const CsvDocument doc = CsvReader::parse(data);
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.headerLine, 3);
        QCOMPARE(recordLines(doc), (QList<qint64>{4, 6}));
        QCOMPARE(doc.records[1].fields, (QStringList{u"b"_qs, u"2"_qs}));
    }

    void tenThousandCharacterFields() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("long_fields.csv"));
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(recordLines(doc), (QList<qint64>{2, 3, 5}));
        QCOMPARE(doc.records[0].fields.at(2).size(), 10000);
        const QString quoted = doc.records[1].fields.at(2);
        QCOMPARE(quoted.size(), 10000);
        QVERIFY(quoted.startsWith(u"x\"x\"x\""_qs));
        QVERIFY(quoted.endsWith(u"y,y,z"_qs));
        QCOMPARE(quoted.count(u'\n'), 1);
        QCOMPARE(quoted.indexOf(u'\n'), 5000);
        QCOMPARE(doc.records[2].fields.at(2), u"short"_qs);
    }

    void strayQuotesAreKept() {
        const CsvDocument doc = CsvReader::parse("a,b\n5\" screen,\"abc\"def\n");
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.records[0].fields, (QStringList{u"5\" screen"_qs, u"abcdef"_qs}));
    }

    void wrongColumnCount() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("wrong_columns.csv"));
        QCOMPARE(errorLines(doc), (QList<qint64>{3, 4}));
        QVERIFY2(doc.errors[0].message.contains(u"has 2 values"_qs), qPrintable(allErrors(doc)));
        QVERIFY(doc.errors[0].message.contains(u"header line has 3 columns"_qs));
        QVERIFY(doc.errors[1].message.contains(u"has 4 values"_qs));
        QVERIFY(doc.errors[0].column.isEmpty());
        // Stray trailing separators (line 5) carry no data and are tolerated.
        QCOMPARE(recordLines(doc), (QList<qint64>{2, 5, 6}));
        QCOMPARE(doc.records[1].fields,
                 (QStringList{u"Dieter"_qs, u"dieter@example.com"_qs, u"end-user"_qs}));
    }

    void unterminatedQuote() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("unterminated_quote.csv"));
        QVERIFY2(errorLines(doc) == (QList<qint64>{3}), qPrintable(allErrors(doc)));
        QVERIFY2(doc.errors[0].message.contains(u"closing quote"_qs), qPrintable(allErrors(doc)));
        QCOMPARE(recordLines(doc), (QList<qint64>{2}));
        QVERIFY(!doc.complete); // an import must not go ahead with only the first rows
    }

    void invalidUtf8() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("invalid_utf8.csv"));
        QVERIFY(doc.complete); // bad lines are skipped, reading goes on
        // Line 5 is the second line of a quoted value that starts on line 4.
        QCOMPARE(errorLines(doc), (QList<qint64>{3, 5, 7}));
        QVERIFY2(doc.errors[0].message.contains(u"UTF-8"_qs), qPrintable(allErrors(doc)));
        QCOMPARE(recordLines(doc), (QList<qint64>{2, 6}));
        QCOMPARE(doc.records[1].fields.at(2), u"äöü fine"_qs);
    }

    void valueOver64KiB() {
        const QByteArray limit(CsvReader::MaxFieldBytes, 'a');
        const QByteArray over(CsvReader::MaxFieldBytes + 1, 'b');
        QByteArray doubledQuotes;
        for (int i = 0; i < 40000; ++i)
            doubledQuotes += "\"\""; // 80,000 bytes in the file, 40,000 once read: fine
        QByteArray manyDoubledQuotes;
        for (int i = 0; i < 70000; ++i)
            manyDoubledQuotes += "\"\""; // 70,000 once read: too long
        const QByteArray data = "name,notes\n"
                                "at limit," +
                                limit +
                                "\n"
                                "over unquoted," +
                                over +
                                "\n"
                                "over quoted,\"" +
                                over +
                                "\"\n"
                                "quotes,\"" +
                                doubledQuotes +
                                "\"\n"
                                "many quotes,\"" +
                                manyDoubledQuotes +
                                "\"\n"
                                "after,ok\n";
        const CsvDocument doc = CsvReader::parse(data);
        QCOMPARE(errorLines(doc), (QList<qint64>{3, 4, 6}));
        QVERIFY2(doc.errors[0].message.contains(u"64 KiB"_qs), qPrintable(allErrors(doc)));
        QCOMPARE(recordLines(doc), (QList<qint64>{2, 5, 7}));
        QCOMPARE(doc.records[0].fields.at(1).size(), CsvReader::MaxFieldBytes);
        QCOMPARE(doc.records[1].fields.at(1), QString(40000, u'"'));
    }

    void hostileInput() {
        // A quote opened at the start and never closed: one error, no hang.
        QByteArray unclosed = "name\n\"";
        unclosed += QByteArray(2 * 1024 * 1024, 'x');
        CsvDocument doc = CsvReader::parse(unclosed);
        QCOMPARE(errorLines(doc), (QList<qint64>{2}));

        // Only quote characters.
        doc = CsvReader::parse(QByteArray(1000001, '"'));
        QVERIFY(!doc.errors.isEmpty());

        // Thousands of separators on one line.
        QByteArray wide = "a,b\n";
        wide += QByteArray(200000, ',') + "x\nc,d\n";
        doc = CsvReader::parse(wide);
        QCOMPARE(errorLines(doc), (QList<qint64>{2}));
        QVERIFY2(doc.errors[0].message.contains(u"more than 10000 values"_qs),
                 qPrintable(allErrors(doc)));
        QCOMPARE(recordLines(doc), (QList<qint64>{3}));

        // A broken header line stops the reading: no row could be matched against it.
        doc = CsvReader::parse(QByteArray(100000, ';') + "\na;b\n");
        QCOMPARE(errorLines(doc), (QList<qint64>{1}));
        QCOMPARE(doc.headerLine, 0);
        QVERIFY(doc.records.isEmpty());
        doc = CsvReader::parse("name,not\xff utf8\nAnna,x\n");
        QCOMPARE(errorLines(doc), (QList<qint64>{1}));
        QCOMPARE(doc.headerLine, 0);

        // NUL bytes and control characters are text like any other (valid UTF-8).
        doc = CsvReader::parse(QByteArray("a,b\nx\0y,z\n", 10));
        QCOMPARE(doc.records.size(), 1);
        QCOMPARE(doc.records[0].fields.at(0).size(), 3);
    }

    void manyRows() {
        QByteArray data = "name,email,notes\n";
        for (int i = 0; i < 100000; ++i)
            data += "User " + QByteArray::number(i) + ",user" + QByteArray::number(i) +
                    "@example.com,\"note, with \"\"quotes\"\"\"\n";
        qint64 calls = 0;
        qint64 lastDone = -1;
        bool monotonic = true;
        const CsvDocument doc = CsvReader::parse(data, [&](qint64 done, qint64 total) {
            ++calls;
            monotonic = monotonic && done >= lastDone && total == data.size();
            lastDone = done;
        });
        QVERIFY2(doc.errors.isEmpty(), qPrintable(allErrors(doc)));
        QCOMPARE(doc.records.size(), 100000);
        QCOMPARE(doc.records.constLast().line, 100001);
        QCOMPARE(doc.records.constLast().fields.at(2), u"note, with \"quotes\""_qs);
        QVERIFY(monotonic);
        QVERIFY(calls > 2);
        QCOMPARE(lastDone, data.size());
    }

    // An error on every line: the first thousand are listed, with a note first.
    void errorsAreCapped() {
        QByteArray data = "name,email\n";
        for (int i = 0; i < 5000; ++i)
            data += "only one value\n";
        data += "Anna,anna@example.com\n";
        const CsvDocument doc = CsvReader::parse(data);
        QCOMPARE(doc.errors.size(), RowError::MaxListed + 1);
        QCOMPARE(doc.errors[0].line, 0);
        QVERIFY2(doc.errors[0].message.contains(u"more than 1000 problems"_qs),
                 qPrintable(doc.errors[0].message));
        QCOMPARE(doc.errors[1].line, 2);
        QCOMPARE(doc.errors.constLast().line, 1001);
        QCOMPARE(recordLines(doc), (QList<qint64>{5002}));
    }

    void notACsvFile_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << u"empty"_qs;
        QTest::newRow("blank lines") << QByteArray("\r\n\n  \n") << u"empty"_qs;
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF") << u"empty"_qs;
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFEn\0a\0", 6) << u"UTF-16"_qs;
        QTest::newRow("workbook") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << u"workbook"_qs;
    }
    void notACsvFile() {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        const CsvDocument doc = CsvReader::parse(data);
        QCOMPARE(errorLines(doc), (QList<qint64>{1}));
        QVERIFY2(doc.errors[0].message.contains(mentions), qPrintable(allErrors(doc)));
        QCOMPARE(doc.headerLine, 0);
        QVERIFY(doc.records.isEmpty());
    }

    void missingFile() {
        const CsvDocument doc = CsvReader::readFile(fixturePath("does-not-exist.csv"));
        QCOMPARE(errorLines(doc), (QList<qint64>{0}));
        QVERIFY(doc.errors[0].message.contains(u"does-not-exist.csv"_qs));
    }

    void errorText() {
        QCOMPARE((RowError{7, u"email"_qs, u"Bad."_qs}).toString(),
                 u"Line 7, column email: Bad."_qs);
        QCOMPARE((RowError{7, QString(), u"Bad."_qs}).toString(), u"Line 7: Bad."_qs);
        QCOMPARE((RowError{0, QString(), u"Bad."_qs}).toString(), u"Bad."_qs);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
