#include "ui/admin/ViewsPage.h"

#include "app/services/ViewService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/ConditionBuilder.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/MessageBar.h"

#include <QComboBox>
#include <QFormLayout>
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
    QStringLiteral("views"),
    AdminSection::ObjectsAndRules,
    30,
    QStringLiteral("view-filter"),
    [] { return ViewsPage::tr("Views"); },
    [] { return ViewsPage::tr("Ticket lists for the agents' console."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new ViewsPage(context, parent);
    },
}};

constexpr int idRole = Qt::UserRole;
} // namespace

ViewsPage::ViewsPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    left->setMaximumWidth(340);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *order = new QLabel(tr("Your views, in the order of the console's sidebar (after the "
                                "built-in views)."),
                             left);
    order->setWordWrap(true);
    leftLayout->addWidget(order);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("viewList"));
    leftLayout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto button = [left, buttons](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, left);
        b->setObjectName(name);
        buttons->addWidget(b);
        return b;
    };
    auto *add = button(tr("&New"), QStringLiteral("viewNewButton"));
    m_up = button(tr("Move &up"), QStringLiteral("viewUpButton"));
    m_down = button(tr("Move &down"), QStringLiteral("viewDownButton"));
    m_remove = button(tr("&Delete"), QStringLiteral("viewDeleteButton"));
    leftLayout->addLayout(buttons);

    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *editor = new QWidget(scroll);
    auto *editorLayout = new QVBoxLayout(editor);
    auto *form = new QFormLayout;
    m_title = new QLineEdit(editor);
    m_title->setObjectName(QStringLiteral("viewTitle"));
    m_title->setMaxLength(Services::ViewService::maxTitleLength);
    form->addRow(tr("&Title:"), m_title);
    editorLayout->addLayout(form);
    m_problems = new QLabel(editor);
    m_problems->setObjectName(QStringLiteral("viewProblems"));
    m_problems->setWordWrap(true);
    m_problems->setVisible(false);
    editorLayout->addWidget(m_problems);
    m_conditions = new ConditionBuilder(Rules::RuleKind::View, editor);
    m_conditions->setObjectName(QStringLiteral("viewConditions"));
    editorLayout->addWidget(m_conditions);
    auto *table = new QFormLayout;
    m_columns = new QListWidget(editor);
    m_columns->setObjectName(QStringLiteral("viewColumns"));
    m_columns->setMaximumHeight(140);
    for (const QString &column : Services::RuleDefinitions::viewColumns()) {
        auto *item = new QListWidgetItem(column, m_columns);
        item->setData(idRole, column);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    table->addRow(tr("&Columns:"), m_columns);
    auto *sortRow = new QHBoxLayout;
    m_sort = new QComboBox(editor);
    m_sort->setObjectName(QStringLiteral("viewSort"));
    for (const QString &column : Services::ViewService::sortColumns())
        m_sort->addItem(column, column);
    m_direction = new QComboBox(editor);
    m_direction->setObjectName(QStringLiteral("viewSortDirection"));
    m_direction->addItem(tr("Descending"), int(Qt::DescendingOrder));
    m_direction->addItem(tr("Ascending"), int(Qt::AscendingOrder));
    sortRow->addWidget(m_sort);
    sortRow->addWidget(m_direction);
    sortRow->addStretch();
    table->addRow(tr("Sort by:"), sortRow);
    editorLayout->addLayout(table);
    m_form = new FormActions(this, QStringLiteral("view"), editor);
    editorLayout->addWidget(m_form);
    editorLayout->addStretch();
    scroll->setWidget(editor);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(1, 1);
    bodyLayout()->addWidget(splitter, 1);

    connect(m_list, &QListWidget::currentItemChanged, this, &ViewsPage::selectionChanged);
    connect(m_list, &QListWidget::itemChanged, this, &ViewsPage::itemChanged);
    connect(add, &QPushButton::clicked, this, &ViewsPage::newView);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &ViewsPage::removeCurrent);
    connect(m_title, &QLineEdit::textEdited, this, &ViewsPage::markDirty);
    connect(m_conditions, &ConditionBuilder::changed, this, &ViewsPage::markDirty);
    connect(m_columns, &QListWidget::itemChanged, this, &ViewsPage::markDirty);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &ViewsPage::markDirty);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ViewsPage::markDirty);
    connect(m_form, &FormActions::saveRequested, this, &ViewsPage::save);
    connect(m_form, &FormActions::revertRequested, this, &ViewsPage::discardChanges);
    reloadOn({&Store::ChangeHub::rulesChanged});
    reload();
}

