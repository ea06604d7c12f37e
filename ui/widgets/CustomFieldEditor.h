#pragma once
// CustomFieldEditor: the editor that fits a custom field's type (line, text box, number,
// checkbox, drop-down, date). It speaks the store's canonical values ("true", "1234.5",
// "2025-03-31"; "" for unset) and shows them in the user's locale.
#include "models/domain/Entities.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;

namespace DeskBridge::Ui {

class CustomFieldEditor : public QWidget {
    Q_OBJECT
public:
    explicit CustomFieldEditor(const Domain::CustomField &field, QWidget *parent = nullptr);

    const Domain::CustomField &field() const { return m_field; }
    QString value() const;
    void setValue(const QString &canonical);
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void edited();

private:
    Domain::CustomField m_field;
    QString m_uncheckedValue; // "false" when the stored value was "false", else "" (unset)
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_check = nullptr;
    QComboBox *m_combo = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace DeskBridge::Ui
