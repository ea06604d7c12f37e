#include "ui/admin/TicketFieldsPage.h"

#include "app/services/FieldService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/DropdownOptionsEditor.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Domain::CustomField;
using Domain::FieldType;
using Domain::Id;

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("ticket-fields"),
    AdminSection::ObjectsAndRules,
    10,
    QStringLiteral("view-form"),
    &TicketFieldsPage::title,
    [] {
        return TicketFieldsPage::tr("Custom fields on every ticket, such as a warranty number "
                                    "or a product category.");
    },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new TicketFieldsPage(context, parent);
    },
}};

constexpr int kIdRole = Qt::UserRole + 1;

QString typeIcon(FieldType type) {
    switch (type) {
    case FieldType::Text:
        return QStringLiteral("insert-text");
    case FieldType::MultiLine:
        return QStringLiteral("view-list-text");
    case FieldType::Number:
        return QStringLiteral("code-context");
    case FieldType::Checkbox:
        return QStringLiteral("checkbox");
    case FieldType::Dropdown:
        return QStringLiteral("format-list-unordered");
    case FieldType::Date:
        return QStringLiteral("view-calendar-day");
    }
    return {};
}
} // namespace

QString TicketFieldsPage::title() {
    return tr("Ticket fields");
}

TicketFieldsPage::TicketFieldsPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *tools = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("fieldSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search fields (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Field…"), this);
    m_new->setObjectName(QStringLiteral("fieldNewButton"));
    m_up = new QPushButton(QIcon::fromTheme(QStringLiteral("go-up")), QString(), this);
    m_up->setObjectName(QStringLiteral("fieldMoveUp"));
    m_up->setToolTip(tr("Move the field up in the ticket form"));
    m_up->setAccessibleName(tr("Move up"));
    m_down = new QPushButton(QIcon::fromTheme(QStringLiteral("go-down")), QString(), this);
    m_down->setObjectName(QStringLiteral("fieldMoveDown"));
    m_down->setToolTip(tr("Move the field down in the ticket form"));
    m_down->setAccessibleName(tr("Move down"));
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("fieldToggleActive"));
    tools->addWidget(m_search, 1);
    tools->addSpacing(12);
    tools->addWidget(m_new);
    tools->addWidget(m_up);
    tools->addWidget(m_down);
    tools->addWidget(m_toggle);
    bodyLayout()->addLayout(tools);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("fieldList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Title"), tr("Type"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    m_editorStack = new QStackedWidget(splitter);
    m_editorStack->setObjectName(QStringLiteral("fieldEditor"));
    auto *nothing =
        new QLabel(tr("Select a field to change it, or create a new field."), m_editorStack);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(nothing);

    auto *editor = new QWidget(m_editorStack);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(12, 0, 0, 0);
    m_editorTitle = new QLabel(editor);
    m_editorTitle->setObjectName(QStringLiteral("fieldEditorTitle"));
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_editorTitle->setFont(titleFont);
    editorLayout->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setVerticalSpacing(8);
    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("fieldTitle"));
    m_title->setPlaceholderText(tr("e.g. Warranty number"));
    form->addRow(tr("&Title:"), m_title);
    m_key = new QLabel(editor);
    m_key->setObjectName(QStringLiteral("fieldKey"));
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setToolTip(tr("The key names the field in the command line, the API and in ticket "
                         "sharing. It is made from the title once and never changes."));
    form->addRow(tr("Key:"), m_key);
    m_type = new QComboBox(editor);
    m_type->setObjectName(QStringLiteral("fieldType"));
    for (int i = 0; i < Domain::Names::count<FieldType>(); ++i)
        m_type->addItem(QIcon::fromTheme(typeIcon(FieldType(i))),
                        Domain::Names::label(FieldType(i)), i);
    form->addRow(tr("T&ype:"), m_type);
    m_typeNote = new QLabel(tr("The type is fixed once the field exists: stored values depend "
                               "on it."),
                            editor);
    m_typeNote->setObjectName(QStringLiteral("fieldTypeNote"));
    m_typeNote->setWordWrap(true);
    m_typeNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_typeNote);
    m_status = new QLabel(editor);
    m_status->setObjectName(QStringLiteral("fieldStatus"));
    form->addRow(tr("Status:"), m_status);
    editorLayout->addLayout(form);

    m_optionsBox = new QGroupBox(tr("Drop-down options"), editor);
    m_optionsBox->setObjectName(QStringLiteral("fieldOptionsBox"));
    auto *optionsLayout = new QVBoxLayout(m_optionsBox);
    m_options = new DropdownOptionsEditor(m_optionsBox);
    optionsLayout->addWidget(m_options);
    editorLayout->addWidget(m_optionsBox, 1);
    editorLayout->addStretch();
    m_actions = new FormActions(this, QStringLiteral("field"), editor);
    editorLayout->addWidget(m_actions);
    m_editorStack->addWidget(editor);

    splitter->addWidget(m_list);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    bodyLayout()->addWidget(splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &TicketFieldsPage::startNewField);
    // Fields are never deleted (tickets keep their values): Del deactivates, with Undo.
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (m_stored && !m_creating && m_stored->active)
            toggleActive();
    });

    connect(m_search, &QLineEdit::textChanged, this, &TicketFieldsPage::filterFields);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TicketFieldsPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &TicketFieldsPage::startNewField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(m_toggle, &QPushButton::clicked, this, &TicketFieldsPage::toggleActive);
    connect(m_title, &QLineEdit::textChanged, this, &TicketFieldsPage::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, &TicketFieldsPage::updateState);
    connect(m_options, &DropdownOptionsEditor::changed, this, &TicketFieldsPage::updateState);
    connect(m_actions, &FormActions::saveRequested, this, &TicketFieldsPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &TicketFieldsPage::revert);

    reloadOn({&Store::ChangeHub::fieldsChanged});
    reloadList();
    showNoField();
}

