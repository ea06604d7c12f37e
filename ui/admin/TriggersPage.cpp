#include "ui/admin/TriggersPage.h"

#include "app/rules/SampleRules.h"
#include "app/services/AccountService.h"
#include "app/services/TriggerService.h"
#include "ui/admin/ActionListEditor.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/ConditionBuilder.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/MessageBar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("triggers"),
    AdminSection::ObjectsAndRules,
    20,
    QStringLiteral("run-build"),
    [] { return TriggersPage::tr("Triggers"); },
    [] { return TriggersPage::tr("Business rules that act when tickets are created or updated."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new TriggersPage(context, parent);
    },
}};

constexpr int idRole = Qt::UserRole;
} // namespace

TriggersPage::TriggersPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    left->setMaximumWidth(340);
    auto *order = new QLabel(tr("Triggers run in this order; drag to change it."), left);
    order->setWordWrap(true);
    leftLayout->addWidget(order);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("triggerList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto button = [left, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, left);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    auto *add = button(tr("&New"), QStringLiteral("triggerNewButton"));
    m_up = button(tr("Move &up"), QStringLiteral("triggerUpButton"));
    m_down = button(tr("Move &down"), QStringLiteral("triggerDownButton"));
    m_remove = button(tr("&Delete"), QStringLiteral("triggerDeleteButton"));
    leftLayout->addLayout(buttons);
    m_example = new QPushButton(tr("Add the example trigger"), left);
    m_example->setObjectName(QStringLiteral("triggerExampleButton"));
    m_example->setToolTip(tr("\"Garantieanspruch an Hersteller\": shares new tickets tagged "
                             "garantieanspruch with your manufacturer."));
    leftLayout->addWidget(m_example, 0, Qt::AlignLeft);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *editor = new QWidget(scroll);
    auto *editorLayout = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("triggerTitle"));
    m_title->setMaxLength(Services::TriggerService::maxTitleLength);
    form->addRow(tr("&Title:"), m_title);
    editorLayout->addLayout(form);
    m_problems = new QLabel(editor);
    m_problems->setObjectName(QStringLiteral("triggerProblems"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    editorLayout->addWidget(m_problems);
    m_conditions = new ConditionBuilder(Rules::RuleKind::Trigger, editor);
    m_conditions->setObjectName(QStringLiteral("triggerConditions"));
    editorLayout->addWidget(m_conditions);
    auto *actionsBox = new QGroupBox(tr("Perform these actions"), editor);
    auto *actionsLayout = new QVBoxLayout(actionsBox);
    m_actions = new ActionListEditor(actionsBox);
    m_actions->setObjectName(QStringLiteral("triggerActions"));
    actionsLayout->addWidget(m_actions);
    editorLayout->addWidget(actionsBox);
    m_form = new FormActions(this, QStringLiteral("trigger"), editor);
    editorLayout->addWidget(m_form);
    editorLayout->addStretch();
    scroll->setWidget(editor);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    bodyLayout()->addWidget(splitter, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, &TriggersPage::selectionChanged);
    connect(m_list, &QListWidget::itemChanged, this, &TriggersPage::itemChanged);
    // Queued: persistOrder() rebuilds the list, which must not happen inside the drop event.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &TriggersPage::persistOrder,
            Qt::QueuedConnection);
    connect(add, &QPushButton::clicked, this, &TriggersPage::newTrigger);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &TriggersPage::removeCurrent);
    connect(m_example, &QPushButton::clicked, this, &TriggersPage::addExample);
    connect(m_title, &QLineEdit::textEdited, this, &TriggersPage::markDirty);
    connect(m_conditions, &ConditionBuilder::changed, this, &TriggersPage::markDirty);
    connect(m_actions, &ActionListEditor::changed, this, &TriggersPage::markDirty);
    connect(m_form, &FormActions::saveRequested, this, &TriggersPage::save);
    connect(m_form, &FormActions::revertRequested, this, &TriggersPage::discardChanges);
    reloadOn({&Store::ChangeHub::rulesChanged, &Store::ChangeHub::accountChanged});
    reload();
}

void TriggersPage::reload() {
    if (m_dirty)
        return; // keep the admin's edit; discardChanges() reloads
    const Domain::User actor = context().actor();
    auto &service = context().instance().triggers();
    const auto triggers = service.list(actor);
    if (!report(triggers))
        return;
    m_triggers = *triggers;
    const auto choices = service.choices(actor);
    const Services::RuleChoices picked = choices ? *choices : Services::RuleChoices();
    const bool enterprise = context().instance().accounts().plan() == Domain::Plan::Enterprise;
    m_conditions->setChoices(picked);
    m_actions->setChoices(picked, enterprise);
    m_example->setEnabled(!picked.outboundAgreements.isEmpty());

    m_loading = true;
    const Domain::Id keep = m_editing;
    m_list->clear();
    for (const auto &trigger : std::as_const(m_triggers)) {
        auto *item = new QListWidgetItem(trigger.title, m_list);
        item->setData(idRole, trigger.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setFlags(item->flags() & ~Qt::ItemIsDropEnabled);
        item->setCheckState(trigger.active ? Qt::Checked : Qt::Unchecked);
        if (trigger.broken) {
            item->setText(tr("%1 (broken)").arg(trigger.title));
            item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
            item->setToolTip(trigger.problems.join(QLatin1Char('\n')));
        } else if (!trigger.planNotice.isEmpty()) {
            item->setToolTip(trigger.planNotice);
        }
    }
    m_loading = false;
    select(keep);
}

void TriggersPage::select(Domain::Id id) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(idRole).toLongLong() == id) {
            m_list->setCurrentRow(i);
            selectionChanged();
            return;
        }
    if (m_list->count() > 0 && id != 0)
        m_list->setCurrentRow(0);
    selectionChanged();
}

