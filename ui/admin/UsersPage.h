#pragma once
// UsersPage: People > Users: the account's users, searchable (Ctrl+F) and filtered by role, and
// a form to create a user or change one's name, email, role, whether they are active, and their
// organizations (with the default one and what they can see because of them), and their Help
// Center password (HelpCenterPasswordBox: set-your-password links). Every change goes
// through UserService and OrganizationService, whose errors appear in the page's message bar.
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace DeskBridge::Ui {

class FormActions;
class HelpCenterPasswordBox;
class UserFilterModel;
class UserListModel;

class UsersPage : public AdminPage {
    Q_OBJECT
public:
    explicit UsersPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void activate() override;

protected:
    void reload() override;

private:
    void selectionChanged();
    void startNewUser();
    void showUser(const Domain::User &user);
    void showNoUser();
    void save();
    void revert();
    void updateState();
    void updateCount();
    void selectUser(Domain::Id id);
    bool confirmDiscard();
    Domain::User formUser() const;
    void fillMemberships(const Domain::User *user);
    void updateDefaultOrganizations();
    QList<Domain::Id> checkedOrganizations() const;
    Domain::Id formDefaultOrganization() const;
    bool membershipsChanged() const;
    void importCsv();

    UserListModel *m_model = nullptr;
    UserFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QPushButton *m_new = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_count = nullptr;

    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_selfNote = nullptr;
    QListWidget *m_organizations = nullptr;
    QComboBox *m_defaultOrganization = nullptr;
    QLabel *m_effectiveAccess = nullptr;
    HelpCenterPasswordBox *m_helpCenter = nullptr;
    QPushButton *m_import = nullptr;
    // The memberships as stored, to tell whether the form changed them.
    QList<Domain::Id> m_storedOrganizations;
    Domain::Id m_storedDefault = 0;
    bool m_fillingMemberships = false;
    FormActions *m_actions = nullptr;

    // What the form edits: a stored user, or a new one (m_creating).
    std::optional<Domain::User> m_stored;
    bool m_creating = false;
    bool m_syncingSelection = false;
};

} // namespace DeskBridge::Ui
