#include "ui/admin/AdminCenterWindow.h"

#include "app/services/AccountService.h"
#include "app/services/Permissions.h"
#include "ui/admin/AdminContext.h"
#include "ui/admin/AdminPage.h"
#include "ui/admin/AdminPageRegistry.h"
#include "ui/admin/AdminRefusalWidget.h"
#include "ui/admin/Confirmation.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMap>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace DeskBridge::Ui {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
} // namespace

AdminCenterWindow::AdminCenterWindow(Instance &instance, const Domain::User &actor, QWidget *parent)
    : QMainWindow(parent)
    , m_instance(instance)
    , m_actor(actor)
    , m_context(std::make_unique<AdminContext>(instance, actor)) {
    setObjectName(QStringLiteral("adminCenterWindow"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    resize(1060, 700);
    setMinimumSize(820, 540);
    updateTitle();

    if (Status allowed = Services::Permissions::requireAdmin(m_context->actor()); !allowed)
        refuse(allowed.error());
    else
        buildAdminCenter();

    Store::ChangeHub &hub = m_instance.changes();
    connect(&hub, &Store::ChangeHub::accountChanged, this, &AdminCenterWindow::updateTitle);
    // Queued: the change may come from inside a page's own slot, which a refusal deletes.
    connect(&hub, &Store::ChangeHub::usersChanged, this, &AdminCenterWindow::checkAccess,
            Qt::QueuedConnection);
    connect(&hub, &Store::ChangeHub::externalChange, this, &AdminCenterWindow::checkAccess,
            Qt::QueuedConnection);

    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
}

AdminCenterWindow::~AdminCenterWindow() {
    // The pages refer to m_context: let them go first, while it still exists.
    delete takeCentralWidget();
}

void AdminCenterWindow::updateTitle() {
    const auto account = m_instance.accounts().account();
    setWindowTitle(account ? tr("Admin Center – %1").arg(account->name) : tr("Admin Center"));
}

void AdminCenterWindow::buildAdminCenter() {
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("adminSplitter"));
    splitter->setChildrenCollapsible(false);

    m_navigation = new QTreeWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("adminNavigation"));
    m_navigation->setHeaderHidden(true);
    m_navigation->setRootIsDecorated(false);
    m_navigation->setItemsExpandable(false);
    m_navigation->setIndentation(14);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setUniformRowHeights(false);
    m_navigation->setMinimumWidth(180);
    m_navigation->setAccessibleName(tr("Admin Center sections"));

    QMap<AdminSection, QTreeWidgetItem *> sections;
    for (AdminSection section : AdminPageRegistry::sections()) {
        auto *item = new QTreeWidgetItem(m_navigation);
        item->setText(0, AdminPageRegistry::sectionTitle(section));
        item->setFlags(Qt::ItemIsEnabled); // a heading, not a page
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setSizeHint(0, QSize(0, 30));
        sections.insert(section, item);
    }
    for (const AdminPageInfo &page : AdminPageRegistry::pages()) {
        auto *item = new QTreeWidgetItem(sections.value(page.section));
        item->setText(0, page.title());
        item->setIcon(0, QIcon::fromTheme(page.iconName));
        item->setData(0, kPageIdRole, page.id);
        item->setSizeHint(0, QSize(0, 28));
    }
    m_navigation->expandAll();

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(18, 12, 18, 14);
    rightLayout->setSpacing(10);
    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    m_headerIcon = new QLabel(right);
    m_headerIcon->setFixedSize(32, 32);
    header->addWidget(m_headerIcon, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_headerTitle = new QLabel(right);
    m_headerTitle->setObjectName(QStringLiteral("adminPageTitle"));
    QFont titleFont = m_headerTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_headerTitle->setFont(titleFont);
    m_headerDescription = new QLabel(right);
    m_headerDescription->setObjectName(QStringLiteral("adminPageDescription"));
    m_headerDescription->setWordWrap(true);
    m_headerDescription->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_headerTitle);
    titles->addWidget(m_headerDescription);
    header->addLayout(titles, 1);
    rightLayout->addLayout(header);
    auto *line = new QFrame(right);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    rightLayout->addWidget(line);
    m_pages = new QStackedWidget(right);
    m_pages->setObjectName(QStringLiteral("adminPages"));
    rightLayout->addWidget(m_pages, 1);

    splitter->addWidget(m_navigation);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({210, 850});
    setCentralWidget(splitter);

    connect(m_navigation, &QTreeWidget::currentItemChanged, this,
            &AdminCenterWindow::navigationChanged);
    const QList<AdminPageInfo> pages = AdminPageRegistry::pages();
    if (!pages.isEmpty())
        showPage(pages.first().id);
}

