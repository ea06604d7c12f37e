// OrganizationService: organizations, domains, memberships, the plan's limit, auto-assignment
// of new users on every path, group mapping, apply-domains and effective access; every
// refusal names what to do and changes nothing.
#include "app/services/AccountService.h"
#include "app/services/GroupService.h"
#include "app/services/OrganizationService.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/Transaction.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Domain;
using namespace DeskBridge::Services;

class TestOrganizationService : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createNormalizesAndFinds();
    void namesAreUniqueWithoutCase();
    void domainBelongsToOneOrganization();
    void freeMailIsRefused();
    void onlyAdminsChangeOrganizations();
    void updateReplacesFields();
    void deleteKeepsUsersAndTickets();
    void listCountsAndSearch();
    void newUserJoinsByDomain();
    void newRequesterJoinsByDomain();
    void firstAdminJoinsByDomain();
    void longestSuffixWins();
    void teamPlanAllowsOneOrganization();
    void professionalPlanAllowsSeveral();
    void autoAssignmentRespectsThePlan();
    void defaultOrganizationMustBeAMembership();
    void groupMappingSetsGroupWithEvent();
    void groupMappingYieldsToChoices();
    void agentPicksAnotherOrganizationOfTheRequester();
    void ticketKeepsOrganizationWhenRequesterLeaves();
    void applyDomainsDryRunThenApply();
    void effectiveAccess();

private:
    Organization org(const QString &name, const QStringList &domains = {},
                     SharingMode mode = SharingMode::OwnTickets);
    User endUser(const QString &email, const User *actor = nullptr);
    QString snapshot() { return Test::snapshot(*m_a.instance, Test::organizationTables()); }
    OrganizationService &orgs() { return m_a.instance->organizations(); }
    QTemporaryDir *m_dir = nullptr;
    Test::TestAccount m_a;
};

void TestOrganizationService::init() {
    m_dir = new QTemporaryDir;
    m_a = Test::makeAccount(m_dir->path(), Plan::Professional);
}

void TestOrganizationService::cleanup() {
    m_a = {};
    delete m_dir;
}

Organization TestOrganizationService::org(const QString &name, const QStringList &domains,
                                          SharingMode mode) {
    Organization o;
    o.name = name;
    o.domains = domains;
    o.sharingMode = mode;
    auto created = orgs().create(m_a.admin, o);
    if (!created)
        qFatal("create %s: %s", qPrintable(name), qPrintable(created.error()));
    return *created;
}

User TestOrganizationService::endUser(const QString &email, const User *actor) {
    User u;
    u.name = email.section(QLatin1Char('@'), 0, 0);
    u.email = email;
    auto created = m_a.instance->users().create(actor ? *actor : m_a.agent, u);
    if (!created)
        qFatal("create %s: %s", qPrintable(email), qPrintable(created.error()));
    return *created;
}

void TestOrganizationService::createNormalizesAndFinds() {
    QSignalSpy changed(&m_a.instance->changes(), &Store::ChangeHub::organizationsChanged);
    Organization o;
    o.name = QStringLiteral("  Acme  ");
    o.notes = QStringLiteral("Key account");
    o.domains = {QStringLiteral("@Acme.COM"), QStringLiteral("*.acme.de"),
                 QStringLiteral("Bücher.de"), QStringLiteral("acme.com")};
    o.tags = {QStringLiteral("VIP gold"), QStringLiteral("vip")};
    o.sharingMode = SharingMode::ViewAllAndComment;
    auto created = orgs().create(m_a.admin, o);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(created->name, QStringLiteral("Acme"));
    QCOMPARE(created->domains, (QStringList{QStringLiteral(".acme.de"), QStringLiteral("acme.com"),
                                            QStringLiteral("xn--bcher-kva.de")}));
    const auto found = orgs().findByName(QStringLiteral("aCME"));
    QVERIFY(found.has_value());
    QCOMPARE(found->id, created->id);
    QCOMPARE(found->domains, created->domains);
    QCOMPARE(found->tags, (QStringList{QStringLiteral("gold"), QStringLiteral("vip")}));
    QCOMPARE(found->notes, QStringLiteral("Key account"));
    QCOMPARE(found->sharingMode, SharingMode::ViewAllAndComment);
    // Beyond ASCII too.
    const Organization aerzte = org(QStringLiteral("Ärzte Süd"));
    QCOMPARE(orgs().findByName(QStringLiteral("ÄRZTE SÜD"))->id, aerzte.id);
    QVERIFY(!orgs().findByName(QStringLiteral("Ärzte")));
}

