#include "ui/admin/GroupsPage.h"

#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/MessageBar.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace DeskBridge::Ui {

using Domain::Group;
using Domain::Id;

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("groups"),
    AdminSection::People,
    20,
    QStringLiteral("user-group-properties"),
    &GroupsPage::title,
    [] { return GroupsPage::tr("Teams of agents that tickets are assigned to."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new GroupsPage(context, parent);
    },
}};

constexpr int kIdRole = Qt::UserRole + 1;

QList<Id> sorted(QList<Id> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

QString GroupsPage::title() {
    return tr("Groups");
}

GroupsPage::GroupsPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *tools = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("groupSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search groups (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_new =
        new QPushButton(QIcon::fromTheme(QStringLiteral("user-group-new")), tr("New Group…"), this);
    m_new->setObjectName(QStringLiteral("groupNewButton"));
    m_delete =
        new QPushButton(QIcon::fromTheme(QStringLiteral("user-group-delete")), tr("Delete…"), this);
    m_delete->setObjectName(QStringLiteral("groupDeleteButton"));
    m_delete->setToolTip(tr("Delete the selected group (Del)"));
    tools->addWidget(m_search, 1);
    tools->addSpacing(12);
    tools->addWidget(m_new);
    tools->addWidget(m_delete);
    bodyLayout()->addLayout(tools);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("groupList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Group"), tr("Members")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_editorStack = new QStackedWidget(splitter);
    m_editorStack->setObjectName(QStringLiteral("groupEditor"));
    auto *nothing = new QLabel(tr("Select a group to rename it or change its members, or "
                                  "create a new group."),
                               m_editorStack);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(nothing);

    auto *editor = new QWidget(m_editorStack);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(12, 0, 0, 0);
    m_editorTitle = new QLabel(editor);
    m_editorTitle->setObjectName(QStringLiteral("groupEditorTitle"));
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_editorTitle->setFont(titleFont);
    editorLayout->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_name->setPlaceholderText(tr("e.g. Premium Support"));
    form->addRow(tr("&Name:"), m_name);
    editorLayout->addLayout(form);
    auto *membersHeading = new QHBoxLayout;
    auto *membersLabel = new QLabel(tr("&Members:"), editor);
    m_memberCount = new QLabel(editor);
    m_memberCount->setObjectName(QStringLiteral("groupMemberCount"));
    m_memberCount->setForegroundRole(QPalette::PlaceholderText);
    membersHeading->addWidget(membersLabel);
    membersHeading->addStretch();
    membersHeading->addWidget(m_memberCount);
    editorLayout->addSpacing(4);
    editorLayout->addLayout(membersHeading);
    m_memberFilter = new QLineEdit(editor);
    m_memberFilter->setObjectName(QStringLiteral("groupMemberFilter"));
    m_memberFilter->setClearButtonEnabled(true);
    m_memberFilter->setPlaceholderText(tr("Filter agents"));
    editorLayout->addWidget(m_memberFilter);
    m_members = new QListWidget(editor);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    m_members->setUniformItemSizes(true);
    membersLabel->setBuddy(m_members);
    editorLayout->addWidget(m_members, 1);
    auto *membersNote = new QLabel(tr("Only agents and administrators can be in groups."), editor);
    membersNote->setWordWrap(true);
    membersNote->setForegroundRole(QPalette::PlaceholderText);
    editorLayout->addWidget(membersNote);
    m_actions = new FormActions(this, QStringLiteral("group"), editor);
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
    connect(create, &QShortcut::activated, this, &GroupsPage::startNewGroup);
    // Only on the list: Delete in the name field deletes characters, never the group.
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &GroupsPage::removeSelected);

    connect(m_search, &QLineEdit::textChanged, this, &GroupsPage::filterGroups);
    connect(m_memberFilter, &QLineEdit::textChanged, this, &GroupsPage::filterMembers);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &GroupsPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &GroupsPage::startNewGroup);
    connect(m_delete, &QPushButton::clicked, this, &GroupsPage::removeSelected);
    connect(m_name, &QLineEdit::textChanged, this, &GroupsPage::updateState);
    connect(m_members, &QListWidget::itemChanged, this, &GroupsPage::updateState);
    connect(m_actions, &FormActions::saveRequested, this, &GroupsPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &GroupsPage::revert);

    reloadOn({&Store::ChangeHub::groupsChanged, &Store::ChangeHub::usersChanged});
    reloadGroups();
    reloadStaff();
    showNoGroup();
}

