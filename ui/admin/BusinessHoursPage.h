#pragma once
// BusinessHoursPage: Account > Business hours: the weekly schedule the trigger condition
// "within business hours" uses, read-only for now (a later version edits it here).
#include "ui/admin/AdminPage.h"

class QFormLayout;
class QLabel;

namespace DeskBridge::Ui {

class BusinessHoursPage : public AdminPage {
    Q_OBJECT
public:
    explicit BusinessHoursPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

protected:
    void reload() override;

private:
    QLabel *m_zone = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_days = nullptr;
};

} // namespace DeskBridge::Ui
