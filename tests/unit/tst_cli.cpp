// The `deskbridge` command line end to end, as a separate process on a temporary data directory.
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void scenario();
    void endUserSeesOnlyPublicComments();
    void badInputExitsNonZeroAndWritesNothing();
    void noAccountYet();
    void germanMessages();
    void newerDatabaseIsRefused();
    void serveStopsCleanlyOnSigterm();
    void unknownWordIsRefusedNotOpened();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(QStringList args, const QString &dataDir = {});
    QJsonObject json(const Run &r);
    QTemporaryDir m_tmp;
    QString m_dir;
};

TestCli::Run TestCli::run(QStringList args, const QString &dataDir) {
    if (!dataDir.isEmpty())
        args << QStringLiteral("--data-dir") << dataDir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(Test::deskbridgeBinary(), args);
    if (!p.waitForFinished(60000))
        qFatal("deskbridge did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject TestCli::json(const Run &r) {
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << r.err;
    return doc.object();
}

void TestCli::initTestCase() {
    QVERIFY2(QFile::exists(Test::deskbridgeBinary()), "DESKBRIDGE_BINARY must point at deskbridge");
    m_dir = m_tmp.filePath(QStringLiteral("account"));
    const Run r =
        run({QStringLiteral("init"), QStringLiteral("--account"), QStringLiteral("Acme Retail"),
             QStringLiteral("--admin-email"), QStringLiteral("ada@acme.test"),
             QStringLiteral("--admin-name"), QStringLiteral("Ada Admin")},
            m_dir);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Acme Retail")));
}

void TestCli::version() {
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("deskbridge ")));
}

