// The Admin Center's users page, driven through its widgets against a real SQLite account.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/UserService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace DeskBridge;
using Domain::Role;
using Domain::User;

class TestUsersPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createUser();
    void changeRole();
    void invalidEmailShowsServiceErrorAndWritesNothing();
    void duplicateEmailShowsServiceError();
    void suspendUser();
    void ownRoleAndAccessAreLocked();
    void searchAndRoleFilter();
    void listFollowsChangesMadeElsewhere();
    void switchingUserAsksBeforeDiscardingEdits();

private:
    User addUser(const QString &name, const QString &email, Role role);
    void openPage();
    template <typename T> T *widget(const char *name) {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    // Selects the row with this email, as a click in the list would.
    bool selectEmail(const QString &email);
    QStringList listedEmails();
    void type(const char *field, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Instance> m_instance;
    User m_admin;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestUsersPage::init() {
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

void TestUsersPage::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_instance.reset();
    m_dir.reset();
}

User TestUsersPage::addUser(const QString &name, const QString &email, Role role) {
    User u;
    u.name = name;
    u.email = email;
    u.role = role;
    auto created = m_instance->users().create(m_admin, u);
    if (!created)
        qFatal("%s", qPrintable(created.error()));
    return *created;
}

void TestUsersPage::openPage() {
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_instance, m_admin);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    m_page = m_window->showPage(QStringLiteral("users"));
    QVERIFY(m_page);
    QVERIFY(m_page->isVisible());
}

bool TestUsersPage::selectEmail(const QString &email) {
    auto *list = widget<QTreeView>("userList");
    QAbstractItemModel *model = list->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 1).data().toString() == email) {
            list->setCurrentIndex(model->index(r, 0));
            return true;
        }
    }
    return false;
}

QStringList TestUsersPage::listedEmails() {
    auto *list = widget<QTreeView>("userList");
    QStringList out;
    for (int r = 0; r < list->model()->rowCount(); ++r)
        out.append(list->model()->index(r, 1).data().toString());
    return out;
}

void TestUsersPage::type(const char *field, const QString &text) {
    auto *edit = widget<QLineEdit>(field);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestUsersPage::createUser() {
    openPage();
    widget<QPushButton>("userNewButton")->click();
    QCOMPARE(widget<QLabel>("userEditorTitle")->text(), QStringLiteral("New user"));
    type("userName", QStringLiteral("Nina Neu"));
    type("userEmail", QStringLiteral("nina@contoso.example"));
    auto *role = widget<QComboBox>("userRole");
    role->setCurrentIndex(role->findData(int(Role::Agent)));
    widget<QPushButton>("userSaveButton")->click();

    const auto stored = m_instance->users().findByEmail(QStringLiteral("nina@contoso.example"));
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Nina Neu"));
    QCOMPARE(stored->role, Role::Agent);
    QVERIFY(stored->active);
    QVERIFY(listedEmails().contains(QStringLiteral("nina@contoso.example")));
    auto *bar = m_page->messages();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->kind(), Ui::MessageBar::Kind::Positive);
    QVERIFY(bar->text().contains(QStringLiteral("Nina Neu")));
    // The form now edits the new user.
    QCOMPARE(widget<QLabel>("userEditorTitle")->text(), QStringLiteral("Nina Neu"));
    QVERIFY(!widget<QPushButton>("userSaveButton")->isEnabled());
}

void TestUsersPage::changeRole() {
    addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    openPage();
    QVERIFY(selectEmail(QStringLiteral("alex@contoso.example")));
    QCOMPARE(widget<QLineEdit>("userName")->text(), QStringLiteral("Alex Agent"));
    auto *role = widget<QComboBox>("userRole");
    role->setCurrentIndex(role->findData(int(Role::Admin)));
    // Ctrl+S saves the form.
    auto *name = widget<QLineEdit>("userName");
    name->setFocus();
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(m_instance->users().findByEmail(QStringLiteral("alex@contoso.example"))->role,
             Role::Admin);
    QVERIFY(!m_page->messages()->isShowingError());
}

void TestUsersPage::invalidEmailShowsServiceErrorAndWritesNothing() {
    openPage();
    const int before = int(m_instance->users().list().size());
    widget<QPushButton>("userNewButton")->click();
    type("userName", QStringLiteral("Bad Address"));
    type("userEmail", QStringLiteral("not-an-address"));
    widget<QPushButton>("userSaveButton")->click();

    // The service's own message, shown in the page.
    User attempt;
    attempt.name = QStringLiteral("Bad Address");
    attempt.email = QStringLiteral("not-an-address");
    attempt.role = Role::Agent;
    const auto expected = m_instance->users().create(m_admin, attempt);
    QVERIFY(!expected.ok());
    QVERIFY(m_page->messages()->isShowingError());
    QCOMPARE(m_page->messages()->text(), expected.error());
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("not-an-address")));
    QCOMPARE(int(m_instance->users().list().size()), before);
    QCOMPARE(int(listedEmails().size()), before);
    // The form keeps what was typed, to be corrected.
    QCOMPARE(widget<QLabel>("userEditorTitle")->text(), QStringLiteral("New user"));
    QCOMPARE(widget<QLineEdit>("userEmail")->text(), QStringLiteral("not-an-address"));

    // Corrected, it saves and the error goes.
    type("userEmail", QStringLiteral("bad@contoso.example"));
    widget<QPushButton>("userSaveButton")->click();
    QVERIFY(m_instance->users().findByEmail(QStringLiteral("bad@contoso.example")));
    QVERIFY(!m_page->messages()->isShowingError());
}