void TestOrganizationService::namesAreUniqueWithoutCase() {
    org(QStringLiteral("Acme"));
    org(QStringLiteral("Ärzte Süd"));
    const QString before = snapshot();
    for (const QString &name :
         {QStringLiteral("ACME"), QStringLiteral("ärzte süd"), QStringLiteral("  acme ")}) {
        Organization o;
        o.name = name;
        auto refused = orgs().create(m_a.admin, o);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("already exists")),
                 qPrintable(refused.error()));
    }
    Organization empty;
    empty.name = QStringLiteral("   ");
    QVERIFY(orgs().create(m_a.admin, empty).error().contains(QStringLiteral("needs a name")));
    QCOMPARE(snapshot(), before);
}

void TestOrganizationService::domainBelongsToOneOrganization() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    const Organization beta = org(QStringLiteral("Beta"), {QStringLiteral("beta.com")});
    const QString before = snapshot();
    Organization other;
    other.name = QStringLiteral("Other");
    other.domains = {QStringLiteral("other.com"), QStringLiteral("ACME.com.")};
    auto refused = orgs().create(m_a.admin, other);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("acme.com")) &&
                 refused.error().contains(QStringLiteral("“Acme”")),
             qPrintable(refused.error()));
    Organization b = beta;
    b.domains << QStringLiteral("acme.com");
    QVERIFY(!orgs().update(m_a.admin, b).ok());
    QCOMPARE(snapshot(), before);
    // Its own domain again is fine; a wildcard of the same domain is a different entry.
    Organization a = acme;
    a.domains = {QStringLiteral("acme.com"), QStringLiteral(".acme.com")};
    QVERIFY(orgs().update(m_a.admin, a).ok());
    b = beta;
    b.domains = {QStringLiteral("sub.acme.com")};
    QVERIFY(orgs().update(m_a.admin, b).ok());
}

void TestOrganizationService::freeMailIsRefused() {
    const QString before = snapshot();
    for (const QString &domain :
         {QStringLiteral("gmail.com"), QStringLiteral(".web.de"), QStringLiteral("@GMX.net")}) {
        Organization o;
        o.name = QStringLiteral("Customers");
        o.domains = {domain};
        auto refused = orgs().create(m_a.admin, o);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("free email service")),
                 qPrintable(refused.error()));
    }
    Organization o;
    o.name = QStringLiteral("Customers");
    o.domains = {QStringLiteral("co.uk")};
    QVERIFY(orgs().create(m_a.admin, o).error().contains(QStringLiteral("unrelated companies")));
    QCOMPARE(snapshot(), before);
}

void TestOrganizationService::onlyAdminsChangeOrganizations() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    const User carla = endUser(QStringLiteral("carla@elsewhere.test"));
    const QString before = snapshot();
    for (const User &actor : {m_a.agent, m_a.endUser}) {
        Organization o;
        o.name = QStringLiteral("New");
        QVERIFY(orgs().create(actor, o).error().contains(QStringLiteral("Only administrators")));
        Organization changed = acme;
        changed.sharingMode = SharingMode::ViewAll;
        QVERIFY(!orgs().update(actor, changed).ok());
        QVERIFY(!orgs().remove(actor, acme.id).ok());
        QVERIFY(!orgs().applyDomains(actor, false).ok());
        const Status s = orgs().setMemberships(actor, carla.id, {acme.id});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("Only administrators")), qPrintable(s.error()));
    }
    QCOMPARE(snapshot(), before);
}

