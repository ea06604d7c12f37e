// ImportService: CSV imports of users and organizations with the database's checks, all or
// nothing (or the good rows when asked), dry runs that list every bad row, progress.
#include "app/services/GroupService.h"
#include "app/services/ImportService.h"
#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

class TestImportService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void newUsersJoinByDomain();
    void existingUsersAreUpdatedNotDuplicated();
    void aBadRowWritesNothing();
    void skipBadRowsWritesTheGoodOnes();
    void dryRunListsEveryBadRowAndWritesNothing();
    void unknownOrganizations();
    void planLimitIsNamed();
    void lastAdministratorStays();
    void brokenFileCannotBeSkipped();
    void organizationsImport();
    void organizationRowsAreChecked();
    void onlyAdmins();
    void progressIsReported();
    void fixtureFiles();

private:
    QString snapshot() { return Test::snapshot(*m_a.instance, Test::organizationTables()); }
    ImportService &imports() { return m_a.instance->imports(); }
    Organization org(const QString &name, const QStringList &domains = {});
    static QStringList lines(const ImportReport &r);
    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
};

void TestImportService::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path(), Plan::Professional);
}

void TestImportService::cleanup() {
    m_a = {};
    delete m_dir;
}

Organization TestImportService::org(const QString &name, const QStringList &domains) {
    Organization o;
    o.name = name;
    o.domains = domains;
    return m_a.instance->organizations().create(m_a.admin, o).value();
}

QStringList TestImportService::lines(const ImportReport &r) {
    QStringList out;
    for (const Importing::RowError &e : r.errors)
        out << QString::number(e.line) + QLatin1Char(':') + e.column;
    return out;
}

void TestImportService::newUsersJoinByDomain() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral(".acme.com")});
    const Organization beta = org(QStringLiteral("Beta"));
    QSignalSpy users(&m_a.instance->changes(), &Store::ChangeHub::usersChanged);
    const QByteArray csv = "name,email,role,organization,tags,external_id,notes\n"
                           "Anna,anna@acme.com,,,vip gold,u-1,Key contact\n"
                           "Bert,bert@sales.acme.com,agent,,,,\n"
                           "Cleo,cleo@elsewhere.test,,beta,,,\n"
                           "Dora,dora@acme.com,,Beta,,,\n";
    auto r = imports().importUsers(m_a.admin, csv);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QVERIFY2(r->clean(), qPrintable(lines(*r).join(QLatin1Char(' '))));
    QVERIFY(r->written);
    QCOMPARE(r->created, 4);
    QCOMPARE(r->updated, 0);
    QCOMPARE(r->joinedByDomain, 3);
    QCOMPARE(users.size(), 1);
    const auto anna = m_a.instance->users().findByEmail(QStringLiteral("anna@acme.com"));
    QVERIFY(anna.has_value());
    QCOMPARE(anna->defaultOrganizationId, acme.id);
    QCOMPARE(anna->tags, (QStringList{QStringLiteral("gold"), QStringLiteral("vip")}));
    QCOMPARE(anna->externalId, QStringLiteral("u-1"));
    QCOMPARE(anna->notes, QStringLiteral("Key contact"));
    const auto bert = m_a.instance->users().findByEmail(QStringLiteral("bert@sales.acme.com"));
    QCOMPARE(bert->role, Role::Agent);
    QCOMPARE(bert->defaultOrganizationId, acme.id);
    const auto cleo = m_a.instance->users().findByEmail(QStringLiteral("cleo@elsewhere.test"));
    QCOMPARE(m_a.instance->users().organizationsOf(cleo->id), QList<Id>{beta.id});
    // The file's organization is the default; the domain's is added.
    const auto dora = m_a.instance->users().findByEmail(QStringLiteral("dora@acme.com"));
    QCOMPARE(dora->defaultOrganizationId, beta.id);
    QCOMPARE(m_a.instance->users().organizationsOf(dora->id).size(), 2);
}

