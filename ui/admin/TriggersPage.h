#pragma once
// TriggersPage: Objects and rules > Triggers: the account's triggers in run order (drag or the
// up / down buttons reorder them through TriggerService::reorder), each with an active checkbox
// and broken ones marked with the reason; an editor with the title, a ConditionBuilder and an
// ActionListEditor. Saving goes through TriggerService, whose message names a bad row; nothing
// is written then. "Add the example trigger" stores the article's warranty trigger.
#include "app/services/RuleDefinitions.h"
#include "ui/admin/AdminPage.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace DeskBridge::Ui {

class ActionListEditor;
class ConditionBuilder;
class FormActions;

class TriggersPage : public AdminPage {
    Q_OBJECT
public:
    explicit TriggersPage(AdminContext &context, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override { return m_dirty; }
    void discardChanges() override;

protected:
    void reload() override;

private:
    void select(Domain::Id id);
    void selectionChanged();
    void itemChanged(QListWidgetItem *item);
    void move(int delta);
    void persistOrder();
    void newTrigger();
    void save();
    void removeCurrent();
    void addExample();
    void markDirty();
    Services::TriggerDraft draft() const;

    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_example = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_problems = nullptr;
    ConditionBuilder *m_conditions = nullptr;
    ActionListEditor *m_actions = nullptr;
    FormActions *m_form = nullptr;
    QList<Services::TriggerInfo> m_triggers;
    Domain::Id m_editing = 0; // 0: a new trigger
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace DeskBridge::Ui