void TestOrganizationService::updateReplacesFields() {
    auto group = m_a.instance->groups().create(m_a.admin, QStringLiteral("Support"));
    Organization o = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    o.name = QStringLiteral("Acme Corp");
    o.domains = {QStringLiteral("acme.org")};
    o.groupId = group->id;
    o.tags = {QStringLiteral("b a")};
    auto updated = orgs().update(m_a.admin, o);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    const auto stored = orgs().find(o.id);
    QCOMPARE(stored->name, QStringLiteral("Acme Corp"));
    QCOMPARE(stored->domains, QStringList{QStringLiteral("acme.org")});
    QCOMPARE(stored->groupId, group->id);
    QCOMPARE(stored->tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // The old domain is free again.
    org(QStringLiteral("Other"), {QStringLiteral("acme.com")});
    o.groupId = 4711;
    const QString before = snapshot();
    QVERIFY(orgs().update(m_a.admin, o).error().contains(QStringLiteral("no group")));
    o.id = 999;
    QVERIFY(orgs().update(m_a.admin, o).error().contains(QStringLiteral("no organization")));
    QCOMPARE(snapshot(), before);
}

void TestOrganizationService::deleteKeepsUsersAndTickets() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    const Organization beta = org(QStringLiteral("Beta"));
    const User anna = endUser(QStringLiteral("anna@acme.com")); // default: Acme
    const User bert = endUser(QStringLiteral("bert@acme.com"));
    QVERIFY(orgs().setMemberships(m_a.admin, bert.id, {acme.id, beta.id}, acme.id).ok());
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = anna.id;
    const Id t1 = m_a.instance->tickets().create(m_a.agent, n)->id;
    n.requesterId = bert.id;
    const Id t2 = m_a.instance->tickets().create(m_a.agent, n)->id;
    QCOMPARE(m_a.instance->tickets().get(m_a.agent, t1)->organizationId, acme.id);

    const auto impact = orgs().deletionImpact(acme.id);
    QVERIFY(impact.ok());
    QCOMPARE(impact->members, 2);
    QCOMPARE(impact->defaultFor, 2);
    QCOMPARE(impact->tickets, 2);
    // (Plural forms come from the translations; the tests run with the source texts.)
    QVERIFY2(impact->description.contains(QStringLiteral("2 member")) &&
                 impact->description.contains(QStringLiteral("lose the membership")),
             qPrintable(impact->description));
    QVERIFY(impact->description.contains(QStringLiteral("2 ticket")));
    QVERIFY(orgs().find(acme.id).has_value()); // only a read

    auto removed = orgs().remove(m_a.admin, acme.id);
    QVERIFY2(removed.ok(), qPrintable(removed.error()));
    QCOMPARE(removed->tickets, 2);
    QVERIFY(!orgs().find(acme.id));
    QVERIFY(m_a.instance->users().find(anna.id).has_value());
    QCOMPARE(m_a.instance->users().find(anna.id)->defaultOrganizationId, 0);
    QCOMPARE(m_a.instance->users().find(bert.id)->defaultOrganizationId, beta.id);
    QCOMPARE(m_a.instance->users().organizationsOf(bert.id), QList<Id>{beta.id});
    const auto ticket = m_a.instance->tickets().get(m_a.agent, t2);
    QVERIFY(ticket.ok());
    QCOMPARE(ticket->organizationId, 0);
    const auto events = m_a.instance->tickets().events(m_a.agent, t2).value();
    QCOMPARE(events.last().field, QStringLiteral("organization"));
    QCOMPARE(events.last().oldValue, QStringLiteral("Acme"));
    QCOMPARE(events.last().detail, QString::fromLatin1(OrganizationService::DeletedDetail));
    QCOMPARE(events.last().actorId, m_a.admin.id);
    // Its domain is free again; deleting twice says so.
    org(QStringLiteral("Acme 2"), {QStringLiteral("acme.com")});
    QVERIFY(orgs().remove(m_a.admin, acme.id).error().contains(QStringLiteral("no organization")));
}