void TestImportService::existingUsersAreUpdatedNotDuplicated() {
    const Organization beta = org(QStringLiteral("Beta"));
    User agent = m_a.agent;
    const int usersBefore = int(m_a.instance->users().list().size());
    const QByteArray csv = "name,email,role,organization,tags\n"
                           "Bob A. Agent,AGENT@example.test,,Beta,\n"
                           "Carla K.,enduser@customer.test,end-user,,new\n";
    auto r = imports().importUsers(m_a.admin, csv);
    QVERIFY2(r.ok() && r->written, qPrintable(r.error() + lines(*r).join(QLatin1Char(' '))));
    QCOMPARE(r->created, 0);
    QCOMPARE(r->updated, 2);
    QCOMPARE(int(m_a.instance->users().list().size()), usersBefore);
    const auto bob = m_a.instance->users().find(agent.id);
    QCOMPARE(bob->name, QStringLiteral("Bob A. Agent"));
    QCOMPARE(bob->role, Role::Agent); // an empty role cell keeps the role
    QCOMPARE(bob->defaultOrganizationId, beta.id);
    QCOMPARE(m_a.instance->users().organizationsOf(agent.id), QList<Id>{beta.id});
    const auto carla = m_a.instance->users().find(m_a.endUser.id);
    QCOMPARE(carla->name, QStringLiteral("Carla K."));
    QCOMPARE(carla->tags, QStringList{QStringLiteral("new")});
}

void TestImportService::aBadRowWritesNothing() {
    org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    const QString before = snapshot();
    const QByteArray csv = "name,email,organization\n"
                           "Anna,anna@acme.com,\n"
                           "Bert,bert(at)acme.com,\n"
                           "Cleo,cleo@acme.com,Nowhere Inc\n"
                           "Dora,dora@acme.com,\n";
    auto r = imports().importUsers(m_a.admin, csv);
    QVERIFY(r.ok());
    QVERIFY(!r->written);
    QCOMPARE(lines(*r), (QStringList{QStringLiteral("3:email"), QStringLiteral("4:organization")}));
    QCOMPARE(r->rows, 4);
    QCOMPARE(r->badRows, 2);
    QCOMPARE(r->unknownOrganizations, QStringList{QStringLiteral("Nowhere Inc")});
    QVERIFY2(r->summary.contains(QStringLiteral("Nothing was imported")), qPrintable(r->summary));
    QVERIFY(r->summary.contains(QStringLiteral("skip the bad rows")));
    QVERIFY(r->errors.at(1).message.contains(QStringLiteral("“Nowhere Inc”")));
    QCOMPARE(snapshot(), before);
}

void TestImportService::skipBadRowsWritesTheGoodOnes() {
    const QByteArray csv = "name,email\n"
                           "Anna,anna@kunde.test\n"
                           "Bert,not an address\n"
                           "Cleo,cleo@kunde.test\n";
    ImportOptions options;
    options.skipBadRows = true;
    auto r = imports().importUsers(m_a.admin, csv, options);
    QVERIFY(r.ok());
    QVERIFY(r->written);
    QCOMPARE(r->created, 2);
    QCOMPARE(r->badRows, 1);
    QVERIFY2(r->summary.contains(QStringLiteral("were skipped")), qPrintable(r->summary));
    QVERIFY(m_a.instance->users().findByEmail(QStringLiteral("anna@kunde.test")));
    QVERIFY(m_a.instance->users().findByEmail(QStringLiteral("cleo@kunde.test")));
    QCOMPARE(m_a.instance->users().list().size(), 5);
}