void GroupsPage::activate() {
    m_list->setFocus();
}

void GroupsPage::reload() {
    const QList<Id> checked = checkedMembers();
    reloadGroups();
    reloadStaff();
    if (m_creating) {
        checkMembers(checked);
        return;
    }
    if (!m_stored)
        return;
    const auto fresh = context().instance().groups().find(m_stored->id);
    if (!fresh) { // deleted elsewhere
        showNoGroup();
        return;
    }
    selectGroup(fresh->id);
    const bool editing = m_name->text() != m_stored->name || sorted(checked) != m_storedMembers;
    if (editing) {
        // Keep the admin's edits over the new state.
        m_stored = *fresh;
        m_storedMembers = sorted(context().instance().groups().members(fresh->id));
        checkMembers(checked);
        updateState();
    } else {
        showGroup(*fresh);
    }
}

void GroupsPage::reloadGroups() {
    m_syncing = true;
    m_list->clear();
    for (const Group &g : context().instance().groups().list()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, g.name);
        item->setIcon(0, QIcon::fromTheme(QStringLiteral("resource-group")));
        item->setData(1, Qt::DisplayRole, g.memberCount);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kIdRole, g.id);
    }
    m_syncing = false;
    filterGroups(m_search->text());
    if (m_stored && !m_creating)
        selectGroup(m_stored->id);
    m_delete->setEnabled(m_stored && !m_creating);
}

void GroupsPage::reloadStaff() {
    m_syncing = true;
    m_members->clear();
    for (const Domain::User &u : context().instance().users().list()) {
        if (!u.isStaff())
            continue;
        QString text = tr("%1 – %2").arg(u.name, Domain::Names::label(u.role));
        if (!u.active)
            text = tr("%1 (suspended)").arg(text);
        auto *item =
            new QListWidgetItem(QIcon::fromTheme(u.isAdmin() ? QStringLiteral("user-properties")
                                                             : QStringLiteral("user-identity")),
                                text, m_members);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(kIdRole, u.id);
        item->setToolTip(u.email);
    }
    m_syncing = false;
    filterMembers(m_memberFilter->text());
}

