// TicketWorkspace: the tabs of open tickets; nothing unsaved is closed without asking.
#include "gui/ConsoleFixture.h"

#include "ui/agent/Composer.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketEditor.h"
#include "ui/agent/TicketWorkspace.h"
#include "ui/widgets/MessageBox.h"

#include <QLabel>

using namespace DeskBridge;
using namespace DeskBridge::Ui;

class TestTicketWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensEachTicketOnce();
    void theListTabCannotBeClosed();
    void cleanTabsCloseWithoutAsking();
    void cancelKeepsTheTab();
    void discardDropsTheDraft();
    void saveSubmitsTheDraft();
    void closeAllStopsAtTheFirstCancel();
    void unknownTicketsAreReported();

private:
    TicketEditor *openWithDraft(Domain::Id id, const QString &draft);
    std::unique_ptr<Test::ConsoleFixture> m_f;
    std::unique_ptr<ConsoleContext> m_context;
    std::unique_ptr<TicketWorkspace> m_tabs;
};

void TestTicketWorkspace::init() {
    m_f = std::make_unique<Test::ConsoleFixture>();
    QVERIFY2(m_f->setUp(), qPrintable(m_f->error()));
    m_context = std::make_unique<ConsoleContext>(*m_f->instance, m_f->admin);
    m_tabs = std::make_unique<TicketWorkspace>(*m_context, new QLabel(QStringLiteral("list")));
    m_tabs->resize(1000, 700);
    m_tabs->show();
}

void TestTicketWorkspace::cleanup() {
    MessageBox::setAutoAnswer(std::nullopt);
    m_tabs.reset();
    m_context.reset();
    m_f.reset();
}

TicketEditor *TestTicketWorkspace::openWithDraft(Domain::Id id, const QString &draft) {
    TicketEditor *e = m_tabs->openTicket(id);
    if (e)
        e->composer()->setText(draft);
    return e;
}

void TestTicketWorkspace::opensEachTicketOnce() {
    const Domain::Id a = m_f->createTicket(QStringLiteral("A"));
    const Domain::Id b = m_f->createTicket(QStringLiteral("B"));
    TicketEditor *ea = m_tabs->openTicket(a);
    m_tabs->openTicket(b);
    QCOMPARE(m_tabs->count(), 3);
    QCOMPARE(m_tabs->openTicket(a), ea);
    QCOMPARE(m_tabs->count(), 3);
    QCOMPARE(m_tabs->currentEditor(), ea);
    QVERIFY(m_tabs->tabText(m_tabs->indexOf(ea)).startsWith(QStringLiteral("#%1").arg(a)));
}

void TestTicketWorkspace::theListTabCannotBeClosed() {
    QVERIFY(!m_tabs->closeTab(0));
    QCOMPARE(m_tabs->count(), 1);
}

void TestTicketWorkspace::cleanTabsCloseWithoutAsking() {
    m_tabs->openTicket(m_f->createTicket(QStringLiteral("Clean")));
    const int asked = MessageBox::shownCount();
    QVERIFY(m_tabs->closeCurrentTab());
    QCOMPARE(MessageBox::shownCount(), asked);
    QCOMPARE(m_tabs->count(), 1);
}

void TestTicketWorkspace::cancelKeepsTheTab() {
    TicketEditor *e =
        openWithDraft(m_f->createTicket(QStringLiteral("Draft")), QStringLiteral("x"));
    QVERIFY(m_tabs->tabText(m_tabs->indexOf(e)).endsWith(QLatin1Char('*')));
    MessageBox::setAutoAnswer(QMessageBox::Cancel);
    QVERIFY(!m_tabs->closeCurrentTab());
    QCOMPARE(m_tabs->count(), 2);
    QCOMPARE(e->composer()->text(), QStringLiteral("x"));
}

void TestTicketWorkspace::discardDropsTheDraft() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Draft"));
    openWithDraft(id, QStringLiteral("forget me"));
    MessageBox::setAutoAnswer(QMessageBox::Discard);
    QVERIFY(m_tabs->closeCurrentTab());
    QCOMPARE(m_tabs->count(), 1);
    QCOMPARE(m_f->instance->tickets().comments(m_f->admin, id)->size(), 1);
}

void TestTicketWorkspace::saveSubmitsTheDraft() {
    const Domain::Id id = m_f->createTicket(QStringLiteral("Draft"));
    openWithDraft(id, QStringLiteral("keep me"));
    MessageBox::setAutoAnswer(QMessageBox::Save);
    QVERIFY(m_tabs->closeCurrentTab());
    QCOMPARE(m_tabs->count(), 1);
    const auto comments = m_f->instance->tickets().comments(m_f->admin, id);
    QCOMPARE(comments->size(), 2);
    QCOMPARE(comments->last().body, QStringLiteral("keep me"));
}

void TestTicketWorkspace::closeAllStopsAtTheFirstCancel() {
    m_tabs->openTicket(m_f->createTicket(QStringLiteral("Clean")));
    openWithDraft(m_f->createTicket(QStringLiteral("Dirty")), QStringLiteral("unsaved"));
    MessageBox::setAutoAnswer(QMessageBox::Cancel);
    QVERIFY(m_tabs->hasUnsavedWork());
    QVERIFY(!m_tabs->closeAllTickets());
    QCOMPARE(m_tabs->editors().size(), 1); // the clean one went, the draft stayed
    QVERIFY(m_tabs->editors().first()->isDirty());
}

void TestTicketWorkspace::unknownTicketsAreReported() {
    MessageBox::setAutoAnswer(QMessageBox::Ok);
    const int asked = MessageBox::shownCount();
    QVERIFY(!m_tabs->openTicket(4242));
    QCOMPARE(MessageBox::shownCount(), asked + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("4242")));
    QCOMPARE(m_tabs->count(), 1);
}

QTEST_MAIN(TestTicketWorkspace)
#include "tst_ticketworkspace.moc"
