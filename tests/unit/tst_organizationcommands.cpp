// `deskbridge org`, `deskbridge user update` and `deskbridge import` end to end, as a separate
// process on a temporary data directory: exit codes, messages, and nothing written on refusal.
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestOrganizationCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void createShowListAndRefusals();
    void newUsersJoinAndUserUpdate();
    void applyDomains();
    void importUsersAndOrganizations();
    void deleteOrganization();
    void teamPlanRefusesSecondOrganization();
    void helpMentionsTheCommands();

private:
    struct Run {
        int code;
        QString out;
        QString err;
    };
    Run run(QStringList args, const QString &dataDir = {});
    static QJsonDocument json(const Run &r);
    QString writeFile(const QString &name, const QByteArray &content);
    QString orgList() { return run({QStringLiteral("org"), QStringLiteral("list")}, m_dir).out; }
    QTemporaryDir m_tmp;
    QString m_dir;
};

TestOrganizationCommands::Run TestOrganizationCommands::run(QStringList args,
                                                            const QString &dataDir) {
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

QJsonDocument TestOrganizationCommands::json(const Run &r) {
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(r.out.toUtf8(), &e);
    if (e.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << r.err;
    return doc;
}

QString TestOrganizationCommands::writeFile(const QString &name, const QByteArray &content) {
    const QString path = m_tmp.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestOrganizationCommands::initTestCase() {
    QVERIFY2(QFile::exists(Test::deskbridgeBinary()), "DESKBRIDGE_BINARY must point at deskbridge");
    m_dir = m_tmp.filePath(QStringLiteral("account"));
    const Run r =
        run({QStringLiteral("init"), QStringLiteral("--account"), QStringLiteral("Acme Retail"),
             QStringLiteral("--admin-email"), QStringLiteral("ada@acme.test"),
             QStringLiteral("--admin-name"), QStringLiteral("Ada Admin")},
            m_dir);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Support")},
                 m_dir)
                 .code,
             0);
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Bob Agent"), QStringLiteral("--email"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--role"), QStringLiteral("agent")},
            m_dir)
            .code,
        0);
}

void TestOrganizationCommands::createShowListAndRefusals() {
    const Run created =
        run({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Kunde AG"), QStringLiteral("--domain"), QStringLiteral("kunde.test"),
             QStringLiteral("--domain"), QStringLiteral("*.kunde.de"), QStringLiteral("--sharing"),
             QStringLiteral("comment"), QStringLiteral("--group"), QStringLiteral("Support"),
             QStringLiteral("--notes"), QStringLiteral("Key account"), QStringLiteral("--tag"),
             QStringLiteral("VIP"), QStringLiteral("--json")},
            m_dir);
    QVERIFY2(created.code == 0, qPrintable(created.err));
    const QJsonObject o = json(created).object();
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Kunde AG"));
    QCOMPARE(o.value(QStringLiteral("domains")).toArray().size(), 2);
    QCOMPARE(o.value(QStringLiteral("sharing")).toString(), QStringLiteral("comment"));
    QCOMPARE(o.value(QStringLiteral("group")).toString(), QStringLiteral("Support"));

    const QString before = orgList();
    struct Case {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
          QStringLiteral("Other"), QStringLiteral("--domain"), QStringLiteral("KUNDE.test")},
         1,
         "already belongs to the organization “Kunde AG”"},
        {{QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
          QStringLiteral("Other"), QStringLiteral("--domain"), QStringLiteral("gmail.com")},
         1,
         "free email service"},
        {{QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
          QStringLiteral("kunde ag")},
         1,
         "already exists"},
        {{QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
          QStringLiteral("Other"), QStringLiteral("--sharing"), QStringLiteral("everything")},
         2,
         "--sharing"},
        {{QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
          QStringLiteral("Other"), QStringLiteral("--group"), QStringLiteral("Nope")},
         1,
         "group create"},
        {{QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--as"),
          QStringLiteral("bob@acme.test"), QStringLiteral("--name"), QStringLiteral("Other")},
         1,
         "Only administrators"},
        {{QStringLiteral("org"), QStringLiteral("create")}, 2, "--name is required"},
        {{QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("--name"),
          QStringLiteral("Nobody")},
         1,
         "no organization named"},
        {{QStringLiteral("org"), QStringLiteral("frobnicate")}, 2, "org create"},
    };
    for (const Case &c : cases) {
        const Run r = run(c.args, m_dir);
        QVERIFY2(r.code == c.code,
                 qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QString::fromUtf8(c.message)), qPrintable(r.err));
    }
    QCOMPARE(orgList(), before);
    QVERIFY(before.contains(QStringLiteral("Kunde AG\tcomment\t0\t0\t.kunde.de kunde.test")));

    const Run updated =
        run({QStringLiteral("org"), QStringLiteral("update"), QStringLiteral("--name"),
             QStringLiteral("kunde ag"), QStringLiteral("--sharing"), QStringLiteral("view"),
             QStringLiteral("--group"), QStringLiteral("-")},
            m_dir);
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    const QJsonObject shown =
        json(run({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("--name"),
                  QStringLiteral("KUNDE AG"), QStringLiteral("--json")},
                 m_dir))
            .object();
    QCOMPARE(shown.value(QStringLiteral("sharing")).toString(), QStringLiteral("view"));
    QVERIFY(shown.value(QStringLiteral("group")).isNull());
    QCOMPARE(shown.value(QStringLiteral("notes")).toString(), QStringLiteral("Key account"));
    QCOMPARE(shown.value(QStringLiteral("domains")).toArray().size(), 2); // not given: kept
}

