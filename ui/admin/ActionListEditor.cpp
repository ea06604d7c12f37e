#include "ui/admin/ActionListEditor.h"

#include "models/domain/Enums.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Rules::ActionField;
using Rules::RuleFields;

namespace {
QString actionLabel(ActionField field) {
    switch (field) {
    case ActionField::ShareTicket:
        return ActionListEditor::tr("Share ticket with");
    case ActionField::AddTags:
        return ActionListEditor::tr("Add tags");
    case ActionField::RemoveTags:
        return ActionListEditor::tr("Remove tags");
    case ActionField::SetTags:
        return ActionListEditor::tr("Set tags");
    case ActionField::Priority:
        return ActionListEditor::tr("Priority");
    case ActionField::Status:
        return ActionListEditor::tr("Status");
    case ActionField::Type:
        return ActionListEditor::tr("Type");
    case ActionField::Group:
        return ActionListEditor::tr("Group");
    case ActionField::Assignee:
        return ActionListEditor::tr("Assignee");
    }
    return {};
}

template <typename E> void addEnum(QComboBox *combo, std::initializer_list<E> values) {
    for (E v : values)
        combo->addItem(Domain::Names::label(v), Domain::Names::name(v));
}

void addIds(QComboBox *combo, const QList<Services::RuleChoices::Choice> &choices) {
    for (const auto &choice : choices)
        combo->addItem(choice.name, QVariant::fromValue<qint64>(choice.id));
}
} // namespace