void TriggersPage::selectionChanged() {
    if (m_loading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    const Domain::Id id = item ? item->data(idRole).toLongLong() : 0;
    m_loading = true;
    m_editing = id;
    Services::TriggerInfo info;
    for (const auto &t : std::as_const(m_triggers))
        if (t.id == id)
            info = t;
    m_title->setText(info.title);
    m_conditions->setCondition(info.condition);
    m_actions->setActions(info.actions);
    QStringList notes = info.problems;
    if (!info.planNotice.isEmpty())
        notes << info.planNotice;
    m_problems->setText(notes.join(QLatin1Char('\n')));
    m_problems->setVisible(!notes.isEmpty());
    m_up->setEnabled(item && m_list->row(item) > 0);
    m_down->setEnabled(item && m_list->row(item) < m_list->count() - 1);
    m_remove->setEnabled(item != nullptr);
    m_loading = false;
    m_dirty = false;
    m_form->setDirty(false);
    if (id == 0 && !m_title->hasFocus())
        m_form->saveButton()->setText(tr("Create trigger"));
    else
        m_form->saveButton()->setText(tr("Save"));
}

void TriggersPage::itemChanged(QListWidgetItem *item) {
    if (m_loading)
        return;
    const Domain::Id id = item->data(idRole).toLongLong();
    const bool active = item->checkState() == Qt::Checked;
    const Status status = context().instance().triggers().setActive(context().actor(), id, active);
    report(status, active ? tr("Trigger activated.") : tr("Trigger deactivated."));
    if (!status) {
        m_loading = true;
        item->setCheckState(active ? Qt::Unchecked : Qt::Checked);
        m_loading = false;
    }
}

void TriggersPage::move(int delta) {
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_loading = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_loading = false;
    persistOrder();
}

void TriggersPage::persistOrder() {
    QList<Domain::Id> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(idRole).toLongLong();
    const Domain::Id current = m_editing;
    report(context().instance().triggers().reorder(context().actor(), ids), tr("Run order saved."));
    m_editing = current;
    reload();
}

void TriggersPage::newTrigger() {
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_loading = true;
    m_editing = 0;
    m_title->clear();
    m_conditions->setCondition({});
    m_conditions->addRow(Rules::Condition::List::All);
    m_actions->setActions({});
    m_actions->addRow();
    m_problems->setVisible(false);
    m_loading = false;
    m_dirty = false;
    m_form->setDirty(false);
    m_form->saveButton()->setText(tr("Create trigger"));
    m_title->setFocus();
}

Services::TriggerDraft TriggersPage::draft() const {
    Services::TriggerDraft d;
    d.title = m_title->text().trimmed();
    d.condition = m_conditions->condition();
    d.actions = m_actions->actions();
    return d;
}

void TriggersPage::markDirty() {
    if (m_loading)
        return;
    m_dirty = true;
    m_form->setDirty(true);
}

void TriggersPage::save() {
    auto &service = context().instance().triggers();
    const Services::TriggerDraft d = draft();
    const bool creating = m_editing == 0;
    m_dirty = false; // a successful write reloads through rulesChanged
    const auto saved = creating ? service.create(context().actor(), d)
                                : service.update(context().actor(), m_editing, d);
    if (!saved) {
        m_dirty = true;
        m_form->setDirty(true);
        messages()->showError(saved.error());
        return;
    }
    m_editing = saved->id;
    reload();
    messages()->showPositive(creating ? tr("Trigger created.") : tr("Trigger saved."));
}

void TriggersPage::discardChanges() {
    m_dirty = false;
    reload();
}

void TriggersPage::removeCurrent() {
    if (m_editing == 0)
        return;
    if (!Confirmation::ask(
            this, tr("Delete trigger"),
            tr("Delete the trigger \"%1\"? This cannot be undone.").arg(m_title->text()),
            tr("Delete trigger")))
        return;
    if (report(context().instance().triggers().remove(context().actor(), m_editing),
               tr("Trigger deleted."))) {
        m_editing = 0;
        m_dirty = false;
        reload();
    }
}

void TriggersPage::addExample() {
    auto &service = context().instance().triggers();
    const auto choices = service.choices(context().actor());
    if (!report(choices) || choices->outboundAgreements.isEmpty())
        return;
    const Rules::Trigger sample =
        Rules::samples::warrantyTrigger(choices->outboundAgreements.first().id);
    Services::TriggerDraft d;
    d.title = sample.title;
    d.condition = sample.condition;
    d.actions = sample.actions;
    m_dirty = false;
    const auto created = service.create(context().actor(), d);
    if (!report(created, tr("The example trigger was added.")))
        return;
    m_editing = created->id;
    reload();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(triggers)
