// MainWindow: the console end to end, as an agent or admin uses it: a ticket made through the
// dialog, an internal note and a public reply, a status change, the event in the Events tab,
// the list and counts following; the Admin Center for admins only; shortcuts; switch user.
#include "gui/ConsoleFixture.h"

#include "app/services/AccountService.h"
#include "app/services/ViewService.h"
#include "models/item/EventListModel.h"
#include "models/item/TicketTableModel.h"
#include "models/item/ViewListModel.h"
#include "ui/MainWindow.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/agent/AgentConsole.h"
#include "ui/agent/CommentCard.h"
#include "ui/agent/Composer.h"
#include "ui/agent/ConversationView.h"
#include "ui/agent/TicketEditor.h"
#include "ui/agent/TicketListPane.h"
#include "ui/agent/TicketWorkspace.h"
#include "ui/agent/ViewSidebar.h"
#include "ui/dialogs/NewTicketDialog.h"
#include "ui/dialogs/SwitchUserDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/SearchField.h"
#include "ui/widgets/StatusPill.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>

using namespace DeskBridge;
using namespace DeskBridge::Ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createTicketNoteReplyStatusEventsAndList();
    void agentCannotOpenTheAdminCenter();
    void adminOpensTheAdminCenter();
    void changesFromAnotherProcessAppear();
    void shortcutsReachTheirActions();
    void switchUserRemembersAndHidesAdminCenter();
    void closingWithADraftAsksFirst();

private:
    static bool activate(QWidget *w) {
        w->activateWindow();
        return QTest::qWaitForWindowActive(w);
    }
    std::unique_ptr<MainWindow> showWindow(const Domain::User &user);
    std::unique_ptr<Test::ConsoleFixture> m_f;
};

void TestMainWindow::init() {
    m_f = std::make_unique<Test::ConsoleFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->error()));
    MessageBox::setAutoAnswer(QMessageBox::Cancel);
}

