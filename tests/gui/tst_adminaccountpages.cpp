// The Admin Center's account pages (General, Plan, Business hours), driven through their
// widgets against a real SQLite account.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/UserService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/BusinessHoursText.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using Domain::Plan;
using Domain::User;

class TestAccountPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void changeNameLanguageAndTimeZone();
    void emptyNameShowsServiceError();
    void planTableComparesFeatures();
    void changePlan();
    void pagesFollowChangesMadeElsewhere();
    void businessHoursText();
    void closingWithUnsavedEditsAsks();

private:
    void openPage(const QString &id);
    template <typename T> T *widget(const char *name) {
        T *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Instance> m_instance;
    User m_admin;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestAccountPages::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Instance::open(m_dir->path());
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    auto admin = m_instance->accounts().initialize(QStringLiteral("Contoso Retail"),
                                                   Plan::Professional, QStringLiteral("Ada Admin"),
                                                   QStringLiteral("ada@contoso.example"));
    QVERIFY2(admin.ok(), qPrintable(admin.error()));
    m_admin = *admin;
}

void TestAccountPages::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_instance.reset();
    m_dir.reset();
}

void TestAccountPages::openPage(const QString &id) {
    if (!m_window) {
        m_window = std::make_unique<Ui::AdminCenterWindow>(*m_instance, m_admin);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }
    m_page = m_window->showPage(id);
    QVERIFY(m_page);
}

void TestAccountPages::changeNameLanguageAndTimeZone() {
    openPage(QStringLiteral("account"));
    auto *name = widget<QLineEdit>("accountName");
    QCOMPARE(name->text(), QStringLiteral("Contoso Retail"));
    QVERIFY(!widget<QPushButton>("accountSaveButton")->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Contoso Europe"));
    auto *language = widget<QComboBox>("accountLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QVERIFY(widget<QLabel>("accountLanguageNote")->isVisible());
    auto *zone = widget<QComboBox>("accountTimeZone");
    const int berlin = zone->findData(QStringLiteral("Europe/Berlin"));
    QVERIFY(berlin >= 0);
    zone->setCurrentIndex(berlin);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);

    const Domain::Account account = *m_instance->accounts().account();
    QCOMPARE(account.name, QStringLiteral("Contoso Europe"));
    QCOMPARE(account.language, QStringLiteral("de"));
    QCOMPARE(account.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(m_page->messages()->kind(), Ui::MessageBar::Kind::Positive);
    QVERIFY(m_page->messages()->text().contains(QStringLiteral("next time")));
    QVERIFY(!m_page->hasUnsavedChanges());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Contoso Europe")));

    // Back to the system's language.
    language->setCurrentIndex(language->findData(QString()));
    widget<QPushButton>("accountSaveButton")->click();
    QCOMPARE(m_instance->accounts().account()->language, QString());
}

void TestAccountPages::emptyNameShowsServiceError() {
    openPage(QStringLiteral("account"));
    widget<QLineEdit>("accountName")->setText(QStringLiteral("   "));
    widget<QPushButton>("accountSaveButton")->click();
    QVERIFY(m_page->messages()->isShowingError());
    QCOMPARE(m_page->messages()->text(), QStringLiteral("The account needs a name."));
    QCOMPARE(m_instance->accounts().account()->name, QStringLiteral("Contoso Retail"));
    widget<QPushButton>("accountRevertButton")->click();
    QCOMPARE(widget<QLineEdit>("accountName")->text(), QStringLiteral("Contoso Retail"));
}

void TestAccountPages::planTableComparesFeatures() {
    openPage(QStringLiteral("plan"));
    auto *table = widget<QTableWidget>("planComparison");
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->columnCount(), 5);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Team"));
    QCOMPARE(table->horizontalHeaderItem(4)->text(), QStringLiteral("Enterprise"));
    auto cell = [table](const QString &feature, int plan) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == feature)
                return table->item(r, plan + 1)->text();
        return QStringLiteral("missing");
    };
    const QString yes = QStringLiteral("✓");
    const QString no = QStringLiteral("–");
    QCOMPARE(cell(QStringLiteral("Shared organizations"), 0), yes);
    QCOMPARE(cell(QStringLiteral("Manual ticket sharing"), 1), no);
    QCOMPARE(cell(QStringLiteral("Manual ticket sharing"), 2), yes);
    QCOMPARE(cell(QStringLiteral("Automatic sharing via triggers"), 2), no);
    QCOMPARE(cell(QStringLiteral("Automatic sharing via triggers"), 3), yes);
    QVERIFY(
        cell(QStringLiteral("Several organizations per user"), 2).contains(QStringLiteral("300")));
    QCOMPARE(cell(QStringLiteral("Several organizations per user"), 0), no);
    QCOMPARE(cell(QStringLiteral("API for sharing agreements"), 3), yes);
    // The account's plan is the chosen column.
    QVERIFY(table->horizontalHeaderItem(3)->font().bold());
    QVERIFY(!table->horizontalHeaderItem(4)->font().bold());
}

