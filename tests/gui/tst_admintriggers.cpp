// The Triggers page: triggers built through the condition builder and the action rows, stored by
// TriggerService in a real SQLite account, and firing on a new ticket.
#include "../support/TestSupport.h"
#include "app/Instance.h"
#include "app/services/TicketService.h"
#include "app/services/TriggerService.h"
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
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;

class TestAdminTriggers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void buildTriggerThatFires();
    void invalidRowNamedAndNothingWritten();
    void reorderPersists();
    void shareActionNeedsEnterprise();

private:
    void open(Domain::Plan plan);
    template <typename T> T *widget(const QString &name) {
        T *w = m_page->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    static void choose(QComboBox *combo, const QVariant &data) {
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(index);
    }
    void screenshot(const QString &name);
    Services::TriggerService &triggers() { return m_account.instance->triggers(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    Test::TestAccount m_account;
    std::unique_ptr<Ui::AdminCenterWindow> m_window;
    Ui::AdminPage *m_page = nullptr;
};

void TestAdminTriggers::open(Domain::Plan plan) {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_account = Test::makeAccount(m_dir->path(), plan);
    QVERIFY(m_account.instance);
}

void TestAdminTriggers::cleanup() {
    m_page = nullptr;
    m_window.reset();
    m_account = {};
    m_dir.reset();
}

void TestAdminTriggers::screenshot(const QString &name) {
    const QString dir =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SCREENSHOT_DIR"));
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // let pending layouts settle before the grab
    m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

static void showPage(std::unique_ptr<Ui::AdminCenterWindow> &window, Ui::AdminPage *&page,
                     Test::TestAccount &account) {
    window = std::make_unique<Ui::AdminCenterWindow>(*account.instance, account.admin);
    window->resize(1100, 760);
    window->show();
    page = window->showPage(QStringLiteral("triggers"));
}

void TestAdminTriggers::buildTriggerThatFires() {
    open(Domain::Plan::Professional);
    showPage(m_window, m_page, m_account);
    QVERIFY(m_page);
    widget<QPushButton>(QStringLiteral("triggerNewButton"))->click();
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("triggerTitle")),
                     QStringLiteral("Urgent warranty"));
    // Condition 1: ticket is created; condition 2: tags contain warranty.
    choose(widget<QComboBox>(QStringLiteral("allRow0Field")), QStringLiteral("update_type"));
    choose(widget<QComboBox>(QStringLiteral("allRow0Value")), QStringLiteral("Create"));
    widget<QPushButton>(QStringLiteral("conditionAddAll"))->click();
    choose(widget<QComboBox>(QStringLiteral("allRow1Field")), QStringLiteral("tags"));
    choose(widget<QComboBox>(QStringLiteral("allRow1Operator")), QStringLiteral("includes"));
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("allRow1Value")), QStringLiteral("warranty"));
    // Action: priority urgent.
    choose(widget<QComboBox>(QStringLiteral("actionRow0Field")), QStringLiteral("priority"));
    choose(widget<QComboBox>(QStringLiteral("actionRow0Value")), QStringLiteral("urgent"));
    screenshot(QStringLiteral("admin-triggers-editor"));
    widget<QPushButton>(QStringLiteral("triggerSaveButton"))->click();
    QVERIFY2(!m_page->messages()->isShowingError(), qPrintable(m_page->messages()->text()));

    const auto list = triggers().list(m_account.admin);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().title, QStringLiteral("Urgent warranty"));
    QCOMPARE(list->first().condition.all().size(), 2);
    QVERIFY(list->first().runs());
    QCOMPARE(widget<QListWidget>(QStringLiteral("triggerList"))->count(), 1);

    Services::NewTicket request;
    request.subject = QStringLiteral("Broken kettle");
    request.comment = QStringLiteral("It stopped working.");
    request.requesterId = m_account.endUser.id;
    request.tags = {QStringLiteral("warranty")};
    auto &tickets = m_account.instance->tickets();
    const auto ticket = tickets.create(m_account.agent, request);
    QVERIFY2(ticket.ok(), qPrintable(ticket.error()));
    QCOMPARE(tickets.get(m_account.admin, ticket->id)->priority, Domain::Priority::Urgent);
    const auto events = tickets.events(m_account.admin, ticket->id);
    QVERIFY(events.ok());
    bool fired = false;
    for (const auto &event : *events)
        fired = fired || event.kind == Domain::EventKind::TriggerFired;
    QVERIFY(fired);
}

