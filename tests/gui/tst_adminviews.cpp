// The Views page: a custom view built through the condition builder, stored by ViewService in a
// real SQLite account, listed for the console's sidebar with the right ticket count.
#include "../support/TestSupport.h"
#include "app/Instance.h"
#include "app/services/TicketService.h"
#include "app/services/ViewService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestAdminViews : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createdViewAppearsWithCount();

private:
    template <typename T> T *widget(const QString &name) {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    void ticket(const QString &subject, const QStringList &tags);

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestAdminViews::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = Test::makeAccount(m_dir->path(), Domain::Plan::Professional);
    QVERIFY(m_account.instance);
    m_window = std::make_unique<Ui::AdminCenterWindow>(*m_account.instance, m_account.admin);
    m_window->resize(1100, 760);
    m_window->show();
    m_page = m_window->showPage(QStringLiteral("views"));
    QVERIFY(m_page);
}

void TestAdminViews::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_account = {};
    m_dir.reset();
}

void TestAdminViews::ticket(const QString &subject, const QStringList &tags) {
    Services::NewTicket request;
    request.subject = subject;
    request.comment = subject;
    request.requesterId = m_account.endUser.id;
    request.tags = tags;
    QVERIFY(m_account.instance->tickets().create(m_account.agent, request).ok());
}

void TestAdminViews::createdViewAppearsWithCount() {
    ticket(QStringLiteral("One"), {QStringLiteral("vip")});
    ticket(QStringLiteral("Two"), {QStringLiteral("vip"), QStringLiteral("other")});
    ticket(QStringLiteral("Three"), {QStringLiteral("other")});

    widget<QPushButton>(QStringLiteral("viewNewButton"))->click();
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("viewTitle")), QStringLiteral("VIP tickets"));
    auto *field = widget<QComboBox>(QStringLiteral("allRow0Field"));
    QCOMPARE(field->findData(QStringLiteral("update_type")), -1); // triggers only
    field->setCurrentIndex(field->findData(QStringLiteral("tags")));
    auto *op = widget<QComboBox>(QStringLiteral("allRow0Operator"));
    op->setCurrentIndex(op->findData(QStringLiteral("includes")));
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("allRow0Value")), QStringLiteral("vip"));
    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QCoreApplication::processEvents(); // let pending layouts settle before the grab
        m_window->grab().save(QDir(dir).filePath(QStringLiteral("admin-views.png")));
    }
    widget<QPushButton>(QStringLiteral("viewSaveButton"))->click();
    QVERIFY2(!m_page->messages()->isShowingError(), qPrintable(m_page->messages()->text()));
    QCOMPARE(widget<QListWidget>(QStringLiteral("viewList"))->count(), 1);

    auto &views = m_account.instance->views();
    QString key;
    for (const auto &view : views.views(m_account.admin))
        if (view.title == QStringLiteral("VIP tickets"))
            key = view.key;
    QVERIFY(!key.isEmpty());
    QCOMPARE(views.counts(m_account.admin).value(key), 2);
}

QTEST_MAIN(TestAdminViews)
#include "tst_adminviews.moc"