void TestOrganizationService::listCountsAndSearch() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    Organization b;
    b.name = QStringLiteral("beta 100%");
    b.tags = {QStringLiteral("gold")};
    QVERIFY(orgs().create(m_a.admin, b).ok());
    org(QStringLiteral("Gamma"));
    endUser(QStringLiteral("a@acme.com"));
    const User x = endUser(QStringLiteral("x@acme.com"));
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = x.id;
    QVERIFY(m_a.instance->tickets().create(m_a.agent, n).ok());
    const auto all = orgs().list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("Acme"));
    QCOMPARE(all.at(0).memberCount, 2);
    QCOMPARE(all.at(0).ticketCount, 1);
    QCOMPARE(all.at(1).name, QStringLiteral("beta 100%"));
    QCOMPARE(all.at(1).memberCount, 0);
    QCOMPARE(orgs().list(QStringLiteral("ACME.c")).size(), 1);         // domain
    QCOMPARE(orgs().list(QStringLiteral("old")).first().name, b.name); // tag
    QCOMPARE(orgs().list(QStringLiteral("0%")).size(), 1);             // % is literal
    QCOMPARE(orgs().list(QStringLiteral("_")).size(), 0);              // so is _
    QCOMPARE(orgs().find(acme.id)->memberCount, 2);
}

void TestOrganizationService::newUserJoinsByDomain() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral("acme.com")});
    QSignalSpy changed(&m_a.instance->changes(), &Store::ChangeHub::organizationsChanged);
    const User anna = endUser(QStringLiteral("Anna@ACME.com"));
    QCOMPARE(anna.defaultOrganizationId, acme.id);
    QCOMPARE(m_a.instance->users().organizationsOf(anna.id), QList<Id>{acme.id});
    QCOMPARE(m_a.instance->users().find(anna.id)->defaultOrganizationId, acme.id);
    QCOMPARE(changed.size(), 1); // member counts changed
    // An exact domain does not take subdomains; other domains join nothing.
    const User sub = endUser(QStringLiteral("sub@sales.acme.com"));
    QCOMPARE(sub.defaultOrganizationId, 0);
    QVERIFY(m_a.instance->users().organizationsOf(sub.id).isEmpty());
    // Agents join too (created by an admin).
    User agent;
    agent.name = QStringLiteral("Second Agent");
    agent.email = QStringLiteral("agent2@acme.com");
    agent.role = Role::Agent;
    QCOMPARE(m_a.instance->users().create(m_a.admin, agent)->defaultOrganizationId, acme.id);
}

void TestOrganizationService::newRequesterJoinsByDomain() {
    const Organization acme = org(QStringLiteral("Acme"), {QStringLiteral(".acme.com")});
    NewTicket n;
    n.subject = QStringLiteral("Kettle");
    n.comment = QStringLiteral("Leaks");
    n.requesterEmail = QStringLiteral("new.person@support.acme.com");
    auto t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    const auto u = m_a.instance->users().findByEmail(n.requesterEmail);
    QVERIFY(u.has_value());
    QCOMPARE(u->defaultOrganizationId, acme.id);
    QCOMPARE(m_a.instance->users().organizationsOf(u->id), QList<Id>{acme.id});
    QCOMPARE(t->organizationId, acme.id); // the new ticket gets the default organization
}

void TestOrganizationService::firstAdminJoinsByDomain() {
    // A store that already has an organization before the account (a restored database):
    // the first administrator goes through the same path as every other new user.
    QTemporaryDir dir;
    auto opened = Instance::open(dir.path());
    QVERIFY(opened.ok());
    Instance &instance = *opened.value();
    Organization o;
    o.name = QStringLiteral("Head Office");
    o.domains = {QStringLiteral(".example.org")};
    o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
    const Id orgId = Store::OrganizationRepository(instance.database()).insert(o).value();
    auto admin =
        instance.accounts().initialize(QStringLiteral("Acct"), Plan::Team, QStringLiteral("Ada"),
                                       QStringLiteral("ada@hq.example.org"));
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    QCOMPARE(admin->defaultOrganizationId, orgId);
    QCOMPARE(instance.users().organizationsOf(admin->id), QList<Id>{orgId});
}

