#include "ui/admin/HelpCenterPage.h"

#include "app/Instance.h"
#include "app/helpcenter/HelpCenterService.h"
#include "app/sharing/ServerCertificates.h"
#include "app/sharing/SharingHost.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/ExternalUrl.h"
#include "ui/admin/InstallCertificateDialog.h"
#include "ui/admin/MessageBar.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

namespace {
QLabel *selectable(const char *name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *hint(const char *name, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

HelpCenterPage::HelpCenterPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    setObjectName(QStringLiteral("helpCenterPage"));

    // The address end users open.
    auto *address = new QGroupBox(tr("Address"), this);
    auto *addressLayout = new QVBoxLayout(address);
    auto *urlRow = new QHBoxLayout;
    m_url = selectable("helpCenterUrlLabel", address);
    m_url->setWordWrap(false);
    QFont bigger = m_url->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_url->setFont(bigger);
    m_open = new QPushButton(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                             tr("Open in browser"), address);
    m_open->setObjectName(QStringLiteral("openHelpCenterButton"));
    m_copy = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy"), address);
    m_copy->setObjectName(QStringLiteral("copyHelpCenterUrlButton"));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_open);
    urlRow->addWidget(m_copy);
    addressLayout->addLayout(urlRow);
    m_urlHint = hint("helpCenterUrlHint", address);
    addressLayout->addWidget(m_urlHint);
    bodyLayout()->addWidget(address);

    // The certificate the HTTPS server presents.
    auto *certificate = new QGroupBox(tr("Certificate"), this);
    auto *certLayout = new QVBoxLayout(certificate);
    m_certificateDetails = new QWidget(certificate);
    auto *form = new QFormLayout(m_certificateDetails);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_certificateKind = selectable("certificateKindLabel", certificate);
    m_subject = selectable("certificateSubjectLabel", certificate);
    m_issuer = selectable("certificateIssuerLabel", certificate);
    m_validUntil = selectable("certificateValidUntilLabel", certificate);
    m_fingerprint = selectable("certificateFingerprintLabel", certificate);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    form->addRow(tr("In use:"), m_certificateKind);
    form->addRow(tr("Issued to:"), m_subject);
    form->addRow(tr("Issued by:"), m_issuer);
    form->addRow(tr("Valid until:"), m_validUntil);
    form->addRow(tr("SHA-256 fingerprint:"), m_fingerprint);
    certLayout->addWidget(m_certificateDetails);
    m_certificateProblem = hint("certificateProblemLabel", certificate);
    certLayout->addWidget(m_certificateProblem);
    auto *buttons = new QHBoxLayout;
    m_install = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                                tr("Install certificate…"), certificate);
    m_install->setObjectName(QStringLiteral("installCertificateButton"));
    m_useSelfSigned = new QPushButton(tr("Use the self-signed certificate"), certificate);
    m_useSelfSigned->setObjectName(QStringLiteral("useSelfSignedButton"));
    buttons->addWidget(m_install);
    buttons->addWidget(m_useSelfSigned);
    buttons->addStretch(1);
    certLayout->addLayout(buttons);
    auto *note = hint("certificateNoteLabel", certificate);
    note->setText(
        tr("The certificate serves both the Help Center and ticket sharing. A certificate from a "
           "certificate authority lets end users' browsers trust the Help Center; partners then "
           "see a new fingerprint. A change applies when the sharing service next starts (the "
           "console restarts its own right away)."));
    certLayout->addWidget(note);
    bodyLayout()->addWidget(certificate);
    bodyLayout()->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &HelpCenterPage::openInBrowser);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_url->text()); });
    connect(m_install, &QPushButton::clicked, this, &HelpCenterPage::installCertificate);
    connect(m_useSelfSigned, &QPushButton::clicked, this, &HelpCenterPage::useSelfSigned);
    reloadOn({&Store::ChangeHub::accountChanged});
    reload();
}

