#pragma once
// TicketFieldsPage: Objects and rules > Ticket fields: the account's custom ticket fields.
// Create a field (title, type; a drop-down's options), rename it, edit a drop-down's options
// (add, remove, reorder), order the fields, deactivate one (with Undo) or activate it again.
// A field's type is fixed once it exists: stored values depend on it (FieldService says so too).
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace DeskBridge::Ui {

class DropdownOptionsEditor;
class FormActions;

class TicketFieldsPage : public AdminPage {
    Q_OBJECT
public:
    explicit TicketFieldsPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override;
    void activate() override;

protected:
    void reload() override;

private:
    void reloadList();
    void selectionChanged();
    void startNewField();
    void showField(const Domain::CustomField &field);
    void showNoField();
    void save();
    void revert();
    void toggleActive();
    void moveField(int delta);
    void updateState();
    void filterFields(const QString &text);
    void selectField(Domain::Id id);
    bool confirmDiscard();
    Domain::FieldType selectedType() const;

    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_toggle = nullptr;
    QTreeWidget *m_list = nullptr;

    QStackedWidget *m_editorStack = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_typeNote = nullptr;
    QLabel *m_status = nullptr;
    QGroupBox *m_optionsBox = nullptr;
    DropdownOptionsEditor *m_options = nullptr;
    FormActions *m_actions = nullptr;

    std::optional<Domain::CustomField> m_stored;
    bool m_creating = false;
    bool m_syncing = false;
};

} // namespace DeskBridge::Ui
