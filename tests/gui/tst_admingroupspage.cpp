// The Admin Center's groups page, driven through its widgets against a real SQLite account.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <algorithm>

using namespace DeskBridge;
using Domain::Id;
using Domain::Role;
using Domain::User;

class TestGroupsPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createGroupWithMembers();
    void renameGroup();
    void changeMembers();
    void duplicateNameShowsServiceError();
    void deleteAsksFirst();
    void deleteKeyOnListDeletes();
    void membersAreStaffOnly();
    void listFollowsChangesMadeElsewhere();

private:
    User addUser(const QString &name, const QString &email, Role role);
    void openPage();
    template <typename T> T *widget(const char *name) {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    bool selectGroup(const QString &name);
    QStringList listedGroups();
    QListWidgetItem *memberItem(const QString &name);
    void type(const char *field, const QString &text);
    QList<Id> membersOf(const QString &group);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Instance> m_instance;
    User m_admin;
    User m_alex;
    User m_bea;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestGroupsPage::init() {
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
    m_alex =
        addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    m_bea =
        addUser(QStringLiteral("Bea Berger"), QStringLiteral("bea@contoso.example"), Role::Agent);
    addUser(QStringLiteral("Carl Customer"), QStringLiteral("carl@customer.example"),
            Role::EndUser);
}

void TestGroupsPage::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_instance.reset();
    m_dir.reset();
}

User TestGroupsPage::addUser(const QString &name, const QString &email, Role role) {
    User u;
    u.name = name;
    u.email = email;
    u.role = role;
    auto created = m_instance->users().create(m_admin, u);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

void TestGroupsPage::openPage() {
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_instance, m_admin);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_page = m_window->showPage(QStringLiteral("groups"));
    QVERIFY(m_page);
}

bool TestGroupsPage::selectGroup(const QString &name) {
    auto *list = widget<QTreeWidget>("groupList");
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == name) {
            list->setCurrentItem(list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

QStringList TestGroupsPage::listedGroups() {
    auto *list = widget<QTreeWidget>("groupList");
    QStringList out;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (!list->topLevelItem(i)->isHidden())
            out.append(list->topLevelItem(i)->text(0));
    return out;
}

QListWidgetItem *TestGroupsPage::memberItem(const QString &name) {
    auto *members = widget<QListWidget>("groupMembers");
    for (int i = 0; i < members->count(); ++i)
        if (members->item(i)->text().startsWith(name))
            return members->item(i);
    return nullptr;
}

void TestGroupsPage::type(const char *field, const QString &text) {
    auto *edit = widget<QLineEdit>(field);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

QList<Id> TestGroupsPage::membersOf(const QString &group) {
    const auto g = m_instance->groups().findByName(group);
    if (!g)
        return {};
    QList<Id> ids = m_instance->groups().members(g->id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestGroupsPage::createGroupWithMembers() {
    openPage();
    widget<QPushButton>("groupNewButton")->click();
    type("groupName", QStringLiteral("Premium Support"));
    QVERIFY(memberItem(QStringLiteral("Alex Agent")));
    memberItem(QStringLiteral("Alex Agent"))->setCheckState(Qt::Checked);
    memberItem(QStringLiteral("Bea Berger"))->setCheckState(Qt::Checked);
    widget<QPushButton>("groupSaveButton")->click();

    const auto stored = m_instance->groups().findByName(QStringLiteral("Premium Support"));
    QVERIFY(stored);
    QCOMPARE(membersOf(QStringLiteral("Premium Support")), (QList<Id>{m_alex.id, m_bea.id}));
    QCOMPARE(listedGroups(), QStringList{QStringLiteral("Premium Support")});
    QCOMPARE(m_page->messages()->kind(), Ui::MessageBar::Kind::Positive);
    QCOMPARE(widget<QLabel>("groupEditorTitle")->text(), QStringLiteral("Premium Support"));
}

void TestGroupsPage::renameGroup() {
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("Support"), {m_alex.id}).ok());
    openPage();
    QVERIFY(selectGroup(QStringLiteral("Support")));
    type("groupName", QStringLiteral("General Support"));
    auto *name = widget<QLineEdit>("groupName");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_instance->groups().findByName(QStringLiteral("General Support")));
    QVERIFY(!m_instance->groups().findByName(QStringLiteral("Support")));
    QCOMPARE(listedGroups(), QStringList{QStringLiteral("General Support")});
    // Renaming kept the members.
    QCOMPARE(membersOf(QStringLiteral("General Support")), QList<Id>{m_alex.id});
}

void TestGroupsPage::changeMembers() {
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("Support"), {m_alex.id}).ok());
    openPage();
    QVERIFY(selectGroup(QStringLiteral("Support")));
    QCOMPARE(memberItem(QStringLiteral("Alex Agent"))->checkState(), Qt::Checked);
    QCOMPARE(memberItem(QStringLiteral("Bea Berger"))->checkState(), Qt::Unchecked);
    memberItem(QStringLiteral("Alex Agent"))->setCheckState(Qt::Unchecked);
    memberItem(QStringLiteral("Bea Berger"))->setCheckState(Qt::Checked);
    QVERIFY(widget<QPushButton>("groupSaveButton")->isEnabled());
    widget<QPushButton>("groupSaveButton")->click();
    QCOMPARE(membersOf(QStringLiteral("Support")), QList<Id>{m_bea.id});
}

