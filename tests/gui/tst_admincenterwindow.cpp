// The Admin Center window: grouped navigation for administrators, a refusal for everyone else,
// and (with DESKBRIDGE_SCREENSHOT_DIR set) PNGs of every page for a look by eye.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/dialogs/FirstRunWizard.h"

#include <QComboBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace DeskBridge;
using Domain::Role;
using Domain::User;

class TestAdminCenterWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigationIsGroupedForAdmins();
    void everyPageOpens();
    void featurePagesAreWorkingPages();
    void agentIsRefused();
    void demotedAdminLosesAccess();
    void screenshots();

private:
    User addUser(const QString &name, const QString &email, Role role);
    QStringList childTexts(QTreeWidgetItem *item) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Instance> m_instance;
    User m_admin;
};

void TestAdminCenterWindow::initTestCase() {
    // Offscreen has no desktop theme (nor the XDG icon paths); Breeze is what the screenshots
    // should show.
    if (!QIcon::hasThemeIcon(QStringLiteral("configure"))) {
        QIcon::setThemeSearchPaths(QIcon::themeSearchPaths()
                                   << QStringLiteral("/usr/share/icons")
                                   << QDir::homePath() + QStringLiteral("/.local/share/icons"));
        QIcon::setThemeName(QStringLiteral("breeze"));
    }
}

void TestAdminCenterWindow::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Instance::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(
        QStringLiteral("Contoso Retail"), Domain::Plan::Professional, QStringLiteral("Ada Admin"),
        QStringLiteral("ada@contoso.example"));
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    m_admin = *admin;
}

void TestAdminCenterWindow::cleanup() {
    m_instance.reset();
    m_dir.reset();
}

User TestAdminCenterWindow::addUser(const QString &name, const QString &email, Role role) {
    User u;
    u.name = name;
    u.email = email;
    u.role = role;
    auto created = m_instance->users().create(m_admin, u);
    if (!created)
        qWarning("%s", qPrintable(created.error()));
    return created ? *created : User();
}

QStringList TestAdminCenterWindow::childTexts(QTreeWidgetItem *item) const {
    QStringList out;
    for (int i = 0; i < item->childCount(); ++i)
        out.append(item->child(i)->text(0));
    return out;
}

