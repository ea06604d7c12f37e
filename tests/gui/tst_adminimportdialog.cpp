// The CSV import dialog, driven through its widgets against a real SQLite account: the preview
// lists bad rows and writes nothing; "Skip bad rows" imports the good ones.
#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/AdminContext.h"
#include "ui/admin/ImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestImportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewListsBadRowAndWritesNothing();
    void importStaysDisabledUntilCleanOrSkipping();
    void skipBadRowsImportsTheGoodOnes();
    void organizationsFile();

private:
    QString writeFile(const QByteArray &bytes);
    void openDialog(Ui::ImportDialog::Kind kind);
    template <typename T> T *widget(const char *name) {
        T *w = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    void choose(const QString &path);
    void screenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<Ui::AdminContext> m_context;
    std::unique_ptr<Ui::ImportDialog> m_dialog;
};

namespace {
// Line 3 has no valid address.
const QByteArray usersWithBadRow = "name,email,organization\n"
                                   "Gina Good,gina@contoso.example,Contoso\n"
                                   "Bad Row,not-an-address,Contoso\n"
                                   "Hugo Good,hugo@contoso.example,\n";
} // namespace

void TestImportDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = Test::makeAccount(m_dir->path(), Domain::Plan::Professional);
    QVERIFY(m_account.instance);
    m_context = std::make_unique<Ui::AdminContext>(*m_account.instance, m_account.admin);
}

void TestImportDialog::cleanup() {
    m_dialog.reset();
    m_context.reset();
    m_account = {};
    m_dir.reset();
}

QString TestImportDialog::writeFile(const QByteArray &bytes) {
    const QString path = m_dir->filePath(QStringLiteral("import.csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportDialog::openDialog(Ui::ImportDialog::Kind kind) {
    m_dialog = std::make_unique<Ui::ImportDialog>(*m_context, kind);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestImportDialog::choose(const QString &path) {
    Ui::ImportDialog::setNextChosenFile(path);
    widget<QPushButton>("importChooseButton")->click();
}

void TestImportDialog::screenshot(const QString &name) {
    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (dir.isEmpty() || !QDir().mkpath(dir))
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a user would see it
    m_dialog->grab().save(QDir(dir).filePath(name));
}

void TestImportDialog::previewListsBadRowAndWritesNothing() {
    const QString before = Test::snapshot(*m_account.instance, Test::organizationTables());
    openDialog(Ui::ImportDialog::Kind::Users);
    widget<QCheckBox>("importCreateOrganizations")->setChecked(true);
    choose(writeFile(usersWithBadRow));

    auto *errors = widget<QTableWidget>("importErrors");
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
    QVERIFY(!errors->item(0, 2)->text().isEmpty());
    QVERIFY(!widget<QLabel>("importSummary")->text().isEmpty());
    QVERIFY(!widget<QPushButton>("importButton")->isEnabled());
    screenshot(QStringLiteral("admin-import-preview.png"));
    QCOMPARE(Test::snapshot(*m_account.instance, Test::organizationTables()), before);
    QVERIFY(!m_account.instance->users().findByEmail(QStringLiteral("gina@contoso.example")));
}

void TestImportDialog::importStaysDisabledUntilCleanOrSkipping() {
    openDialog(Ui::ImportDialog::Kind::Users);
    QVERIFY(!widget<QPushButton>("importButton")->isEnabled()); // no file yet
    choose(writeFile(usersWithBadRow));
    QVERIFY(!widget<QPushButton>("importButton")->isEnabled());
    widget<QCheckBox>("importSkipBadRows")->setChecked(true);
    QVERIFY(widget<QPushButton>("importButton")->isEnabled());
    widget<QCheckBox>("importSkipBadRows")->setChecked(false);
    QVERIFY(!widget<QPushButton>("importButton")->isEnabled());

    // A clean file can be imported as it is.
    choose(writeFile("name,email\nGina Good,gina@contoso.example\n"));
    QCOMPARE(widget<QTableWidget>("importErrors")->rowCount(), 0);
    QVERIFY(widget<QPushButton>("importButton")->isEnabled());
    widget<QPushButton>("importButton")->click();
    QVERIFY(m_account.instance->users().findByEmail(QStringLiteral("gina@contoso.example")));
    QVERIFY(!widget<QPushButton>("importButton")->isEnabled()); // not twice
}

void TestImportDialog::skipBadRowsImportsTheGoodOnes() {
    openDialog(Ui::ImportDialog::Kind::Users);
    widget<QCheckBox>("importCreateOrganizations")->setChecked(true);
    widget<QCheckBox>("importSkipBadRows")->setChecked(true);
    choose(writeFile(usersWithBadRow));
    widget<QPushButton>("importButton")->click();

    QVERIFY(m_account.instance->users().findByEmail(QStringLiteral("gina@contoso.example")));
    QVERIFY(m_account.instance->users().findByEmail(QStringLiteral("hugo@contoso.example")));
    QVERIFY(!m_account.instance->users().findByEmail(QStringLiteral("not-an-address")));
    const auto contoso = m_account.instance->organizations().findByName(QStringLiteral("Contoso"));
    QVERIFY(contoso);
    const auto gina =
        m_account.instance->users().findByEmail(QStringLiteral("gina@contoso.example"));
    QCOMPARE(m_account.instance->organizations().organizationsOf(gina->id).size(), 1);
    // The result stays in the dialog, with the skipped row.
    QCOMPARE(widget<QTableWidget>("importErrors")->rowCount(), 1);
    QVERIFY(!widget<QLabel>("importSummary")->text().isEmpty());
    screenshot(QStringLiteral("admin-import-done.png"));
}

void TestImportDialog::organizationsFile() {
    openDialog(Ui::ImportDialog::Kind::Organizations);
    QVERIFY(!widget<QCheckBox>("importCreateOrganizations")->isEnabled());
    choose(writeFile("name,domain_names\nContoso,contoso.example\nFabrikam,gmail.com\n"));
    auto *errors = widget<QTableWidget>("importErrors");
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3"));
    QVERIFY(!m_account.instance->organizations().findByName(QStringLiteral("Contoso")));
}

QTEST_MAIN(TestImportDialog)
#include "tst_adminimportdialog.moc"
