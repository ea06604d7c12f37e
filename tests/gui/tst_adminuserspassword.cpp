// Admin Center → Users → Help Center password (HelpCenterPasswordBox, PasswordLinkDialog): the
// state label, creating a set-your-password link (the token in the dialog is the one the Help
// Center accepts), sending it by email as a properly encoded mailto: URL, a link without a
// Help Center address yet, and removing a password after confirmation.
#include "app/Instance.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/services/AccountService.h"
#include "app/services/UserService.h"
#include "support/TestSupport.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/ExternalUrl.h"
#include "ui/admin/MessageBar.h"
#include "ui/admin/PasswordLinkDialog.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>

using namespace DeskBridge;
using namespace DeskBridge::Ui;

class TestUsersPassword : public QObject {
    Q_OBJECT

    // A picture for the developers' eyes when DESKBRIDGE_SCREENSHOT_DIR is set.
    static void shot(QWidget *widget, const char *name) {
        const QString dir = qEnvironmentVariable("DESKBRIDGE_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<AdminCenterWindow> m_window;
    AdminPage *m_page = nullptr;

    template <typename T> T *child(QObject *parent, const char *name) {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    bool select(const QString &email) {
        auto *list = child<QTreeView>(m_page, "userList");
        const QAbstractItemModel *model = list->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 1);
            if (index.data().toString() == email) {
                list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }
    QString state() { return child<QLabel>(m_page, "helpCenterPasswordState")->text(); }
    // Triggers "Create password link…" and returns the dialog it opened.
    PasswordLinkDialog *createLink() {
        child<QAction>(m_page, "createPasswordLinkAction")->trigger();
        const auto dialogs = m_page->findChildren<PasswordLinkDialog *>();
        return dialogs.isEmpty() ? nullptr : dialogs.last();
    }
    void setPublicUrl(const QString &url) {
        auto account = m_account.instance->accounts().account();
        account->publicUrl = url;
        const Status s = m_account.instance->accounts().update(m_account.admin, *account);
        if (!s)
            qFatal("%s", qPrintable(s.error()));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_account = Test::makeAccount(m_dir->path());
        m_window = std::make_unique<AdminCenterWindow>(*m_account.instance, m_account.admin);
        m_window->resize(1100, 720);
        m_window->show();
        m_page = m_window->showPage(QStringLiteral("users"));
        QVERIFY(m_page);
    }
    void cleanup() {
        ExternalUrl::setHandler({});
        m_page = nullptr;
        m_window.reset();
        m_account = {};
        m_dir.reset();
    }

    void linkWithoutAddressStillWorks() {
        QVERIFY(select(QStringLiteral("enduser@customer.test")));
        QVERIFY2(state().contains(QStringLiteral("No password")), qPrintable(state()));
        PasswordLinkDialog *dialog = createLink();
        QVERIFY(dialog);
        auto *link = child<QLineEdit>(dialog, "passwordLinkEdit");
        QVERIFY(link->isReadOnly());
        QVERIFY2(link->text().startsWith(QStringLiteral("/hc/password/")),
                 qPrintable(link->text()));
        QVERIFY(child<QLabel>(dialog, "passwordLinkHint")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "emailPasswordLinkButton")->isEnabled());
        const QString token = link->text().section(u'/', -1);
        const auto user = m_account.instance->helpCenter().passwordLinkUser(token);
        QVERIFY2(user, qPrintable(user.message));
        QCOMPARE(user.value->id, m_account.endUser.id);
        dialog->close();
    }

    void createsSendsAndRemoves() {
        setPublicUrl(QStringLiteral("https://desk.example.test:8443/sharing"));
        QVERIFY(select(QStringLiteral("enduser@customer.test")));
        PasswordLinkDialog *dialog = createLink();
        QVERIFY(dialog);
        const QString url = child<QLineEdit>(dialog, "passwordLinkEdit")->text();
        QVERIFY2(url.startsWith(QStringLiteral("https://desk.example.test:8443/hc/password/")),
                 qPrintable(url));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("passwordLinkHint")) == nullptr);
        QVERIFY(!child<QLabel>(dialog, "passwordLinkExpiry")->text().isEmpty());
        QCOMPARE(m_page->messages()->kind(), MessageBar::Kind::Positive);
        shot(dialog, "hc-ui-password-link.png");

        // Send by email: the mail program gets a mailto: URL whose decoded body has the link.
        ExternalUrl::setHandler([](const QUrl &) { return true; });
        QTest::mouseClick(child<QPushButton>(dialog, "emailPasswordLinkButton"), Qt::LeftButton);
        const QUrl mail = ExternalUrl::lastOpened();
        QCOMPARE(mail.scheme(), QStringLiteral("mailto"));
        QCOMPARE(mail.path(), QStringLiteral("enduser@customer.test"));
        const QUrlQuery query(mail);
        QVERIFY(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded)
                    .contains(QStringLiteral("Test Account")));
        QVERIFY(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).contains(url));
        QVERIFY(!mail.toEncoded().contains(' '));

        // The user sets a password with the link's token: the page says so.
        const QString token = url.section(u'/', -1);
        QVERIFY(m_account.instance->helpCenter().setPasswordWithLink(
            token, QStringLiteral("a long enough password")));
        dialog->close();
        QTRY_VERIFY2(state().contains(QStringLiteral("Password set")), qPrintable(state()));
        QVERIFY(child<QAction>(m_page, "removeHelpCenterPasswordAction")->isEnabled());
        shot(m_window.get(), "hc-ui-users.png");

        // Remove it: asked first; cancelling keeps it.
        Confirmation::setNextAnswer(false);
        child<QAction>(m_page, "removeHelpCenterPasswordAction")->trigger();
        QVERIFY(m_account.instance->helpCenter().hasPassword(m_account.endUser.id));
        Confirmation::setNextAnswer(true);
        child<QAction>(m_page, "removeHelpCenterPasswordAction")->trigger();
        QVERIFY(Confirmation::lastQuestion().contains(QStringLiteral("Carla Kundin")));
        QVERIFY(!m_account.instance->helpCenter().hasPassword(m_account.endUser.id));
        QVERIFY2(state().contains(QStringLiteral("No password")), qPrintable(state()));
        QVERIFY(!child<QAction>(m_page, "removeHelpCenterPasswordAction")->isEnabled());
    }

    void inactiveUserGetsNoLink() {
        auto user = m_account.endUser;
        user.active = false;
        QVERIFY(m_account.instance->users().update(m_account.admin, user));
        QVERIFY(select(QStringLiteral("enduser@customer.test")));
        QVERIFY(!child<QAction>(m_page, "createPasswordLinkAction")->isEnabled());
    }

    void mailtoEncodesEverything() {
        const QUrl url = PasswordLinkDialog::mailtoUrl(
            QStringLiteral("jo+x@example.test"), QStringLiteral("A & B = C?"),
            QStringLiteral("Hällo\nhttps://h/hc/password/a-b_c?x=1&y=2 #"));
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(encoded.startsWith("mailto:jo%2Bx@example.test?subject=A%20%26%20B%20%3D%20C%3F"
                                    "&body=H%C3%A4llo%0D%0Ahttps"),
                 encoded.constData());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
                 QStringLiteral("A & B = C?"));
        QCOMPARE(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded),
                 QStringLiteral("Hällo\r\nhttps://h/hc/password/a-b_c?x=1&y=2 #"));
    }
};

QTEST_MAIN(TestUsersPassword)
#include "tst_adminuserspassword.moc"
