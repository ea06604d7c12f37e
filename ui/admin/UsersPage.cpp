#include "ui/admin/UsersPage.h"

#include "app/services/OrganizationService.h"
#include "app/services/UserService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/HelpCenterPasswordBox.h"
#include "ui/admin/ImportDialog.h"
#include "ui/admin/MessageBar.h"
#include "ui/admin/UserFilterModel.h"
#include "ui/admin/UserListModel.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QTreeView>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

using Domain::Role;
using Domain::User;

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("users"),
    AdminSection::People,
    10,
    QStringLiteral("system-users"),
    &UsersPage::title,
    [] { return UsersPage::tr("Agents, administrators and end users: roles and access."); },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new UsersPage(context, parent);
    },
}};

QFont boldFont(const QWidget *w, qreal scale = 1.0) {
    QFont f = w->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    return f;
}
} // namespace

QString UsersPage::title() {
    return tr("Users");
}

UsersPage::UsersPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    // The tool row: search, role filter, new user.
    auto *tools = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search by name or email (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("userRoleFilter"));
    m_roleFilter->setToolTip(tr("Show users of one role only"));
    m_roleFilter->addItem(QIcon::fromTheme(QStringLiteral("view-filter")), tr("All roles"), -1);
    m_roleFilter->addItem(tr("Administrators"), int(Role::Admin));
    m_roleFilter->addItem(tr("Agents"), int(Role::Agent));
    m_roleFilter->addItem(tr("End users"), int(Role::EndUser));
    m_new =
        new QPushButton(QIcon::fromTheme(QStringLiteral("list-add-user")), tr("New User…"), this);
    m_new->setObjectName(QStringLiteral("userNewButton"));
    m_new->setToolTip(tr("Add an agent, administrator or end user"));
    tools->addWidget(m_search, 1);
    tools->addWidget(m_roleFilter);
    tools->addSpacing(12);
    m_import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                               tr("Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("userImportButton"));
    tools->addWidget(m_import);
    tools->addWidget(m_new);
    bodyLayout()->addLayout(tools);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    // The list.
    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_model = new UserListModel(this);
    m_filter = new UserFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_list = new QTreeView(listBox);
    m_list->setObjectName(QStringLiteral("userList"));
    m_list->setModel(m_filter);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(UserListModel::NameColumn, Qt::AscendingOrder);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(UserListModel::NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(UserListModel::EmailColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(UserListModel::RoleColumn,
                                           QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(UserListModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    listLayout->addWidget(m_list, 1);
    m_count = new QLabel(listBox);
    m_count->setObjectName(QStringLiteral("userCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(m_count);

    // The editor: a hint while nothing is selected, else the form.
    m_editorStack = new QStackedWidget(splitter);
    m_editorStack->setObjectName(QStringLiteral("userEditor"));
    auto *nothing = new QLabel(tr("Select a user to change their details, or create a new "
                                  "user."),
                               m_editorStack);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(nothing);

    auto *editor = new QWidget(m_editorStack);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(12, 0, 0, 0);
    m_editorTitle = new QLabel(editor);
    m_editorTitle->setObjectName(QStringLiteral("userEditorTitle"));
    m_editorTitle->setFont(boldFont(this, 1.15));
    m_editorTitle->setWordWrap(true);
    editorLayout->addWidget(m_editorTitle);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(8);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("userName"));
    m_name->setMaxLength(255);
    form->addRow(tr("&Name:"), m_name);
    m_email = new QLineEdit(editor);
    m_email->setObjectName(QStringLiteral("userEmail"));
    m_email->setPlaceholderText(tr("name@example.com"));
    form->addRow(tr("&Email:"), m_email);
    m_role = new QComboBox(editor);
    m_role->setObjectName(QStringLiteral("userRole"));
    for (Role r : {Role::Agent, Role::Admin, Role::EndUser})
        m_role->addItem(Domain::Names::label(r), int(r));
    form->addRow(tr("&Role:"), m_role);
    m_active = new QCheckBox(tr("Active (can sign in)"), editor);
    m_active->setObjectName(QStringLiteral("userActive"));
    m_active->setToolTip(tr("Suspended users keep their tickets but can no longer sign in."));
    form->addRow(tr("Access:"), m_active);
    m_organizations = new QListWidget(editor);
    m_organizations->setObjectName(QStringLiteral("userOrganizations"));
    m_organizations->setFixedHeight(m_organizations->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Organi&zations:"), m_organizations);
    m_defaultOrganization = new QComboBox(editor);
    m_defaultOrganization->setObjectName(QStringLiteral("userDefaultOrganization"));
    m_defaultOrganization->setToolTip(tr("New tickets of this user belong to this organization"));
    form->addRow(tr("De&fault organization:"), m_defaultOrganization);
    m_helpCenter = new HelpCenterPasswordBox(context, messages(), editor);
    form->addRow(tr("Help Center:"), m_helpCenter);
    editorLayout->addLayout(form);
    m_selfNote = new QLabel(tr("This is you. Only another administrator can change your role or "
                               "suspend you."),
                            editor);
    m_selfNote->setObjectName(QStringLiteral("userSelfNote"));
    m_selfNote->setWordWrap(true);
    m_selfNote->setForegroundRole(QPalette::PlaceholderText);
    editorLayout->addWidget(m_selfNote);
    m_effectiveAccess = new QLabel(editor);
    m_effectiveAccess->setObjectName(QStringLiteral("userEffectiveAccess"));
    m_effectiveAccess->setWordWrap(true);
    m_effectiveAccess->setTextInteractionFlags(Qt::TextSelectableByMouse);
    editorLayout->addWidget(m_effectiveAccess);
    editorLayout->addStretch();
    m_actions = new FormActions(this, QStringLiteral("user"), editor);
    editorLayout->addWidget(m_actions);
    m_editorStack->addWidget(editor);

    splitter->addWidget(listBox);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    bodyLayout()->addWidget(splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *create = new QShortcut(QKeySequence::New, this);
    create->setContext(Qt::WidgetWithChildrenShortcut);
    connect(create, &QShortcut::activated, this, &UsersPage::startNewUser);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateCount();
    });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int role = m_roleFilter->currentData().toInt();
        m_filter->setRoleFilter(role < 0 ? std::nullopt : std::optional<Role>(Role(role)));
        updateCount();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &UsersPage::startNewUser);
    connect(m_name, &QLineEdit::textChanged, this, &UsersPage::updateState);
    connect(m_email, &QLineEdit::textChanged, this, &UsersPage::updateState);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::updateState);
    connect(m_active, &QCheckBox::toggled, this, &UsersPage::updateState);
    connect(m_organizations, &QListWidget::itemChanged, this, [this] {
        if (m_fillingMemberships)
            return;
        updateDefaultOrganizations();
        updateState();
    });
    connect(m_defaultOrganization, &QComboBox::currentIndexChanged, this, &UsersPage::updateState);
    connect(m_import, &QPushButton::clicked, this, &UsersPage::importCsv);
    connect(m_actions, &FormActions::saveRequested, this, &UsersPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &UsersPage::revert);

    reloadOn({&Store::ChangeHub::usersChanged, &Store::ChangeHub::organizationsChanged});
    reload();
    showNoUser();
}

void UsersPage::activate() {
    m_search->setFocus();
}

void UsersPage::reload() {
    const Domain::Id keep = m_stored ? m_stored->id : 0;
    m_syncingSelection = true;
    m_model->setUsers(context().instance().users().list());
    m_syncingSelection = false;
    updateCount();
    if (!keep)
        return;
    const auto fresh = context().instance().users().find(keep);
    if (!fresh) { // gone elsewhere
        m_stored.reset();
        showNoUser();
        return;
    }
    selectUser(keep);
    if (hasUnsavedChanges())
        m_stored = *fresh; // keep the admin's edits; Save compares against the new state
    else
        showUser(*fresh);
}

void UsersPage::updateCount() {
    const int all = m_model->rowCount();
    const int shown = m_filter->rowCount();
    // No plural forms: the English catalogue carries none, and "Total: 1" reads right.
    m_count->setText(shown == all ? tr("Total: %1").arg(all)
                                  : tr("Shown: %1 of %2").arg(shown).arg(all));
}

void UsersPage::selectUser(Domain::Id id) {
    const int row = m_model->rowOf(id);
    m_syncingSelection = true;
    if (row < 0) {
        m_list->clearSelection();
        m_list->selectionModel()->clearCurrentIndex();
    } else {
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid()) {
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
            m_list->scrollTo(index);
        } else {
            m_list->clearSelection(); // filtered out: the form still shows the user
        }
    }
    m_syncingSelection = false;
}

bool UsersPage::confirmDiscard() {
    if (!hasUnsavedChanges())
        return true;
    const QString who = m_creating ? tr("the new user") : m_stored->name;
    return Confirmation::ask(this, tr("Unsaved changes"),
                             tr("Discard your changes to %1?").arg(who), tr("Discard changes"));
}

void UsersPage::selectionChanged() {
    if (m_syncingSelection)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    const Domain::Id id =
        rows.isEmpty() ? 0 : rows.first().data(UserListModel::IdRole).toLongLong();
    if (m_stored && id == m_stored->id && !m_creating)
        return;
    if (!confirmDiscard()) {
        selectUser(m_stored ? m_stored->id : 0); // stay where the edits are
        return;
    }
    if (!id) {
        if (!m_creating) {
            m_stored.reset();
            showNoUser();
        }
        return;
    }
    if (const auto user = context().instance().users().find(id))
        showUser(*user);
}

void UsersPage::showNoUser() {
    m_creating = false;
    m_stored.reset();
    m_editorStack->setCurrentIndex(0);
}

void UsersPage::showUser(const User &user) {
    m_creating = false;
    m_stored = user;
    m_editorTitle->setText(user.name);
    m_name->setText(user.name);
    m_email->setText(user.email);
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    m_active->setChecked(user.active);
    const bool self = user.id == context().actorId();
    m_role->setEnabled(!self);
    m_active->setEnabled(!self);
    m_selfNote->setVisible(self);
    fillMemberships(&user);
    m_helpCenter->setUser(user);
    m_actions->setSaveText(tr("Save"));
    m_editorStack->setCurrentIndex(1);
    updateState();
}

void UsersPage::startNewUser() {
    if (!confirmDiscard())
        return;
    selectUser(0);
    m_stored.reset();
    m_creating = true;
    m_editorTitle->setText(tr("New user"));
    m_name->clear();
    m_email->clear();
    m_role->setCurrentIndex(m_role->findData(int(Role::Agent)));
    m_active->setChecked(true);
    m_role->setEnabled(true);
    m_active->setEnabled(true);
    m_selfNote->hide();
    fillMemberships(nullptr);
    m_helpCenter->setUser(std::nullopt);
    m_actions->setSaveText(tr("Create"));
    m_editorStack->setCurrentIndex(1);
    updateState();
    m_name->setFocus();
}

User UsersPage::formUser() const {
    User u = m_stored.value_or(User());
    u.name = m_name->text();
    u.email = m_email->text();
    u.role = Role(m_role->currentData().toInt());
    u.active = m_active->isChecked();
    return u;
}

bool UsersPage::hasUnsavedChanges() const {
    if (m_creating)
        return !m_name->text().trimmed().isEmpty() || !m_email->text().trimmed().isEmpty();
    if (!m_stored)
        return false;
    const User u = formUser();
    return u.name != m_stored->name || u.email != m_stored->email || u.role != m_stored->role ||
           u.active != m_stored->active || membershipsChanged();
}

void UsersPage::updateState() {
    m_actions->setDirty(hasUnsavedChanges());
    // A new user can always be abandoned, even before anything is typed.
    if (m_creating)
        m_actions->revertButton()->setEnabled(true);
}

void UsersPage::save() {
    Services::UserService &users = context().instance().users();
    const User u = formUser();
    if (m_creating) {
        const auto created = users.create(context().actor(), u);
        if (!report(created, tr("Created %1 (%2).")
                                 .arg(created ? created->name : QString(),
                                      created ? Domain::Names::label(created->role) : QString())))
            return;
        // Domains may have added organizations already; the form's choice is added to them.
        if (!checkedOrganizations().isEmpty()) {
            QList<Domain::Id> ids = checkedOrganizations();
            for (const Domain::Organization &o :
                 context().instance().organizations().organizationsOf(created->id))
                if (!ids.contains(o.id))
                    ids.append(o.id);
            const Status joined = context().instance().organizations().setMemberships(
                context().actor(), created->id, ids, formDefaultOrganization());
            showUser(*users.find(created->id));
            selectUser(created->id);
            report(joined,
                   tr("Created %1 (%2).").arg(created->name, Domain::Names::label(created->role)));
            return;
        }
        showUser(*created);
        selectUser(created->id);
        return;
    }
    const bool userChanged = u.name != m_stored->name || u.email != m_stored->email ||
                             u.role != m_stored->role || u.active != m_stored->active;
    if (userChanged && !report(users.update(context().actor(), u)))
        return;
    // The plan limits organizations per user: the service refuses, the form keeps the choice.
    if (membershipsChanged() &&
        !report(context().instance().organizations().setMemberships(
            context().actor(), u.id, checkedOrganizations(), formDefaultOrganization())))
        return;
    messages()->showPositive(tr("Saved %1.").arg(u.name.trimmed()));
    if (const auto fresh = users.find(u.id))
        showUser(*fresh);
    selectUser(u.id);
}

void UsersPage::revert() {
    messages()->clear();
    if (m_creating) {
        showNoUser();
        return;
    }
    if (m_stored) {
        if (const auto fresh = context().instance().users().find(m_stored->id))
            showUser(*fresh);
    }
}

void UsersPage::fillMemberships(const User *user) {
    Services::OrganizationService &orgs = context().instance().organizations();
    m_storedOrganizations.clear();
    m_storedDefault = 0;
    if (user) {
        for (const Domain::Organization &o : orgs.organizationsOf(user->id))
            m_storedOrganizations.append(o.id);
        m_storedDefault = user->defaultOrganizationId;
    }
    m_fillingMemberships = true;
    m_organizations->clear();
    for (const Domain::Organization &o : orgs.list()) {
        auto *item = new QListWidgetItem(o.name, m_organizations);
        item->setData(Qt::UserRole, o.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_storedOrganizations.contains(o.id) ? Qt::Checked : Qt::Unchecked);
    }
    updateDefaultOrganizations();
    m_defaultOrganization->setCurrentIndex(
        std::max(0, m_defaultOrganization->findData(m_storedDefault)));
    m_fillingMemberships = false;

    QString access;
    if (user) {
        if (const auto effective = orgs.effectiveAccess(user->id))
            access = effective->summary;
    }
    m_effectiveAccess->setText(access);
    m_effectiveAccess->setVisible(!access.isEmpty());
}

void UsersPage::updateDefaultOrganizations() {
    const Domain::Id current = m_defaultOrganization->currentData().toLongLong();
    const bool filling = m_fillingMemberships;
    m_fillingMemberships = true;
    m_defaultOrganization->clear();
    for (int i = 0; i < m_organizations->count(); ++i) {
        const QListWidgetItem *item = m_organizations->item(i);
        if (item->checkState() == Qt::Checked)
            m_defaultOrganization->addItem(item->text(), item->data(Qt::UserRole));
    }
    if (m_defaultOrganization->count() == 0)
        m_defaultOrganization->addItem(tr("None"), Domain::Id(0));
    m_defaultOrganization->setCurrentIndex(std::max(0, m_defaultOrganization->findData(current)));
    m_defaultOrganization->setEnabled(m_defaultOrganization->count() > 1);
    m_fillingMemberships = filling;
}

QList<Domain::Id> UsersPage::checkedOrganizations() const {
    QList<Domain::Id> out;
    for (int i = 0; i < m_organizations->count(); ++i) {
        const QListWidgetItem *item = m_organizations->item(i);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(Qt::UserRole).toLongLong());
    }
    return out;
}

Domain::Id UsersPage::formDefaultOrganization() const {
    return m_defaultOrganization->currentData().toLongLong();
}

bool UsersPage::membershipsChanged() const {
    QList<Domain::Id> now = checkedOrganizations();
    QList<Domain::Id> stored = m_storedOrganizations;
    std::sort(now.begin(), now.end());
    std::sort(stored.begin(), stored.end());
    if (now != stored)
        return true;
    // The stored default is only compared while there is one to choose.
    return !now.isEmpty() && formDefaultOrganization() != m_storedDefault;
}

void UsersPage::importCsv() {
    ImportDialog dialog(context(), ImportDialog::Kind::Users, this);
    dialog.exec();
}

void UsersPage::discardChanges() {
    revert();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(users)
