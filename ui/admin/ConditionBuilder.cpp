#include "ui/admin/ConditionBuilder.h"

#include "models/domain/Enums.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Rules::Field;
using Rules::RuleFields;

namespace {
const QList<Field> &fieldOrder() {
    static const QList<Field> fields{Field::UpdateType,
                                     Field::Status,
                                     Field::Priority,
                                     Field::Type,
                                     Field::Group,
                                     Field::Assignee,
                                     Field::Organization,
                                     Field::Tags,
                                     Field::Via,
                                     Field::CurrentVia,
                                     Field::ReceivedFrom,
                                     Field::SentTo,
                                     Field::ShareState,
                                     Field::CreatedHoursAgo,
                                     Field::UpdatedHoursAgo,
                                     Field::SharedHoursAgo,
                                     Field::WithinBusinessHours};
    return fields;
}

QString fieldLabel(Field field) {
    switch (field) {
    case Field::UpdateType:
        return ConditionBuilder::tr("Ticket is");
    case Field::Status:
        return ConditionBuilder::tr("Status");
    case Field::Priority:
        return ConditionBuilder::tr("Priority");
    case Field::Type:
        return ConditionBuilder::tr("Type");
    case Field::Group:
        return ConditionBuilder::tr("Group");
    case Field::Assignee:
        return ConditionBuilder::tr("Assignee");
    case Field::Requester:
        return ConditionBuilder::tr("Requester");
    case Field::Organization:
        return ConditionBuilder::tr("Organization");
    case Field::Tags:
        return ConditionBuilder::tr("Tags");
    case Field::CustomField:
        return ConditionBuilder::tr("Custom field");
    case Field::Via:
        return ConditionBuilder::tr("Channel");
    case Field::CurrentVia:
        return ConditionBuilder::tr("Update via");
    case Field::ReceivedFrom:
        return ConditionBuilder::tr("Received from");
    case Field::SentTo:
        return ConditionBuilder::tr("Sent to");
    case Field::ShareState:
        return ConditionBuilder::tr("Sharing state");
    case Field::SharedHoursAgo:
        return ConditionBuilder::tr("Hours since shared");
    case Field::CreatedHoursAgo:
        return ConditionBuilder::tr("Hours since created");
    case Field::UpdatedHoursAgo:
        return ConditionBuilder::tr("Hours since updated");
    case Field::WithinBusinessHours:
        return ConditionBuilder::tr("Within business hours");
    }
    return {};
}

QString operatorLabel(Rules::Operator op) {
    using Rules::Operator;
    switch (op) {
    case Operator::Is:
        return ConditionBuilder::tr("is");
    case Operator::IsNot:
        return ConditionBuilder::tr("is not");
    case Operator::LessThan:
        return ConditionBuilder::tr("less than");
    case Operator::GreaterThan:
        return ConditionBuilder::tr("greater than");
    case Operator::Includes:
        return ConditionBuilder::tr("contains at least one of");
    case Operator::IncludesAll:
        return ConditionBuilder::tr("contains all of");
    case Operator::NotIncludes:
        return ConditionBuilder::tr("contains none of");
    case Operator::Present:
        return ConditionBuilder::tr("is present");
    case Operator::NotPresent:
        return ConditionBuilder::tr("is not present");
    }
    return {};
}

QComboBox *idCombo(const QList<Services::RuleChoices::Choice> &choices, bool withNone) {
    auto *combo = new QComboBox;
    if (withNone)
        combo->addItem(ConditionBuilder::tr("(none)"), QVariant());
    for (const auto &choice : choices)
        combo->addItem(choice.name, QVariant::fromValue<qint64>(choice.id));
    return combo;
}

template <typename E> QComboBox *enumCombo(std::initializer_list<E> values) {
    auto *combo = new QComboBox;
    for (E v : values)
        combo->addItem(Domain::Names::label(v), Domain::Names::name(v));
    return combo;
}
} // namespace

ConditionBuilder::ConditionBuilder(Rules::RuleKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto section = [this, layout](const QString &title, const QString &addName,
                                  Rules::Condition::List list) {
        auto *box = new QGroupBox(title, this);
        auto *boxLayout = new QVBoxLayout(box);
        auto *rows = new QVBoxLayout;
        boxLayout->addLayout(rows);
        auto *add = new QPushButton(tr("Add condition"), box);
        add->setObjectName(addName);
        connect(add, &QPushButton::clicked, this, [this, list] { addRow(list); });
        boxLayout->addWidget(add, 0, Qt::AlignLeft);
        layout->addWidget(box);
        return rows;
    };
    m_allRows = section(tr("Meet ALL of the following conditions"),
                        QStringLiteral("conditionAddAll"), Rules::Condition::List::All);
    m_anyRows = section(tr("Meet ANY of the following conditions"),
                        QStringLiteral("conditionAddAny"), Rules::Condition::List::Any);
}

