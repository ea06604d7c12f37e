#pragma once
// GroupsPage: People > Groups: agent groups (create, rename, delete after confirmation) and
// their members, a checkable list of the account's agents and administrators. Name and
// members save together, in one GroupService call.
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

#include <QSet>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace DeskBridge::Ui {

class FormActions;

class GroupsPage : public AdminPage {
    Q_OBJECT
public:
    explicit GroupsPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void activate() override;

protected:
    void reload() override;

private:
    void reloadGroups();
    void reloadStaff();
    void selectionChanged();
    void startNewGroup();
    void showGroup(const Domain::Group &group);
    void showNoGroup();
    void save();
    void revert();
    void removeSelected();
    void updateState();
    void filterGroups(const QString &text);
    void filterMembers(const QString &text);
    void selectGroup(Domain::Id id);
    bool confirmDiscard();
    QList<Domain::Id> checkedMembers() const;
    void checkMembers(const QList<Domain::Id> &ids);

    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_delete = nullptr;
    QTreeWidget *m_list = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_memberFilter = nullptr;
    QListWidget *m_members = nullptr;
    QLabel *m_memberCount = nullptr;
    FormActions *m_actions = nullptr;

    std::optional<Domain::Group> m_stored;
    QList<Domain::Id> m_storedMembers; // sorted
    bool m_creating = false;
    bool m_syncing = false;
};

} // namespace DeskBridge::Ui