void TestOrganizationCommands::newUsersJoinAndUserUpdate() {
    QCOMPARE(run({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Nord"), QStringLiteral("--domain"), QStringLiteral("nord.test")},
                 m_dir)
                 .code,
             0);
    QCOMPARE(run({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Süd")},
                 m_dir)
                 .code,
             0);
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Nora"), QStringLiteral("--email"), QStringLiteral("nora@nord.test")},
            m_dir)
            .code,
        0);
    // A new requester through a ticket joins too.
    QCOMPARE(run({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--requester"),
                  QStringLiteral("niels@nord.test"), QStringLiteral("--subject"),
                  QStringLiteral("S"), QStringLiteral("--comment"), QStringLiteral("C")},
                 m_dir)
                 .code,
             0);
    const QJsonObject nord =
        json(run({QStringLiteral("org"), QStringLiteral("show"), QStringLiteral("--name"),
                  QStringLiteral("Nord"), QStringLiteral("--json")},
                 m_dir))
            .object();
    const QJsonArray members = nord.value(QStringLiteral("member_list")).toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).toObject().value(QStringLiteral("email")).toString(),
             QStringLiteral("niels@nord.test"));
    QVERIFY(members.at(0).toObject().value(QStringLiteral("default")).toBool());
    QCOMPARE(nord.value(QStringLiteral("tickets")).toInt(), 1);

    const Run updated = run(
        {QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--email"),
         QStringLiteral("NORA@nord.test"), QStringLiteral("--name"), QStringLiteral("Nora N."),
         QStringLiteral("--organization"), QStringLiteral("Nord"), QStringLiteral("--organization"),
         QStringLiteral("süd"), QStringLiteral("--default-organization"), QStringLiteral("Süd"),
         QStringLiteral("--json")},
        m_dir);
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    const QJsonObject u = json(updated).object();
    QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Nora N."));
    QCOMPARE(u.value(QStringLiteral("organizations")).toArray().size(), 2);
    QCOMPARE(u.value(QStringLiteral("default_organization")).toString(), QStringLiteral("Süd"));

    const Run refused =
        run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--email"),
             QStringLiteral("nora@nord.test"), QStringLiteral("--name"), QStringLiteral("Changed"),
             QStringLiteral("--organization"), QStringLiteral("Nowhere")},
            m_dir);
    QCOMPARE(refused.code, 1);
    QVERIFY(refused.err.contains(QStringLiteral("no organization named")));
    const Run byAgent = run({QStringLiteral("user"), QStringLiteral("update"),
                             QStringLiteral("--as"), QStringLiteral("bob@acme.test"),
                             QStringLiteral("--email"), QStringLiteral("nora@nord.test"),
                             QStringLiteral("--organization"), QStringLiteral("Nord")},
                            m_dir);
    QCOMPARE(byAgent.code, 1);
    QVERIFY(byAgent.err.contains(QStringLiteral("Only administrators")));
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--name"),
                  QStringLiteral("X")},
                 m_dir)
                 .code,
             2);
    const QJsonObject again =
        json(run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--email"),
                  QStringLiteral("nora@nord.test"), QStringLiteral("--json")},
                 m_dir))
            .object();
    QCOMPARE(again.value(QStringLiteral("name")).toString(), QStringLiteral("Nora N."));
    QCOMPARE(again.value(QStringLiteral("organizations")).toArray().size(), 2);
}

