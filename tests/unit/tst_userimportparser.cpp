// UserImportParser: Zendesk-style user CSV files into rows, and every row error with its line.
#include "app/importing/UserImportParser.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QtTest>

using namespace DeskBridge::Importing;
using DeskBridge::Domain::Role;

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

class TestUserImportParser : public QObject {
    Q_OBJECT

private slots:
    void validFile() {
        const UserImportResult r = UserImportParser::parse(fixture("users.csv"));
        QVERIFY2(r.ok(), qPrintable(allErrors(r.errors)));
        QCOMPARE(r.ignoredColumns, QStringList{u"Phone"_qs});
        QCOMPARE(r.rows.size(), 6);

        const UserImportRow &anna = r.rows[0];
        QCOMPARE(anna.line, 2);
        QCOMPARE(anna.name, u"Anna Berg"_qs);
        QCOMPARE(anna.email, u"anna@example.com"_qs);
        QCOMPARE(anna.role, Role::Agent);
        QCOMPARE(anna.organizations, (QStringList{u"Acme"_qs, u"Beta"_qs, u"Gamma"_qs}));
        QCOMPARE(anna.tags, (QStringList{u"vip"_qs, u"gold"_qs}));
        QCOMPARE(anna.externalId, u"u-1"_qs);
        QCOMPARE(anna.notes, u"Prefers\nphone calls"_qs);

        const UserImportRow &bert = r.rows[1];
        QCOMPARE(bert.line, 4); // Anna's notes take two lines
        QCOMPARE(bert.email, u"BERT@Example.com"_qs);
        QCOMPARE(bert.role, Role::EndUser);
        QVERIFY(bert.organizations.isEmpty());
        QVERIFY(bert.tags.isEmpty());

        const UserImportRow &carla = r.rows[2];
        QCOMPARE(carla.line, 5);
        QCOMPARE(carla.email, u"carla@bücher.de"_qs);
        QCOMPARE(carla.role, Role::EndUser);
        QCOMPARE(carla.organizations, (QStringList{u"Beta"_qs, u"Delta"_qs}));
        QCOMPARE(carla.tags, (QStringList{u"a"_qs, u"b"_qs, u"c"_qs, u"d"_qs}));

        QCOMPARE(r.rows[3].role, Role::EndUser);
        QCOMPARE(r.rows[3].organizations, QStringList{u"Acme"_qs});
        QCOMPARE(r.rows[4].role, Role::Admin);
        QCOMPARE(r.rows[5].role, Role::EndUser);
        QCOMPARE(r.rows[5].line, 8);
        // An empty role is an end user for new users, but says nothing for existing ones.
        QVERIFY(anna.hasRole);
        QVERIFY(!r.rows[5].hasRole);
    }