void TestGroupsPage::duplicateNameShowsServiceError() {
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("Support")).ok());
    openPage();
    widget<QPushButton>("groupNewButton")->click();
    type("groupName", QStringLiteral("support"));
    memberItem(QStringLiteral("Bea Berger"))->setCheckState(Qt::Checked);
    widget<QPushButton>("groupSaveButton")->click();
    QVERIFY(m_page->messages()->isShowingError());
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("already exists")));
    QCOMPARE(m_instance->groups().list().size(), 1);
    QVERIFY(membersOf(QStringLiteral("Support")).isEmpty());
}

void TestGroupsPage::deleteAsksFirst() {
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("Support"), {m_alex.id}).ok());
    openPage();
    QVERIFY(selectGroup(QStringLiteral("Support")));

    Ui::Confirmation::setNextAnswer(false);
    widget<QPushButton>("groupDeleteButton")->click();
    QVERIFY(Ui::Confirmation::lastQuestion().contains(QStringLiteral("\"Support\"")));
    QVERIFY(m_instance->groups().findByName(QStringLiteral("Support")));
    QCOMPARE(listedGroups(), QStringList{QStringLiteral("Support")});

    Ui::Confirmation::setNextAnswer(true);
    widget<QPushButton>("groupDeleteButton")->click();
    QVERIFY(!m_instance->groups().findByName(QStringLiteral("Support")));
    QVERIFY(listedGroups().isEmpty());
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("Deleted")));
    QVERIFY(!widget<QPushButton>("groupDeleteButton")->isEnabled());
    // The users stay.
    QVERIFY(m_instance->users().find(m_alex.id));
}

void TestGroupsPage::deleteKeyOnListDeletes() {
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("Support")).ok());
    openPage();
    QVERIFY(selectGroup(QStringLiteral("Support")));
    // Del in the name field edits text; it never deletes the group.
    auto *name = widget<QLineEdit>("groupName");
    name->setFocus();
    name->setCursorPosition(0);
    Ui::Confirmation::setNextAnswer(true);
    QTest::keyClick(name, Qt::Key_Delete);
    QVERIFY(m_instance->groups().findByName(QStringLiteral("Support")));
    QCOMPARE(name->text(), QStringLiteral("upport"));
    widget<QPushButton>("groupRevertButton")->click();
    QCOMPARE(name->text(), QStringLiteral("Support"));

    auto *list = widget<QTreeWidget>("groupList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(!m_instance->groups().findByName(QStringLiteral("Support")));
}

void TestGroupsPage::membersAreStaffOnly() {
    openPage();
    widget<QPushButton>("groupNewButton")->click();
    QVERIFY(memberItem(QStringLiteral("Ada Admin")));
    QVERIFY(memberItem(QStringLiteral("Alex Agent")));
    QVERIFY(!memberItem(QStringLiteral("Carl Customer")));
    // The filter narrows the list.
    QTest::keyClicks(widget<QLineEdit>("groupMemberFilter"), QStringLiteral("bea"));
    QVERIFY(memberItem(QStringLiteral("Alex Agent"))->isHidden());
    QVERIFY(!memberItem(QStringLiteral("Bea Berger"))->isHidden());
}

void TestGroupsPage::listFollowsChangesMadeElsewhere() {
    openPage();
    QVERIFY(m_instance->groups().create(m_admin, QStringLiteral("Escalations")).ok());
    QCOMPARE(listedGroups(), QStringList{QStringLiteral("Escalations")});
    QVERIFY(selectGroup(QStringLiteral("Escalations")));
    const Id id = m_instance->groups().findByName(QStringLiteral("Escalations"))->id;
    QVERIFY(m_instance->groups().rename(m_admin, id, QStringLiteral("Tier 2")).ok());
    QCOMPARE(widget<QLineEdit>("groupName")->text(), QStringLiteral("Tier 2"));
    QVERIFY(m_instance->groups().remove(m_admin, id).ok());
    QVERIFY(listedGroups().isEmpty());
    QVERIFY(!widget<QLineEdit>("groupName")->isVisible());
}

QTEST_MAIN(TestGroupsPage)
#include "tst_admingroupspage.moc"
