#pragma once
// AccountSettingsPage: Account > General: the account's name, the interface language (German,
// English, or the system's) and the time zone its business hours are kept in.
#include "models/domain/Entities.h"
#include "ui/admin/AdminPage.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace DeskBridge::Ui {

class FormActions;

class AccountSettingsPage : public AdminPage {
    Q_OBJECT
public:
    explicit AccountSettingsPage(AdminContext &context, QWidget *parent = nullptr);
    static QString title();

    bool hasUnsavedChanges() const override;
    void discardChanges() override { load(); }
    void activate() override;

protected:
    void reload() override;

private:
    void load();
    void save();
    void updateState();
    QString selectedLanguage() const;

    Domain::Account m_stored;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QComboBox *m_timeZone = nullptr;
    FormActions *m_actions = nullptr;
};

} // namespace DeskBridge::Ui
