// `deskbridge user set-password` and `deskbridge user password-link` end to end, as a separate
// process on a temporary data directory: the password from standard input, exit codes and
// messages, and that what the commands did works in the Help Center (sign-in, the link).
#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::HelpCenter;

class TestHelpCenterCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void setPasswordFromStandardInput();
    void setPasswordRefusals();
    void clearPassword();
    void passwordLink();
    void helpMentionsTheCommands();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(QStringList args, const QByteArray &input = {});
    // Whether the Help Center signs `email` in with `password` (opens the account in-process).
    bool signsIn(const QString &email, const QString &password);
    QTemporaryDir m_tmp;
    QString m_dir;
};

TestHelpCenterCommands::Run TestHelpCenterCommands::run(QStringList args, const QByteArray &input) {
    args << QStringLiteral("--data-dir") << m_dir;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(Test::deskbridgeBinary(), args);
    if (!p.waitForStarted(30000))
        qFatal("deskbridge did not start");
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("deskbridge did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

bool TestHelpCenterCommands::signsIn(const QString &email, const QString &password) {
    auto instance = Instance::open(m_dir);
    if (!instance)
        qFatal("open: %s", qPrintable(instance.error()));
    return bool((*instance)->helpCenter().signIn(email, password,
                                                 QHostAddress(QStringLiteral("127.0.0.1"))));
}

void TestHelpCenterCommands::initTestCase() {
    QVERIFY2(QFile::exists(Test::deskbridgeBinary()), "DESKBRIDGE_BINARY must point at deskbridge");
    m_dir = m_tmp.filePath(QStringLiteral("account"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--account"), QStringLiteral("Acme"),
                 QStringLiteral("--admin-email"), QStringLiteral("ada@acme.test"),
                 QStringLiteral("--admin-name"), QStringLiteral("Ada Admin")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const auto &[name, email, role] :
         {std::tuple{"Carla Kundin", "carla@kunde.test", "end-user"},
          std::tuple{"Bob Agent", "bob@acme.test", "agent"}}) {
        r = run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
                 QString::fromUtf8(name), QStringLiteral("--email"), QString::fromUtf8(email),
                 QStringLiteral("--role"), QString::fromUtf8(role)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
}

void TestHelpCenterCommands::setPasswordFromStandardInput() {
    // Only the first line counts; blanks inside and at the end belong to the password.
    const Run r = run({QStringLiteral("user"), QStringLiteral("set-password"),
                       QStringLiteral("--email"), QStringLiteral("CARLA@kunde.test")},
                      "mein geheimes Wort \nsecond line\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("carla@kunde.test")));
    QVERIFY(r.out.contains(QStringLiteral("password")));
    QVERIFY(!r.out.contains(QStringLiteral("geheimes")));
    QVERIFY(signsIn(QStringLiteral("carla@kunde.test"), QStringLiteral("mein geheimes Wort ")));
    QVERIFY(!signsIn(QStringLiteral("carla@kunde.test"), QStringLiteral("mein geheimes Wort")));

    // Windows line ends and JSON output.
    const Run j =
        run({QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("--email"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--json")},
            "agent-password-1\r\n");
    QVERIFY2(j.code == 0, qPrintable(j.err));
    const QJsonObject o = QJsonDocument::fromJson(j.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("email")).toString(), QStringLiteral("bob@acme.test"));
    QCOMPARE(o.value(QStringLiteral("password_set")).toBool(), true);
    QVERIFY(signsIn(QStringLiteral("bob@acme.test"), QStringLiteral("agent-password-1")));
}

void TestHelpCenterCommands::setPasswordRefusals() {
    const QStringList base{QStringLiteral("user"), QStringLiteral("set-password"),
                           QStringLiteral("--email")};
    Run r = run(base + QStringList{QStringLiteral("carla@kunde.test")}, "");
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("standard input")));
    r = run(base + QStringList{QStringLiteral("carla@kunde.test")}, "\nafter an empty line\n");
    QCOMPARE(r.code, 1);
    r = run(base + QStringList{QStringLiteral("carla@kunde.test")}, "short\n");
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("8")), qPrintable(r.err));
    r = run(base + QStringList{QStringLiteral("nobody@kunde.test")}, "long-enough-1\n");
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("nobody@kunde.test")));
    // Agents cannot set passwords.
    r = run(base + QStringList{QStringLiteral("carla@kunde.test"), QStringLiteral("--as"),
                               QStringLiteral("bob@acme.test")},
            "long-enough-1\n");
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
    // Usage errors.
    r = run({QStringLiteral("user"), QStringLiteral("set-password")}, "long-enough-1\n");
    QCOMPARE(r.code, 2);
    r = run(base + QStringList{QStringLiteral("carla@kunde.test"), QStringLiteral("--bogus")},
            "long-enough-1\n");
    QCOMPARE(r.code, 2);
    // None of these changed Carla's password.
    QVERIFY(signsIn(QStringLiteral("carla@kunde.test"), QStringLiteral("mein geheimes Wort ")));
}

