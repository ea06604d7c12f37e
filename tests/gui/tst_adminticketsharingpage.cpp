// Admin Center → Ticket sharing: the agreements list and answering a partner's invite, with two
// real accounts whose SharingHosts talk HTTPS on loopback.
#include "support/SharingPair.h"
#include "ui/admin/AdminContext.h"
#include "ui/admin/AgreementInviteDialog.h"
#include "ui/admin/TicketSharingPage.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace DeskBridge;
using namespace DeskBridge::Ui;
using namespace DeskBridge::Test;

class TestAdminTicketSharingPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsAgreementsAndAcceptsAPendingInvite();
    void inviteDialogFetchesThePartnersFingerprint();
};

void TestAdminTicketSharingPage::inviteDialogFetchesThePartnersFingerprint() {
    SharingPair p;
    AgreementInviteDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("partnerUrlEdit"))
        ->setText(p.b.host->sharingUrl());
    dialog.findChild<QLineEdit *>(QStringLiteral("partnerNameEdit"))
        ->setText(QStringLiteral("Kessel"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("fetchCertificateButton")),
                      Qt::LeftButton);
    auto *fingerprint = dialog.findChild<QLineEdit *>(QStringLiteral("fingerprintEdit"));
    QTRY_COMPARE_WITH_TIMEOUT(fingerprint->text(), p.b.host->fingerprint(), 20000);
    if (const QString dir = qEnvironmentVariable("DESKBRIDGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        dialog.grab().save(QDir(dir).filePath(QStringLiteral("invite-dialog.png")));
    }
    auto created = p.a.sharing().invite(p.a.admin(), dialog.request());
    QVERIFY2(created, qPrintable(created.error()));
    const QString uuid = created->uuid;
    QTRY_VERIFY_WITH_TIMEOUT(p.counterpart(p.b, uuid).has_value(), 20000);
}

void TestAdminTicketSharingPage::listsAgreementsAndAcceptsAPendingInvite() {
    SharingPair p;
    const auto [aId, bId] = p.connect({}, /*accept=*/false);
    AdminContext context(p.b.instance(), p.b.admin());
    TicketSharingPage page(context);
    page.resize(900, 500);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("sharingUrlLabel"))->text(),
             p.b.host->sharingUrl());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("fingerprintLabel"))->text(),
             p.b.host->fingerprint());
    auto *list = page.findChild<QTreeWidget *>(QStringLiteral("agreementList"));
    QCOMPARE(list->topLevelItemCount(), 1);
    QTreeWidgetItem *invite = list->topLevelItem(0);
    QCOMPARE(invite->text(0), QStringLiteral("Inbound ←"));
    QVERIFY(invite->text(2).contains(QStringLiteral("Pending")));
    list->setCurrentItem(invite);
    auto *accept = page.findChild<QPushButton *>(QStringLiteral("acceptButton"));
    QVERIFY(accept->isEnabled());
    if (const QString dir = qEnvironmentVariable("DESKBRIDGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        page.grab().save(QDir(dir).filePath(QStringLiteral("admin-ticket-sharing.png")));
    }
    QTest::mouseClick(accept, Qt::LeftButton);
    QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("Accepted")));
    QVERIFY(!accept->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(p.a.sharing().agreementInfo(p.a.admin(), aId)->agreement.status,
                              AgreementStatus::Accepted, 20000);
    Q_UNUSED(bId);
}

QTEST_MAIN(TestAdminTicketSharingPage)
#include "tst_adminticketsharingpage.moc"