void TestMainWindow::cleanup() {
    MessageBox::setAutoAnswer(std::nullopt);
    m_f.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::showWindow(const Domain::User &user) {
    auto w = std::make_unique<MainWindow>(*m_f->instance, user);
    w->show();
    if (!activate(w.get())) // window shortcuts and focus need the active window
        return nullptr;
    return w;
}

void TestMainWindow::createTicketNoteReplyStatusEventsAndList() {
    auto w = showWindow(m_f->admin);
    QVERIFY(w);
    auto *sidebar = w->findChild<ViewSidebar *>(QStringLiteral("viewSidebar"));
    QVERIFY(sidebar);
    QVERIFY(sidebar->selectView(QStringLiteral("all_unsolved")));
    auto *table = w->findChild<QTableView *>(QStringLiteral("ticketTable"));
    QVERIFY(table);
    QTRY_VERIFY(w->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());

    // New ticket through the dialog (Ctrl+N's action).
    Test::ConsoleFixture::whenDialogOpens<NewTicketDialog>([](NewTicketDialog *d) {
        auto *requester = d->findChild<QComboBox *>(QStringLiteral("requesterEdit"));
        requester->setEditText(QStringLiteral("Carla Customer <carla@example.com>"));
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("subjectEdit")),
                         QStringLiteral("Drucker druckt nicht"));
        QTest::keyClicks(d->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit")),
                         QStringLiteral("Der Drucker zeigt Fehler E42."));
        auto *group = d->findChild<QComboBox *>(QStringLiteral("groupCombo"));
        group->setCurrentIndex(group->findText(QStringLiteral("Support")));
        QTest::mouseClick(d->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);
    });
    w->findChild<QAction *>(QStringLiteral("actionNewTicket"))->trigger();
    QVERIFY(activate(w.get())); // offscreen, nobody gives the focus back after a dialog

    auto *workspace = w->findChild<TicketWorkspace *>(QStringLiteral("workspaceTabs"));
    TicketEditor *editor = workspace->currentEditor();
    QVERIFY(editor);
    QCOMPARE(editor->findChild<QLabel *>(QStringLiteral("subjectLabel"))->text(),
             QStringLiteral("Drucker druckt nicht"));
    QCOMPARE(editor->findChild<StatusPill *>(QStringLiteral("statusPill"))->status(),
             Domain::TicketStatus::New);
    auto *badge = editor->findChild<QLabel *>(QStringLiteral("sharingBadge"));
    QVERIFY(badge && badge->isHidden() && badge->text().isEmpty());
    const Domain::Id id = editor->ticketId();
    const auto requester = m_f->instance->users().findByEmail(QStringLiteral("carla@example.com"));
    QVERIFY(requester);

    // An internal note, submitted with Ctrl+Return from the composer.
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("internalNoteButton")),
                      Qt::LeftButton);
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Toner checked, looks fine."));
    QVERIFY(editor->isDirty());
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(text->toPlainText().isEmpty());
    auto *conversation = editor->findChild<ConversationView *>(QStringLiteral("conversation"));
    QTRY_COMPARE(conversation->findChildren<CommentCard *>(QStringLiteral("internalNote")).size(),
                 1);
    auto *note = conversation->findChildren<CommentCard *>(QStringLiteral("internalNote")).first();
    QVERIFY(note->findChild<QLabel *>(QStringLiteral("lockIcon")));
    QCOMPARE(note->findChild<QLabel *>(QStringLiteral("commentBody"))->text(),
             QStringLiteral("Toner checked, looks fine."));

    // A public reply, submitted as Pending from the split button's menu.
    QTest::mouseClick(editor->findChild<QToolButton *>(QStringLiteral("publicReplyButton")),
                      Qt::LeftButton);
    QTest::keyClicks(text, QStringLiteral("Bitte starten Sie den Drucker neu."));
    auto *submit = editor->findChild<QToolButton *>(QStringLiteral("submitButton"));
    QVERIFY(submit->text().contains(Domain::Names::label(Domain::TicketStatus::New)));
    submit->menu()->findChild<QAction *>(QStringLiteral("submitAs_pending"))->trigger();
    QTRY_COMPARE(editor->findChild<StatusPill *>(QStringLiteral("statusPill"))->status(),
                 Domain::TicketStatus::Pending);
    QCOMPARE(conversation->findChildren<CommentCard *>(QStringLiteral("publicReply")).size(), 2);
    QVERIFY(!editor->isDirty());
    const auto stored = m_f->instance->tickets().get(m_f->admin, id);
    QCOMPARE(stored->status, Domain::TicketStatus::Pending);
    const auto comments = m_f->instance->tickets().comments(m_f->admin, id);
    QCOMPARE(comments->size(), 3);
    QVERIFY(!comments->at(1).isPublic);
    QVERIFY(comments->at(2).isPublic);

    // The Events tab tells it in sentences.
    auto *events = editor->findChild<QTreeView *>(QStringLiteral("eventsView"));
    QStringList sentences;
    for (int r = 0; r < events->model()->rowCount(); ++r)
        sentences << events->model()
                         ->index(r, Models::EventListModel::DescriptionColumn)
                         .data()
                         .toString();
    QVERIFY2(sentences.contains(QStringLiteral("Ada Admin changed status from New to Pending")),
             qPrintable(sentences.join(QLatin1Char('\n'))));
    QVERIFY(sentences.contains(QStringLiteral("Ada Admin added an internal note")));

    // The list and the counts followed.
    auto &model = *qobject_cast<Models::TicketTableModel *>(table->model());
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.data(model.index(0, Models::TicketTableModel::StatusColumn)).toString(),
                 Domain::Names::label(Domain::TicketStatus::Pending));
    auto &views = sidebar->model();
    QTRY_COMPARE(views.countAt(views.rowOfKey(QStringLiteral("pending"))), 1);
    QTRY_COMPARE(views.countAt(views.rowOfKey(QStringLiteral("all_unsolved"))), 1);
    QTRY_VERIFY(!w->findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
}