void TestAdminCenterWindow::navigationIsGroupedForAdmins() {
    Ui::AdminCenterWindow window(*m_instance, m_admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.isRefused());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("adminRefusal")) == nullptr);

    auto *nav = window.findChild<QTreeWidget *>(QStringLiteral("adminNavigation"));
    QVERIFY(nav);
    QCOMPARE(nav->topLevelItemCount(), 4);
    QCOMPARE(nav->topLevelItem(0)->text(0), QStringLiteral("Account"));
    QCOMPARE(nav->topLevelItem(1)->text(0), QStringLiteral("People"));
    QCOMPARE(nav->topLevelItem(2)->text(0), QStringLiteral("Channels"));
    QCOMPARE(nav->topLevelItem(3)->text(0), QStringLiteral("Objects and rules"));
    QCOMPARE(childTexts(nav->topLevelItem(0)),
             (QStringList{QStringLiteral("General"), QStringLiteral("Plan"),
                          QStringLiteral("Business hours")}));
    QCOMPARE(childTexts(nav->topLevelItem(1)),
             (QStringList{QStringLiteral("Users"), QStringLiteral("Groups"),
                          QStringLiteral("Organizations")}));
    QCOMPARE(childTexts(nav->topLevelItem(2)),
             (QStringList{QStringLiteral("Ticket sharing"), QStringLiteral("Help Center")}));
    QCOMPARE(childTexts(nav->topLevelItem(3)),
             (QStringList{QStringLiteral("Ticket fields"), QStringLiteral("Triggers"),
                          QStringLiteral("Views")}));
    // Section headings are not pages.
    QVERIFY(!(nav->topLevelItem(1)->flags() & Qt::ItemIsSelectable));

    // It opens on the first page, and the header names it.
    QCOMPARE(window.currentPageId(), QStringLiteral("account"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("adminPageTitle"))->text(),
             QStringLiteral("General"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Contoso Retail")));
}

void TestAdminCenterWindow::everyPageOpens() {
    Ui::AdminCenterWindow window(*m_instance, m_admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *nav = window.findChild<QTreeWidget *>(QStringLiteral("adminNavigation"));
    auto *title = window.findChild<QLabel *>(QStringLiteral("adminPageTitle"));
    for (int s = 0; s < nav->topLevelItemCount(); ++s) {
        for (int i = 0; i < nav->topLevelItem(s)->childCount(); ++i) {
            QTreeWidgetItem *item = nav->topLevelItem(s)->child(i);
            nav->setCurrentItem(item); // as a click would
            Ui::AdminPage *page = window.currentPage();
            QVERIFY2(page, qPrintable(item->text(0)));
            QVERIFY(page->isVisible());
            QCOMPARE(page->objectName(), QStringLiteral("adminPage_") + window.currentPageId());
            QCOMPARE(title->text(), item->text(0));
        }
    }
}

void TestAdminCenterWindow::featurePagesAreWorkingPages() {
    // Organizations, ticket sharing, triggers and views are real pages now, not placeholders.
    Ui::AdminCenterWindow window(*m_instance, m_admin);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &id : {QStringLiteral("ticket-sharing"), QStringLiteral("organizations"),
                              QStringLiteral("triggers"), QStringLiteral("views")}) {
        Ui::AdminPage *page = window.showPage(id);
        QVERIFY2(page, qPrintable(id));
        QVERIFY2(!page->findChild<QLabel *>(QStringLiteral("placeholderSummary")), qPrintable(id));
    }
}

void TestAdminCenterWindow::agentIsRefused() {
    const User agent =
        addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    QVERIFY(agent.id);

    Ui::AdminCenterWindow window(*m_instance, agent);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isRefused());
    auto *refusal = window.findChild<QWidget *>(QStringLiteral("adminRefusal"));
    QVERIFY(refusal && refusal->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("adminRefusalReason"))
                ->text()
                .contains(QStringLiteral("Only administrators")));
    // No page exists, none can be opened.
    QVERIFY(window.findChild<QTreeWidget *>(QStringLiteral("adminNavigation")) == nullptr);
    QVERIFY(window.findChildren<Ui::AdminPage *>().isEmpty());
    QVERIFY(window.showPage(QStringLiteral("users")) == nullptr);
    QVERIFY(window.currentPage() == nullptr);

    // And the services refuse the agent's writes on their own.
    QVERIFY(!m_instance->groups().create(agent, QStringLiteral("Sneaky")).ok());
    QVERIFY(m_instance->groups().list().isEmpty());
    User staff;
    staff.name = QStringLiteral("Eve");
    staff.email = QStringLiteral("eve@contoso.example");
    staff.role = Role::Admin;
    QVERIFY(!m_instance->users().create(agent, staff).ok());
    QVERIFY(!m_instance->users().findByEmail(staff.email));
    Domain::Account account = *m_instance->accounts().account();
    account.name = QStringLiteral("Hijacked");
    QVERIFY(!m_instance->accounts().update(agent, account).ok());
    QCOMPARE(m_instance->accounts().account()->name, QStringLiteral("Contoso Retail"));

    // The close button closes the window.
    window.findChild<QPushButton *>(QStringLiteral("adminRefusalClose"))->click();
    QVERIFY(!window.isVisible());
}

void TestAdminCenterWindow::demotedAdminLosesAccess() {
    const User second =
        addUser(QStringLiteral("Sam Second"), QStringLiteral("sam@contoso.example"), Role::Admin);
    Ui::AdminCenterWindow window(*m_instance, second);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("groups")));

    User demoted = second;
    demoted.role = Role::Agent;
    QVERIFY(m_instance->users().update(m_admin, demoted).ok());
    QTRY_VERIFY(window.isRefused());
    QTRY_VERIFY(window.findChildren<Ui::AdminPage *>().isEmpty());
}

