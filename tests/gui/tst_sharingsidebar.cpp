// "Share ticket with" in the properties sidebar and the sharing badge under the title, with two
// real accounts whose SharingHosts talk HTTPS on loopback.
#include "app/services/AccountService.h"
#include "app/services/TicketService.h"
#include "support/SharingPair.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/PropertiesPanel.h"
#include "ui/agent/ShareControl.h"
#include "ui/agent/TicketEditor.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Ui;
using namespace DeskBridge::Test;

namespace {
constexpr int kWait = 20000;

Id newTicket(SharingSide &side, const QString &subject) {
    Services::NewTicket t;
    t.subject = subject;
    t.comment = QStringLiteral("It leaks.");
    t.commentPublic = true;
    t.requesterId = side.account.endUser.id;
    auto created = side.instance().tickets().create(side.account.agent, t);
    if (!created)
        qFatal("create: %s", qPrintable(created.error()));
    return created->id;
}

QString badge(TicketEditor &editor) {
    auto *label = editor.findChild<QLabel *>(QStringLiteral("sharingBadge"));
    return label && !label->isHidden() ? label->text() : QString();
}

QComboBox *shareCombo(TicketEditor &editor) {
    return editor.findChild<QComboBox *>(QStringLiteral("shareCombo"));
}

void choose(QComboBox *combo, const QString &text) {
    const int i = combo->findText(text);
    QVERIFY2(i >= 0, qPrintable(text));
    combo->setCurrentIndex(i);
    Q_EMIT combo->activated(i); // as a user's pick would
}

void screenshot(QWidget &w, const QString &name) {
    const QString dir = qEnvironmentVariable("DESKBRIDGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.resize(1100, 700);
    w.show();
    QDir().mkpath(dir);
    w.grab().save(QDir(dir).filePath(name));
}
} // namespace

class TestSharingSidebar : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { MessageBox::setAutoAnswer(QMessageBox::Ok); }
    void cleanup() { MessageBox::setAutoAnswer(std::nullopt); }
    void sharedFromTheSidebarArrivesAndTheBadgesFollow();
    void hiddenWithoutAgreements();
    void disabledWithTheReasonOnTeam();
};

void TestSharingSidebar::sharedFromTheSidebarArrivesAndTheBadgesFollow() {
    SharingPair p;
    p.connect();
    p.a.instance().watchExternalChanges(50);
    p.b.instance().watchExternalChanges(50);
    const Id t = newTicket(p.a, QStringLiteral("Dishwasher leaks"));

    ConsoleContext contextA(p.a.instance(), p.a.account.agent);
    TicketEditor editor(contextA, t);
    QVERIFY(editor.load());
    QVERIFY(badge(editor).isEmpty());
    QComboBox *combo = shareCombo(editor);
    QVERIFY(combo);
    QVERIFY(!editor.properties()->shareControl()->isHidden());
    QVERIFY(combo->isEnabled());
    choose(combo, QStringLiteral("Manufacturer"));
    QVERIFY(editor.isDirty());
    QVERIFY(editor.submit());
    QVERIFY(!editor.isDirty());
    QVERIFY2(badge(editor).startsWith(QStringLiteral("Outgoing → Manufacturer")),
             qPrintable(badge(editor)));

    const QList<Domain::TicketShare> shares = p.a.sharing().sharesOfTicket(t);
    QCOMPARE(shares.size(), 1);
    const QString uuid = shares.first().remoteUuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.localTicket(p.b, uuid) != 0, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(badge(editor).contains(QStringLiteral("delivered")), kWait);
    screenshot(editor, QStringLiteral("sharing-outgoing.png"));

    const Id bt = p.localTicket(p.b, uuid);
    ConsoleContext contextB(p.b.instance(), p.b.admin());
    TicketEditor received(contextB, bt);
    QVERIFY(received.load());
    QVERIFY2(badge(received).startsWith(QStringLiteral("Incoming ← ")),
             qPrintable(badge(received)));
    screenshot(received, QStringLiteral("sharing-incoming.png"));

    // The same control now offers to unshare; the receiver's copy becomes an orphan.
    choose(combo, QStringLiteral("Unshare from Manufacturer"));
    QVERIFY(editor.submit());
    QTRY_VERIFY_WITH_TIMEOUT(badge(received).contains(QStringLiteral("Orphaned")), kWait);
    QVERIFY(shareCombo(editor)->findText(QStringLiteral("Manufacturer")) >= 0);
}

void TestSharingSidebar::hiddenWithoutAgreements() {
    SharingPair p;
    const Id t = newTicket(p.a, QStringLiteral("No partner yet"));
    ConsoleContext context(p.a.instance(), p.a.account.agent);
    TicketEditor editor(context, t);
    QVERIFY(editor.load());
    QVERIFY(editor.properties()->shareControl()->isHidden());
    QVERIFY(badge(editor).isEmpty());
}

void TestSharingSidebar::disabledWithTheReasonOnTeam() {
    SharingPair p;
    p.connect();
    auto account = *p.a.instance().accounts().account();
    account.plan = Domain::Plan::Team;
    QVERIFY(p.a.instance().accounts().update(p.a.admin(), account));
    const Id t = newTicket(p.a, QStringLiteral("Small shop"));
    ConsoleContext context(p.a.instance(), p.a.account.agent);
    TicketEditor editor(context, t);
    QVERIFY(editor.load());
    QVERIFY(!editor.properties()->shareControl()->isHidden());
    QVERIFY(!shareCombo(editor)->isEnabled());
    auto *reason = editor.findChild<QLabel *>(QStringLiteral("shareReason"));
    QVERIFY(reason && !reason->isHidden());
    QCOMPARE(reason->text(), QStringLiteral("Sharing tickets needs the Professional plan"));
    QVERIFY(!editor.properties()->isModified());
}

QTEST_MAIN(TestSharingSidebar)
#include "tst_sharingsidebar.moc"