    void everyErrorKind() {
        const UserImportResult r = UserImportParser::parse(fixture("users_errors.csv"), 3);
        const QList<Where> expected = {
            {4, u"name"_qs},  {5, u"email"_qs},  {6, u"email"_qs},
            {7, u"role"_qs},  {8, u"email"_qs},  {9, u"organizations"_qs},
            {11, u"name"_qs}, {11, u"email"_qs}, {11, u"role"_qs}};
        QCOMPARE(where(r.errors), expected);
        const auto message = [&](int i) { return r.errors.at(i).message; };
        QVERIFY2(message(0).contains(u"name is missing"_qs), qPrintable(allErrors(r.errors)));
        QVERIFY(message(1).contains(u"email address is missing"_qs));
        QVERIFY(message(2).contains(u"carla(at)example.com"_qs));
        QVERIFY(message(3).contains(u"“superhero” is not a role"_qs));
        QVERIFY(message(4).contains(u"ANNA@Example.com already appears on line 2"_qs));
        QVERIFY(message(5).contains(u"given 4"_qs));
        QVERIFY(message(5).contains(u"at most 3"_qs));
        // Only the good rows come out; the organization names stay as written.
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[0].line, 2);
        QCOMPARE(r.rows[1].line, 10);
        QCOMPARE(r.rows[1].organizations, (QStringList{u"Acme"_qs, u"Beta"_qs, u"Gamma"_qs}));
    }

    void organizationLimitOfOne() {
        const QByteArray csv = "name,email,organization,organizations\n"
                               "Anna,anna@example.com,Acme,\n"
                               "Bert,bert@example.com,Acme,Acme\n"
                               "Carla,carla@example.com,Acme,Beta\n";
        const UserImportResult r = UserImportParser::parse(csv, 1);
        QCOMPARE(where(r.errors), (QList<Where>{{4, u"organizations"_qs}}));
        QVERIFY(r.errors[0].message.contains(u"at most 1"_qs));
        QCOMPARE(r.rows.size(), 2);
    }

    void singleOrganizationColumnIsOneName() {
        const QByteArray csv = "name,email,organization\n"
                               "Anna,anna@example.com,Smith; Jones & Partners\n";
        const UserImportResult r = UserImportParser::parse(csv, 1);
        QVERIFY2(r.ok(), qPrintable(allErrors(r.errors)));
        QCOMPARE(r.rows[0].organizations, QStringList{u"Smith; Jones & Partners"_qs});
    }

    void duplicateEmailSpellings() {
        const QByteArray csv = "name,email\n"
                               "A,info@bücher.de\n"
                               "\n"
                               "B,INFO@xn--bcher-kva.de\n";
        const UserImportResult r = UserImportParser::parse(csv);
        QCOMPARE(where(r.errors), (QList<Where>{{4, u"email"_qs}}));
        QVERIFY(r.errors[0].message.contains(u"line 2"_qs));
    }

    void missingRequiredColumn() {
        const UserImportResult r = UserImportParser::parse(fixture("users_missing_column.csv"));
        QCOMPARE(where(r.errors), (QList<Where>{{1, u"email"_qs}}));
        QVERIFY2(r.errors[0].message.contains(u"no “email” column"_qs),
                 qPrintable(allErrors(r.errors)));
        QVERIFY(r.rows.isEmpty());
        QCOMPARE(r.ignoredColumns, QStringList{u"e-mail address"_qs});
    }

    void duplicateColumn() {
        const UserImportResult r =
            UserImportParser::parse("name,email,Email\nAnna,a@example.com,b@example.com\n");
        QCOMPARE(where(r.errors), (QList<Where>{{1, u"email"_qs}}));
        QVERIFY(r.errors[0].message.contains(u"twice"_qs));
    }

    // Errors of the CSV reader and of the rows come out together, in line order.
    void readerErrorsMerged() {
        const QByteArray csv = "name;email;role\n"
                               "Anna;anna@example.com\n"
                               ";bert@example.com;agent\n"
                               "Carla;carla@example.com;agent\n"
                               "Dora;\"dora@example.com;admin\n";
        const UserImportResult r = UserImportParser::parse(csv);
        QCOMPARE(where(r.errors), (QList<Where>{{2, QString()}, {3, u"name"_qs}, {5, QString()}}));
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].line, 4);
    }

    void manyBadRows() {
        QByteArray csv = "name,email\n";
        for (int i = 0; i < 1500; ++i)
            csv += ",user" + QByteArray::number(i) + "@example.com\n";
        csv += "Anna,anna@example.com\n";
        const UserImportResult r = UserImportParser::parse(csv);
        QCOMPARE(r.errors.size(), RowError::MaxListed + 1);
        QCOMPARE(r.errors[0].line, 0); // "only the first 1000 are listed"
        // Rows past the listed errors are refused all the same.
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].line, 1502);
    }

    void emptyFile() {
        const UserImportResult r = UserImportParser::parse(QByteArray("\n\n"));
        QCOMPARE(where(r.errors), (QList<Where>{{1, QString()}})); // "empty", no column noise
    }

    void parseRole_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role"); // -1: refused
        QTest::newRow("empty") << QString() << int(Role::EndUser);
        QTest::newRow("end-user") << u"end-user"_qs << int(Role::EndUser);
        QTest::newRow("end_user") << u"end_user"_qs << int(Role::EndUser);
        QTest::newRow("enduser") << u"EndUser"_qs << int(Role::EndUser);
        QTest::newRow("end user") << u" End User "_qs << int(Role::EndUser);
        QTest::newRow("agent") << u"Agent"_qs << int(Role::Agent);
        QTest::newRow("admin") << u"ADMIN"_qs << int(Role::Admin);
        QTest::newRow("administrator") << u"administrator"_qs << int(Role::Admin);
        QTest::newRow("unknown") << u"owner"_qs << -1;
        QTest::newRow("light agent") << u"light agent"_qs << -1;
    }
    void parseRole() {
        QFETCH(QString, text);
        QFETCH(int, role);
        const auto parsed = UserImportParser::parseRole(text);
        QCOMPARE(parsed.has_value(), role >= 0);
        if (parsed)
            QCOMPARE(int(*parsed), role);
    }

    void progress() {
        QByteArray csv = "name,email\n";
        for (int i = 0; i < 30000; ++i)
            csv += "User,user" + QByteArray::number(i) + "@example.com\n";
        QList<std::pair<qint64, qint64>> calls;
        const UserImportResult r = UserImportParser::parse(csv, 1, [&](qint64 done, qint64 total) {
            calls.append({done, total});
        });
        QVERIFY(r.ok());
        QCOMPARE(r.rows.size(), 30000);
        QVERIFY(calls.size() >= 2);
        // Exactly one "done", and it comes last: after the rows were checked.
        QCOMPARE(calls.constLast(), (std::pair<qint64, qint64>(csv.size(), csv.size())));
        for (qsizetype i = 0; i + 1 < calls.size(); ++i) {
            QVERIFY(calls[i].first < csv.size());
            QVERIFY(calls[i].first <= calls[i + 1].first);
        }
    }
};

QTEST_GUILESS_MAIN(TestUserImportParser)
#include "tst_userimportparser.moc"
