#pragma once
// HelpCenterPage: Admin Center → Channels → Help Center (issue 7): the Help Center's address
// (open it in the browser, copy it), or why there is none yet; the certificate the account's
// HTTPS server presents (self-signed or a CA-issued one the admin installed) with installing
// one and going back to the self-signed one. A certificate change restarts the console's
// sharing service when it runs in this process; otherwise it applies at the next start.
#include "ui/admin/AdminPage.h"

class QLabel;
class QPushButton;
class QWidget;

namespace DeskBridge::Ui {

class HelpCenterPage : public AdminPage {
    Q_OBJECT
public:
    explicit HelpCenterPage(AdminContext &context, QWidget *parent = nullptr);

protected:
    void reload() override;

private:
    void openInBrowser();
    void installCertificate();
    void useSelfSigned();
    // After a change: restart the running sharing service, and say what partners will see.
    void applied(bool installed);

    QLabel *m_url;
    QLabel *m_urlHint;
    QPushButton *m_open;
    QPushButton *m_copy;
    QWidget *m_certificateDetails;
    QLabel *m_certificateKind;
    QLabel *m_subject;
    QLabel *m_issuer;
    QLabel *m_validUntil;
    QLabel *m_fingerprint;
    QLabel *m_certificateProblem;
    QPushButton *m_install;
    QPushButton *m_useSelfSigned;
};

} // namespace DeskBridge::Ui