void TestCli::scenario() {
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Bob Agent"), QStringLiteral("--email"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--role"), QStringLiteral("agent")},
            m_dir)
            .code,
        0);
    QCOMPARE(run({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Support")},
                 m_dir)
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("field"), QStringLiteral("create"), QStringLiteral("--title"),
                  QStringLiteral("Product"), QStringLiteral("--type"), QStringLiteral("dropdown"),
                  QStringLiteral("--option"), QStringLiteral("Kettle"), QStringLiteral("--option"),
                  QStringLiteral("Toaster")},
                 m_dir)
                 .code,
             0);
    const Run fields =
        run({QStringLiteral("field"), QStringLiteral("list"), QStringLiteral("--json")}, m_dir);
    QCOMPARE(QJsonDocument::fromJson(fields.out.toUtf8()).array().size(), 1);

    const Run created =
        run({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--as"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--requester"),
             QStringLiteral("carla@kunde.test"), QStringLiteral("--subject"),
             QStringLiteral("Wasserkocher undicht"), QStringLiteral("--comment"),
             QStringLiteral("Er tropft."), QStringLiteral("--tag"),
             QStringLiteral("garantieanspruch"), QStringLiteral("--priority"),
             QStringLiteral("high"), QStringLiteral("--field"), QStringLiteral("product=toaster")},
            m_dir);
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const QString id = created.out.trimmed();
    QVERIFY(id.toInt() > 0);

    const Run updated =
        run({QStringLiteral("ticket"), QStringLiteral("update"), id, QStringLiteral("--as"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--status"), QStringLiteral("pending"),
             QStringLiteral("--group"), QStringLiteral("Support"), QStringLiteral("--assignee"),
             QStringLiteral("bob@acme.test")},
            m_dir);
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    QCOMPARE(run({QStringLiteral("ticket"), QStringLiteral("comment"), id, QStringLiteral("--as"),
                  QStringLiteral("bob@acme.test"), QStringLiteral("--body"),
                  QStringLiteral("Internal: ask the manufacturer"), QStringLiteral("--private")},
                 m_dir)
                 .code,
             0);

    const QJsonObject t =
        json(run({QStringLiteral("ticket"), QStringLiteral("show"), id, QStringLiteral("--as"),
                  QStringLiteral("bob@acme.test"), QStringLiteral("--json")},
                 m_dir));
    QCOMPARE(t.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(t.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(t.value(QStringLiteral("group")).toString(), QStringLiteral("Support"));
    QCOMPARE(
        t.value(QStringLiteral("fields")).toObject().value(QStringLiteral("product")).toString(),
        QStringLiteral("Toaster"));
    QCOMPARE(t.value(QStringLiteral("tags")).toArray().first().toString(),
             QStringLiteral("garantieanspruch"));
    QCOMPARE(t.value(QStringLiteral("comments")).toArray().size(), 2);
    const QJsonArray events = t.value(QStringLiteral("events")).toArray();
    bool statusEvent = false;
    for (const auto &e : events)
        statusEvent |=
            e.toObject().value(QStringLiteral("field")).toString() == QLatin1String("status") &&
            e.toObject().value(QStringLiteral("to")).toString() == QLatin1String("pending");
    QVERIFY(statusEvent);

    const QJsonObject list = json(
        run({QStringLiteral("tickets"), QStringLiteral("--as"), QStringLiteral("bob@acme.test"),
             QStringLiteral("--view"), QStringLiteral("Pending tickets"), QStringLiteral("--json")},
            m_dir));
    QCOMPARE(list.value(QStringLiteral("count")).toInt(), 1);
    const QJsonObject search = json(run({QStringLiteral("tickets"), QStringLiteral("--search"),
                                         QStringLiteral("wasserkoch"), QStringLiteral("--json")},
                                        m_dir));
    QCOMPARE(search.value(QStringLiteral("count")).toInt(), 1);
}

void TestCli::endUserSeesOnlyPublicComments() {
    const Run created =
        run({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--requester"),
             QStringLiteral("dora@kunde.test"), QStringLiteral("--subject"),
             QStringLiteral("Toaster"), QStringLiteral("--comment"), QStringLiteral("public text")},
            m_dir);
    QCOMPARE(created.code, 0);
    const QString id = created.out.trimmed();
    QCOMPARE(run({QStringLiteral("ticket"), QStringLiteral("comment"), id, QStringLiteral("--body"),
                  QStringLiteral("secret note"), QStringLiteral("--private")},
                 m_dir)
                 .code,
             0);
    const Run shown =
        run({QStringLiteral("ticket"), QStringLiteral("show"), id, QStringLiteral("--as"),
             QStringLiteral("dora@kunde.test"), QStringLiteral("--json")},
            m_dir);
    QCOMPARE(shown.code, 0);
    QVERIFY(!shown.out.contains(QStringLiteral("secret note")));
    QVERIFY(shown.out.contains(QStringLiteral("public text")));
    QVERIFY(!json(shown).contains(QStringLiteral("events")));
    // Someone else's ticket is "not found" for dora, and her ticket list has only her own.
    const Run other = run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("1"),
                           QStringLiteral("--as"), QStringLiteral("dora@kunde.test")},
                          m_dir);
    QCOMPARE(other.code, 1);
    QVERIFY(other.err.contains(QStringLiteral("not found")));
    const QJsonObject mine = json(run({QStringLiteral("tickets"), QStringLiteral("--as"),
                                       QStringLiteral("dora@kunde.test"), QStringLiteral("--json")},
                                      m_dir));
    QCOMPARE(mine.value(QStringLiteral("count")).toInt(), 1);
}

