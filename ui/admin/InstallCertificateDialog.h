#pragma once
// InstallCertificateDialog: the admin chooses a certificate chain file (PEM, the server's
// certificate first, then the intermediates) and its private key file; "Install" checks and
// installs them through ServerCertificates. A refusal (key does not match, expired, encrypted
// key, ...) is shown in the dialog, which stays open; nothing was changed then.
#include "app/sharing/ServerCertificates.h"
#include "models/domain/Entities.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace DeskBridge::Ui {

class InstallCertificateDialog : public QDialog {
    Q_OBJECT
public:
    InstallCertificateDialog(Sharing::ServerCertificates certificates, Domain::User actor,
                             QWidget *parent = nullptr);

    // After acceptance: what was installed.
    const std::optional<Sharing::CertificateInfo> &installed() const { return m_installed; }

private:
    void browse(QLineEdit *edit, const QString &title);
    void updateButtons();
    void install();

    Sharing::ServerCertificates m_certificates;
    Domain::User m_actor;
    QLineEdit *m_chain;
    QLineEdit *m_key;
    QLabel *m_error;
    QPushButton *m_install;
    std::optional<Sharing::CertificateInfo> m_installed;
};

} // namespace DeskBridge::Ui
