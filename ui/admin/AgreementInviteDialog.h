#pragma once
// AgreementInviteDialog: what an admin fills in to invite a partner account to a sharing
// agreement: the partner's sharing URL and name, its certificate (a pasted fingerprint, or
// "Fetch" to read it from the partner for the admin to confirm), and what is synchronized.
#include "app/sharing/SharingService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace DeskBridge::Ui {

class AgreementInviteDialog : public QDialog {
    Q_OBJECT
public:
    explicit AgreementInviteDialog(QWidget *parent = nullptr);

    Sharing::InviteRequest request() const;

private:
    void fetch();
    void updateOk();

    QLineEdit *m_url;
    QLineEdit *m_name;
    QLineEdit *m_fingerprint;
    QPushButton *m_fetch;
    QLabel *m_fetchResult;
    QComboBox *m_comments;
    QCheckBox *m_status;
    QCheckBox *m_tags;
    QPushButton *m_ok = nullptr;
};

} // namespace DeskBridge::Ui