void AdminCenterWindow::refuse(const QString &reason) {
    if (m_navigation) // it lives on until deleteLater; it must not switch pages meanwhile
        m_navigation->disconnect(this);
    m_navigation = nullptr;
    m_pages = nullptr;
    m_headerIcon = m_headerTitle = m_headerDescription = nullptr;
    m_created.clear();
    const auto account = m_instance.accounts().account();
    auto *refusal = new AdminRefusalWidget(reason, account ? account->name : QString(), this);
    connect(refusal, &AdminRefusalWidget::closeRequested, this, &QWidget::close);
    setCentralWidget(refusal); // deletes the pages later, never under a running slot
}

void AdminCenterWindow::checkAccess() {
    const Status allowed = Services::Permissions::requireAdmin(m_context->actor());
    if (!allowed && !isRefused())
        refuse(allowed.error());
    else if (allowed && isRefused())
        buildAdminCenter();
}

QTreeWidgetItem *AdminCenterWindow::itemForPage(const QString &id) const {
    if (!m_navigation)
        return nullptr;
    for (int s = 0; s < m_navigation->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_navigation->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i)
            if (section->child(i)->data(0, kPageIdRole).toString() == id)
                return section->child(i);
    }
    return nullptr;
}

AdminPage *AdminCenterWindow::showPage(const QString &id) {
    QTreeWidgetItem *item = itemForPage(id);
    if (!item)
        return nullptr;
    m_navigation->setCurrentItem(item);
    return m_created.value(id);
}

AdminPage *AdminCenterWindow::currentPage() const {
    return m_pages ? qobject_cast<AdminPage *>(m_pages->currentWidget()) : nullptr;
}

QString AdminCenterWindow::currentPageId() const {
    return m_created.key(currentPage());
}

void AdminCenterWindow::navigationChanged(QTreeWidgetItem *current) {
    if (!current)
        return;
    const QString id = current->data(0, kPageIdRole).toString();
    const auto info = AdminPageRegistry::page(id);
    if (!info)
        return;
    AdminPage *page = m_created.value(id);
    if (!page) {
        page = info->create(*m_context, m_pages);
        page->setObjectName(QStringLiteral("adminPage_") + id);
        m_pages->addWidget(page);
        m_created.insert(id, page);
    }
    m_headerIcon->setPixmap(
        QIcon::fromTheme(info->iconName).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_headerTitle->setText(info->title());
    const QString description = info->description ? info->description() : QString();
    m_headerDescription->setText(description);
    m_headerDescription->setVisible(!description.isEmpty());
    m_pages->setCurrentWidget(page);
    page->activate();
}

void AdminCenterWindow::closeEvent(QCloseEvent *event) {
    QList<AdminPage *> unsaved;
    for (AdminPage *page : std::as_const(m_created))
        if (page->hasUnsavedChanges())
            unsaved.append(page);
    if (!unsaved.isEmpty() &&
        !Confirmation::ask(this, tr("Unsaved changes"),
                           tr("Some pages have changes that are not saved yet. Close the Admin "
                              "Center and discard them?"),
                           tr("Discard changes"))) {
        event->ignore();
        return;
    }
    for (AdminPage *page : std::as_const(unsaved))
        page->discardChanges();
    event->accept();
}

} // namespace DeskBridge::Ui