void TestOrganizationService::longestSuffixWins() {
    const Organization wide = org(QStringLiteral("Wide"), {QStringLiteral(".example.com")});
    const Organization eu = org(QStringLiteral("EU"), {QStringLiteral(".eu.example.com")});
    const Organization sales =
        org(QStringLiteral("Sales EU"), {QStringLiteral("sales.eu.example.com")});
    const Organization wildSales =
        org(QStringLiteral("Sales EU wildcard"), {QStringLiteral(".sales.eu.example.com")});
    QCOMPARE(endUser(QStringLiteral("a@example.com")).defaultOrganizationId, wide.id);
    QCOMPARE(endUser(QStringLiteral("b@us.example.com")).defaultOrganizationId, wide.id);
    QCOMPARE(endUser(QStringLiteral("c@de.eu.example.com")).defaultOrganizationId, eu.id);
    QCOMPARE(endUser(QStringLiteral("d@eu.example.com")).defaultOrganizationId, eu.id);
    // Exact beats a wildcard of the same length; the wildcard takes the subdomains.
    QCOMPARE(endUser(QStringLiteral("e@sales.eu.example.com")).defaultOrganizationId, sales.id);
    QCOMPARE(endUser(QStringLiteral("f@x.sales.eu.example.com")).defaultOrganizationId,
             wildSales.id);
    QCOMPARE(endUser(QStringLiteral("g@example.co")).defaultOrganizationId, 0);
    QCOMPARE(m_a.instance->users().organizationForEmail(QStringLiteral("h@EU.Example.COM")),
             std::optional<Id>(eu.id));
}

void TestOrganizationService::teamPlanAllowsOneOrganization() {
    QTemporaryDir dir;
    Test::TestAccount a = Test::makeAccount(dir.path(), Plan::Team);
    auto &o = a.instance->organizations();
    Organization first;
    first.name = QStringLiteral("First");
    const Id one = o.create(a.admin, first)->id;
    Organization second;
    second.name = QStringLiteral("Second");
    const Id two = o.create(a.admin, second)->id;
    QVERIFY(o.setMemberships(a.admin, a.endUser.id, {one}).ok());
    const QString before = Test::snapshot(*a.instance, Test::organizationTables());
    const Status refused = o.setMemberships(a.admin, a.endUser.id, {one, two}, one);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("Team plan")) &&
                 refused.error().contains(QStringLiteral("Professional")),
             qPrintable(refused.error()));
    // Through UserService::update as well.
    User u = *a.instance->users().find(a.endUser.id);
    u.name = QStringLiteral("Renamed");
    QVERIFY(!a.instance->users().update(a.admin, u, QList<Id>{one, two}).ok());
    QCOMPARE(Test::snapshot(*a.instance, Test::organizationTables()), before);
    // Switching the one organization is fine.
    QVERIFY(o.setMemberships(a.admin, a.endUser.id, {two}).ok());
    QCOMPARE(a.instance->users().find(a.endUser.id)->defaultOrganizationId, two);
}

void TestOrganizationService::professionalPlanAllowsSeveral() {
    const Organization a = org(QStringLiteral("A"));
    const Organization b = org(QStringLiteral("B"));
    const Organization c = org(QStringLiteral("C"));
    const Status s = orgs().setMemberships(m_a.admin, m_a.endUser.id, {a.id, b.id, c.id}, b.id);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(m_a.instance->users().organizationsOf(m_a.endUser.id).size(), 3);
    QCOMPARE(m_a.instance->users().find(m_a.endUser.id)->defaultOrganizationId, b.id);
    const auto members = orgs().members(b.id);
    QCOMPARE(members.size(), 1);
    QVERIFY(members.first().isDefault);
    QVERIFY(!orgs().members(a.id).first().isDefault);
    // Dropping the default organization moves the default to a remaining one.
    QVERIFY(orgs().setMemberships(m_a.admin, m_a.endUser.id, {c.id, a.id}).ok());
    QCOMPARE(m_a.instance->users().find(m_a.endUser.id)->defaultOrganizationId, c.id);
    QVERIFY(orgs().setMemberships(m_a.admin, m_a.endUser.id, {}).ok());
    QCOMPARE(m_a.instance->users().find(m_a.endUser.id)->defaultOrganizationId, 0);
    QVERIFY(orgs()
                .setMemberships(m_a.admin, m_a.endUser.id, {4711})
                .error()
                .contains(QStringLiteral("no organization")));
}