void TestOrganizationCommands::applyDomains() {
    QCOMPARE(
        run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
             QStringLiteral("Olga"), QStringLiteral("--email"), QStringLiteral("olga@ost.test")},
            m_dir)
            .code,
        0);
    QCOMPARE(run({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Ost"), QStringLiteral("--domain"), QStringLiteral("ost.test")},
                 m_dir)
                 .code,
             0);
    const QJsonObject dry = json(run({QStringLiteral("org"), QStringLiteral("apply-domains"),
                                      QStringLiteral("--dry-run"), QStringLiteral("--json")},
                                     m_dir))
                                .object();
    QCOMPARE(dry.value(QStringLiteral("users")).toInt(), 1);
    QVERIFY(!dry.value(QStringLiteral("applied")).toBool());
    QVERIFY(orgList().contains(QStringLiteral("Ost\town\t0\t")));
    const Run applied = run({QStringLiteral("org"), QStringLiteral("apply-domains")}, m_dir);
    QCOMPARE(applied.code, 0);
    QVERIFY2(applied.out.contains(QStringLiteral("Ost (1)")), qPrintable(applied.out));
    QVERIFY(orgList().contains(QStringLiteral("Ost\town\t1\t")));
}

void TestOrganizationCommands::importUsersAndOrganizations() {
    const QString orgs = writeFile(QStringLiteral("orgs.csv"), "name,domain_names,shared,group\n"
                                                               "West,west.test,true,Support\n"
                                                               "Zentrale,,false,\n");
    const Run dry = run({QStringLiteral("import"), QStringLiteral("organizations"), orgs,
                         QStringLiteral("--dry-run")},
                        m_dir);
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QVERIFY(dry.out.contains(QStringLiteral("dry run")));
    QVERIFY(!orgList().contains(QStringLiteral("West")));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("organizations"), orgs}, m_dir).code, 0);
    QVERIFY(orgList().contains(QStringLiteral("West\tview")));

    const QString users = writeFile(QStringLiteral("users.csv"), "name,email,organization\n"
                                                                 "Wim,wim@west.test,\n"
                                                                 "Broken,broken-at-west.test,\n"
                                                                 "Zora,zora@elsewhere.test,Neu\n");
    const auto userList = [&] {
        return run({QStringLiteral("user"), QStringLiteral("list")}, m_dir).out;
    };
    const QString before = userList();
    const Run refused = run({QStringLiteral("import"), QStringLiteral("users"), users}, m_dir);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Line 3, column email")), qPrintable(refused.err));
    QVERIFY(refused.err.contains(QStringLiteral("Line 4, column organization")));
    QVERIFY(refused.err.contains(QStringLiteral("--skip-bad-rows")));
    QVERIFY(refused.err.contains(QStringLiteral("--create-missing-organizations")));
    QCOMPARE(userList(), before);
    const QJsonObject preview = json(run({QStringLiteral("import"), QStringLiteral("users"), users,
                                          QStringLiteral("--dry-run"), QStringLiteral("--json")},
                                         m_dir))
                                    .object();
    QCOMPARE(preview.value(QStringLiteral("errors")).toArray().size(), 2);
    QCOMPARE(preview.value(QStringLiteral("errors"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("line")),
             QJsonValue(3));
    QCOMPARE(userList(), before);

    const Run skipped =
        run({QStringLiteral("import"), QStringLiteral("users"), users,
             QStringLiteral("--skip-bad-rows"), QStringLiteral("--create-missing-organizations")},
            m_dir);
    QVERIFY2(skipped.code == 0, qPrintable(skipped.err));
    const QString after = userList();
    QVERIFY(after.contains(QStringLiteral("wim@west.test")));
    QVERIFY(after.contains(QStringLiteral("zora@elsewhere.test")));
    QVERIFY(!after.contains(QStringLiteral("broken")));
    QVERIFY(orgList().contains(QStringLiteral("West\tview\t1\t")));
    QVERIFY(orgList().contains(QStringLiteral("Neu\town\t1\t")));
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("people"), users}, m_dir).code, 2);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("users")}, m_dir).code, 2);
    const Run missing = run({QStringLiteral("import"), QStringLiteral("users"),
                             m_tmp.filePath(QStringLiteral("nope.csv"))},
                            m_dir);
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("Cannot read")));
}