void TestAdminTriggers::invalidRowNamedAndNothingWritten() {
    open(Domain::Plan::Professional);
    showPage(m_window, m_page, m_account);
    widget<QPushButton>(QStringLiteral("triggerNewButton"))->click();
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("triggerTitle")), QStringLiteral("Bad"));
    choose(widget<QComboBox>(QStringLiteral("allRow0Field")), QStringLiteral("status"));
    widget<QPushButton>(QStringLiteral("conditionAddAll"))->click();
    choose(widget<QComboBox>(QStringLiteral("allRow1Field")), QStringLiteral("tags"));
    // Row 2 keeps an empty tag list.
    choose(widget<QComboBox>(QStringLiteral("actionRow0Field")), QStringLiteral("add_tags"));
    QTest::keyClicks(widget<QLineEdit>(QStringLiteral("actionRow0Value")), QStringLiteral("x"));
    widget<QPushButton>(QStringLiteral("triggerSaveButton"))->click();
    QVERIFY(m_page->messages()->isShowingError());
    QVERIFY2(m_page->messages()->text().contains(QStringLiteral("Condition 2")),
             qPrintable(m_page->messages()->text()));
    QVERIFY(triggers().list(m_account.admin)->isEmpty());
    QVERIFY(m_page->hasUnsavedChanges());
}

void TestAdminTriggers::reorderPersists() {
    open(Domain::Plan::Professional);
    for (const QString &title : {QStringLiteral("First"), QStringLiteral("Second")}) {
        Services::TriggerDraft draft;
        draft.title = title;
        draft.condition.addAll(QStringLiteral("update_type"), QStringLiteral("is"),
                               QStringLiteral("Create"));
        draft.actions.add(QStringLiteral("priority"), QStringLiteral("high"));
        QVERIFY(triggers().create(m_account.admin, draft).ok());
    }
    showPage(m_window, m_page, m_account);
    auto *list = widget<QListWidget>(QStringLiteral("triggerList"));
    QCOMPARE(list->count(), 2);
    list->setCurrentRow(1);
    widget<QPushButton>(QStringLiteral("triggerUpButton"))->click();
    const auto stored = triggers().list(m_account.admin);
    QCOMPARE(stored->at(0).title, QStringLiteral("Second"));
    QCOMPARE(stored->at(1).title, QStringLiteral("First"));
    QCOMPARE(list->item(0)->text(), QStringLiteral("Second"));

    // Dragging moves the row in the model; the order is stored once the drop has finished.
    QVERIFY(list->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
    QCoreApplication::processEvents();
    const auto dragged = triggers().list(m_account.admin);
    QCOMPARE(dragged->at(0).title, QStringLiteral("First"));
    QCOMPARE(dragged->at(1).title, QStringLiteral("Second"));
    screenshot(QStringLiteral("admin-triggers-list"));
}

void TestAdminTriggers::shareActionNeedsEnterprise() {
    open(Domain::Plan::Professional);
    showPage(m_window, m_page, m_account);
    widget<QPushButton>(QStringLiteral("triggerNewButton"))->click();
    auto *field = widget<QComboBox>(QStringLiteral("actionRow0Field"));
    const int share = field->findData(QStringLiteral("share_ticket"));
    QVERIFY(share >= 0);
    auto *model = qobject_cast<QStandardItemModel *>(field->model());
    QVERIFY(!model->item(share)->isEnabled());
    // No outbound agreement yet: the example trigger has nobody to share with.
    QVERIFY(!widget<QPushButton>(QStringLiteral("triggerExampleButton"))->isEnabled());
    QVERIFY(
        field->itemData(share, Qt::ToolTipRole).toString().contains(QStringLiteral("Enterprise")));
    cleanup();

    open(Domain::Plan::Enterprise);
    showPage(m_window, m_page, m_account);
    widget<QPushButton>(QStringLiteral("triggerNewButton"))->click();
    field = widget<QComboBox>(QStringLiteral("actionRow0Field"));
    model = qobject_cast<QStandardItemModel *>(field->model());
    QVERIFY(model->item(field->findData(QStringLiteral("share_ticket")))->isEnabled());
}

QTEST_MAIN(TestAdminTriggers)
#include "tst_admintriggers.moc"
