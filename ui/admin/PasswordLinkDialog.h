#pragma once
// PasswordLinkDialog: shows a "set your Help Center password" link the admin just created for
// a user: the link (read-only, selectable), when it expires, "Copy link" and "Send by email…"
// (a mailto: URL with subject and body for the user's mail program). Without a Help Center
// address yet (the sharing service never ran) it shows the link's path and says so.
#include "app/helpcenter/HelpCenterService.h"

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QLabel;
class QPushButton;

namespace DeskBridge::Ui {

class PasswordLinkDialog : public QDialog {
    Q_OBJECT
public:
    PasswordLinkDialog(const HelpCenter::PasswordLink &link, const QString &accountName,
                       QWidget *parent = nullptr);

    // The link as shown: the full URL, or "/hc/password/TOKEN" without an address.
    QString linkText() const;
    // mailto:<email>?subject=...&body=... with every part percent-encoded (RFC 6068).
    static QUrl mailtoUrl(const QString &email, const QString &subject, const QString &body);

private:
    void copy();
    void sendByEmail();

    HelpCenter::PasswordLink m_link;
    QString m_accountName;
    QLineEdit *m_linkEdit;
    QLabel *m_status;
};

} // namespace DeskBridge::Ui