void HelpCenterPage::reload() {
    const QString url = context().instance().helpCenter().helpCenterUrl();
    m_url->setText(url);
    m_url->setVisible(!url.isEmpty());
    m_open->setVisible(!url.isEmpty());
    m_copy->setVisible(!url.isEmpty());
    m_urlHint->setText(
        url.isEmpty()
            ? tr("The Help Center has no address yet: it is served by the sharing service. "
                 "Start it once (open the console, or run “deskbridge serve”) and its address "
                 "appears here.")
            : tr("End users sign in here with their email address and their Help Center "
                 "password (set one for them on the Users page)."));

    const Sharing::ServerCertificates certificates(context().instance().tlsDir());
    const auto info = certificates.current();
    m_certificateDetails->setVisible(info.ok());
    m_useSelfSigned->setEnabled(certificates.hasInstalled());
    if (!info) {
        m_certificateProblem->setText(info.error());
        m_certificateProblem->show();
        return;
    }
    const QLocale locale;
    m_certificateKind->setText(info->installed
                                   ? tr("Installed certificate (issued by a certificate "
                                        "authority)")
                                   : tr("Self-signed certificate (browsers warn about it)"));
    m_subject->setText(info->subject);
    m_issuer->setText(info->issuer);
    const bool expired = info->validUntil <= QDateTime::currentDateTimeUtc();
    const QString until = locale.toString(info->validUntil.toLocalTime(), QLocale::LongFormat);
    m_validUntil->setText(expired ? tr("%1 (expired)").arg(until) : until);
    m_fingerprint->setText(info->fingerprint);
    // An installed certificate that expired is skipped by the server (TlsIdentity).
    m_certificateProblem->setVisible(expired && info->installed);
    m_certificateProblem->setText(tr("The installed certificate has expired: the server presents "
                                     "the self-signed one instead. Install a new certificate."));
}

void HelpCenterPage::openInBrowser() {
    if (!ExternalUrl::open(QUrl(m_url->text())))
        messages()->showError(tr("No web browser could be opened for %1.").arg(m_url->text()));
}

void HelpCenterPage::installCertificate() {
    auto *dialog = new InstallCertificateDialog(
        Sharing::ServerCertificates(context().instance().tlsDir()), context().actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { applied(true); });
    dialog->open();
}

void HelpCenterPage::useSelfSigned() {
    if (!Confirmation::ask(this, tr("Use the self-signed certificate"),
                           tr("Remove the installed certificate and present the self-signed one "
                              "again? End users' browsers will warn about it, and partners see "
                              "the self-signed certificate's fingerprint again."),
                           tr("Use self-signed")))
        return;
    Sharing::ServerCertificates certificates(context().instance().tlsDir());
    if (report(certificates.useSelfSigned(context().actor())))
        applied(false);
}

void HelpCenterPage::applied(bool installed) {
    QString text = installed ? tr("The certificate is installed.")
                             : tr("The self-signed certificate is used again.");
    bool failed = false;
    if (Sharing::SharingHost *host =
            Sharing::SharingHost::runningFor(context().instance().dataDir())) {
        if (const Status restarted = host->restart(); restarted) {
            text += u' ' + tr("The sharing service was restarted and presents it now.");
            text += u' ' + (installed ? tr("Partners now see the new fingerprint; partners "
                                           "running DeskBridge accept it when a certificate "
                                           "authority they trust vouches for it, others must "
                                           "pin it.")
                                      : tr("Partners see the self-signed certificate's "
                                           "fingerprint again, the one they pinned before."));
        } else {
            failed = true;
            text +=
                u' ' + tr("The sharing service could not start again: %1").arg(restarted.error());
        }
    } else {
        text += u' ' + Sharing::ServerCertificates::fingerprintChangedNote(installed);
    }
    reload();
    messages()->showMessage(failed ? MessageBar::Kind::Error : MessageBar::Kind::Positive, text);
}

namespace {
const AdminPageRegistration helpCenter{{
    QStringLiteral("help-center"),
    AdminSection::Channels,
    20,
    QStringLiteral("help-browser"),
    [] { return HelpCenterPage::tr("Help Center"); },
    [] {
        return HelpCenterPage::tr(
            "Where end users sign in to see their requests, and the server's certificate.");
    },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new HelpCenterPage(context, parent);
    },
}};
} // namespace

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(helpCenter)
