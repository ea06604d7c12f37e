// The users page's organization memberships (UsersPage with OrganizationService), against a
// real SQLite account: memberships saved, refused beyond the plan's limit, effective access.
#include "app/services/OrganizationService.h"
#include "app/services/Permissions.h"
#include "app/services/UserService.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace DeskBridge;
using Domain::Organization;
using Domain::User;

class TestOrganizationMemberships : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void membershipsSavedWithDefaultAndAccess();
    void overTeamPlanLimitRefused();

private:
    void setUp(Domain::Plan plan);
    void openUser(const QString &email);
    template <typename T> T *widget(const char *name) {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    Organization addOrganization(const QString &name, Domain::SharingMode mode);
    void check(const QString &organization, bool on);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestOrganizationMemberships::setUp(Domain::Plan plan) {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = Test::makeAccount(m_dir->path(), plan);
    QVERIFY(m_account.instance);
}

void TestOrganizationMemberships::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_account = {};
    m_dir.reset();
}

Organization TestOrganizationMemberships::addOrganization(const QString &name,
                                                          Domain::SharingMode mode) {
    Organization o;
    o.name = name;
    o.sharingMode = mode;
    auto created = m_account.instance->organizations().create(m_account.admin, o);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

void TestOrganizationMemberships::openUser(const QString &email) {
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_account.instance, m_account.admin);
    m_window->resize(1060, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_page = m_window->showPage(QStringLiteral("users"));
    QVERIFY(m_page);
    auto *list = widget<QTreeView>("userList");
    QAbstractItemModel *model = list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 1).data().toString() == email) {
            list->setCurrentIndex(model->index(r, 0));
            return;
        }
    }
    QFAIL("user not listed");
}

void TestOrganizationMemberships::check(const QString &organization, bool on) {
    auto *list = widget<QListWidget>("userOrganizations");
    const auto items = list->findItems(organization, Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    items.first()->setCheckState(on ? Qt::Checked : Qt::Unchecked);
}

void TestOrganizationMemberships::membershipsSavedWithDefaultAndAccess() {
    setUp(Domain::Plan::Professional);
    const Organization contoso =
        addOrganization(QStringLiteral("Contoso"), Domain::SharingMode::ViewAll);
    const Organization fabrikam =
        addOrganization(QStringLiteral("Fabrikam"), Domain::SharingMode::OwnTickets);
    openUser(m_account.endUser.email);
    check(QStringLiteral("Contoso"), true);
    check(QStringLiteral("Fabrikam"), true);
    auto *def = widget<QComboBox>("userDefaultOrganization");
    QCOMPARE(def->count(), 2);
    def->setCurrentIndex(def->findText(QStringLiteral("Fabrikam")));
    widget<QPushButton>("userSaveButton")->click();
    QVERIFY2(!m_page->messages()->isShowingError(), qPrintable(m_page->messages()->text()));

    QCOMPARE(m_account.instance->organizations().organizationsOf(m_account.endUser.id).size(), 2);
    QCOMPARE(m_account.instance->users().find(m_account.endUser.id)->defaultOrganizationId,
             fabrikam.id);
    const auto access = m_account.instance->organizations().effectiveAccess(m_account.endUser.id);
    QVERIFY(access.ok());
    QVERIFY(access->viewOrganizations.contains(contoso.name));
    QCOMPARE(widget<QLabel>("userEffectiveAccess")->text(), access->summary);
    QVERIFY(widget<QLabel>("userEffectiveAccess")->isVisible());
    QVERIFY(!widget<QPushButton>("userSaveButton")->isEnabled());

    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (!dir.isEmpty() && QDir().mkpath(dir)) {
        QCoreApplication::processEvents(); // pending layout requests, as a user would see it
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("admin-user-orgs.png"))));
    }
}

void TestOrganizationMemberships::overTeamPlanLimitRefused() {
    setUp(Domain::Plan::Team);
    const int limit = Services::Permissions::maxOrganizationsPerUser(Domain::Plan::Team);
    QStringList names;
    for (int i = 0; i <= limit; ++i) {
        names.append(QStringLiteral("Org %1").arg(i + 1));
        addOrganization(names.last(), Domain::SharingMode::OwnTickets);
    }
    openUser(m_account.endUser.email);
    for (const QString &name : names)
        check(name, true);
    QList<Domain::Id> ids;
    for (const Organization &o : m_account.instance->organizations().list())
        ids.append(o.id);
    const QString before = Test::snapshot(*m_account.instance, Test::organizationTables());
    widget<QPushButton>("userSaveButton")->click();

    const Status expected = m_account.instance->organizations().setMemberships(
        m_account.admin, m_account.endUser.id, ids);
    QVERIFY(!expected.ok());
    QVERIFY(m_page->messages()->isShowingError());
    QCOMPARE(m_page->messages()->text(), expected.error());
    QCOMPARE(Test::snapshot(*m_account.instance, Test::organizationTables()), before);
    // The choice stays in the form, to be corrected.
    QCOMPARE(widget<QComboBox>("userDefaultOrganization")->count(), limit + 1);
    QVERIFY(widget<QPushButton>("userSaveButton")->isEnabled());
}

QTEST_MAIN(TestOrganizationMemberships)
#include "tst_adminorganizationsmemberships.moc"