ActionListEditor::ActionListEditor(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    layout->addLayout(m_rows);
    auto *add = new QPushButton(tr("Add action"), this);
    add->setObjectName(QStringLiteral("actionAdd"));
    connect(add, &QPushButton::clicked, this, [this] { addRow(); });
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void ActionListEditor::setChoices(const Services::RuleChoices &choices, bool enterprise) {
    m_choices = choices;
    m_enterprise = enterprise;
}

void ActionListEditor::setActions(const Rules::ActionList &actions) {
    for (const Row &row : std::as_const(m_list))
        delete row.widget;
    m_list.clear();
    for (const Rules::Action &action : actions.actions())
        addRow(action);
}

Rules::ActionList ActionListEditor::actions() const {
    Rules::ActionList list;
    for (const Row &row : m_list) {
        QJsonValue value(QJsonValue::Null);
        if (auto *combo = qobject_cast<QComboBox *>(row.value)) {
            const QVariant picked = combo->currentData();
            value = !picked.isValid()                        ? QJsonValue(QJsonValue::Null)
                    : picked.typeId() == QMetaType::LongLong ? QJsonValue(picked.toLongLong())
                                                             : QJsonValue(picked.toString());
        } else if (auto *line = qobject_cast<QLineEdit *>(row.value)) {
            value = line->text();
        }
        list.add(row.field->currentData().toString(), value);
    }
    return list;
}

void ActionListEditor::addRow(const Rules::Action &action) {
    Row row;
    row.widget = new QWidget(this);
    auto *h = new QHBoxLayout(row.widget);
    h->setContentsMargins(0, 0, 0, 0);
    row.field = new QComboBox(row.widget);
    for (ActionField f : {ActionField::ShareTicket, ActionField::AddTags, ActionField::RemoveTags,
                          ActionField::SetTags, ActionField::Priority, ActionField::Status,
                          ActionField::Type, ActionField::Group, ActionField::Assignee})
        row.field->addItem(actionLabel(f), RuleFields::actionName(f));
    if (!m_enterprise) {
        // Sharing from a trigger is an Enterprise feature (DESIGN.md §1C).
        auto *model = qobject_cast<QStandardItemModel *>(row.field->model());
        QStandardItem *share = model->item(0);
        share->setEnabled(false);
        share->setToolTip(tr("Sharing tickets automatically needs the Enterprise plan."));
        row.field->setItemData(0, tr("needs the Enterprise plan"), Qt::ToolTipRole);
    }
    const int stored = action.field.isEmpty() ? -1 : row.field->findData(action.field);
    row.field->setCurrentIndex(stored >= 0 ? stored : 1);
    auto *remove = new QToolButton(row.widget);
    remove->setText(tr("Remove"));
    h->addWidget(row.field);
    h->addStretch();
    h->addWidget(remove);
    m_rows->addWidget(row.widget);
    row.widget->show(); // created after the editor may be visible
    QWidget *rowWidget = row.widget;
    m_list.append(row);
    setValueEditor(m_list.last(), action.value);
    connect(m_list.last().field, &QComboBox::currentIndexChanged, this, [this, rowWidget] {
        for (Row &r : m_list)
            if (r.widget == rowWidget)
                setValueEditor(r, QJsonValue());
        renameRows();
        Q_EMIT changed();
    });
    connect(remove, &QToolButton::clicked, this, [this, rowWidget] {
        m_list.removeIf([rowWidget](const Row &r) { return r.widget == rowWidget; });
        rowWidget->deleteLater();
        renameRows();
        Q_EMIT changed();
    });
    renameRows();
    Q_EMIT changed();
}

void ActionListEditor::setValueEditor(Row &row, const QJsonValue &value) {
    delete row.value;
    row.value = nullptr;
    const auto field = RuleFields::actionFromName(row.field->currentData().toString());
    QWidget *editor = nullptr;
    if (field && (*field == ActionField::AddTags || *field == ActionField::RemoveTags ||
                  *field == ActionField::SetTags)) {
        auto *line = new QLineEdit;
        line->setPlaceholderText(tr("tags, separated by spaces"));
        if (value.isArray()) {
            QStringList tags;
            for (const auto &tag : value.toArray())
                tags << tag.toString();
            line->setText(tags.join(QLatin1Char(' ')));
        } else {
            line->setText(value.toString());
        }
        connect(line, &QLineEdit::textChanged, this, &ActionListEditor::changed);
        editor = line;
    } else {
        auto *combo = new QComboBox;
        switch (field.value_or(ActionField::Status)) {
        case ActionField::ShareTicket:
            addIds(combo, m_choices.outboundAgreements);
            break;
        case ActionField::Priority:
            addEnum(combo, {Domain::Priority::Low, Domain::Priority::Normal, Domain::Priority::High,
                            Domain::Priority::Urgent});
            break;
        case ActionField::Status:
            addEnum(combo, {Domain::TicketStatus::New, Domain::TicketStatus::Open,
                            Domain::TicketStatus::Pending, Domain::TicketStatus::Hold,
                            Domain::TicketStatus::Solved, Domain::TicketStatus::Closed});
            break;
        case ActionField::Type:
            addEnum(combo, {Domain::TicketType::Question, Domain::TicketType::Incident,
                            Domain::TicketType::Problem, Domain::TicketType::Task});
            break;
        case ActionField::Group:
            combo->addItem(tr("(none)"), QVariant());
            addIds(combo, m_choices.groups);
            break;
        case ActionField::Assignee:
            combo->addItem(tr("(unassigned)"), QVariant());
            addIds(combo, m_choices.agents);
            break;
        default:
            break;
        }
        int index = -1;
        if (value.isString())
            index = combo->findData(value.toString());
        else if (value.isDouble())
            index = combo->findData(QVariant::fromValue<qint64>(value.toInteger()));
        if (index >= 0)
            combo->setCurrentIndex(index);
        connect(combo, &QComboBox::currentIndexChanged, this, &ActionListEditor::changed);
        editor = combo;
    }
    editor->setParent(row.widget);
    editor->setMinimumWidth(160);
    static_cast<QHBoxLayout *>(row.widget->layout())->insertWidget(1, editor, 1);
    editor->show(); // setParent() hides a widget
    row.value = editor;
}

void ActionListEditor::renameRows() {
    for (int i = 0; i < m_list.size(); ++i) {
        const QString name = QStringLiteral("actionRow%1").arg(i);
        m_list[i].widget->setObjectName(name);
        m_list[i].field->setObjectName(name + QStringLiteral("Field"));
        if (m_list[i].value)
            m_list[i].value->setObjectName(name + QStringLiteral("Value"));
    }
}

} // namespace DeskBridge::Ui