void TestCli::badInputExitsNonZeroAndWritesNothing() {
    const auto count = [&] {
        return json(run({QStringLiteral("tickets"), QStringLiteral("--json")}, m_dir))
            .value(QStringLiteral("count"))
            .toInt();
    };
    const int before = count();
    struct Case {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--as"),
          QStringLiteral("nobody@acme.test"), QStringLiteral("--subject"), QStringLiteral("s"),
          QStringLiteral("--comment"), QStringLiteral("c")},
         1,
         "no user"},
        {{QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--subject"),
          QStringLiteral("s"), QStringLiteral("--comment"), QStringLiteral("c"),
          QStringLiteral("--priority"), QStringLiteral("extreme")},
         2,
         "not a valid value"},
        {{QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--subject"),
          QStringLiteral("s"), QStringLiteral("--comment"), QStringLiteral("c"),
          QStringLiteral("--field"), QStringLiteral("product=Fridge")},
         1,
         "not an option"},
        {{QStringLiteral("ticket"), QStringLiteral("update"), QStringLiteral("999"),
          QStringLiteral("--status"), QStringLiteral("open")},
         1,
         "not found"},
        {{QStringLiteral("ticket"), QStringLiteral("update"), QStringLiteral("1"),
          QStringLiteral("--status"), QStringLiteral("weird")},
         2,
         "not a valid value"},
        {{QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--as"),
          QStringLiteral("bob@acme.test"), QStringLiteral("--name"), QStringLiteral("X"),
          QStringLiteral("--email"), QStringLiteral("x@acme.test"), QStringLiteral("--role"),
          QStringLiteral("admin")},
         1,
         "Only administrators"},
        {{QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
          QStringLiteral("X"), QStringLiteral("--email"), QStringLiteral("not-an-email")},
         1,
         "not a valid email"},
        {{QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("abc")},
         2,
         "ticket number"},
        {{QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--bogus")},
         2,
         "Unknown option"},
    };
    for (const Case &c : cases) {
        const Run r = run(c.args, m_dir);
        QVERIFY2(r.code == c.code,
                 qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QString::fromLatin1(c.message)), qPrintable(r.err));
    }
    QCOMPARE(count(), before);
    QVERIFY(!run({QStringLiteral("user"), QStringLiteral("list")}, m_dir)
                 .out.contains(QStringLiteral("x@acme.test")));
}

void TestCli::noAccountYet() {
    QTemporaryDir empty;
    const Run r = run({QStringLiteral("tickets")}, empty.path());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("deskbridge init")));
}

void TestCli::germanMessages() {
    const Run r = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("ticket"),
                       QStringLiteral("show"), QStringLiteral("4242")},
                      m_dir);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("nicht gefunden")), qPrintable(r.err));
}

void TestCli::newerDatabaseIsRefused() {
    QTemporaryDir dir;
    QVERIFY(run({QStringLiteral("init"), QStringLiteral("--account"), QStringLiteral("N"),
                 QStringLiteral("--admin-email"), QStringLiteral("n@n.test"),
                 QStringLiteral("--admin-name"), QStringLiteral("N")},
                dir.path())
                .code == 0);
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("deskbridge.sqlite")),
                                                 QStringLiteral("PRAGMA user_version = 99;")});
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
    }
    const Run r = run({QStringLiteral("tickets")}, dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
}

void TestCli::serveStopsCleanlyOnSigterm() {
    QProcess serve;
    serve.start(Test::deskbridgeBinary(),
                {QStringLiteral("serve"), QStringLiteral("--data-dir"), m_dir});
    QVERIFY(serve.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += serve.readAllStandardOutput()).contains("Serving"), 20000);
    // While it serves, the CLI can still write to the same account (WAL, busy timeout).
    QCOMPARE(run({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("While serving")},
                 m_dir)
                 .code,
             0);
    serve.terminate(); // SIGTERM
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.exitCode(), 0);
    output += serve.readAllStandardOutput();
    QVERIFY2(output.contains("Stopped"), output.constData());
}

void TestCli::unknownWordIsRefusedNotOpened() {
    // A mistyped subcommand must not open the console window.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(Test::deskbridgeBinary(),
            {QStringLiteral("tickest"), QStringLiteral("--data-dir"), m_dir});
    QVERIFY(p.waitForFinished(30000)); // a console window would never finish by itself
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("Unknown command \"tickest\""));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