void ViewsPage::reload() {
    if (m_dirty)
        return;
    auto &service = context().instance().views();
    const auto views = service.customViews(context().actor());
    if (!report(views))
        return;
    m_views = *views;
    const auto choices = service.choices(context().actor());
    m_conditions->setChoices(choices ? *choices : Services::RuleChoices());
    m_loading = true;
    const Domain::Id keep = m_editing;
    m_list->clear();
    int current = -1;
    for (const auto &view : std::as_const(m_views)) {
        auto *item = new QListWidgetItem(view.title, m_list);
        item->setData(idRole, view.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(view.active ? Qt::Checked : Qt::Unchecked);
        if (view.broken) {
            item->setText(tr("%1 (broken)").arg(view.title));
            item->setIcon(QIcon::fromTheme(QStringLiteral("dialog-warning")));
            item->setToolTip(view.problems.join(QLatin1Char('\n')));
        }
        if (view.id == keep)
            current = m_list->count() - 1;
    }
    m_list->setCurrentRow(current);
    m_loading = false;
    selectionChanged();
}

void ViewsPage::showView(const Services::ViewInfo &view) {
    m_title->setText(view.title);
    m_conditions->setCondition(view.condition);
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem *item = m_columns->item(i);
        item->setCheckState(view.columns.contains(item->data(idRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    const int sort = m_sort->findData(view.sort.column);
    m_sort->setCurrentIndex(sort >= 0 ? sort : 0);
    m_direction->setCurrentIndex(m_direction->findData(int(view.sort.order)));
    m_problems->setText(view.problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!view.problems.isEmpty());
}

void ViewsPage::selectionChanged() {
    if (m_loading)
        return;
    QListWidgetItem *item = m_list->currentItem();
    m_editing = item ? item->data(idRole).toLongLong() : 0;
    Services::ViewInfo info;
    for (const auto &v : std::as_const(m_views))
        if (v.id == m_editing)
            info = v;
    m_loading = true;
    showView(info);
    m_up->setEnabled(item && m_list->row(item) > 0);
    m_down->setEnabled(item && m_list->row(item) < m_list->count() - 1);
    m_remove->setEnabled(item != nullptr);
    m_loading = false;
    m_dirty = false;
    m_form->setDirty(false);
    m_form->saveButton()->setText(m_editing == 0 ? tr("Create view") : tr("Save"));
}

void ViewsPage::itemChanged(QListWidgetItem *item) {
    if (m_loading)
        return;
    const bool active = item->checkState() == Qt::Checked;
    report(context().instance().views().setActive(context().actor(),
                                                  item->data(idRole).toLongLong(), active),
           active ? tr("View activated.") : tr("View deactivated."));
    reload();
}

void ViewsPage::move(int delta) {
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QList<Domain::Id> ids;
    for (int i = 0; i < m_list->count(); ++i)
        ids << m_list->item(i)->data(idRole).toLongLong();
    ids.move(row, to);
    report(context().instance().views().reorder(context().actor(), ids), tr("Order saved."));
    reload();
}

void ViewsPage::newView() {
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_editing = 0;
    showView(Services::ViewInfo());
    m_conditions->addRow(Rules::Condition::List::All);
    m_loading = false;
    m_dirty = false;
    m_form->setDirty(false);
    m_form->saveButton()->setText(tr("Create view"));
    m_title->setFocus();
}

void ViewsPage::markDirty() {
    if (m_loading)
        return;
    m_dirty = true;
    m_form->setDirty(true);
}

void ViewsPage::save() {
    Services::ViewDraft draft;
    draft.title = m_title->text().trimmed();
    draft.condition = m_conditions->condition();
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            draft.columns << m_columns->item(i)->data(idRole).toString();
    draft.sort.column = m_sort->currentData().toString();
    draft.sort.order = Qt::SortOrder(m_direction->currentData().toInt());
    auto &service = context().instance().views();
    const bool creating = m_editing == 0;
    m_dirty = false;
    const auto saved = creating ? service.create(context().actor(), draft)
                                : service.update(context().actor(), m_editing, draft);
    if (!saved) {
        m_dirty = true;
        m_form->setDirty(true);
        messages()->showError(saved.error());
        return;
    }
    m_editing = saved->id;
    reload();
    messages()->showPositive(creating ? tr("View created.") : tr("View saved."));
}

void ViewsPage::discardChanges() {
    m_dirty = false;
    reload();
}

void ViewsPage::removeCurrent() {
    if (m_editing == 0 ||
        !Confirmation::ask(
            this, tr("Delete view"),
            tr("Delete the view \"%1\"? This cannot be undone.").arg(m_title->text()),
            tr("Delete view")))
        return;
    if (report(context().instance().views().remove(context().actor(), m_editing),
               tr("View deleted."))) {
        m_editing = 0;
        m_dirty = false;
        reload();
    }
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(views)
