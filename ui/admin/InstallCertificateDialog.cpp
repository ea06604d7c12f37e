#include "ui/admin/InstallCertificateDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

InstallCertificateDialog::InstallCertificateDialog(Sharing::ServerCertificates certificates,
                                                   Domain::User actor, QWidget *parent)
    : QDialog(parent)
    , m_certificates(std::move(certificates))
    , m_actor(std::move(actor))
    , m_chain(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("installCertificateDialog"));
    setWindowTitle(tr("Install certificate"));
    setMinimumWidth(620); // word-wrapped texts get their height from this width
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Choose the certificate your certificate authority issued for this server and its "
           "private key. The certificate file holds the server's certificate first, then the "
           "intermediate certificates (the “full chain”); the key must not be protected by a "
           "passphrase."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto fileRow = [this](QLineEdit *edit, const char *name, const char *browseName,
                                const QString &dialogTitle) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        edit->setObjectName(QLatin1String(name));
        edit->setMinimumWidth(360);
        auto *browseButton = new QPushButton(tr("Browse…"), row);
        browseButton->setObjectName(QLatin1String(browseName));
        connect(browseButton, &QPushButton::clicked, this,
                [this, edit, dialogTitle] { browse(edit, dialogTitle); });
        connect(edit, &QLineEdit::textChanged, this, &InstallCertificateDialog::updateButtons);
        h->addWidget(edit, 1);
        h->addWidget(browseButton);
        return row;
    };
    m_chain->setPlaceholderText(tr("fullchain.pem"));
    m_key->setPlaceholderText(tr("privkey.pem"));
    form->addRow(tr("&Certificate chain:"),
                 fileRow(m_chain, "certificateFileEdit", "certificateBrowseButton",
                         tr("Certificate chain (PEM)")));
    form->addRow(tr("Private &key:"),
                 fileRow(m_key, "keyFileEdit", "keyBrowseButton", tr("Private key (PEM)")));
    layout->addLayout(form);

    m_error->setObjectName(QStringLiteral("installCertificateError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e)); // as MessageBar's
    m_error->setPalette(errorPalette);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_install = buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole);
    m_install->setObjectName(QStringLiteral("confirmInstallCertificateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InstallCertificateDialog::install);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
}

void InstallCertificateDialog::browse(QLineEdit *edit, const QString &title) {
    const QString start =
        edit->text().isEmpty() ? QFileInfo(m_chain->text()).absolutePath() : edit->text();
    const QString file = QFileDialog::getOpenFileName(
        this, title, start, tr("PEM files (*.pem *.crt *.cer *.key);;All files (*)"));
    if (!file.isEmpty())
        edit->setText(file);
}

void InstallCertificateDialog::updateButtons() {
    m_install->setEnabled(!m_chain->text().trimmed().isEmpty() &&
                          !m_key->text().trimmed().isEmpty());
}

void InstallCertificateDialog::install() {
    const auto installed =
        m_certificates.install(m_actor, m_chain->text().trimmed(), m_key->text().trimmed());
    if (!installed) {
        m_error->setText(installed.error());
        m_error->show();
        adjustSize(); // room for the message
        return;       // stays open: the admin fixes the choice or cancels
    }
    m_installed = *installed;
    accept();
}

} // namespace DeskBridge::Ui