void TestAccountPages::changePlan() {
    openPage(QStringLiteral("plan"));
    auto *plan = widget<QComboBox>("planCombo");
    QCOMPARE(plan->currentData().toInt(), int(Plan::Professional));
    plan->setCurrentIndex(plan->findData(int(Plan::Team)));
    // A downgrade says what the account loses before it is saved.
    auto *loss = widget<QLabel>("planLoss");
    QVERIFY(loss->isVisible());
    QVERIFY(loss->text().contains(QStringLiteral("Manual ticket sharing")));
    QCOMPARE(m_instance->accounts().plan(), Plan::Professional);
    plan->setCurrentIndex(plan->findData(int(Plan::Enterprise)));
    QVERIFY(!loss->isVisible());
    QVERIFY(widget<QTableWidget>("planComparison")->horizontalHeaderItem(4)->font().bold());
    widget<QPushButton>("planSaveButton")->click();
    QCOMPARE(m_instance->accounts().plan(), Plan::Enterprise);
    QVERIFY(widget<QLabel>("planCurrent")->text().contains(QStringLiteral("Enterprise")));
}

void TestAccountPages::pagesFollowChangesMadeElsewhere() {
    openPage(QStringLiteral("plan"));
    openPage(QStringLiteral("account"));
    Domain::Account account = *m_instance->accounts().account();
    account.name = QStringLiteral("Renamed by the CLI");
    account.plan = Plan::Growth;
    QVERIFY(m_instance->accounts().update(m_admin, account).ok());
    QCOMPARE(widget<QLineEdit>("accountName")->text(), QStringLiteral("Renamed by the CLI"));
    openPage(QStringLiteral("plan")); // hidden while it changed: reloads when shown
    QCOMPARE(widget<QComboBox>("planCombo")->currentData().toInt(), int(Plan::Growth));
}

void TestAccountPages::businessHoursText() {
    using Text = Ui::BusinessHoursText;
    const Text::Schedule empty = Text::read(QStringLiteral("[]"), QStringLiteral("UTC"));
    QVERIFY(empty.empty);
    QCOMPARE(empty.timeZone, QStringLiteral("UTC"));
    QCOMPARE(empty.days.size(), 7);

    // A bare list uses the account's zone; days out of range are ignored.
    const Text::Schedule bare = Text::read(
        QStringLiteral(
            R"([{"day":7,"start":"10:00","end":"14:00"},{"day":9,"start":"1","end":"2"}])"),
        QStringLiteral("Europe/Vienna"));
    QVERIFY(!bare.empty);
    QCOMPARE(bare.timeZone, QStringLiteral("Europe/Vienna"));
    QCOMPARE(bare.days.at(6).hours, QStringLiteral("10:00–14:00"));
    QVERIFY(bare.days.at(6).open);
    QCOMPARE(bare.days.at(0).hours, QStringLiteral("Closed"));

    const Text::Schedule broken = Text::read(QStringLiteral("{nope"), QStringLiteral("UTC"));
    QVERIFY(!broken.error.isEmpty());
}

void TestAccountPages::closingWithUnsavedEditsAsks() {
    openPage(QStringLiteral("account"));
    widget<QLineEdit>("accountName")->setText(QStringLiteral("Half typed"));
    Ui::Confirmation::setNextAnswer(false);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(widget<QLineEdit>("accountName")->text(), QStringLiteral("Half typed"));
    Ui::Confirmation::setNextAnswer(true);
    QVERIFY(m_window->close());
    // Discarded: reopening shows what is stored.
    QCOMPARE(widget<QLineEdit>("accountName")->text(), QStringLiteral("Contoso Retail"));
    QCOMPARE(m_instance->accounts().account()->name, QStringLiteral("Contoso Retail"));
}

QTEST_MAIN(TestAccountPages)
#include "tst_adminaccountpages.moc"
