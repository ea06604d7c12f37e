// The first-run wizard on an empty data directory, driven through its pages' widgets.
#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/services/UserService.h"
#include "ui/admin/MessageBar.h"
#include "ui/dialogs/FirstRunWizard.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using Domain::Plan;
using Domain::Role;

class TestFirstRunWizard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAccountAndAdmin();
    void emptyAccountNameStaysOnFirstPage();
    void badEmailIsShownInlineAndWritesNothing();
    void serviceErrorIsShown();
    void planSummaryFollowsThePlan();

private:
    template <typename T> T *widget(const char *name) {
        T *w = m_wizard->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void fillAccountPage(const QString &name, Plan plan);
    void fillAdminPage(const QString &name, const QString &email);
    void finish() { m_wizard->button(QWizard::FinishButton)->click(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Instance> m_instance;
    std::unique_ptr<Ui::FirstRunWizard> m_wizard;
};

void TestFirstRunWizard::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Instance::open(m_dir->filePath(QStringLiteral("new-account")));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    m_instance = std::move(opened).value();
    QVERIFY(!m_instance->accounts().isInitialized());
    m_wizard = std::make_unique<Ui::FirstRunWizard>(*m_instance);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    QCOMPARE(m_wizard->currentId(), int(Ui::FirstRunWizard::AccountPage));
}

void TestFirstRunWizard::cleanup() {
    m_wizard.reset();
    m_instance.reset();
    m_dir.reset();
}

void TestFirstRunWizard::fillAccountPage(const QString &name, Plan plan) {
    QTest::keyClicks(widget<QLineEdit>("wizardAccountName"), name);
    auto *combo = widget<QComboBox>("wizardPlan");
    combo->setCurrentIndex(combo->findData(int(plan)));
}

void TestFirstRunWizard::fillAdminPage(const QString &name, const QString &email) {
    auto *nameEdit = widget<QLineEdit>("wizardAdminName");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    auto *emailEdit = widget<QLineEdit>("wizardAdminEmail");
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
}

void TestFirstRunWizard::createsAccountAndAdmin() {
    fillAccountPage(QStringLiteral("Fabrikam Manufacturing"), Plan::Enterprise);
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(Ui::FirstRunWizard::AdminPage));
    fillAdminPage(QStringLiteral("Fiona Admin"), QStringLiteral("fiona@fabrikam.example"));
    finish();

    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    const auto admin = m_wizard->createdAdmin();
    QVERIFY(admin);
    QCOMPARE(admin->email, QStringLiteral("fiona@fabrikam.example"));
    QCOMPARE(admin->role, Role::Admin);
    QVERIFY(m_instance->accounts().isInitialized());
    QCOMPARE(m_instance->accounts().account()->name, QStringLiteral("Fabrikam Manufacturing"));
    QCOMPARE(m_instance->accounts().plan(), Plan::Enterprise);
    const auto stored = m_instance->users().findByEmail(QStringLiteral("fiona@fabrikam.example"));
    QVERIFY(stored);
    QCOMPARE(stored->id, admin->id);
    QCOMPARE(stored->name, QStringLiteral("Fiona Admin"));
    QVERIFY(stored->isAdmin());
}

void TestFirstRunWizard::emptyAccountNameStaysOnFirstPage() {
    auto *error = widget<QLabel>("wizardAccountNameError");
    QVERIFY(!error->isVisible());
    QTest::keyClicks(widget<QLineEdit>("wizardAccountName"), QStringLiteral("   "));
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(Ui::FirstRunWizard::AccountPage));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    // Typing a name clears the complaint, and Next goes on.
    QTest::keyClicks(widget<QLineEdit>("wizardAccountName"), QStringLiteral("Contoso"));
    QVERIFY(!error->isVisible());
    m_wizard->button(QWizard::NextButton)->click();
    QCOMPARE(m_wizard->currentId(), int(Ui::FirstRunWizard::AdminPage));
    QVERIFY(!m_instance->accounts().isInitialized());
}

void TestFirstRunWizard::badEmailIsShownInlineAndWritesNothing() {
    fillAccountPage(QStringLiteral("Contoso"), Plan::Professional);
    m_wizard->button(QWizard::NextButton)->click();
    fillAdminPage(QString(), QStringLiteral("ada-at-contoso"));
    finish();
    QCOMPARE(m_wizard->currentId(), int(Ui::FirstRunWizard::AdminPage));
    QVERIFY(m_wizard->isVisible());
    QVERIFY(widget<QLabel>("wizardAdminNameError")->isVisible());
    auto *emailError = widget<QLabel>("wizardAdminEmailError");
    QVERIFY(emailError->isVisible());
    QVERIFY(emailError->text().contains(QStringLiteral("ada-at-contoso")));
    QVERIFY(!m_instance->accounts().isInitialized());
    QVERIFY(m_instance->users().list().isEmpty());
    QVERIFY(!m_wizard->createdAdmin());

    fillAdminPage(QStringLiteral("Ada Admin"), QStringLiteral("ada@contoso.example"));
    QVERIFY(!emailError->isVisible());
    finish();
    QVERIFY(m_wizard->createdAdmin());
    QVERIFY(m_instance->accounts().isInitialized());
}

void TestFirstRunWizard::serviceErrorIsShown() {
    // Another process (say, `deskbridge init`) created the account meanwhile.
    QVERIFY(m_instance->accounts()
                .initialize(QStringLiteral("Made Elsewhere"), Plan::Team, QStringLiteral("Other"),
                            QStringLiteral("other@example.com"))
                .ok());
    fillAccountPage(QStringLiteral("Contoso"), Plan::Professional);
    m_wizard->button(QWizard::NextButton)->click();
    fillAdminPage(QStringLiteral("Ada Admin"), QStringLiteral("ada@contoso.example"));
    finish();
    auto *error = widget<Ui::MessageBar>("wizardError");
    QVERIFY(error->isShowingError());
    QVERIFY(error->text().contains(QStringLiteral("Made Elsewhere")));
    QVERIFY(m_wizard->isVisible());
    QVERIFY(!m_wizard->createdAdmin());
    QCOMPARE(m_instance->accounts().account()->name, QStringLiteral("Made Elsewhere"));
    QVERIFY(!m_instance->users().findByEmail(QStringLiteral("ada@contoso.example")));
}

void TestFirstRunWizard::planSummaryFollowsThePlan() {
    auto *summary = widget<QLabel>("wizardPlanSummary");
    auto *plan = widget<QComboBox>("wizardPlan");
    plan->setCurrentIndex(plan->findData(int(Plan::Team)));
    QVERIFY(summary->text().contains(QStringLiteral("Not included: manual ticket sharing")));
    plan->setCurrentIndex(plan->findData(int(Plan::Enterprise)));
    QVERIFY(!summary->text().contains(QStringLiteral("Not included")));
    QVERIFY(summary->text().contains(QStringLiteral("automatic sharing via triggers")));
}

QTEST_MAIN(TestFirstRunWizard)
#include "tst_firstrunwizard.moc"
