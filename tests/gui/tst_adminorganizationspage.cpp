// The Admin Center's organizations page, driven through its widgets against a real SQLite
// account: domains, sharing mode, deletion and "apply domains to existing users".
#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace DeskBridge;
using Domain::Organization;
using Domain::Role;
using Domain::SharingMode;
using Domain::User;

class TestOrganizationsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createWithDomainAssignsNewUsers();
    void freeMailDomainRefusedAndNothingWritten();
    void domainOfAnotherOrganizationRefused();
    void sharingModeSaved();
    void deleteShowsImpactAndRemoves();
    void applyDomainsShowsCountFirst();
    void screenshots();

private:
    void openPage();
    template <typename T> T *widget(const char *name) {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    bool selectName(const QString &name);
    QStringList listedNames();
    void type(const char *field, const QString &text);
    Organization addOrganization(const QString &name, const QStringList &domains);
    User addUser(const QString &name, const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestOrganizationsPage::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = Test::makeAccount(m_dir->path(), Domain::Plan::Professional);
    QVERIFY(m_account.instance);
}

void TestOrganizationsPage::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_account = {};
    m_dir.reset();
}

void TestOrganizationsPage::openPage() {
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_account.instance, m_account.admin);
    m_window->resize(1060, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_page = m_window->showPage(QStringLiteral("organizations"));
    QVERIFY(m_page);
    QVERIFY(m_page->isVisible());
}

