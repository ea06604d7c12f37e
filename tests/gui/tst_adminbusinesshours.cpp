// The editable Business hours page: a weekly schedule and its time zone, saved through the
// widgets into a real SQLite account and read back through AccountService.
#include "../support/TestSupport.h"
#include "app/Instance.h"
#include "app/rules/BusinessHours.h"
#include "app/services/AccountService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace DeskBridge;

class TestAdminBusinessHours : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveAndReadBack();
    void invalidSpanShowsErrorAndWritesNothing();

private:
    template <typename T> T *widget(const QString &name) {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    void screenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestAdminBusinessHours::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = Test::makeAccount(m_dir->path(), Domain::Plan::Professional);
    QVERIFY(m_account.instance);
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_account.instance, m_account.admin);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->showPage(QStringLiteral("business-hours"));
    QVERIFY(m_page);
}

void TestAdminBusinessHours::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_account = {};
    m_dir.reset();
}

void TestAdminBusinessHours::screenshot(const QString &name) {
    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // let pending layouts settle before the grab
    m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestAdminBusinessHours::saveAndReadBack() {
    auto *save = widget<QPushButton>(QStringLiteral("businessHoursSaveButton"));
    QVERIFY(!save->isEnabled());
    for (int day = 1; day <= 5; ++day) {
        widget<QCheckBox>(QStringLiteral("businessHoursOpen%1").arg(day))->setChecked(true);
        widget<QTimeEdit>(QStringLiteral("businessHoursStart%1").arg(day))->setTime(QTime(8, 30));
        widget<QTimeEdit>(QStringLiteral("businessHoursEnd%1").arg(day))->setTime(QTime(17, 0));
    }
    // Friday closes early.
    widget<QTimeEdit>(QStringLiteral("businessHoursEnd5"))->setTime(QTime(14, 0));
    auto *zone = widget<QComboBox>(QStringLiteral("businessHoursTimeZone"));
    zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Berlin")));
    QVERIFY(m_page->hasUnsavedChanges());
    QVERIFY(save->isEnabled());
    screenshot(QStringLiteral("admin-business-hours"));
    save->click();
    QVERIFY2(!m_page->messages()->isShowingError(), qPrintable(m_page->messages()->text()));

    auto &accounts = m_account.instance->accounts();
    QCOMPARE(accounts.account()->timeZone, QStringLiteral("Europe/Berlin"));
    const auto hours = accounts.businessHours();
    QVERIFY2(hours.ok(), qPrintable(hours.error()));
    QCOMPARE(hours->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(hours->intervals().size(), 5);
    QCOMPARE(hours->intervals().first(), (Rules::BusinessHours::Interval{1, 8 * 60 + 30, 17 * 60}));
    QCOMPARE(hours->intervals().last(), (Rules::BusinessHours::Interval{5, 8 * 60 + 30, 14 * 60}));
    QVERIFY(!m_page->hasUnsavedChanges());
    // A Monday at 10:00 Berlin time is within the schedule, a Saturday is not.
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(hours->contains(QDateTime(QDate(2026, 11, 23), QTime(10, 0), berlin)));
    QVERIFY(!hours->contains(QDateTime(QDate(2026, 11, 28), QTime(10, 0), berlin)));

    // Read back by a freshly opened page.
    m_window.reset();
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_account.instance, m_account.admin);
    m_window->show();
    m_page = m_window->showPage(QStringLiteral("business-hours"));
    QVERIFY(widget<QCheckBox>(QStringLiteral("businessHoursOpen1"))->isChecked());
    QVERIFY(!widget<QCheckBox>(QStringLiteral("businessHoursOpen6"))->isChecked());
    QCOMPARE(widget<QTimeEdit>(QStringLiteral("businessHoursEnd5"))->time(), QTime(14, 0));
    QCOMPARE(widget<QComboBox>(QStringLiteral("businessHoursTimeZone"))->currentData().toString(),
             QStringLiteral("Europe/Berlin"));
}

void TestAdminBusinessHours::invalidSpanShowsErrorAndWritesNothing() {
    widget<QCheckBox>(QStringLiteral("businessHoursOpen2"))->setChecked(true);
    widget<QTimeEdit>(QStringLiteral("businessHoursStart2"))->setTime(QTime(18, 0));
    widget<QTimeEdit>(QStringLiteral("businessHoursEnd2"))->setTime(QTime(9, 0));
    const QString before = m_account.instance->accounts().account()->businessHours;
    widget<QPushButton>(QStringLiteral("businessHoursSaveButton"))->click();
    QVERIFY(m_page->messages()->isShowingError());
    QCOMPARE(m_account.instance->accounts().account()->businessHours, before);
    QVERIFY(m_page->hasUnsavedChanges()); // the edit is kept for fixing
}

QTEST_MAIN(TestAdminBusinessHours)
#include "tst_adminbusinesshours.moc"