void TestAdminCenterWindow::screenshots() {
    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        QSKIP("Set DESKBRIDGE_SCREENSHOT_DIR to save PNGs of the Admin Center pages.");
    QVERIFY(QDir().mkpath(dir));

    // Some data, so the lists are not empty.
    const User alex =
        addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    const User bea =
        addUser(QStringLiteral("Bea Berger"), QStringLiteral("bea@contoso.example"), Role::Agent);
    addUser(QStringLiteral("Carl Customer"), QStringLiteral("carl@customer.example"),
            Role::EndUser);
    addUser(QStringLiteral("Sam Second"), QStringLiteral("sam@contoso.example"), Role::Admin);
    QVERIFY(m_instance->groups()
                .create(m_admin, QStringLiteral("Premium Support"), {alex.id, bea.id})
                .ok());
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("General Support"), {bea.id}).ok());
    Domain::CustomField category;
    category.title = QStringLiteral("Product category");
    category.type = Domain::FieldType::Dropdown;
    category.options = {QStringLiteral("Dishwasher"), QStringLiteral("Washing machine"),
                        QStringLiteral("Dryer")};
    QVERIFY(m_instance->fields().create(m_admin, category).ok());
    Domain::CustomField warranty;
    warranty.title = QStringLiteral("Warranty number");
    QVERIFY(m_instance->fields().create(m_admin, warranty).ok());
    Domain::Account account = *m_instance->accounts().account();
    account.businessHours = QStringLiteral(
        R"({"time_zone":"Europe/Berlin","intervals":[{"day":1,"start":"09:00","end":"17:00"},)"
        R"({"day":2,"start":"09:00","end":"17:00"},{"day":5,"start":"09:00","end":"13:00"}]})");
    QVERIFY(m_instance->accounts().update(m_admin, account).ok());

    Ui::AdminCenterWindow window(*m_instance, m_admin);
    window.resize(1060, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const Ui::AdminPageInfo &info : Ui::AdminPageRegistry::pages()) {
        Ui::AdminPage *page = window.showPage(info.id);
        QVERIFY(page);
        if (info.id == QLatin1String("users") || info.id == QLatin1String("groups") ||
            info.id == QLatin1String("ticket-fields")) {
            // Show a selected entry, as an admin at work would see it.
            auto *list = page->findChild<QAbstractItemView *>(
                info.id == QLatin1String("users")    ? QStringLiteral("userList")
                : info.id == QLatin1String("groups") ? QStringLiteral("groupList")
                                                     : QStringLiteral("fieldList"));
            QVERIFY(list);
            list->setCurrentIndex(list->model()->index(0, 0));
        }
        QCoreApplication::processEvents();
        QVERIFY(
            window.grab().save(QDir(dir).filePath(QStringLiteral("admin-%1.png").arg(info.id))));
    }

    // A few states worth a look: a service error, a new drop-down field, the undo offer.
    const auto save = [&](const QString &name) {
        QCoreApplication::processEvents();
        QVERIFY(window.grab().save(QDir(dir).filePath(name)));
    };
    Ui::AdminPage *users = window.showPage(QStringLiteral("users"));
    users->findChild<QPushButton *>(QStringLiteral("userNewButton"))->click();
    users->findChild<QLineEdit *>(QStringLiteral("userName"))->setText(QStringLiteral("Nina Neu"));
    users->findChild<QLineEdit *>(QStringLiteral("userEmail"))
        ->setText(QStringLiteral("nina-at-contoso"));
    users->findChild<QPushButton *>(QStringLiteral("userSaveButton"))->click();
    save(QStringLiteral("admin-users-error.png"));
    Ui::AdminPage *fields = window.showPage(QStringLiteral("ticket-fields"));
    fields->findChild<QPushButton *>(QStringLiteral("fieldToggleActive"))->click();
    save(QStringLiteral("admin-ticket-fields-undo.png"));
    fields->findChild<QPushButton *>(QStringLiteral("fieldNewButton"))->click();
    fields->findChild<QLineEdit *>(QStringLiteral("fieldTitle"))
        ->setText(QStringLiteral("Warranty claim reason"));
    auto *type = fields->findChild<QComboBox *>(QStringLiteral("fieldType"));
    type->setCurrentIndex(type->findData(int(Domain::FieldType::Dropdown)));
    auto *option = fields->findChild<QLineEdit *>(QStringLiteral("fieldOptionInput"));
    for (const char *text : {"Broken on delivery", "Stopped working", "Missing parts"}) {
        option->setText(QString::fromLatin1(text));
        QTest::keyClick(option, Qt::Key_Return);
    }
    save(QStringLiteral("admin-ticket-fields-new.png"));
    Ui::AdminPage *groups = window.showPage(QStringLiteral("groups"));
    groups->findChild<QPushButton *>(QStringLiteral("groupNewButton"))->click();
    save(QStringLiteral("admin-groups-new.png"));

    // The smallest the window gets: nothing may clip.
    window.resize(window.minimumSize());
    for (const char *id : {"users", "groups", "ticket-fields", "plan"}) {
        window.showPage(QString::fromLatin1(id));
        save(QStringLiteral("admin-%1-small.png").arg(QString::fromLatin1(id)));
    }

    const User agent = m_instance->users().find(alex.id).value();
    Ui::AdminCenterWindow refused(*m_instance, agent);
    refused.resize(1060, 700);
    refused.show();
    QVERIFY(QTest::qWaitForWindowExposed(&refused));
    QVERIFY(refused.grab().save(QDir(dir).filePath(QStringLiteral("admin-refused.png"))));

    QTemporaryDir emptyDir;
    auto empty = Instance::open(emptyDir.path());
    QVERIFY(empty.ok());
    Ui::FirstRunWizard wizard(*empty.value());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardAccountName"))
        ->setText(QStringLiteral("Contoso Retail"));
    QVERIFY(wizard.grab().save(QDir(dir).filePath(QStringLiteral("firstrun-1.png"))));
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardAdminName"))
        ->setText(QStringLiteral("Ada Admin"));
    wizard.findChild<QLineEdit *>(QStringLiteral("wizardAdminEmail"))
        ->setText(QStringLiteral("ada@contoso"));
    wizard.button(QWizard::FinishButton)->click();
    QVERIFY(wizard.grab().save(QDir(dir).filePath(QStringLiteral("firstrun-2.png"))));
}

QTEST_MAIN(TestAdminCenterWindow)
#include "tst_admincenterwindow.moc"