void GroupsPage::filterGroups(const QString &text) {
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        item->setHidden(!item->text(0).contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void GroupsPage::filterMembers(const QString &text) {
    for (int i = 0; i < m_members->count(); ++i) {
        QListWidgetItem *item = m_members->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive) &&
                        !item->toolTip().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void GroupsPage::selectGroup(Id id) {
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

QList<Id> GroupsPage::checkedMembers() const {
    QList<Id> out;
    for (int i = 0; i < m_members->count(); ++i)
        if (m_members->item(i)->checkState() == Qt::Checked)
            out.append(m_members->item(i)->data(kIdRole).toLongLong());
    return out;
}

void GroupsPage::checkMembers(const QList<Id> &ids) {
    m_syncing = true;
    for (int i = 0; i < m_members->count(); ++i) {
        QListWidgetItem *item = m_members->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toLongLong()) ? Qt::Checked
                                                                           : Qt::Unchecked);
    }
    m_syncing = false;
    updateState();
}

bool GroupsPage::confirmDiscard() {
    if (!hasUnsavedChanges())
        return true;
    const QString what =
        m_creating ? tr("the new group") : tr("the group \"%1\"").arg(m_stored->name);
    return Confirmation::ask(this, tr("Unsaved changes"),
                             tr("Discard your changes to %1?").arg(what), tr("Discard changes"));
}

void GroupsPage::selectionChanged() {
    if (m_syncing)
        return;
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    const Id id = selected.isEmpty() ? 0 : selected.first()->data(0, kIdRole).toLongLong();
    if (m_stored && !m_creating && id == m_stored->id)
        return;
    if (!confirmDiscard()) {
        if (m_creating)
            selectGroup(0);
        else
            selectGroup(m_stored ? m_stored->id : 0);
        return;
    }
    if (!id) {
        if (!m_creating)
            showNoGroup();
        return;
    }
    if (const auto group = context().instance().groups().find(id))
        showGroup(*group);
}

void GroupsPage::showNoGroup() {
    m_creating = false;
    m_stored.reset();
    m_storedMembers.clear();
    m_delete->setEnabled(false);
    m_editorStack->setCurrentIndex(0);
}

void GroupsPage::showGroup(const Group &group) {
    m_creating = false;
    m_stored = group;
    m_storedMembers = sorted(context().instance().groups().members(group.id));
    m_editorTitle->setText(group.name);
    m_name->setText(group.name);
    checkMembers(m_storedMembers);
    m_actions->setSaveText(tr("Save"));
    m_delete->setEnabled(true);
    m_editorStack->setCurrentIndex(1);
    updateState();
}

void GroupsPage::startNewGroup() {
    if (!confirmDiscard())
        return;
    selectGroup(0);
    m_stored.reset();
    m_storedMembers.clear();
    m_creating = true;
    m_editorTitle->setText(tr("New group"));
    m_name->clear();
    checkMembers({});
    m_actions->setSaveText(tr("Create"));
    m_delete->setEnabled(false);
    m_editorStack->setCurrentIndex(1);
    updateState();
    m_name->setFocus();
}

bool GroupsPage::hasUnsavedChanges() const {
    if (m_creating)
        return !m_name->text().trimmed().isEmpty() || !checkedMembers().isEmpty();
    if (!m_stored)
        return false;
    return m_name->text() != m_stored->name || sorted(checkedMembers()) != m_storedMembers;
}

void GroupsPage::updateState() {
    if (m_syncing)
        return;
    m_actions->setDirty(hasUnsavedChanges());
    if (m_creating)
        m_actions->revertButton()->setEnabled(true);
    m_memberCount->setText(tr("%1 selected").arg(checkedMembers().size()));
}

void GroupsPage::save() {
    Services::GroupService &groups = context().instance().groups();
    const QList<Id> members = checkedMembers();
    if (m_creating) {
        const auto created = groups.create(context().actor(), m_name->text(), members);
        if (!report(created,
                    tr("Created the group \"%1\".").arg(created ? created->name : QString())))
            return;
        const Group group = *created;
        showGroup(group);
        selectGroup(group.id);
        return;
    }
    const Id id = m_stored->id;
    if (!report(groups.update(context().actor(), id, m_name->text(), members),
                tr("Saved the group \"%1\".").arg(m_name->text().trimmed())))
        return;
    if (const auto fresh = groups.find(id)) {
        showGroup(*fresh);
        selectGroup(id);
    }
}

void GroupsPage::revert() {
    messages()->clear();
    if (m_creating) {
        showNoGroup();
        return;
    }
    if (m_stored) {
        if (const auto fresh = context().instance().groups().find(m_stored->id))
            showGroup(*fresh);
        else
            showNoGroup();
    }
}

void GroupsPage::discardChanges() {
    revert();
}

void GroupsPage::removeSelected() {
    if (!m_stored || m_creating)
        return;
    const Group group = *m_stored;
    const int members = int(context().instance().groups().members(group.id).size());
    const QString question =
        tr("Delete the group \"%1\"?").arg(group.name) + QStringLiteral("\n\n") +
        (members > 0 ? tr("Its members (%1) stay in the account. Tickets assigned to this "
                          "group keep their assignee but no longer have a group.")
                           .arg(members)
                     : tr("Tickets assigned to this group keep their assignee but no longer have "
                          "a group.")) +
        QStringLiteral(" ") + tr("This cannot be undone.");
    if (!Confirmation::ask(this, tr("Delete Group"), question, tr("Delete Group")))
        return;
    if (!report(context().instance().groups().remove(context().actor(), group.id),
                tr("Deleted the group \"%1\".").arg(group.name)))
        return;
    showNoGroup();
    m_list->setFocus();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(groups)
