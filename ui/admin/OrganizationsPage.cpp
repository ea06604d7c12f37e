#include "ui/admin/OrganizationsPage.h"

#include "app/services/GroupService.h"
#include "app/services/OrganizationService.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/Confirmation.h"
#include "ui/admin/FormActions.h"
#include "ui/admin/ImportDialog.h"
#include "ui/admin/MessageBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace DeskBridge::Ui {

using Domain::Organization;
using Domain::SharingMode;

namespace {
const AdminPageRegistration registration{{
    QStringLiteral("organizations"),
    AdminSection::People,
    30,
    QStringLiteral("resource-group"),
    &OrganizationsPage::title,
    [] {
        return OrganizationsPage::tr("Companies and departments, their email domains and "
                                     "sharing.");
    },
    [](AdminContext &context, QWidget *parent) -> AdminPage * {
        return new OrganizationsPage(context, parent);
    },
}};

enum Column { NameColumn, MembersColumn, TicketsColumn };
constexpr int IdRole = Qt::UserRole;

QFont boldFont(const QWidget *w, qreal scale = 1.0) {
    QFont f = w->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    return f;
}
} // namespace

QString OrganizationsPage::title() {
    return tr("Organizations");
}

OrganizationsPage::OrganizationsPage(AdminContext &context, QWidget *parent)
    : AdminPage(context, parent) {
    auto *tools = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orgSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search by name, domain or tag (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_applyDomains = new QPushButton(tr("Apply Domains…"), this);
    m_applyDomains->setObjectName(QStringLiteral("orgApplyDomainsButton"));
    m_applyDomains->setToolTip(tr("Add existing users to the organizations whose email domains "
                                  "match their addresses"));
    m_import = new QPushButton(QIcon::fromTheme(QStringLiteral("document-import")),
                               tr("Import from CSV…"), this);
    m_import->setObjectName(QStringLiteral("orgImportButton"));
    m_new = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("New Organization…"),
                            this);
    m_new->setObjectName(QStringLiteral("orgNewButton"));
    tools->addWidget(m_search, 1);
    tools->addSpacing(12);
    tools->addWidget(m_applyDomains);
    tools->addWidget(m_import);
    tools->addWidget(m_new);
    bodyLayout()->addLayout(tools);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto *listBox = new QWidget(splitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(4);
    m_list = new QTreeWidget(listBox);
    m_list->setObjectName(QStringLiteral("orgList"));
    m_list->setHeaderLabels({tr("Name"), tr("Members"), tr("Tickets")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(MembersColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TicketsColumn, QHeaderView::ResizeToContents);
    listLayout->addWidget(m_list, 1);
    m_count = new QLabel(listBox);
    m_count->setObjectName(QStringLiteral("orgCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    listLayout->addWidget(m_count);

    m_editorStack = new QStackedWidget(splitter);
    m_editorStack->setObjectName(QStringLiteral("orgEditor"));
    auto *nothing =
        new QLabel(tr("Select an organization to change it, or create a new one."), m_editorStack);
    nothing->setAlignment(Qt::AlignCenter);
    nothing->setWordWrap(true);
    nothing->setForegroundRole(QPalette::PlaceholderText);
    m_editorStack->addWidget(nothing);

    // The form is long (domains, three sharing modes): it scrolls rather than squeezes, and
    // the buttons below it stay in view.
    auto *editorPane = new QWidget(m_editorStack);
    auto *paneLayout = new QVBoxLayout(editorPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(editorPane);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *editor = new QWidget(scroll);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(12, 0, 4, 0);
    m_editorTitle = new QLabel(editor);
    m_editorTitle->setObjectName(QStringLiteral("orgEditorTitle"));
    m_editorTitle->setFont(boldFont(this, 1.15));
    m_editorTitle->setWordWrap(true);
    editorLayout->addWidget(m_editorTitle);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(8);
    m_name = new QLineEdit(editor);
    m_name->setObjectName(QStringLiteral("orgName"));
    m_name->setMaxLength(255);
    form->addRow(tr("&Name:"), m_name);
    m_notes = new QPlainTextEdit(editor);
    m_notes->setObjectName(QStringLiteral("orgNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("N&otes:"), m_notes);

    auto *domainBox = new QWidget(editor);
    auto *domainLayout = new QVBoxLayout(domainBox);
    domainLayout->setContentsMargins(0, 0, 0, 0);
    domainLayout->setSpacing(4);
    m_domains = new QListWidget(domainBox);
    m_domains->setObjectName(QStringLiteral("orgDomains"));
    m_domains->setFixedHeight(m_domains->fontMetrics().lineSpacing() * 4 + 12);
    domainLayout->addWidget(m_domains);
    auto *domainRow = new QHBoxLayout;
    m_domainInput = new QLineEdit(domainBox);
    m_domainInput->setObjectName(QStringLiteral("orgDomainInput"));
    m_domainInput->setPlaceholderText(tr("example.com"));
    m_addDomain = new QPushButton(tr("Add"), domainBox);
    m_addDomain->setObjectName(QStringLiteral("orgDomainAdd"));
    m_removeDomain = new QPushButton(tr("Remove"), domainBox);
    m_removeDomain->setObjectName(QStringLiteral("orgDomainRemove"));
    domainRow->addWidget(m_domainInput, 1);
    domainRow->addWidget(m_addDomain);
    domainRow->addWidget(m_removeDomain);
    domainLayout->addLayout(domainRow);
    auto *domainHint = new QLabel(tr("New users whose address ends in one of these domains join "
                                     "the organization."),
                                  domainBox);
    domainHint->setWordWrap(true);
    domainHint->setForegroundRole(QPalette::PlaceholderText);
    domainLayout->addWidget(domainHint);
    form->addRow(tr("Email &domains:"), domainBox);

    auto *sharingBox = new QWidget(editor);
    auto *sharingLayout = new QVBoxLayout(sharingBox);
    sharingLayout->setContentsMargins(0, 0, 0, 0);
    sharingLayout->setSpacing(4);
    m_sharing = new QButtonGroup(this);
    const std::pair<SharingMode, QString> modes[] = {
        {SharingMode::OwnTickets, QStringLiteral("orgSharingOwn")},
        {SharingMode::ViewAll, QStringLiteral("orgSharingView")},
        {SharingMode::ViewAllAndComment, QStringLiteral("orgSharingComment")},
    };
    for (const auto &[mode, name] : modes) {
        auto *radio = new QRadioButton(Domain::Names::label(mode), sharingBox);
        radio->setObjectName(name);
        m_sharing->addButton(radio, int(mode));
        sharingLayout->addWidget(radio);
    }
    m_sharingExplanation = new QLabel(sharingBox);
    m_sharingExplanation->setObjectName(QStringLiteral("orgSharingExplanation"));
    m_sharingExplanation->setWordWrap(true);
    m_sharingExplanation->setForegroundRole(QPalette::PlaceholderText);
    sharingLayout->addWidget(m_sharingExplanation);
    form->addRow(tr("Ticket sharing:"), sharingBox);

    m_group = new QComboBox(editor);
    m_group->setObjectName(QStringLiteral("orgGroup"));
    m_group->setToolTip(tr("New tickets from this organization's members go to this group"));
    form->addRow(tr("&Group:"), m_group);
    m_tags = new QLineEdit(editor);
    m_tags->setObjectName(QStringLiteral("orgTags"));
    m_tags->setPlaceholderText(tr("Separate tags with spaces"));
    form->addRow(tr("&Tags:"), m_tags);
    editorLayout->addLayout(form);
    editorLayout->addStretch();

    scroll->setWidget(editor);
    paneLayout->addWidget(scroll, 1);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(12, 0, 0, 0);
    m_delete = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-delete")),
                               tr("Delete Organization…"), editorPane);
    m_delete->setObjectName(QStringLiteral("orgDeleteButton"));
    bottom->addWidget(m_delete);
    bottom->addStretch();
    m_actions = new FormActions(this, QStringLiteral("org"), editorPane);
    bottom->addWidget(m_actions);
    paneLayout->addLayout(bottom);
    m_editorStack->addWidget(editorPane);

    splitter->addWidget(listBox);
    splitter->addWidget(m_editorStack);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    bodyLayout()->addWidget(splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    connect(m_search, &QLineEdit::textChanged, this, &OrganizationsPage::fillList);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OrganizationsPage::selectionChanged);
    connect(m_new, &QPushButton::clicked, this, &OrganizationsPage::startNew);
    connect(m_import, &QPushButton::clicked, this, &OrganizationsPage::importCsv);
    connect(m_applyDomains, &QPushButton::clicked, this, &OrganizationsPage::applyDomains);
    connect(m_addDomain, &QPushButton::clicked, this, &OrganizationsPage::addDomain);
    connect(m_domainInput, &QLineEdit::returnPressed, this, &OrganizationsPage::addDomain);
    connect(m_removeDomain, &QPushButton::clicked, this, &OrganizationsPage::removeDomain);
    connect(m_domains, &QListWidget::itemSelectionChanged, this, &OrganizationsPage::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &OrganizationsPage::updateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &OrganizationsPage::updateState);
    connect(m_tags, &QLineEdit::textChanged, this, &OrganizationsPage::updateState);
    connect(m_group, &QComboBox::currentIndexChanged, this, &OrganizationsPage::updateState);
    connect(m_sharing, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            updateSharingExplanation();
            updateState();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, &OrganizationsPage::removeOrganization);
    connect(m_actions, &FormActions::saveRequested, this, &OrganizationsPage::save);
    connect(m_actions, &FormActions::revertRequested, this, &OrganizationsPage::revert);

    reloadOn({&Store::ChangeHub::organizationsChanged, &Store::ChangeHub::usersChanged,
              &Store::ChangeHub::groupsChanged});
    fillGroups();
    fillList();
    showNone();
}

void OrganizationsPage::activate() {
    m_search->setFocus();
}

void OrganizationsPage::fillGroups() {
    const Domain::Id current = m_group->currentData().toLongLong();
    m_syncing = true;
    m_group->clear();
    m_group->addItem(tr("None"), Domain::Id(0));
    for (const Domain::Group &g : context().instance().groups().list())
        m_group->addItem(g.name, g.id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(current)));
    m_syncing = false;
}

void OrganizationsPage::fillList() {
    const QList<Organization> orgs = context().instance().organizations().list(m_search->text());
    m_syncing = true;
    m_list->clear();
    for (const Organization &o : orgs) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, o.name);
        item->setText(MembersColumn, QString::number(o.memberCount));
        item->setText(TicketsColumn, QString::number(o.ticketCount));
        item->setTextAlignment(MembersColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(TicketsColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(NameColumn, IdRole, o.id);
        if (!o.domains.isEmpty())
            item->setToolTip(NameColumn, o.domains.join(QStringLiteral(", ")));
    }
    m_syncing = false;
    const int all = int(context().instance().organizations().list().size());
    m_count->setText(m_search->text().trimmed().isEmpty()
                         ? tr("Total: %1").arg(all)
                         : tr("Shown: %1 of %2").arg(orgs.size()).arg(all));
    selectOrganization(m_stored && !m_creating ? m_stored->id : 0);
}

void OrganizationsPage::reload() {
    fillGroups();
    const Domain::Id keep = m_stored && !m_creating ? m_stored->id : 0;
    fillList();
    if (!keep)
        return;
    const auto fresh = context().instance().organizations().find(keep);
    if (!fresh) {
        showNone();
        return;
    }
    if (hasUnsavedChanges())
        m_stored = *fresh; // keep the admin's edits
    else
        showOrganization(*fresh);
}

void OrganizationsPage::selectOrganization(Domain::Id id) {
    m_syncing = true;
    m_list->clearSelection();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (id && item->data(NameColumn, IdRole).toLongLong() == id) {
            m_list->setCurrentItem(item);
            m_list->scrollToItem(item);
        }
    }
    m_syncing = false;
}

bool OrganizationsPage::confirmDiscard() {
    if (!hasUnsavedChanges())
        return true;
    const QString which = m_creating ? tr("the new organization") : m_stored->name;
    return Confirmation::ask(this, tr("Unsaved changes"),
                             tr("Discard your changes to %1?").arg(which), tr("Discard changes"));
}

void OrganizationsPage::selectionChanged() {
    if (m_syncing)
        return;
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    const Domain::Id id =
        items.isEmpty() ? 0 : items.first()->data(NameColumn, IdRole).toLongLong();
    if (m_stored && !m_creating && id == m_stored->id)
        return;
    if (!id)
        return; // a cleared selection keeps the form
    if (!confirmDiscard()) {
        selectOrganization(m_stored && !m_creating ? m_stored->id : 0);
        return;
    }
    if (const auto org = context().instance().organizations().find(id))
        showOrganization(*org);
}

void OrganizationsPage::showNone() {
    m_creating = false;
    m_stored.reset();
    m_editorStack->setCurrentIndex(0);
}

void OrganizationsPage::showOrganization(const Organization &org) {
    m_creating = false;
    m_stored = org;
    m_syncing = true;
    m_editorTitle->setText(org.name);
    m_name->setText(org.name);
    m_notes->setPlainText(org.notes);
    m_domains->clear();
    m_domains->addItems(org.domains);
    m_domainInput->clear();
    m_sharing->button(int(org.sharingMode))->setChecked(true);
    m_group->setCurrentIndex(std::max(0, m_group->findData(org.groupId)));
    m_tags->setText(org.tags.join(QLatin1Char(' ')));
    m_syncing = false;
    m_delete->setVisible(true);
    m_actions->setSaveText(tr("Save"));
    m_editorStack->setCurrentIndex(1);
    updateSharingExplanation();
    updateState();
}

void OrganizationsPage::startNew() {
    if (!confirmDiscard())
        return;
    selectOrganization(0);
    m_stored.reset();
    m_creating = true;
    m_syncing = true;
    m_editorTitle->setText(tr("New organization"));
    m_name->clear();
    m_notes->clear();
    m_domains->clear();
    m_domainInput->clear();
    m_sharing->button(int(SharingMode::OwnTickets))->setChecked(true);
    m_group->setCurrentIndex(0);
    m_tags->clear();
    m_syncing = false;
    m_delete->setVisible(false);
    m_actions->setSaveText(tr("Create"));
    m_editorStack->setCurrentIndex(1);
    updateSharingExplanation();
    updateState();
    m_name->setFocus();
}

QStringList OrganizationsPage::formDomains() const {
    QStringList out;
    for (int i = 0; i < m_domains->count(); ++i)
        out.append(m_domains->item(i)->text());
    return out;
}

QStringList OrganizationsPage::formTags() const {
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    return m_tags->text().split(separators, Qt::SkipEmptyParts);
}

Organization OrganizationsPage::formOrganization() const {
    Organization o = m_stored.value_or(Organization());
    o.name = m_name->text();
    o.notes = m_notes->toPlainText();
    o.domains = formDomains();
    o.sharingMode = SharingMode(std::max(0, m_sharing->checkedId()));
    o.groupId = m_group->currentData().toLongLong();
    o.tags = formTags();
    return o;
}

bool OrganizationsPage::hasUnsavedChanges() const {
    if (m_creating)
        return !m_name->text().trimmed().isEmpty() || m_domains->count() > 0;
    if (!m_stored)
        return false;
    const Organization o = formOrganization();
    return o.name != m_stored->name || o.notes != m_stored->notes ||
           o.domains != m_stored->domains || o.sharingMode != m_stored->sharingMode ||
           o.groupId != m_stored->groupId || o.tags != m_stored->tags;
}

void OrganizationsPage::updateState() {
    if (m_syncing)
        return;
    m_actions->setDirty(hasUnsavedChanges());
    if (m_creating)
        m_actions->revertButton()->setEnabled(true);
    m_removeDomain->setEnabled(!m_domains->selectedItems().isEmpty());
}

void OrganizationsPage::updateSharingExplanation() {
    const int members = m_stored && !m_creating ? m_stored->memberCount : 0;
    QString text;
    switch (SharingMode(std::max(0, m_sharing->checkedId()))) {
    case SharingMode::OwnTickets:
        text = tr("Members see only the tickets they requested.");
        break;
    case SharingMode::ViewAll:
        text = members > 0 ? tr("All %1 members see each other's tickets and public replies, "
                                "never internal notes.")
                                 .arg(members)
                           : tr("Members see each other's tickets and public replies, never "
                                "internal notes.");
        break;
    case SharingMode::ViewAllAndComment:
        text = members > 0 ? tr("All %1 members see each other's tickets and public replies, and "
                                "can reply to them; never internal notes.")
                                 .arg(members)
                           : tr("Members see each other's tickets and public replies, and can "
                                "reply to them; never internal notes.");
        break;
    }
    m_sharingExplanation->setText(text);
}

void OrganizationsPage::addDomain() {
    const QString typed = m_domainInput->text().trimmed();
    if (typed.isEmpty())
        return;
    const Domain::Id id = m_stored && !m_creating ? m_stored->id : 0;
    const auto normalized = context().instance().organizations().normalizeDomains({typed}, id);
    if (!report(normalized))
        return;
    for (const QString &d : *normalized) {
        if (formDomains().contains(d))
            continue;
        m_domains->addItem(d);
    }
    m_domainInput->clear();
    updateState();
}

void OrganizationsPage::removeDomain() {
    qDeleteAll(m_domains->selectedItems());
    updateState();
}

void OrganizationsPage::save() {
    Services::OrganizationService &orgs = context().instance().organizations();
    Organization o = formOrganization();
    if (m_creating) {
        const auto created = orgs.create(context().actor(), o);
        if (!report(created, tr("Created %1.").arg(created ? created->name : QString())))
            return;
        const auto fresh = orgs.find(created->id);
        showOrganization(fresh.value_or(*created));
        fillList();
        return;
    }
    const auto updated = orgs.update(context().actor(), o);
    if (!report(updated, tr("Saved %1.").arg(o.name.trimmed())))
        return;
    const auto fresh = orgs.find(o.id);
    showOrganization(fresh.value_or(*updated));
    fillList();
}

void OrganizationsPage::revert() {
    messages()->clear();
    if (m_creating) {
        showNone();
        return;
    }
    if (m_stored) {
        if (const auto fresh = context().instance().organizations().find(m_stored->id))
            showOrganization(*fresh);
    }
}

void OrganizationsPage::discardChanges() {
    revert();
}

void OrganizationsPage::removeOrganization() {
    if (!m_stored || m_creating)
        return;
    Services::OrganizationService &orgs = context().instance().organizations();
    const auto impact = orgs.deletionImpact(m_stored->id);
    if (!report(impact))
        return;
    if (!Confirmation::ask(this, tr("Delete organization"), impact->description,
                           tr("Delete organization")))
        return;
    const QString name = m_stored->name;
    const auto removed = orgs.remove(context().actor(), m_stored->id);
    if (!report(removed, tr("Deleted %1.").arg(name)))
        return;
    showNone();
    fillList();
}

void OrganizationsPage::applyDomains() {
    Services::OrganizationService &orgs = context().instance().organizations();
    const auto dry = orgs.applyDomains(context().actor(), true);
    if (!report(dry))
        return;
    if (dry->users == 0) {
        messages()->showMessage(MessageBar::Kind::Information, dry->summary);
        return;
    }
    if (!Confirmation::ask(this, tr("Apply domains to existing users"), dry->summary, tr("Apply")))
        return;
    const auto applied = orgs.applyDomains(context().actor(), false);
    if (!report(applied, applied ? applied->summary : QString()))
        return;
    fillList();
}

void OrganizationsPage::importCsv() {
    ImportDialog dialog(context(), ImportDialog::Kind::Organizations, this);
    dialog.exec();
    fillList();
}

} // namespace DeskBridge::Ui

DESKBRIDGE_ADMIN_PAGE_ANCHOR(organizations)