void TestImportService::dryRunListsEveryBadRowAndWritesNothing() {
    org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    const QString before = snapshot();
    const QByteArray clean = "name,email,organization\n"
                             "Anna,anna@acme.com,\n"
                             "Bob,agent@example.test,Acme\n";
    ImportOptions dry;
    dry.dryRun = true;
    auto r = imports().importUsers(m_a.admin, clean, dry);
    QVERIFY(r.ok());
    QVERIFY(r->clean());
    QVERIFY(!r->written);
    QCOMPARE(r->created, 1);
    QCOMPARE(r->updated, 1);
    QCOMPARE(r->joinedByDomain, 1);
    QVERIFY2(r->summary.contains(QStringLiteral("dry run")), qPrintable(r->summary));
    const QByteArray bad = "name,email,role,organization\n"
                           ",a@acme.com,,\n"
                           "B,b@acme.com,boss,\n"
                           "C,c@acme.com,,Nope\n"
                           "D,d@acme.com,,\n"
                           "E,A@acme.com,,\n";
    dry.skipBadRows = true; // a dry run writes nothing either way
    r = imports().importUsers(m_a.admin, bad, dry);
    QCOMPARE(lines(*r), (QStringList{QStringLiteral("2:name"), QStringLiteral("3:role"),
                                     QStringLiteral("4:organization"), QStringLiteral("6:email")}));
    QCOMPARE(r->created, 1);
    QVERIFY(r->summary.contains(QStringLiteral("would be skipped")));
    QCOMPARE(snapshot(), before);
}

void TestImportService::unknownOrganizations() {
    const QByteArray csv = "name,email,organizations\n"
                           "Anna,anna@kunde.test,Nord;Süd\n"
                           "Bert,bert@kunde.test,NORD\n";
    ImportOptions options;
    options.createMissingOrganizations = true;
    options.dryRun = true;
    const QString before = snapshot();
    auto r = imports().importUsers(m_a.admin, csv, options);
    QVERIFY(r->clean());
    QCOMPARE(r->organizationsCreated, (QStringList{QStringLiteral("Nord"), QStringLiteral("Süd")}));
    QCOMPARE(snapshot(), before);
    options.dryRun = false;
    r = imports().importUsers(m_a.admin, csv, options);
    QVERIFY2(r.ok() && r->written, qPrintable(r.error()));
    const auto nord = m_a.instance->organizations().findByName(QStringLiteral("nord"));
    QVERIFY(nord.has_value());
    QCOMPARE(nord->memberCount, 2);
    QCOMPARE(m_a.instance->organizations().list().size(), 2);
    const auto anna = m_a.instance->users().findByEmail(QStringLiteral("anna@kunde.test"));
    QCOMPARE(anna->defaultOrganizationId, nord->id);
}

void TestImportService::planLimitIsNamed() {
    QTemporaryDir dir;
    Test::TestAccount a = Test::makeAccount(dir.path(), Plan::Team);
    Organization o;
    o.name = QStringLiteral("Nord");
    QVERIFY(a.instance->organizations().create(a.admin, o).ok());
    o.name = QStringLiteral("Süd");
    QVERIFY(a.instance->organizations().create(a.admin, o).ok());
    QVERIFY(a.instance->organizations()
                .setMemberships(a.admin, a.endUser.id,
                                {a.instance->organizations().findByName(o.name)->id})
                .ok());
    const QString before = Test::snapshot(*a.instance, Test::organizationTables());
    const QByteArray csv = "name,email,organizations\n"
                           "Anna,anna@kunde.test,Nord;Süd\n"
                           "Carla,enduser@customer.test,Nord\n"
                           "Dora,dora@kunde.test,Nord\n";
    auto r = a.instance->imports().importUsers(a.admin, csv);
    QCOMPARE(lines(*r),
             (QStringList{QStringLiteral("2:organizations"), QStringLiteral("3:organizations")}));
    QVERIFY2(r->errors.first().message.contains(QStringLiteral("Team plan")),
             qPrintable(r->errors.first().message));
    QVERIFY(!r->written);
    QCOMPARE(Test::snapshot(*a.instance, Test::organizationTables()), before);
}