void TicketFieldsPage::activate() {
    m_list->setFocus();
}

void TicketFieldsPage::reload() {
    reloadList();
    if (m_creating || !m_stored)
        return;
    const auto fresh = context().instance().fields().find(m_stored->id);
    if (!fresh) {
        showNoField();
        return;
    }
    selectField(fresh->id);
    if (hasUnsavedChanges()) {
        // Keep the admin's edits; only the parts nobody edits here follow the stored state.
        m_stored = *fresh;
        updateState();
    } else {
        showField(*fresh);
    }
}

void TicketFieldsPage::reloadList() {
    m_syncing = true;
    m_list->clear();
    for (const CustomField &f : context().instance().fields().list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, f.title);
        item->setIcon(0, QIcon::fromTheme(typeIcon(f.type)));
        item->setText(1, Domain::Names::label(f.type));
        item->setText(2, f.active ? tr("Active") : tr("Inactive"));
        item->setToolTip(0, tr("Key: %1").arg(f.key));
        item->setData(0, kIdRole, f.id);
        if (!f.active) {
            const QBrush faded = palette().brush(QPalette::Disabled, QPalette::Text);
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, faded);
        }
    }
    m_syncing = false;
    filterFields(m_search->text());
    if (m_stored && !m_creating)
        selectField(m_stored->id);
    updateState();
}

void TicketFieldsPage::filterFields(const QString &text) {
    const QString t = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!item->text(0).contains(t, Qt::CaseInsensitive) &&
                        !item->toolTip(0).contains(t, Qt::CaseInsensitive));
    }
}

void TicketFieldsPage::selectField(Id id) {
    m_syncing = true;
    m_list->clearSelection();
    m_list->setCurrentItem(nullptr); // no focus frame on a row that is not edited
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, kIdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            m_list->scrollToItem(item);
        }
    }
    m_syncing = false;
}

bool TicketFieldsPage::confirmDiscard() {
    if (!hasUnsavedChanges())
        return true;
    const QString what =
        m_creating ? tr("the new field") : tr("the field \"%1\"").arg(m_stored->title);
    return Confirmation::ask(this, tr("Unsaved changes"),
                             tr("Discard your changes to %1?").arg(what), tr("Discard changes"));
}

void TicketFieldsPage::selectionChanged() {
    if (m_syncing)
        return;
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    const Id id = selected.isEmpty() ? 0 : selected.first()->data(0, kIdRole).toLongLong();
    if (m_stored && !m_creating && id == m_stored->id)
        return;
    if (!confirmDiscard()) {
        selectField(m_creating || !m_stored ? 0 : m_stored->id);
        return;
    }
    if (!id) {
        if (!m_creating)
            showNoField();
        return;
    }
    if (const auto field = context().instance().fields().find(id))
        showField(*field);
}

void TicketFieldsPage::showNoField() {
    m_creating = false;
    m_stored.reset();
    m_editorStack->setCurrentIndex(0);
    updateState();
}

void TicketFieldsPage::showField(const CustomField &field) {
    m_syncing = true;
    m_creating = false;
    m_stored = field;
    m_editorTitle->setText(field.title);
    m_title->setText(field.title);
    m_key->setText(field.key);
    m_type->setCurrentIndex(m_type->findData(int(field.type)));
    m_type->setEnabled(false);
    m_typeNote->show();
    m_status->setText(field.active ? tr("Active: agents see it on tickets")
                                   : tr("Inactive: hidden from tickets; stored values are kept"));
    m_options->setOptions(field.options);
    m_actions->setSaveText(tr("Save"));
    m_editorStack->setCurrentIndex(1);
    m_syncing = false;
    updateState();
}

void TicketFieldsPage::startNewField() {
    if (!confirmDiscard())
        return;
    selectField(0);
    m_syncing = true;
    m_stored.reset();
    m_creating = true;
    m_editorTitle->setText(tr("New field"));
    m_title->clear();
    m_key->clear();
    m_type->setEnabled(true);
    m_type->setCurrentIndex(m_type->findData(int(FieldType::Text)));
    m_typeNote->hide();
    m_status->setText(tr("New fields are active."));
    m_options->setOptions({});
    m_actions->setSaveText(tr("Create"));
    m_editorStack->setCurrentIndex(1);
    m_syncing = false;
    updateState();
    m_title->setFocus();
}

