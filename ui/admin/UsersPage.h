#pragma once
// UsersPage: People > Users: the account's users, searchable (Ctrl+F) and filtered by role, and
// a form to create a user or change one's name, email, role and whether they are active. Every
// change goes through UserService, whose errors appear in the page's message bar.
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace DeskBridge::Ui {

class FormActions;
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
    FormActions *m_actions = nullptr;

    // What the form edits: a stored user, or a new one (m_creating).
    std::optional<Domain::User> m_stored;
    bool m_creating = false;
    bool m_syncingSelection = false;
};

} // namespace DeskBridge::Ui