void TestOrganizationService::autoAssignmentRespectsThePlan() {
    // With an organization given explicitly (an import), the domain's is added only while
    // the plan has room; the user is never refused for it.
    QTemporaryDir dir;
    Test::TestAccount a = Test::makeAccount(dir.path(), Plan::Growth);
    Organization byDomain;
    byDomain.name = QStringLiteral("By Domain");
    byDomain.domains = {QStringLiteral("kunde.test")};
    const Id domainOrg = a.instance->organizations().create(a.admin, byDomain)->id;
    Organization chosen;
    chosen.name = QStringLiteral("Chosen");
    const Id chosenOrg = a.instance->organizations().create(a.admin, chosen)->id;
    User u;
    u.name = QStringLiteral("U");
    u.email = QStringLiteral("u@kunde.test");
    Store::Transaction tx(a.instance->database());
    auto created = a.instance->users().insertValidated(u, {chosenOrg});
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(tx.commit().ok());
    QCOMPARE(a.instance->users().organizationsOf(created->id), QList<Id>{chosenOrg});
    QCOMPARE(created->defaultOrganizationId, chosenOrg);
    Q_UNUSED(domainOrg);
}

void TestOrganizationService::defaultOrganizationMustBeAMembership() {
    const Organization a = org(QStringLiteral("A"));
    const Organization b = org(QStringLiteral("B"));
    QVERIFY(orgs().setMemberships(m_a.admin, m_a.endUser.id, {a.id}).ok());
    const QString before = snapshot();
    QVERIFY(orgs()
                .setMemberships(m_a.admin, m_a.endUser.id, {a.id}, b.id)
                .error()
                .contains(QStringLiteral("must be one of")));
    User u = *m_a.instance->users().find(m_a.endUser.id);
    u.defaultOrganizationId = b.id;
    QVERIFY(
        m_a.instance->users().update(m_a.admin, u).error().contains(QStringLiteral("add them")));
    QCOMPARE(snapshot(), before);
    // An agent may rename an end user but not move their default organization.
    u.defaultOrganizationId = a.id;
    u.name = QStringLiteral("Carla K.");
    QVERIFY(m_a.instance->users().update(m_a.agent, u).ok());
    QVERIFY(orgs().setMemberships(m_a.admin, m_a.endUser.id, {a.id, b.id}, a.id).ok());
    u = *m_a.instance->users().find(m_a.endUser.id);
    u.defaultOrganizationId = b.id;
    QVERIFY(!m_a.instance->users().update(m_a.agent, u).ok());
}

void TestOrganizationService::groupMappingSetsGroupWithEvent() {
    const Id support = m_a.instance->groups().create(m_a.admin, QStringLiteral("Support"))->id;
    Organization o;
    o.name = QStringLiteral("Acme");
    o.domains = {QStringLiteral("acme.com")};
    o.groupId = support;
    QVERIFY(orgs().create(m_a.admin, o).ok());
    // An end user's own ticket, through the Help Center.
    const User anna = endUser(QStringLiteral("anna@acme.com"));
    NewTicket n;
    n.subject = QStringLiteral("Broken");
    n.comment = QStringLiteral("Help");
    auto t = m_a.instance->tickets().create(anna, n, {Channel::Portal});
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t->groupId, support);
    QCOMPARE(m_a.instance->tickets().get(m_a.agent, t->id)->groupId, support);
    const auto events = m_a.instance->tickets().events(m_a.agent, t->id).value();
    bool mapped = false;
    for (const TicketEvent &e : events)
        mapped |= e.kind == EventKind::FieldChanged && e.field == QLatin1String("group") &&
                  e.newValue == QLatin1String("Support") &&
                  e.detail == QLatin1String(TicketService::GroupFromOrganizationDetail);
    QVERIFY(mapped);
    QVERIFY(QString::fromLatin1(TicketService::GroupFromOrganizationDetail)
                .contains(QStringLiteral("organization's group mapping")));
    // A new requester from the domain, by an agent: same.
    n.requesterEmail = QStringLiteral("bert@acme.com");
    QCOMPARE(m_a.instance->tickets().create(m_a.agent, n)->groupId, support);
}

