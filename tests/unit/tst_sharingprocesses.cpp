// Two `deskbridge serve` processes sharing over real HTTPS, agreements made with the CLI, and the
// receiver killed with SIGKILL in the middle of 1,000 updates and started again: everything
// arrives exactly once, in order.
#include "app/services/TicketService.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

namespace {
constexpr int kUpdates = 1000;

QProcessEnvironment cliEnvironment() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("deskbridge.*.debug=false"));
    return env;
}

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QString &dir, QStringList args) {
    args << QStringLiteral("--data-dir") << dir;
    QProcess p;
    p.setProcessEnvironment(cliEnvironment());
    p.start(Test::deskbridgeBinary(), args);
    if (!p.waitForFinished(60000))
        qFatal("deskbridge %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

quint16 freePort() {
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// A running `deskbridge serve`; its sharing URL and fingerprint as it printed them.
struct Server {
    std::unique_ptr<QProcess> process;
    QString url;
    QString fingerprint;

    bool start(const QString &dir, quint16 port) {
        process = std::make_unique<QProcess>();
        process->setProcessEnvironment(cliEnvironment());
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(Test::deskbridgeBinary(),
                       {QStringLiteral("serve"), QStringLiteral("--listen"),
                        QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data-dir"),
                        dir});
        QString out;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(process->readAllStandardOutput());
                return out.contains(QLatin1String("Fingerprint:")) &&
                       out.indexOf(QLatin1Char('\n'), out.indexOf(QLatin1String("Fingerprint:"))) >
                           0;
            },
            30000);
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Sharing URL:")))
                url = line.section(QLatin1Char(':'), 1).trimmed();
            if (line.startsWith(QLatin1String("Fingerprint:")))
                fingerprint = line.section(QLatin1Char(':'), 1).trimmed();
        }
        if (!ok)
            qWarning() << out << process->readAllStandardError();
        return ok && !url.isEmpty();
    }
    void terminate() {
        if (!process)
            return;
        process->terminate();
        process->waitForFinished(20000);
    }
};

QJsonArray jsonArray(const Run &r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QStringList commentBodies(const QString &dir) {
    auto opened = Instance::open(dir);
    if (!opened)
        return {};
    QStringList out;
    QSqlQuery q((*opened)->database().connection());
    if (q.exec(QStringLiteral("SELECT body FROM comments WHERE ticket_id = (SELECT ticket_id FROM "
                              "ticket_shares LIMIT 1) ORDER BY created_at, id")))
        while (q.next())
            out.append(q.value(0).toString());
    return out;
}
} // namespace

class TestSharingProcesses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void receiverKilledMidwayLosesAndDuplicatesNothing();
};