void TestHelpCenterCommands::clearPassword() {
    const Run r =
        run({QStringLiteral("user"), QStringLiteral("set-password"), QStringLiteral("--email"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--clear")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("bob@acme.test")));
    QVERIFY(!signsIn(QStringLiteral("bob@acme.test"), QStringLiteral("agent-password-1")));
}

void TestHelpCenterCommands::passwordLink() {
    // Before the sharing server ran, the address is unknown: the path, with a warning.
    Run r = run({QStringLiteral("user"), QStringLiteral("password-link"), QStringLiteral("--email"),
                 QStringLiteral("carla@kunde.test"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("not known yet")), qPrintable(r.err));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QString path = o.value(QStringLiteral("path")).toString();
    QVERIFY2(path.startsWith(QStringLiteral("/hc/password/")), qPrintable(r.out));
    QVERIFY(o.value(QStringLiteral("url")).toString().isEmpty());
    const QDateTime expires =
        QDateTime::fromString(o.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(6));
    QVERIFY(expires <= QDateTime::currentDateTimeUtc().addDays(7));

    {
        auto instance = std::move(Instance::open(m_dir)).value();
        const QString token = path.section(QLatin1Char('/'), -1);
        QCOMPARE(instance->helpCenter().passwordLinkUser(token).value->email,
                 QStringLiteral("carla@kunde.test"));
        QVERIFY(instance->helpCenter().setPasswordWithLink(token, QStringLiteral("from-the-link")));
        Domain::Account account = *instance->accounts().account();
        account.publicUrl = QStringLiteral("https://support.acme.test:8443/sharing");
        QVERIFY(instance->accounts().update(*instance->actor(QStringLiteral("ada@acme.test")),
                                            account));
    }
    QVERIFY(signsIn(QStringLiteral("carla@kunde.test"), QStringLiteral("from-the-link")));

    // With the address known, the whole URL and its expiry.
    r = run({QStringLiteral("user"), QStringLiteral("password-link"), QStringLiteral("--email"),
             QStringLiteral("carla@kunde.test")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("not known yet")));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    QVERIFY2(
        lines.first().startsWith(QStringLiteral("https://support.acme.test:8443/hc/password/")),
        qPrintable(r.out));
    QVERIFY(lines.at(1).contains(QStringLiteral("UTC")));

    // Refusals.
    r = run({QStringLiteral("user"), QStringLiteral("password-link"), QStringLiteral("--email"),
             QStringLiteral("nobody@kunde.test")});
    QCOMPARE(r.code, 1);
    r = run({QStringLiteral("user"), QStringLiteral("password-link"), QStringLiteral("--email"),
             QStringLiteral("carla@kunde.test"), QStringLiteral("--as"),
             QStringLiteral("bob@acme.test")});
    QCOMPARE(r.code, 1);
    QVERIFY(!r.err.isEmpty());
    r = run({QStringLiteral("user"), QStringLiteral("password-link")});
    QCOMPARE(r.code, 2);
}

void TestHelpCenterCommands::helpMentionsTheCommands() {
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("user set-password --email E")));
    QVERIFY(r.out.contains(QStringLiteral("user password-link --email E")));
}

QTEST_GUILESS_MAIN(TestHelpCenterCommands)
#include "tst_helpcentercommands.moc"