void TestImportService::lastAdministratorStays() {
    const QString before = snapshot();
    const QByteArray csv = "name,email,role\n"
                           "Ada,admin@example.test,end-user\n"
                           "Neu,neu@kunde.test,\n";
    auto r = imports().importUsers(m_a.admin, csv);
    QCOMPARE(lines(*r), QStringList{QStringLiteral("2:role")});
    QVERIFY2(r->errors.first().message.contains(QStringLiteral("own role")) ||
                 r->errors.first().message.contains(QStringLiteral("last administrator")),
             qPrintable(r->errors.first().message));
    QCOMPARE(snapshot(), before);
}

void TestImportService::brokenFileCannotBeSkipped() {
    const QString before = snapshot();
    const QByteArray csv = "name,email\n"
                           "Anna,anna@kunde.test\n"
                           "\"Bert,bert@kunde.test\n"
                           "Cleo,cleo@kunde.test\n";
    ImportOptions options;
    options.skipBadRows = true;
    auto r = imports().importUsers(m_a.admin, csv, options);
    QVERIFY(r.ok());
    QVERIFY(r->fileProblem);
    QVERIFY(!r->written);
    QVERIFY(r->summary.contains(QStringLiteral("cannot be imported")));
    // A missing column cannot be skipped either.
    r = imports().importUsers(m_a.admin, "name,mail\nAnna,anna@kunde.test\n", options);
    QVERIFY(r->fileProblem);
    QVERIFY(!r->written);
    QCOMPARE(snapshot(), before);
}

void TestImportService::organizationsImport() {
    const Id support = m_a.instance->groups().create(m_a.admin, QStringLiteral("Support"))->id;
    Organization existing = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    QSignalSpy changed(&m_a.instance->changes(), &Store::ChangeHub::organizationsChanged);
    const QByteArray csv = "name,domain_names,shared,shared_comments,group,notes,tags\n"
                           "ACME,,true,true,support,,\n"
                           "Beta,beta.com .beta.de,true,,,Key account,vip\n"
                           "Gamma,,,,,,\n";
    auto r = imports().importOrganizations(m_a.admin, csv);
    QVERIFY2(r.ok() && r->written, qPrintable(r.error() + lines(*r).join(QLatin1Char(' '))));
    QCOMPARE(r->created, 2);
    QCOMPARE(r->updated, 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_a.instance->organizations().list().size(), 3);
    const auto acme = m_a.instance->organizations().find(existing.id);
    QCOMPARE(acme->sharingMode, SharingMode::ViewAllAndComment);
    QCOMPARE(acme->groupId, support);
    QCOMPARE(acme->domains, QStringList{QStringLiteral("acme.com")}); // empty cell: kept
    const auto beta = m_a.instance->organizations().findByName(QStringLiteral("beta"));
    QCOMPARE(beta->domains, (QStringList{QStringLiteral(".beta.de"), QStringLiteral("beta.com")}));
    QCOMPARE(beta->sharingMode, SharingMode::ViewAll);
    QCOMPARE(beta->notes, QStringLiteral("Key account"));
    QCOMPARE(beta->tags, QStringList{QStringLiteral("vip")});
    QCOMPARE(m_a.instance->organizations().findByName(QStringLiteral("Gamma"))->sharingMode,
             SharingMode::OwnTickets);
}

void TestImportService::organizationRowsAreChecked() {
    org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    const QString before = snapshot();
    const QByteArray csv = "name,domain_names,group\n"
                           "Beta,beta.com,\n"
                           "Gamma,acme.com,\n"
                           "Delta,,Nowhere\n"
                           "Epsilon,gmail.com,\n";
    auto r = imports().importOrganizations(m_a.admin, csv);
    QCOMPARE(lines(*r), (QStringList{QStringLiteral("3:domain_names"), QStringLiteral("4:group"),
                                     QStringLiteral("5:domain_names")}));
    QVERIFY2(r->errors.at(0).message.contains(QStringLiteral("“Acme”")),
             qPrintable(r->errors.at(0).message));
    QVERIFY(r->errors.at(1).message.contains(QStringLiteral("“Nowhere”")));
    QVERIFY(r->errors.at(2).message.contains(QStringLiteral("free email")));
    QVERIFY(!r->written);
    QCOMPARE(snapshot(), before);
    ImportOptions skip;
    skip.skipBadRows = true;
    r = imports().importOrganizations(m_a.admin, csv, skip);
    QVERIFY(r->written);
    QCOMPARE(r->created, 1);
    QVERIFY(m_a.instance->organizations().findByName(QStringLiteral("Beta")));
    QVERIFY(!m_a.instance->organizations().findByName(QStringLiteral("Gamma")));
}

