// Admin Center → Help Center: the address (or the hint before the sharing service ran), the
// certificate in use, installing a CA-issued pair through the dialog (a bad pair shows the
// error and changes nothing), going back to the self-signed one; the running SharingHost is
// restarted and presents the new certificate.
#include "app/Instance.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/sharing/SharingHost.h"
#include "app/sharing/TlsIdentity.h"
#include "support/TestCertificates.h"
#include "support/TestSupport.h"
#include "ui/admin/AdminContext.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/ExternalUrl.h"
#include "ui/admin/HelpCenterPage.h"
#include "ui/admin/InstallCertificateDialog.h"
#include "ui/admin/MessageBar.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Ui;
using DeskBridge::Test::TestCertificates;

class TestHelpCenterPage : public QObject {
    Q_OBJECT

    // A picture for the developers' eyes when DESKBRIDGE_SCREENSHOT_DIR is set.
    static void shot(QWidget *widget, const char *name) {
        const QString dir = qEnvironmentVariable("DESKBRIDGE_SCREENSHOT_DIR");
        if (!dir.isEmpty() && QDir().mkpath(dir))
            widget->grab().save(QDir(dir).filePath(QString::fromLatin1(name)));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    TestCertificates m_ca;

    QString write(const QString &name, const QByteArray &data) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }
    template <typename T> static T *child(QObject *parent, const char *name) {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }
    static QString text(QObject *page, const char *label) {
        return child<QLabel>(page, label)->text();
    }
    // Opens the install dialog from the page and fills it in.
    InstallCertificateDialog *openInstallDialog(HelpCenterPage &page, const QString &chain,
                                                const QString &key) {
        QTest::mouseClick(child<QPushButton>(&page, "installCertificateButton"), Qt::LeftButton);
        auto *dialog = page.findChild<InstallCertificateDialog *>();
        if (!dialog)
            return nullptr;
        child<QLineEdit>(dialog, "certificateFileEdit")->setText(chain);
        child<QLineEdit>(dialog, "keyFileEdit")->setText(key);
        return dialog;
    }

private Q_SLOTS:
    void beforeTheSharingServiceRan() {
        QTemporaryDir dir;
        auto account = Test::makeAccount(dir.path());
        AdminContext context(*account.instance, account.admin);
        HelpCenterPage page(context);
        QVERIFY(child<QLabel>(&page, "helpCenterUrlLabel")->isHidden());
        QVERIFY(child<QPushButton>(&page, "openHelpCenterButton")->isHidden());
        QVERIFY(text(&page, "helpCenterUrlHint").contains(QStringLiteral("no address yet")));
        QVERIFY(text(&page, "certificateProblemLabel").contains(QStringLiteral("not run yet")));
        QVERIFY(!child<QPushButton>(&page, "useSelfSignedButton")->isEnabled());
    }