void TestOrganizationService::groupMappingYieldsToChoices() {
    const Id support = m_a.instance->groups().create(m_a.admin, QStringLiteral("Support"))->id;
    const Id sales = m_a.instance->groups().create(m_a.admin, QStringLiteral("Sales"))->id;
    QVERIFY(m_a.instance->groups().setMembers(m_a.admin, support, {m_a.admin.id}).ok());
    Organization o;
    o.name = QStringLiteral("Acme");
    o.domains = {QStringLiteral("acme.com")};
    o.groupId = support;
    QVERIFY(orgs().create(m_a.admin, o).ok());
    const User anna = endUser(QStringLiteral("anna@acme.com"));
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = anna.id;
    n.groupId = sales; // the agent's choice stands
    auto t = m_a.instance->tickets().create(m_a.agent, n);
    QCOMPARE(t->groupId, sales);
    const auto events = m_a.instance->tickets().events(m_a.agent, t->id).value();
    for (const TicketEvent &e : events)
        QVERIFY(e.detail != QLatin1String(TicketService::GroupFromOrganizationDetail));
    // An assignee outside the mapped group: no mapping rather than a refusal.
    n.groupId = 0;
    n.assigneeId = m_a.agent.id;
    t = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY2(t.ok(), qPrintable(t.error()));
    QCOMPARE(t->groupId, 0);
    // A requester without an organization: nothing to map.
    n.assigneeId = 0;
    n.requesterId = m_a.endUser.id;
    QCOMPARE(m_a.instance->tickets().create(m_a.agent, n)->groupId, 0);
}

void TestOrganizationService::agentPicksAnotherOrganizationOfTheRequester() {
    const Organization a = org(QStringLiteral("A"));
    const Organization b = org(QStringLiteral("B"));
    const Organization c = org(QStringLiteral("C"));
    QVERIFY(orgs().setMemberships(m_a.admin, m_a.endUser.id, {a.id, b.id}, a.id).ok());
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = m_a.endUser.id;
    QCOMPARE(m_a.instance->tickets().create(m_a.agent, n)->organizationId, a.id);
    n.organizationId = b.id;
    QCOMPARE(m_a.instance->tickets().create(m_a.agent, n)->organizationId, b.id);
    n.organizationId = c.id;
    auto refused = m_a.instance->tickets().create(m_a.agent, n);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("not a member")), qPrintable(refused.error()));
}

void TestOrganizationService::ticketKeepsOrganizationWhenRequesterLeaves() {
    const Organization a = org(QStringLiteral("A"), {QStringLiteral("a.test")});
    const User anna = endUser(QStringLiteral("anna@a.test"));
    NewTicket n;
    n.subject = QStringLiteral("S");
    n.comment = QStringLiteral("C");
    n.requesterId = anna.id;
    const Id id = m_a.instance->tickets().create(m_a.agent, n)->id;
    QVERIFY(orgs().setMemberships(m_a.admin, anna.id, {}).ok());
    TicketChange c;
    c.status = TicketStatus::Pending;
    const Status s = m_a.instance->tickets().update(m_a.agent, id, c);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(m_a.instance->tickets().get(m_a.agent, id)->organizationId, a.id);
    // Moving it into an organization she is not in is still refused.
    const Organization b = org(QStringLiteral("B"));
    TicketChange move;
    move.organizationId = b.id;
    QVERIFY(!m_a.instance->tickets().update(m_a.agent, id, move).ok());
}