void TestImportService::onlyAdmins() {
    const QString before = snapshot();
    auto r = imports().importUsers(m_a.agent, "name,email\nA,a@kunde.test\n");
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("Only administrators")));
    QVERIFY(!imports().importOrganizations(m_a.endUser, "name\nA\n").ok());
    QVERIFY(!imports().importUsersFile(m_a.agent, QStringLiteral("/nonexistent.csv")).ok());
    QVERIFY(imports()
                .importUsersFile(m_a.admin, QStringLiteral("/nonexistent.csv"))
                .error()
                .contains(QStringLiteral("Cannot read")));
    QCOMPARE(snapshot(), before);
}

void TestImportService::progressIsReported() {
    QByteArray csv = "name,email\n";
    for (int i = 0; i < 2500; ++i)
        csv += "User " + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@kunde.test\n";
    QMap<ImportPhase, QList<std::pair<qint64, qint64>>> seen;
    auto r = imports().importUsers(m_a.admin, csv, {},
                                   [&](ImportPhase phase, qint64 done, qint64 total) {
                                       seen[phase].append({done, total});
                                   });
    QVERIFY(r.ok() && r->written);
    QCOMPARE(r->created, 2500);
    QVERIFY(!seen.value(ImportPhase::Reading).isEmpty());
    QCOMPARE(seen.value(ImportPhase::Reading).last(),
             std::make_pair(qint64(csv.size()), qint64(csv.size())));
    QCOMPARE(seen.value(ImportPhase::Checking).last(), std::make_pair(qint64(2500), qint64(2500)));
    QCOMPARE(seen.value(ImportPhase::Writing).size(), 3); // 1000, 2000, 2500
    QCOMPARE(seen.value(ImportPhase::Writing).last(), std::make_pair(qint64(2500), qint64(2500)));
    QVERIFY(!ImportService::phaseLabel(ImportPhase::Writing).isEmpty());
}

void TestImportService::fixtureFiles() {
    const QString csvDir = Test::sourceDir() + QStringLiteral("/tests/data/csv/");
    auto orgs = imports().importOrganizationsFile(m_a.admin,
                                                  csvDir + QStringLiteral("organizations.csv"), {});
    QVERIFY(orgs.ok());
    // The fixture maps Acme to the group Support, which this account does not have yet.
    QCOMPARE(lines(*orgs), QStringList{QStringLiteral("2:group")});
    QVERIFY(m_a.instance->groups().create(m_a.admin, QStringLiteral("Support")).ok());
    orgs = imports().importOrganizationsFile(m_a.admin,
                                             csvDir + QStringLiteral("organizations.csv"), {});
    QVERIFY2(orgs->written, qPrintable(lines(*orgs).join(QLatin1Char(' '))));
    QCOMPARE(orgs->created, 7);
    QCOMPARE(orgs->ignoredColumns, QStringList{QStringLiteral("Details")});
    ImportOptions create;
    create.createMissingOrganizations = true;
    auto users = imports().importUsersFile(m_a.admin, csvDir + QStringLiteral("users.csv"), create);
    QVERIFY2(users.ok() && users->written, qPrintable(users.error()));
    QCOMPARE(users->created, 6);
    QCOMPARE(users->organizationsCreated, (QStringList{QStringLiteral("Beta")}));
    auto errors = imports().importUsersFile(m_a.admin, csvDir + QStringLiteral("users_errors.csv"),
                                            {true, false, false});
    QVERIFY(!errors->clean());
    QVERIFY(!errors->written);
}

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