void ConditionBuilder::setChoices(const Services::RuleChoices &choices) {
    m_choices = choices;
}

void ConditionBuilder::setCondition(const Rules::Condition &condition) {
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const auto &row : condition.all())
        addRow(Rules::Condition::List::All, row);
    for (const auto &row : condition.any())
        addRow(Rules::Condition::List::Any, row);
}

Rules::Condition ConditionBuilder::condition() const {
    Rules::Condition condition;
    for (const Row &row : m_rows) {
        const QString field = row.field->currentData().toString();
        const QString op = row.op->currentData().toString();
        const auto opValue = RuleFields::operatorFromName(op);
        const bool noValue = opValue && (*opValue == Rules::Operator::Present ||
                                         *opValue == Rules::Operator::NotPresent);
        const QJsonValue value = noValue ? QJsonValue(QJsonValue::Undefined) : valueOf(row);
        if (row.list == Rules::Condition::List::All)
            condition.addAll(field, op, value);
        else
            condition.addAny(field, op, value);
    }
    return condition;
}

void ConditionBuilder::addRow(Rules::Condition::List list, const Rules::ConditionRow &stored) {
    Row row;
    row.list = list;
    row.widget = new QWidget(this);
    auto *h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.field = new QComboBox(row.widget);
    for (Field f : fieldOrder())
        if (m_kind == Rules::RuleKind::Trigger || !RuleFields::triggerOnly(f))
            row.field->addItem(fieldLabel(f), RuleFields::fieldName(f));
    // A stored field this editor has no entry for (custom fields) stays as written.
    if (!stored.field.isEmpty() && row.field->findData(stored.field) < 0)
        row.field->addItem(stored.field, stored.field);
    if (!stored.field.isEmpty())
        row.field->setCurrentIndex(row.field->findData(stored.field));
    row.op = new QComboBox(row.widget);
    row.op->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Operators like "contains at least one of" must not be cut; the value editor gives way.
    row.op->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    auto *remove = new QToolButton(row.widget);
    remove->setText(tr("Remove"));
    remove->setObjectName(QStringLiteral("remove"));
    h->addWidget(row.field);
    h->addWidget(row.op);
    h->addStretch();
    h->addWidget(remove);
    (list == Rules::Condition::List::All ? m_allRows : m_anyRows)->addWidget(row.widget);
    row.widget->show(); // created after the builder may be visible
    QWidget *rowWidget = row.widget;
    m_rows.append(row);
    fieldChanged(rowWidget);
    Row &added = m_rows.last();
    if (!stored.op.isEmpty()) {
        const int op = added.op->findData(stored.op);
        if (op >= 0)
            added.op->setCurrentIndex(op);
    }
    if (!stored.field.isEmpty())
        setValueEditor(added, stored.value);
    connect(added.field, &QComboBox::currentIndexChanged, this,
            [this, rowWidget] { fieldChanged(rowWidget); });
    connect(added.op, &QComboBox::currentIndexChanged, this, &ConditionBuilder::changed);
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        m_rows.removeIf([rowWidget](const Row &r) { return r.widget == rowWidget; });
        rowWidget->deleteLater();
        renameRows();
        Q_EMIT changed();
    });
    renameRows();
    Q_EMIT changed();
}

void ConditionBuilder::fieldChanged(QWidget *rowWidget) {
    for (Row &row : m_rows) {
        if (row.widget != rowWidget)
            continue;
        const auto ref = RuleFields::fieldFromName(row.field->currentData().toString());
        row.op->clear();
        if (ref)
            for (Rules::Operator op : RuleFields::operators(ref->field))
                row.op->addItem(operatorLabel(op), RuleFields::operatorName(op));
        setValueEditor(row, QJsonValue());
        renameRows();
        Q_EMIT changed();
        return;
    }
}