void TestOrganizationService::applyDomainsDryRunThenApply() {
    const User anna = endUser(QStringLiteral("anna@acme.com"));
    const User bert = endUser(QStringLiteral("bert@eu.acme.com"));
    const User cleo = endUser(QStringLiteral("cleo@beta.com"));
    endUser(QStringLiteral("dora@nowhere.test"));
    Organization acme = org(QStringLiteral("Acme"));
    const Organization beta = org(QStringLiteral("Beta"));
    QVERIFY(orgs().setMemberships(m_a.admin, cleo.id, {beta.id}).ok());
    acme.domains = {QStringLiteral(".acme.com")};
    QVERIFY(orgs().update(m_a.admin, acme).ok());
    Organization b = beta;
    b.domains = {QStringLiteral("beta.com")};
    QVERIFY(orgs().update(m_a.admin, b).ok());

    const QString before = snapshot();
    auto dry = orgs().applyDomains(m_a.admin, true);
    QVERIFY2(dry.ok(), qPrintable(dry.error()));
    QCOMPARE(dry->users, 2);
    QVERIFY(!dry->applied);
    QCOMPARE(dry->organizations.size(), 1);
    QCOMPARE(dry->organizations.first().organizationName, QStringLiteral("Acme"));
    QCOMPARE(dry->organizations.first().userIds, (QList<Id>{anna.id, bert.id}));
    QVERIFY2(dry->summary.contains(QStringLiteral("2 user")) &&
                 dry->summary.contains(QStringLiteral("would join")) &&
                 dry->summary.contains(QStringLiteral("Acme (2)")),
             qPrintable(dry->summary));
    QCOMPARE(snapshot(), before);

    QSignalSpy changed(&m_a.instance->changes(), &Store::ChangeHub::organizationsChanged);
    QList<qint64> progress;
    auto applied = orgs().applyDomains(m_a.admin, false, [&](qint64 done, qint64 total) {
        progress << done;
        QVERIFY(done <= total);
    });
    QVERIFY(applied.ok());
    QVERIFY(applied->applied);
    QCOMPARE(applied->users, 2);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_a.instance->users().organizationsOf(anna.id), QList<Id>{acme.id});
    QCOMPARE(m_a.instance->users().find(bert.id)->defaultOrganizationId, acme.id);
    QCOMPARE(m_a.instance->users().organizationsOf(cleo.id), QList<Id>{beta.id});
    auto again = orgs().applyDomains(m_a.admin, true);
    QCOMPARE(again->users, 0);
    QVERIFY(again->summary.contains(QStringLiteral("already")));
}

void TestOrganizationService::effectiveAccess() {
    const Organization view = org(QStringLiteral("Viewers"), {}, SharingMode::ViewAll);
    const Organization talk = org(QStringLiteral("Talkers"), {}, SharingMode::ViewAllAndComment);
    const Organization own = org(QStringLiteral("Loners"), {}, SharingMode::OwnTickets);
    auto access = orgs().effectiveAccess(m_a.endUser.id);
    QVERIFY(access.ok());
    QVERIFY(access->viewOrganizations.isEmpty());
    QVERIFY(access->summary.contains(QStringLiteral("only the tickets they requested")));
    QVERIFY(
        orgs().setMemberships(m_a.admin, m_a.endUser.id, {own.id, view.id, talk.id}, own.id).ok());
    access = orgs().effectiveAccess(m_a.endUser.id);
    QCOMPARE(access->viewOrganizations,
             (QStringList{QStringLiteral("Talkers"), QStringLiteral("Viewers")}));
    QCOMPARE(access->commentOrganizations, QStringList{QStringLiteral("Talkers")});
    QVERIFY2(access->summary.contains(QStringLiteral("can see the tickets they requested and the "
                                                     "tickets of: Talkers, Viewers")),
             qPrintable(access->summary));
    QVERIFY(orgs().effectiveAccess(m_a.agent.id)->allTickets);
    QVERIFY(!orgs().effectiveAccess(4711).ok());
}

QTEST_GUILESS_MAIN(TestOrganizationService)
#include "tst_organizationservice.moc"