void TestSharingProcesses::receiverKilledMidwayLosesAndDuplicatesNothing() {
    QVERIFY(QFile::exists(Test::deskbridgeBinary()));
    QTemporaryDir tmp;
    const QString a = tmp.filePath(QStringLiteral("retailer"));
    const QString b = tmp.filePath(QStringLiteral("manufacturer"));
    for (const auto &[dir, name] :
         {std::pair{a, QStringLiteral("Retailer")}, std::pair{b, QStringLiteral("Manufacturer")}})
        QCOMPARE(cli(dir, {QStringLiteral("init"), QStringLiteral("--account"), name,
                           QStringLiteral("--admin-email"), QStringLiteral("admin@example.test"),
                           QStringLiteral("--admin-name"), QStringLiteral("Ada Admin"),
                           QStringLiteral("--plan"), QStringLiteral("enterprise")})
                     .code,
                 0);
    Server serverA, serverB;
    QVERIFY(serverA.start(a, freePort()));
    const quint16 portB = freePort();
    QVERIFY(serverB.start(b, portB));

    // The handshake, all through the CLI.
    const Run invited =
        cli(a, {QStringLiteral("agreement"), QStringLiteral("invite"), QStringLiteral("--url"),
                serverB.url, QStringLiteral("--name"), QStringLiteral("Manufacturer"),
                QStringLiteral("--fingerprint"), serverB.fingerprint, QStringLiteral("--comments"),
                QStringLiteral("public"), QStringLiteral("--json")});
    QVERIFY2(invited.code == 0, qPrintable(invited.err));
    const QString uuid =
        QJsonDocument::fromJson(invited.out.toUtf8())[QStringLiteral("uuid")].toString();
    QTRY_VERIFY_WITH_TIMEOUT(!jsonArray(cli(b, {QStringLiteral("agreement"), QStringLiteral("list"),
                                                QStringLiteral("--json")}))
                                  .isEmpty(),
                             20000);
    const Run accepted = cli(b, {QStringLiteral("agreement"), QStringLiteral("accept"), uuid});
    QVERIFY2(accepted.code == 0, qPrintable(accepted.err));
    QTRY_COMPARE_WITH_TIMEOUT(jsonArray(cli(a, {QStringLiteral("agreement"), QStringLiteral("list"),
                                                QStringLiteral("--json")}))
                                  .at(0)[QStringLiteral("status")]
                                  .toString(),
                              QStringLiteral("accepted"), 20000);
    // An agent cannot do any of it.
    QCOMPARE(cli(a, {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
                     QStringLiteral("Bob"), QStringLiteral("--email"),
                     QStringLiteral("bob@example.test"), QStringLiteral("--role"),
                     QStringLiteral("agent")})
                 .code,
             0);
    const Run agentDeactivates =
        cli(a, {QStringLiteral("agreement"), QStringLiteral("deactivate"), uuid,
                QStringLiteral("--as"), QStringLiteral("bob@example.test")});
    QCOMPARE(agentDeactivates.code, 1);
    QVERIFY(agentDeactivates.err.contains(QLatin1String("administrators")));

    const Run created = cli(a, {QStringLiteral("ticket"), QStringLiteral("create"),
                                QStringLiteral("--requester"), QStringLiteral("kim@kunde.test"),
                                QStringLiteral("--subject"), QStringLiteral("Many updates"),
                                QStringLiteral("--comment"), QStringLiteral("start")});
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const Domain::Id ticket = created.out.trimmed().toLongLong();
    const Run shared =
        cli(a, {QStringLiteral("ticket"), QStringLiteral("share"), QString::number(ticket),
                QStringLiteral("--agreement"), QStringLiteral("Manufacturer"),
                QStringLiteral("--as"), QStringLiteral("bob@example.test")});
    QVERIFY2(shared.code == 0, qPrintable(shared.err));

    // 1,000 updates written to A's database (a third connection); A's serve delivers them.
    {
        auto opened = Instance::open(a);
        QVERIFY(opened);
        Instance &instance = **opened;
        const Domain::User admin = instance.actor(QStringLiteral("admin@example.test")).value();
        bool killed = false;
        for (int i = 0; i < kUpdates; ++i) {
            QVERIFY(instance.tickets().addComment(admin, ticket, QStringLiteral("update %1").arg(i),
                                                  true));
            if (!killed && i == kUpdates / 2) {
                // Kill the receiver once it is busy receiving.
                QTRY_VERIFY_WITH_TIMEOUT(commentBodies(b).size() > 20, 30000);
                serverB.process->kill(); // SIGKILL
                serverB.process->waitForFinished(10000);
                killed = true;
            }
        }
    }
    QVERIFY(serverB.start(b, portB));
    QCOMPARE(cli(a, {QStringLiteral("agreement"), QStringLiteral("retry"), uuid}).code, 0);
    QTRY_COMPARE_WITH_TIMEOUT(commentBodies(b).size(), kUpdates + 1, 90000);
    const QStringList bodies = commentBodies(b);
    QCOMPARE(bodies.first(), QStringLiteral("start"));
    for (int i = 0; i < kUpdates; ++i)
        QCOMPARE(bodies.at(i + 1), QStringLiteral("update %1").arg(i));
    const Run show = cli(
        a, {QStringLiteral("agreement"), QStringLiteral("show"), uuid, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(show.out.toUtf8())[QStringLiteral("queue_length")].toInt(), 0);
    serverA.terminate();
    serverB.terminate();
}

QTEST_GUILESS_MAIN(TestSharingProcesses)
#include "tst_sharingprocesses.moc"