FieldType TicketFieldsPage::selectedType() const {
    return FieldType(m_type->currentData().toInt());
}

bool TicketFieldsPage::hasUnsavedChanges() const {
    if (m_creating)
        return !m_title->text().trimmed().isEmpty() || !m_options->options().isEmpty();
    if (!m_stored)
        return false;
    return m_title->text() != m_stored->title || m_options->options() != m_stored->options;
}

void TicketFieldsPage::updateState() {
    if (m_syncing)
        return;
    const bool editing = m_stored && !m_creating;
    const bool dropdown = selectedType() == FieldType::Dropdown;
    m_optionsBox->setVisible(dropdown);
    if (m_creating) {
        const QString key = Services::FieldService::keyFromTitle(m_title->text());
        m_key->setText(key.isEmpty() ? tr("(made from the title)") : key);
    }
    m_actions->setDirty(hasUnsavedChanges());
    if (m_creating)
        m_actions->revertButton()->setEnabled(true);

    // Field order and activation act at once on the selected, stored field.
    int row = -1;
    if (editing) {
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == m_stored->id)
                row = i;
    }
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->topLevelItemCount() - 1);
    m_toggle->setEnabled(editing);
    const bool active = !editing || m_stored->active;
    m_toggle->setText(active ? tr("Deactivate") : tr("Activate"));
    m_toggle->setIcon(QIcon::fromTheme(active ? QStringLiteral("object-hidden")
                                              : QStringLiteral("object-visible")));
    m_toggle->setToolTip(active ? tr("Hide the field from tickets; stored values are kept (Del)")
                                : tr("Show the field on tickets again"));
}

void TicketFieldsPage::save() {
    Services::FieldService &fields = context().instance().fields();
    if (m_creating) {
        CustomField f;
        f.title = m_title->text();
        f.type = selectedType();
        if (f.type == FieldType::Dropdown)
            f.options = m_options->options();
        const auto created = fields.create(context().actor(), f);
        if (!report(created,
                    tr("Created the field \"%1\".").arg(created ? created->title : QString())))
            return;
        const CustomField field = *created;
        showField(field);
        selectField(field.id);
        updateState();
        return;
    }
    CustomField f = *m_stored;
    f.title = m_title->text();
    f.options = m_options->options();
    if (!report(fields.update(context().actor(), f),
                tr("Saved the field \"%1\".").arg(f.title.trimmed())))
        return;
    if (const auto fresh = fields.find(f.id)) {
        showField(*fresh);
        selectField(fresh->id);
        updateState();
    }
}

void TicketFieldsPage::revert() {
    messages()->clear();
    if (m_creating) {
        showNoField();
        return;
    }
    if (m_stored) {
        if (const auto fresh = context().instance().fields().find(m_stored->id))
            showField(*fresh);
        else
            showNoField();
    }
}

void TicketFieldsPage::discardChanges() {
    revert();
}

void TicketFieldsPage::toggleActive() {
    if (!m_stored || m_creating)
        return;
    Services::FieldService &fields = context().instance().fields();
    const auto current = fields.find(m_stored->id);
    if (!current) {
        showNoField();
        return;
    }
    // Only the active flag changes; unsaved edits in the form stay as they are.
    CustomField changed = *current;
    changed.active = !current->active;
    if (!report(fields.update(context().actor(), changed)))
        return;
    const CustomField before = *current;
    if (changed.active) {
        messages()->showPositive(tr("The field \"%1\" is active again.").arg(before.title));
    } else {
        // Deactivating is cheap to undo: offer it for a few seconds.
        messages()->showMessage(
            MessageBar::Kind::Information,
            tr("Deactivated the field \"%1\": agents no longer see it on tickets.")
                .arg(before.title),
            tr("Undo"), [this, before] {
                Services::FieldService &service = context().instance().fields();
                auto now = service.find(before.id);
                if (!now)
                    return;
                now->active = before.active;
                report(service.update(context().actor(), *now),
                       tr("The field \"%1\" is active again.").arg(before.title));
            });
    }
    if (const auto fresh = fields.find(changed.id)) {
        const bool keepEdits = hasUnsavedChanges();
        m_stored->active = fresh->active;
        if (!keepEdits)
            showField(*fresh);
        else
            updateState();
    }
}

void TicketFieldsPage::moveField(int delta) {
    if (!m_stored || m_creating)
        return;
    QList<Id> order;
    for (const CustomField &f : context().instance().fields().list())
        order.append(f.id);
    const int from = int(order.indexOf(m_stored->id));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return;
    order.move(from, to);
    if (report(context().instance().fields().reorder(context().actor(), order))) {
        selectField(m_stored->id);
        updateState();
    }
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(ticketFields)