void TestMainWindow::agentCannotOpenTheAdminCenter() {
    auto w = showWindow(m_f->agent);
    QVERIFY(w);
    auto *action = w->findChild<QAction *>(QStringLiteral("actionAdminCenter"));
    QVERIFY(action);
    QVERIFY(!action->isVisible());
    QVERIFY(!action->isEnabled());
    const int asked = MessageBox::shownCount();
    QVERIFY(!w->openAdminCenter()); // even when triggered some other way
    QCOMPARE(MessageBox::shownCount(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Only administrators")));
    QVERIFY(w->findChildren<AdminCenterWindow *>().isEmpty());
}

void TestMainWindow::adminOpensTheAdminCenter() {
    auto w = showWindow(m_f->admin);
    QVERIFY(w);
    auto *action = w->findChild<QAction *>(QStringLiteral("actionAdminCenter"));
    QVERIFY(action->isVisible() && action->isEnabled());
    action->trigger();
    QTRY_COMPARE(w->findChildren<AdminCenterWindow *>().size(), 1);
    QVERIFY(w->findChild<AdminCenterWindow *>()->isVisible());
}

void TestMainWindow::changesFromAnotherProcessAppear() {
    m_f->instance->watchExternalChanges(50);
    auto w = showWindow(m_f->admin);
    QVERIFY(w);
    w->console()->sidebar()->selectView(QStringLiteral("all_unsolved"));
    auto &model = w->console()->listPane()->model();
    QTRY_VERIFY(model.isCounted());
    QCOMPARE(model.rowCount(), 0);
    {
        // Another connection to the same data directory (like the CLI).
        auto other = Instance::open(m_f->dataDir());
        QVERIFY2(other, qPrintable(other.error()));
        Services::NewTicket n;
        n.subject = QStringLiteral("From the command line");
        n.comment = QStringLiteral("Created elsewhere");
        QVERIFY((*other)->tickets().create(m_f->admin, n));
    }
    QTRY_COMPARE(model.rowCount(), 1);
    QTRY_VERIFY(model.isRowLoaded(0));
    QCOMPARE(model.data(model.index(0, Models::TicketTableModel::SubjectColumn)).toString(),
             QStringLiteral("From the command line"));
}

void TestMainWindow::shortcutsReachTheirActions() {
    auto w = showWindow(m_f->admin);
    QVERIFY(w);
    auto shortcutsOf = [&](const char *name) {
        return w->findChild<QAction *>(QLatin1String(name))->shortcuts();
    };
    QVERIFY(shortcutsOf("actionNewTicket").contains(QKeySequence(Qt::CTRL | Qt::Key_N)));
    QVERIFY(shortcutsOf("actionSubmit").contains(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    QVERIFY(shortcutsOf("actionNextTicket").contains(QKeySequence(Qt::CTRL | Qt::Key_PageDown)));
    QVERIFY(shortcutsOf("actionNextTicket").contains(QKeySequence(Qt::ALT | Qt::Key_Right)));
    QVERIFY(shortcutsOf("actionPreviousTicket").contains(QKeySequence(Qt::CTRL | Qt::Key_PageUp)));
    QVERIFY(shortcutsOf("actionPreviousTicket").contains(QKeySequence(Qt::ALT | Qt::Key_Left)));
    QVERIFY(shortcutsOf("actionFind").contains(QKeySequence(Qt::CTRL | Qt::Key_F)));
    QVERIFY(shortcutsOf("actionCloseTab").contains(QKeySequence(Qt::CTRL | Qt::Key_W)));

    // Ctrl+N opens the dialog (cancelled here).
    bool opened = false;
    Test::ConsoleFixture::whenDialogOpens<NewTicketDialog>([&](NewTicketDialog *d) {
        opened = true;
        d->reject();
    });
    QTest::keyClick(w.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(opened);
    QVERIFY(activate(w.get()));

    // Ctrl+F focuses the search.
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(w->findChild<SearchField *>(QStringLiteral("searchField"))->hasFocus());

    // Alt+Right walks the list from one open ticket to the next; Ctrl+W closes the tab.
    const Domain::Id older = m_f->createTicket(QStringLiteral("Older"));
    QTest::qWait(5);
    const Domain::Id newer = m_f->createTicket(QStringLiteral("Newer"));
    w->console()->sidebar()->selectView(QStringLiteral("all_unsolved"));
    auto &model = w->console()->listPane()->model();
    QTRY_VERIFY(model.rowCount() == 2 && model.isRowLoaded(1));
    QVERIFY(w->console()->openTicket(newer));
    QTest::keyClick(w.get(), Qt::Key_Right, Qt::AltModifier);
    auto *workspace = w->console()->workspace();
    QTRY_COMPARE(workspace->currentEditor()->ticketId(), older);
    QCOMPARE(workspace->editors().size(), 1); // the clean tab was replaced
    QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier);

    QTRY_COMPARE(workspace->editors().size(), 0);
}

void TestMainWindow::switchUserRemembersAndHidesAdminCenter() {
    auto w = showWindow(m_f->admin);
    QVERIFY(w);
    Test::ConsoleFixture::whenDialogOpens<SwitchUserDialog>([this](SwitchUserDialog *d) {
        auto *list = d->findChild<QListWidget *>(QStringLiteral("userList"));
        QCOMPARE(list->count(), 2);
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toLongLong() == m_f->agent.id)
                list->setCurrentRow(i);
        d->accept();
    });
    w->findChild<QAction *>(QStringLiteral("actionSwitchUser"))->trigger();
    QTRY_COMPARE(w->user().id, m_f->agent.id);
    QVERIFY(!w->findChild<QAction *>(QStringLiteral("actionAdminCenter"))->isVisible());
    QCOMPARE(m_f->instance->accounts().account()->lastUserId, m_f->agent.id);
    QVERIFY(w->findChild<QLabel *>(QStringLiteral("userStatus"))
                ->text()
                .contains(QStringLiteral("Bob Agent")));
}

void TestMainWindow::closingWithADraftAsksFirst() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Draft me"));
    auto w = showWindow(m_f->admin);
    QVERIFY(w);
    TicketEditor *editor = w->console()->openTicket(id);
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit")),
                     QStringLiteral("Half a thought"));
    MessageBox::setAutoAnswer(QMessageBox::Cancel);
    QVERIFY(!w->close());
    QVERIFY(w->isVisible());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("#%1").arg(id)));
    MessageBox::setAutoAnswer(QMessageBox::Save);
    QVERIFY(w->close());
    const auto comments = m_f->instance->tickets().comments(m_f->admin, id);
    QCOMPARE(comments->last().body, QStringLiteral("Half a thought"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
