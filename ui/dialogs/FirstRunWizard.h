#pragma once
// FirstRunWizard: on a data directory without an account, asks for the account's name and
// plan and the first administrator, and creates them through AccountService::initialize. It
// checks the fields inline (an empty name, a malformed email) before it asks the service, and
// shows the service's own error when the service refuses.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QWizard>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace DeskBridge::Ui {

class MessageBar;

class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { AccountPage, AdminPage };

    explicit FirstRunWizard(Instance &instance, QWidget *parent = nullptr);
    // Shows the wizard; returns the created administrator, or nothing when cancelled.
    static std::optional<Domain::User> run(Instance &instance, QWidget *parent = nullptr);

    // The administrator created when the wizard finished, else nothing.
    std::optional<Domain::User> createdAdmin() const { return m_admin; }

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage *createAccountPage();
    QWizardPage *createAdminPage();
    bool validateAccount();
    bool validateAdmin();
    bool createAccount();
    void updatePlanSummary();
    static void showFieldError(QLabel *label, const QString &text);

    Instance &m_instance;
    std::optional<Domain::User> m_admin;
    QLineEdit *m_accountName = nullptr;
    QLabel *m_accountNameError = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_planSummary = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLabel *m_adminNameError = nullptr;
    QLineEdit *m_adminEmail = nullptr;
    QLabel *m_adminEmailError = nullptr;
    MessageBar *m_error = nullptr;
};

} // namespace DeskBridge::Ui
