#pragma once
// OrganizationsPage: People > Organizations: the account's organizations, searchable, with their
// member and ticket counts, and a form for the name, notes, email domains, ticket sharing mode,
// group mapping and tags. Deleting says first what happens to members and tickets; "Apply
// domains to existing users" shows the dry run's count before it changes anything. Every change
// goes through OrganizationService, whose refusals appear in the page's message bar.
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace DeskBridge::Ui {

class FormActions;

class OrganizationsPage : public AdminPage {
    Q_OBJECT
public:
    explicit OrganizationsPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void activate() override;

protected:
    void reload() override;

private:
    void fillList();
    void fillGroups();
    void selectionChanged();
    void startNew();
    void showOrganization(const Domain::Organization &org);
    void showNone();
    void addDomain();
    void removeDomain();
    void save();
    void revert();
    void removeOrganization();
    void applyDomains();
    void importCsv();
    void updateState();
    void updateSharingExplanation();
    void selectOrganization(Domain::Id id);
    bool confirmDiscard();
    QStringList formDomains() const;
    QStringList formTags() const;
    Domain::Organization formOrganization() const;

    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_applyDomains = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_count = nullptr;

    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_domains = nullptr;
    QLineEdit *m_domainInput = nullptr;
    QPushButton *m_addDomain = nullptr;
    QPushButton *m_removeDomain = nullptr;
    QButtonGroup *m_sharing = nullptr;
    QLabel *m_sharingExplanation = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_tags = nullptr;
    QPushButton *m_delete = nullptr;
    FormActions *m_actions = nullptr;

    std::optional<Domain::Organization> m_stored;
    bool m_creating = false;
    bool m_syncing = false;
};

} // namespace DeskBridge::Ui
