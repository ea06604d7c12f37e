#include "ui/widgets/CustomFieldEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace DeskBridge::Ui {

using Domain::FieldType;

namespace {
// QDateEdit cannot be empty: its minimum date stands for "no date" and shows as a dash.
const QDate kNoDate(1900, 1, 1);
} // namespace

CustomFieldEditor::CustomFieldEditor(const Domain::CustomField &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setObjectName(QStringLiteral("field_") + field.key);
    switch (field.type) {
    case FieldType::Text:
        m_line = new QLineEdit(this);
        connect(m_line, &QLineEdit::textEdited, this, &CustomFieldEditor::edited);
        layout->addWidget(m_line);
        break;
    case FieldType::Number: {
        m_line = new QLineEdit(this);
        auto *validator = new QDoubleValidator(m_line);
        validator->setNotation(QDoubleValidator::StandardNotation);
        m_line->setValidator(validator);
        connect(m_line, &QLineEdit::textEdited, this, &CustomFieldEditor::edited);
        layout->addWidget(m_line);
        break;
    }
    case FieldType::MultiLine:
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            if (m_text->document()->isModified())
                Q_EMIT edited();
        });
        layout->addWidget(m_text);
        break;
    case FieldType::Checkbox:
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::clicked, this, &CustomFieldEditor::edited);
        layout->addWidget(m_check);
        break;
    case FieldType::Dropdown:
        m_combo = new QComboBox(this);
        m_combo->addItem(QStringLiteral("–"), QString());
        for (const QString &o : field.options)
            m_combo->addItem(o, o);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_combo->setMinimumContentsLength(8);
        connect(m_combo, &QComboBox::activated, this, &CustomFieldEditor::edited);
        layout->addWidget(m_combo);
        break;
    case FieldType::Date:
        m_date = new QDateEdit(this);
        m_date->setCalendarPopup(true);
        m_date->setMinimumDate(kNoDate);
        m_date->setSpecialValueText(QStringLiteral("–"));
        m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        m_date->setDate(kNoDate);
        connect(m_date, &QDateEdit::userDateChanged, this, &CustomFieldEditor::edited);
        layout->addWidget(m_date);
        break;
    }
}

QString CustomFieldEditor::value() const {
    switch (m_field.type) {
    case FieldType::Text:
        return m_line->text().trimmed();
    case FieldType::Number: {
        const QString text = m_line->text().trimmed();
        if (text.isEmpty())
            return QString();
        bool ok = false;
        const double d = QLocale().toDouble(text, &ok);
        return ok ? QLocale::c().toString(d, 'g', 15) : text; // the service explains a bad one
    }
    case FieldType::MultiLine:
        return m_text->toPlainText();
    case FieldType::Checkbox:
        return m_check->isChecked() ? QStringLiteral("1") : m_uncheckedValue;
    case FieldType::Dropdown:
        return m_combo->currentData().toString();
    case FieldType::Date:
        return m_date->date() == kNoDate ? QString() : m_date->date().toString(Qt::ISODate);
    }
    return QString();
}

void CustomFieldEditor::setValue(const QString &canonical) {
    switch (m_field.type) {
    case FieldType::Text:
        m_line->setText(canonical);
        m_line->setCursorPosition(0);
        break;
    case FieldType::Number: {
        bool ok = false;
        const double d = QLocale::c().toDouble(canonical, &ok);
        // No thousands separators in an editor: "1.199" reads as a decimal in German.
        QLocale locale;
        locale.setNumberOptions(QLocale::OmitGroupSeparator);
        m_line->setText(ok ? locale.toString(d, 'g', 15) : canonical);
        break;
    }
    case FieldType::MultiLine:
        m_text->setPlainText(canonical);
        m_text->document()->setModified(false);
        break;
    case FieldType::Checkbox:
        // Stored as "1" / "0" (FieldService::normalizeValue); older "true" still reads as ticked.
        m_check->setChecked(canonical == QLatin1String("1") || canonical == QLatin1String("true"));
        m_uncheckedValue = canonical == QLatin1String("0") ? canonical : QString();
        break;
    case FieldType::Dropdown: {
        int i = m_combo->findData(canonical);
        if (i < 0 && !canonical.isEmpty()) {
            m_combo->addItem(canonical, canonical); // an option removed since: still shown
            i = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(std::max(i, 0));
        break;
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(canonical, Qt::ISODate);
        m_date->setDate(d.isValid() ? d : kNoDate);
        break;
    }
    }
}

void CustomFieldEditor::setReadOnly(bool readOnly) {
    if (m_line)
        m_line->setReadOnly(readOnly);
    if (m_text)
        m_text->setReadOnly(readOnly);
    if (m_check)
        m_check->setEnabled(!readOnly);
    if (m_combo)
        m_combo->setEnabled(!readOnly);
    if (m_date)
        m_date->setReadOnly(readOnly);
}

} // namespace DeskBridge::Ui