void TestUsersPage::duplicateEmailShowsServiceError() {
    openPage();
    widget<QPushButton>("userNewButton")->click();
    type("userName", QStringLiteral("Ada Again"));
    type("userEmail", QStringLiteral("ADA@contoso.example"));
    widget<QPushButton>("userSaveButton")->click();
    QVERIFY(m_page->messages()->isShowingError());
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("already belongs to Ada Admin")));
    QCOMPARE(m_instance->users().list().size(), 1);
}

void TestUsersPage::suspendUser() {
    addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    openPage();
    QVERIFY(selectEmail(QStringLiteral("alex@contoso.example")));
    auto *active = widget<QCheckBox>("userActive");
    QVERIFY(active->isEnabled());
    QVERIFY(active->isChecked());
    active->click();
    widget<QPushButton>("userSaveButton")->click();
    QVERIFY(!m_instance->users().findByEmail(QStringLiteral("alex@contoso.example"))->active);
    auto *list = widget<QTreeView>("userList");
    QVERIFY(selectEmail(QStringLiteral("alex@contoso.example")));
    QCOMPARE(list->currentIndex().siblingAtColumn(3).data().toString(),
             QStringLiteral("Suspended"));
}

void TestUsersPage::ownRoleAndAccessAreLocked() {
    openPage();
    QVERIFY(selectEmail(QStringLiteral("ada@contoso.example")));
    QVERIFY(!widget<QComboBox>("userRole")->isEnabled());
    QVERIFY(!widget<QCheckBox>("userActive")->isEnabled());
    QVERIFY(widget<QLabel>("userSelfNote")->isVisible());
    // The name stays editable.
    type("userName", QStringLiteral("Ada Lovelace"));
    widget<QPushButton>("userSaveButton")->click();
    QCOMPARE(m_instance->users().find(m_admin.id)->name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(m_instance->users().find(m_admin.id)->role, Role::Admin);
}

void TestUsersPage::searchAndRoleFilter() {
    addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    addUser(QStringLiteral("Bea Berger"), QStringLiteral("bea@contoso.example"), Role::Agent);
    addUser(QStringLiteral("Carl Customer"), QStringLiteral("carl@customer.example"),
            Role::EndUser);
    openPage();
    QCOMPARE(listedEmails().size(), 4);

    // Ctrl+F goes to the search field.
    auto *list = widget<QTreeView>("userList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F, Qt::ControlModifier);
    auto *search = widget<QLineEdit>("userSearch");
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("BEA"));
    QCOMPARE(listedEmails(), QStringList{QStringLiteral("bea@contoso.example")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("customer.example"));
    QCOMPARE(listedEmails(), QStringList{QStringLiteral("carl@customer.example")});
    search->clear();

    auto *role = widget<QComboBox>("userRoleFilter");
    role->setCurrentIndex(role->findData(int(Role::Agent)));
    QCOMPARE(listedEmails(), (QStringList{QStringLiteral("alex@contoso.example"),
                                          QStringLiteral("bea@contoso.example")}));
    QVERIFY(widget<QLabel>("userCount")->text().contains(QStringLiteral("2 of 4")));
    role->setCurrentIndex(role->findData(int(Role::Admin)));
    QCOMPARE(listedEmails(), QStringList{QStringLiteral("ada@contoso.example")});
    role->setCurrentIndex(0);
    QCOMPARE(listedEmails().size(), 4);
}

void TestUsersPage::listFollowsChangesMadeElsewhere() {
    openPage();
    addUser(QStringLiteral("Dora Later"), QStringLiteral("dora@contoso.example"), Role::Agent);
    QVERIFY(listedEmails().contains(QStringLiteral("dora@contoso.example")));
}

void TestUsersPage::switchingUserAsksBeforeDiscardingEdits() {
    addUser(QStringLiteral("Alex Agent"), QStringLiteral("alex@contoso.example"), Role::Agent);
    addUser(QStringLiteral("Bea Berger"), QStringLiteral("bea@contoso.example"), Role::Agent);
    openPage();
    QVERIFY(selectEmail(QStringLiteral("alex@contoso.example")));
    type("userName", QStringLiteral("Alex Edited"));
    QVERIFY(m_page->hasUnsavedChanges());

    Ui::Confirmation::setNextAnswer(false);
    QVERIFY(selectEmail(QStringLiteral("bea@contoso.example")));
    QVERIFY(Ui::Confirmation::lastQuestion().contains(QStringLiteral("Alex Agent")));
    QCOMPARE(widget<QLineEdit>("userName")->text(), QStringLiteral("Alex Edited"));

    Ui::Confirmation::setNextAnswer(true);
    QVERIFY(selectEmail(QStringLiteral("bea@contoso.example")));
    QCOMPARE(widget<QLineEdit>("userName")->text(), QStringLiteral("Bea Berger"));
    QCOMPARE(m_instance->users().findByEmail(QStringLiteral("alex@contoso.example"))->name,
             QStringLiteral("Alex Agent"));
}

QTEST_MAIN(TestUsersPage)
#include "tst_adminuserspage.moc"