void ConditionBuilder::setValueEditor(Row &row, const QJsonValue &value) {
    delete row.value;
    row.value = nullptr;
    const auto ref = RuleFields::fieldFromName(row.field->currentData().toString());
    const Field field = ref ? ref->field : Field::CustomField;
    QWidget *editor = nullptr;
    auto selectData = [&value](QComboBox *combo) {
        int index = -1;
        if (value.isString())
            index = combo->findData(value.toString());
        else if (value.isDouble())
            index = combo->findData(QVariant::fromValue<qint64>(value.toInteger()));
        else if (value.isNull())
            index = combo->findData(QVariant());
        if (index >= 0)
            combo->setCurrentIndex(index);
        return combo;
    };
    switch (field) {
    case Field::UpdateType: {
        auto *combo = new QComboBox;
        combo->addItem(tr("Created"), QStringLiteral("Create"));
        combo->addItem(tr("Updated"), QStringLiteral("Change"));
        editor = selectData(combo);
        break;
    }
    case Field::Status:
        editor =
            selectData(enumCombo({Domain::TicketStatus::New, Domain::TicketStatus::Open,
                                  Domain::TicketStatus::Pending, Domain::TicketStatus::Hold,
                                  Domain::TicketStatus::Solved, Domain::TicketStatus::Closed}));
        break;
    case Field::Priority:
        editor = selectData(enumCombo({Domain::Priority::Low, Domain::Priority::Normal,
                                       Domain::Priority::High, Domain::Priority::Urgent}));
        break;
    case Field::Type:
        editor = selectData(enumCombo({Domain::TicketType::Question, Domain::TicketType::Incident,
                                       Domain::TicketType::Problem, Domain::TicketType::Task}));
        break;
    case Field::Via:
    case Field::CurrentVia:
        editor = selectData(enumCombo({Domain::Channel::Console, Domain::Channel::Api,
                                       Domain::Channel::Email, Domain::Channel::Portal,
                                       Domain::Channel::Sharing, Domain::Channel::Trigger}));
        break;
    case Field::Group:
        editor = selectData(idCombo(m_choices.groups, true));
        break;
    case Field::Assignee:
    case Field::Requester:
        editor = selectData(idCombo(m_choices.agents, true));
        break;
    case Field::Organization:
        editor = selectData(idCombo(m_choices.organizations, true));
        break;
    case Field::ReceivedFrom:
        editor = selectData(idCombo(m_choices.inboundAgreements, false));
        break;
    case Field::SentTo:
        editor = selectData(idCombo(m_choices.outboundAgreements, false));
        break;
    case Field::ShareState: {
        auto *combo = new QComboBox;
        for (const QString &name : RuleFields::shareStateNames())
            combo->addItem(name, name);
        editor = selectData(combo);
        break;
    }
    case Field::SharedHoursAgo:
    case Field::CreatedHoursAgo:
    case Field::UpdatedHoursAgo: {
        auto *spin = new QSpinBox;
        spin->setRange(0, 100000);
        spin->setSuffix(tr(" h"));
        spin->setValue(value.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &ConditionBuilder::changed);
        editor = spin;
        break;
    }
    case Field::WithinBusinessHours: {
        auto *check = new QCheckBox(tr("yes"));
        check->setChecked(value.isBool() ? value.toBool() : true);
        connect(check, &QCheckBox::toggled, this, &ConditionBuilder::changed);
        editor = check;
        break;
    }
    case Field::Tags:
    case Field::CustomField: {
        auto *line = new QLineEdit;
        line->setPlaceholderText(field == Field::Tags ? tr("tags, separated by spaces")
                                                      : QString());
        if (value.isArray()) {
            QStringList tags;
            for (const auto &tag : value.toArray())
                tags << tag.toString();
            line->setText(tags.join(QLatin1Char(' ')));
        } else {
            line->setText(value.toVariant().toString());
        }
        connect(line, &QLineEdit::textChanged, this, &ConditionBuilder::changed);
        editor = line;
        break;
    }
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        connect(combo, &QComboBox::currentIndexChanged, this, &ConditionBuilder::changed);
    editor->setParent(row.widget);
    editor->setMinimumWidth(160);
    static_cast<QHBoxLayout *>(row.widget->layout())->insertWidget(2, editor, 1);
    editor->show(); // setParent() hides a widget
    row.value = editor;
}

QJsonValue ConditionBuilder::valueOf(const Row &row) {
    if (auto *combo = qobject_cast<QComboBox *>(row.value)) {
        const QVariant picked = combo->currentData();
        if (!picked.isValid())
            return QJsonValue(QJsonValue::Null);
        if (picked.typeId() == QMetaType::LongLong)
            return QJsonValue(picked.toLongLong());
        return QJsonValue(picked.toString());
    }
    if (auto *spin = qobject_cast<QSpinBox *>(row.value))
        return QJsonValue(spin->value());
    if (auto *check = qobject_cast<QCheckBox *>(row.value))
        return QJsonValue(check->isChecked());
    if (auto *line = qobject_cast<QLineEdit *>(row.value))
        return QJsonValue(line->text());
    return QJsonValue(QJsonValue::Null);
}

void ConditionBuilder::renameRows() {
    int all = 0;
    int any = 0;
    for (const Row &row : std::as_const(m_rows)) {
        const QString name = row.list == Rules::Condition::List::All
                                 ? QStringLiteral("allRow%1").arg(all++)
                                 : QStringLiteral("anyRow%1").arg(any++);
        row.widget->setObjectName(name);
        row.field->setObjectName(name + QStringLiteral("Field"));
        row.op->setObjectName(name + QStringLiteral("Operator"));
        if (row.value)
            row.value->setObjectName(name + QStringLiteral("Value"));
    }
}

} // namespace DeskBridge::Ui
