#pragma once
// PlanPage: Account > Plan: the account's plan, with the plans' feature comparison from the
// product article. The table is built from Services::Permissions, the same rules the services
// enforce, so what it promises is what the account gets.
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

class QComboBox;
class QLabel;
class QTableWidget;

namespace DeskBridge::Ui {

class FormActions;

class PlanPage : public AdminPage {
    Q_OBJECT
public:
    explicit PlanPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override { load(); }
    void activate() override;

protected:
    void reload() override;

private:
    void buildTable();
    void load();
    void save();
    void updateState();
    Domain::Plan selectedPlan() const;

    Domain::Plan m_stored = Domain::Plan::Professional;
    QComboBox *m_plan = nullptr;
    QLabel *m_current = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_loss = nullptr;
    FormActions *m_actions = nullptr;
};

} // namespace DeskBridge::Ui