    void showsAddressAndCertificateAndInstallsOne() {
        auto account = Test::makeAccount(m_dir.path());
        Instance &instance = *account.instance;
        Sharing::SharingHost host(instance.dataDir());
        const Status started = host.start(QStringLiteral("127.0.0.1:0"));
        QVERIFY2(started.ok(), qPrintable(started.error()));
        const QString selfSigned = host.fingerprint();

        AdminContext context(instance, account.admin);
        HelpCenterPage page(context);
        page.resize(820, 620);
        page.show();

        // The address: the sharing URL's /sharing replaced by /hc.
        QString expectedUrl = host.sharingUrl();
        expectedUrl.replace(QStringLiteral("/sharing"), QStringLiteral("/hc"));
        QCOMPARE(text(&page, "helpCenterUrlLabel"), expectedUrl);
        QCOMPARE(instance.helpCenter().helpCenterUrl(), expectedUrl);
        ExternalUrl::setHandler([](const QUrl &) { return true; });
        QTest::mouseClick(child<QPushButton>(&page, "openHelpCenterButton"), Qt::LeftButton);
        QCOMPARE(ExternalUrl::lastOpened(), QUrl(expectedUrl));

        // The self-signed certificate the host presents.
        QVERIFY(text(&page, "certificateKindLabel").contains(QStringLiteral("Self-signed")));
        QCOMPARE(text(&page, "certificateFingerprintLabel"), selfSigned);
        QVERIFY(!child<QPushButton>(&page, "useSelfSignedButton")->isEnabled());

        // A key that does not belong to the certificate: the error in the dialog, no change.
        const auto server = m_ca.server();
        const QString chain = write(QStringLiteral("chain.pem"), m_ca.chainPem(server));
        const QString wrongKey = write(QStringLiteral("wrong.pem"), m_ca.server().keyPem);
        InstallCertificateDialog *dialog = openInstallDialog(page, chain, wrongKey);
        QVERIFY(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "confirmInstallCertificateButton"),
                          Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "installCertificateError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("does not belong")),
                 qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        shot(dialog, "hc-ui-install-dialog-error.png");
        QVERIFY(!Sharing::TlsIdentity::hasInstalled(instance.tlsDir()));
        QCOMPARE(text(&page, "certificateFingerprintLabel"), selfSigned);
        QCOMPARE(host.fingerprint(), selfSigned);

        // The right key: installed, the page shows it, the running host presents it.
        child<QLineEdit>(dialog, "keyFileEdit")
            ->setText(write(QStringLiteral("key.pem"), server.keyPem));
        QTest::mouseClick(child<QPushButton>(dialog, "confirmInstallCertificateButton"),
                          Qt::LeftButton);
        QTRY_VERIFY(page.findChild<InstallCertificateDialog *>() == nullptr); // closed, deleted
        const QString installed = Sharing::TlsIdentity::fingerprintOf(server.certificate());
        QCOMPARE(text(&page, "certificateFingerprintLabel"), installed);
        QVERIFY(text(&page, "certificateKindLabel").contains(QStringLiteral("Installed")));
        QCOMPARE(text(&page, "certificateSubjectLabel"), QStringLiteral("desk.example.test"));
        QCOMPARE(text(&page, "certificateIssuerLabel"),
                 QStringLiteral("DeskBridge Test Intermediate A"));
        QVERIFY(child<QPushButton>(&page, "useSelfSignedButton")->isEnabled());
        QVERIFY(host.isRunning());
        QCOMPARE(host.fingerprint(), installed);
        QCOMPARE(text(&page, "helpCenterUrlLabel"), expectedUrl); // same port after the restart
        auto *bar = page.messages();
        QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
        QVERIFY2(bar->text().contains(QStringLiteral("new fingerprint")), qPrintable(bar->text()));
        shot(&page, "hc-ui-helpcenter-installed.png");

        // Back to the self-signed certificate, after confirming.
        Confirmation::setNextAnswer(false);
        QTest::mouseClick(child<QPushButton>(&page, "useSelfSignedButton"), Qt::LeftButton);
        QVERIFY(Sharing::TlsIdentity::hasInstalled(instance.tlsDir()));
        Confirmation::setNextAnswer(true);
        QTest::mouseClick(child<QPushButton>(&page, "useSelfSignedButton"), Qt::LeftButton);
        QVERIFY(!Sharing::TlsIdentity::hasInstalled(instance.tlsDir()));
        QCOMPARE(text(&page, "certificateFingerprintLabel"), selfSigned);
        QVERIFY(text(&page, "certificateKindLabel").contains(QStringLiteral("Self-signed")));
        QCOMPARE(host.fingerprint(), selfSigned);
        QVERIFY(!child<QPushButton>(&page, "useSelfSignedButton")->isEnabled());
        shot(&page, "hc-ui-helpcenter.png");
        ExternalUrl::setHandler({});
        host.stop();
    }
};

QTEST_MAIN(TestHelpCenterPage)
#include "tst_adminhelpcenterpage.moc"
