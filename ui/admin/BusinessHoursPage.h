#pragma once
// BusinessHoursPage: Account > Business hours: the weekly schedule the trigger condition
// "within business hours" uses. Per weekday an "open" checkbox with opening and closing time,
// and the time zone the times are in; saved through AccountService (setTimeZone, then
// setBusinessHours), which checks the schedule.
#include "ui/admin/AdminPage.h"

#include <QByteArray>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimeEdit;

namespace DeskBridge::Ui {

class FormActions;

class BusinessHoursPage : public AdminPage {
    Q_OBJECT
public:
    explicit BusinessHoursPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override;

protected:
    void reload() override;

private:
    struct DayRow {
        QCheckBox *open = nullptr;
        QTimeEdit *start = nullptr;
        QTimeEdit *end = nullptr;
    };
    // The schedule as the form shows it, in BusinessHours' JSON form.
    QByteArray formJson() const;
    QString formZone() const;
    void updateState();
    void save();

    QComboBox *m_zone = nullptr;
    QList<DayRow> m_days; // Monday to Sunday
    QLabel *m_summary = nullptr;
    FormActions *m_actions = nullptr;
    QByteArray m_storedJson;
    QString m_storedZone;
    bool m_loading = false;
};

} // namespace DeskBridge::Ui