bool TestOrganizationsPage::selectName(const QString &name) {
    auto *list = widget<QTreeWidget>("orgList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name) {
            list->setCurrentItem(list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QStringList TestOrganizationsPage::listedNames() {
    auto *list = widget<QTreeWidget>("orgList");
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        out.append(list->topLevelItem(i)->text(0));
    return out;
}

void TestOrganizationsPage::type(const char *field, const QString &text) {
    auto *edit = widget<QLineEdit>(field);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

Organization TestOrganizationsPage::addOrganization(const QString &name,
                                                    const QStringList &domains) {
    Organization o;
    o.name = name;
    o.domains = domains;
    auto created = m_account.instance->organizations().create(m_account.admin, o);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

User TestOrganizationsPage::addUser(const QString &name, const QString &email) {
    User u;
    u.name = name;
    u.email = email;
    u.role = Role::EndUser;
    auto created = m_account.instance->users().create(m_account.admin, u);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

void TestOrganizationsPage::createWithDomainAssignsNewUsers() {
    openPage();
    widget<QPushButton>("orgNewButton")->click();
    type("orgName", QStringLiteral("Contoso"));
    type("orgDomainInput", QStringLiteral("@Contoso.example"));
    widget<QPushButton>("orgDomainAdd")->click();
    auto *domains = widget<QListWidget>("orgDomains");
    QCOMPARE(domains->count(), 1);
    QCOMPARE(domains->item(0)->text(), QStringLiteral("contoso.example"));
    widget<QPushButton>("orgSaveButton")->click();
    QVERIFY2(!m_page->messages()->isShowingError(), qPrintable(m_page->messages()->text()));

    const auto stored = m_account.instance->organizations().findByName(QStringLiteral("Contoso"));
    QVERIFY(stored);
    QCOMPARE(stored->domains, QStringList{QStringLiteral("contoso.example")});
    QCOMPARE(listedNames(), QStringList{QStringLiteral("Contoso")});

    // A new user with an address in the domain joins, and the list counts them.
    const User nina = addUser(QStringLiteral("Nina Neu"), QStringLiteral("nina@contoso.example"));
    const auto orgs = m_account.instance->organizations().organizationsOf(nina.id);
    QCOMPARE(orgs.size(), 1);
    QCOMPARE(orgs.first().name, QStringLiteral("Contoso"));
    QTRY_COMPARE(widget<QTreeWidget>("orgList")->topLevelItem(0)->text(1), QStringLiteral("1"));
}

void TestOrganizationsPage::freeMailDomainRefusedAndNothingWritten() {
    openPage();
    const QString before = Test::snapshot(*m_account.instance, Test::organizationTables());
    widget<QPushButton>("orgNewButton")->click();
    type("orgName", QStringLiteral("Freemailers"));
    type("orgDomainInput", QStringLiteral("gmail.com"));
    widget<QPushButton>("orgDomainAdd")->click();

    const auto expected =
        m_account.instance->organizations().normalizeDomains({QStringLiteral("gmail.com")}, 0);
    QVERIFY(!expected.ok());
    QVERIFY(m_page->messages()->isShowingError());
    QCOMPARE(m_page->messages()->text(), expected.error());
    QCOMPARE(widget<QListWidget>("orgDomains")->count(), 0);
    // What was typed stays, to be corrected.
    QCOMPARE(widget<QLineEdit>("orgDomainInput")->text(), QStringLiteral("gmail.com"));
    QCOMPARE(Test::snapshot(*m_account.instance, Test::organizationTables()), before);
}

void TestOrganizationsPage::domainOfAnotherOrganizationRefused() {
    addOrganization(QStringLiteral("Contoso"), {QStringLiteral("contoso.example")});
    openPage();
    widget<QPushButton>("orgNewButton")->click();
    type("orgName", QStringLiteral("Fabrikam"));
    type("orgDomainInput", QStringLiteral("contoso.example"));
    widget<QPushButton>("orgDomainAdd")->click();
    QVERIFY(m_page->messages()->isShowingError());
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("Contoso")));
    QCOMPARE(widget<QListWidget>("orgDomains")->count(), 0);
}

void TestOrganizationsPage::sharingModeSaved() {
    addOrganization(QStringLiteral("Contoso"), {QStringLiteral("contoso.example")});
    addUser(QStringLiteral("Nina Neu"), QStringLiteral("nina@contoso.example"));
    addUser(QStringLiteral("Otto Ost"), QStringLiteral("otto@contoso.example"));
    openPage();
    QVERIFY(selectName(QStringLiteral("Contoso")));
    QVERIFY(widget<QRadioButton>("orgSharingOwn")->isChecked());
    QCOMPARE(widget<QLabel>("orgSharingExplanation")->text(),
             QStringLiteral("Members see only the tickets they requested."));
    widget<QRadioButton>("orgSharingView")->click();
    QVERIFY(
        widget<QLabel>("orgSharingExplanation")->text().contains(QStringLiteral("All 2 members")));
    widget<QPushButton>("orgSaveButton")->click();
    QVERIFY(!m_page->messages()->isShowingError());
    QCOMPARE(m_account.instance->organizations().findByName(QStringLiteral("Contoso"))->sharingMode,
             SharingMode::ViewAll);
    QVERIFY(!widget<QPushButton>("orgSaveButton")->isEnabled());
}

void TestOrganizationsPage::deleteShowsImpactAndRemoves() {
    const Organization org =
        addOrganization(QStringLiteral("Contoso"), {QStringLiteral("contoso.example")});
    const User nina = addUser(QStringLiteral("Nina Neu"), QStringLiteral("nina@contoso.example"));
    const auto impact = m_account.instance->organizations().deletionImpact(org.id);
    QVERIFY(impact.ok());
    QCOMPARE(impact->members, 1);
    openPage();
    QVERIFY(selectName(QStringLiteral("Contoso")));

    // Declined: nothing happens.
    Ui::Confirmation::setNextAnswer(false);
    widget<QPushButton>("orgDeleteButton")->click();
    QCOMPARE(Ui::Confirmation::lastQuestion(), impact->description);
    QVERIFY(m_account.instance->organizations().find(org.id));

    Ui::Confirmation::setNextAnswer(true);
    widget<QPushButton>("orgDeleteButton")->click();
    QVERIFY(!m_account.instance->organizations().find(org.id));
    QVERIFY(listedNames().isEmpty());
    QVERIFY(m_account.instance->users().find(nina.id)); // the member stays
    QCOMPARE(m_page->messages()->kind(), Ui::MessageBar::Kind::Positive);
}

void TestOrganizationsPage::applyDomainsShowsCountFirst() {
    const User nina = addUser(QStringLiteral("Nina Neu"), QStringLiteral("nina@contoso.example"));
    addOrganization(QStringLiteral("Contoso"), {QStringLiteral("contoso.example")});
    // Created before the domain existed: not a member yet.
    QVERIFY(m_account.instance->organizations().organizationsOf(nina.id).isEmpty());
    const auto dry = m_account.instance->organizations().applyDomains(m_account.admin, true);
    QVERIFY(dry.ok());
    QCOMPARE(dry->users, 1);
    openPage();

    Ui::Confirmation::setNextAnswer(false);
    widget<QPushButton>("orgApplyDomainsButton")->click();
    QCOMPARE(Ui::Confirmation::lastQuestion(), dry->summary);
    QVERIFY(m_account.instance->organizations().organizationsOf(nina.id).isEmpty());

    Ui::Confirmation::setNextAnswer(true);
    widget<QPushButton>("orgApplyDomainsButton")->click();
    QCOMPARE(m_account.instance->organizations().organizationsOf(nina.id).size(), 1);
    QVERIFY(!m_page->messages()->isShowingError());
}

void TestOrganizationsPage::screenshots() {
    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        QSKIP("Set DESKBRIDGE_SCREENSHOT_DIR to save PNGs of the organizations page.");
    QVERIFY(QDir().mkpath(dir));
    addOrganization(QStringLiteral("Contoso"),
                    {QStringLiteral("contoso.example"), QStringLiteral("contoso-retail.example")});
    addOrganization(QStringLiteral("Fabrikam"), {QStringLiteral("fabrikam.example")});
    addUser(QStringLiteral("Nina Neu"), QStringLiteral("nina@contoso.example"));
    addUser(QStringLiteral("Otto Ost"), QStringLiteral("otto@contoso.example"));
    openPage();
    QVERIFY(selectName(QStringLiteral("Contoso")));
    widget<QRadioButton>("orgSharingView")->click();
    QCoreApplication::processEvents(); // pending layout requests, as a user would see it
    QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("admin-organizations.png"))));
}

QTEST_MAIN(TestOrganizationsPage)
#include "tst_adminorganizationspage.moc"
