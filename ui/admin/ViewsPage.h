#pragma once
// ViewsPage: Objects and rules > Views: the account's own views in sidebar order (up / down
// buttons reorder them through ViewService::reorder), each with an active checkbox and broken
// ones marked; an editor with the title, a ConditionBuilder (view fields only), the columns to
// show and the sort. The console sidebar reads them from ViewService, so saved views appear
// there without further wiring.
#include "app/services/RuleDefinitions.h"
#include "ui/admin/AdminPage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace DeskBridge::Ui {

class ConditionBuilder;
class FormActions;

class ViewsPage : public AdminPage {
    Q_OBJECT
public:
    explicit ViewsPage(AdminContext &context, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override { return m_dirty; }
    void discardChanges() override;

protected:
    void reload() override;

private:
    void selectionChanged();
    void itemChanged(QListWidgetItem *item);
    void move(int delta);
    void newView();
    void save();
    void removeCurrent();
    void markDirty();
    void showView(const Services::ViewInfo &view);

    QListWidget *m_list = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_problems = nullptr;
    ConditionBuilder *m_conditions = nullptr;
    QListWidget *m_columns = nullptr;
    QComboBox *m_sort = nullptr;
    QComboBox *m_direction = nullptr;
    FormActions *m_form = nullptr;
    QList<Services::ViewInfo> m_views;
    Domain::Id m_editing = 0;
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace DeskBridge::Ui