void TestOrganizationCommands::deleteOrganization() {
    QCOMPARE(run({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("Temp"), QStringLiteral("--domain"), QStringLiteral("temp.test")},
                 m_dir)
                 .code,
             0);
    const Run ticket =
        run({QStringLiteral("ticket"), QStringLiteral("create"), QStringLiteral("--requester"),
             QStringLiteral("tina@temp.test"), QStringLiteral("--subject"), QStringLiteral("S"),
             QStringLiteral("--comment"), QStringLiteral("C")},
            m_dir);
    QCOMPARE(ticket.code, 0);
    const QString id = ticket.out.trimmed();
    const Run byAgent =
        run({QStringLiteral("org"), QStringLiteral("delete"), QStringLiteral("--as"),
             QStringLiteral("bob@acme.test"), QStringLiteral("--name"), QStringLiteral("Temp")},
            m_dir);
    QCOMPARE(byAgent.code, 1);
    QVERIFY(orgList().contains(QStringLiteral("Temp")));
    const Run deleted =
        run({QStringLiteral("org"), QStringLiteral("delete"), QStringLiteral("--name"),
             QStringLiteral("temp"), QStringLiteral("--json")},
            m_dir);
    QVERIFY2(deleted.code == 0, qPrintable(deleted.err));
    QCOMPARE(json(deleted).object().value(QStringLiteral("tickets")).toInt(), 1);
    QCOMPARE(json(deleted).object().value(QStringLiteral("members")).toInt(), 1);
    QVERIFY(!orgList().contains(QStringLiteral("Temp")));
    const QJsonObject t =
        json(run({QStringLiteral("ticket"), QStringLiteral("show"), id, QStringLiteral("--json")},
                 m_dir))
            .object();
    QVERIFY(t.value(QStringLiteral("organization")).isNull());
    QVERIFY(run({QStringLiteral("user"), QStringLiteral("list")}, m_dir)
                .out.contains(QStringLiteral("tina@temp.test")));
}

void TestOrganizationCommands::teamPlanRefusesSecondOrganization() {
    QTemporaryDir dir;
    QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--account"), QStringLiteral("Small"),
                  QStringLiteral("--admin-email"), QStringLiteral("a@small.test"),
                  QStringLiteral("--admin-name"), QStringLiteral("A"), QStringLiteral("--plan"),
                  QStringLiteral("team")},
                 dir.path())
                 .code,
             0);
    for (const char *name : {"One", "Two"})
        QCOMPARE(run({QStringLiteral("org"), QStringLiteral("create"), QStringLiteral("--name"),
                      QString::fromLatin1(name)},
                     dir.path())
                     .code,
                 0);
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("--name"),
                  QStringLiteral("U"), QStringLiteral("--email"), QStringLiteral("u@kunde.test")},
                 dir.path())
                 .code,
             0);
    const Run refused =
        run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--email"),
             QStringLiteral("u@kunde.test"), QStringLiteral("--organization"),
             QStringLiteral("One"), QStringLiteral("--organization"), QStringLiteral("Two")},
            dir.path());
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("Team plan")), qPrintable(refused.err));
    QVERIFY(run({QStringLiteral("org"), QStringLiteral("list")}, dir.path())
                .out.contains(QStringLiteral("One\town\t0\t")));
    QCOMPARE(run({QStringLiteral("user"), QStringLiteral("update"), QStringLiteral("--email"),
                  QStringLiteral("u@kunde.test"), QStringLiteral("--organization"),
                  QStringLiteral("Two")},
                 dir.path())
                 .code,
             0);
}

void TestOrganizationCommands::helpMentionsTheCommands() {
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *text :
         {"org create|update", "org apply-domains", "user update", "import users|organizations"})
        QVERIFY2(r.out.contains(QString::fromLatin1(text)), text);
}

QTEST_GUILESS_MAIN(TestOrganizationCommands)
#include "tst_organizationcommands.moc"
