#include "ui/MainWindow.h"

#include "app/Instance.h"
#include "app/services/AccountService.h"
#include "app/sharing/SharingService.h"
#include "ui/admin/AdminCenterWindow.h"
#include "ui/agent/AgentConsole.h"
#include "ui/agent/ConsoleContext.h"
#include "ui/agent/TicketEditor.h"
#include "ui/agent/TicketWorkspace.h"
#include "ui/dialogs/NewTicketDialog.h"
#include "ui/dialogs/SwitchUserDialog.h"
#include "ui/widgets/IconTheme.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QToolBar>

namespace DeskBridge::Ui {

MainWindow::MainWindow(Instance &instance, const Domain::User &user, QWidget *parent)
    : QMainWindow(parent)
    , m_instance(instance)
    , m_listStatus(new QLabel(this))
    , m_userStatus(new QLabel(this))
    , m_sharingStatus(new QLabel(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/deskbridge.svg")));
    createActions();
    createMenus();
    createToolBar();
    m_listStatus->setObjectName(QStringLiteral("listStatus"));
    m_userStatus->setObjectName(QStringLiteral("userStatus"));
    statusBar()->addWidget(m_listStatus, 1);
    m_sharingStatus->setObjectName(QStringLiteral("sharingStatus"));
    m_sharingStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_sharingStatus);
    statusBar()->addPermanentWidget(m_userStatus);
    updateSharingStatus();
    Store::ChangeHub &hub = m_instance.changes();
    connect(&hub, &Store::ChangeHub::agreementsChanged, this, &MainWindow::updateSharingStatus);
    connect(&hub, &Store::ChangeHub::externalChange, this, &MainWindow::updateSharingStatus);
    buildConsole(user);

    // Sensible first size: most of the screen, but not absurdly wide on big monitors.
    QSize size(1360, 860);
    if (const QScreen *screen = QApplication::primaryScreen()) {
        const QSize avail = screen->availableSize();
        size = size.boundedTo(avail * 0.92);
    }
    resize(size);
}

MainWindow::~MainWindow() {
    // The console's widgets use the context: they go first.
    delete m_console;
    m_console = nullptr;
}

const Domain::User &MainWindow::user() const {
    return m_context->user();
}

namespace {
// Every binding of a standard key (QKeySequence(StandardKey) keeps only the first), plus the
// one DeskBridge documents when the platform lacks it.
QList<QKeySequence> keys(QKeySequence::StandardKey standard, const QKeySequence &documented) {
    QList<QKeySequence> out = QKeySequence::keyBindings(standard);
    if (!out.contains(documented))
        out.prepend(documented);
    return out;
}
} // namespace

void MainWindow::createActions() {
    auto make = [this](const char *name, const QString &text, const QString &icon,
                       const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(IconTheme::icon(icon), text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        if (!keys.isEmpty())
            a->setToolTip(QStringLiteral("%1 (%2)").arg(
                text, keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newTicket =
        make("actionNewTicket", tr("&New Ticket…"), QStringLiteral("document-new"),
             keys(QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N)), [this] { newTicket(); });
    m_submit =
        make("actionSubmit", tr("&Submit"), QStringLiteral("mail-send"),
             {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
             [this] { m_console->submitCurrent(); });
    m_next =
        make("actionNextTicket", tr("Ne&xt Ticket"), QStringLiteral("go-next"),
             {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)},
             [this] { m_console->openAdjacentTicket(1); });
    m_previous =
        make("actionPreviousTicket", tr("&Previous Ticket"), QStringLiteral("go-previous"),
             {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)},
             [this] { m_console->openAdjacentTicket(-1); });
    m_find = make("actionFind", tr("&Find Tickets"), QStringLiteral("system-search"),
                  keys(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)),
                  [this] { m_console->focusSearch(); });
    m_closeTab = make("actionCloseTab", tr("&Close Tab"), QStringLiteral("tab-close"),
                      keys(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)),
                      [this] { m_console->closeCurrentTab(); });
    m_refresh = make("actionRefresh", tr("&Refresh"), QStringLiteral("view-refresh"),
                     keys(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)),
                     [this] { m_console->refreshNow(); });
    m_switchUser = make("actionSwitchUser", tr("S&witch User…"),
                        QStringLiteral("system-switch-user"), {}, [this] { chooseUser(); });
    m_adminCenterAction = make("actionAdminCenter", tr("&Admin Center"),
                               QStringLiteral("configure"), {}, [this] { openAdminCenter(); });
    m_quit =
        make("actionQuit", tr("&Quit"), QStringLiteral("application-exit"),
             keys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)), [this] { close(); });
    m_about = make("actionAbout", tr("&About DeskBridge"), QStringLiteral("help-about"), {},
                   [this] { showAbout(); });
    m_quit->setMenuRole(QAction::QuitRole);
    m_about->setMenuRole(QAction::AboutRole);
    // In the toolbar, only the main actions carry their text.
    for (QAction *a : {m_next, m_previous, m_refresh, m_switchUser})
        a->setPriority(QAction::LowPriority);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newTicket);
    file->addAction(m_closeTab);
    file->addSeparator();
    file->addAction(m_switchUser);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *ticket = menuBar()->addMenu(tr("&Ticket"));
    ticket->addAction(m_submit);
    ticket->addSeparator();
    ticket->addAction(m_previous);
    ticket->addAction(m_next);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_find);
    view->addAction(m_refresh);
    QMenu *tools = menuBar()->addMenu(tr("T&ools"));
    tools->setObjectName(QStringLiteral("toolsMenu"));
    tools->addAction(m_adminCenterAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::createToolBar() {
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_newTicket);
    bar->addSeparator();
    bar->addAction(m_previous);
    bar->addAction(m_next);
    bar->addAction(m_submit);
    bar->addSeparator();
    bar->addAction(m_refresh);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_adminCenterAction);
    bar->addAction(m_switchUser);
}

void MainWindow::buildConsole(const Domain::User &user) {
    delete m_console;
    m_console = nullptr;
    m_context = std::make_unique<ConsoleContext>(m_instance, user);
    m_console = new AgentConsole(*m_context, this);
    setCentralWidget(m_console);
    connect(m_console, &AgentConsole::listChanged, this, &MainWindow::showListStatus);
    connect(m_console, &AgentConsole::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_console->workspace(), &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_context.get(), &ConsoleContext::lookupsChanged, this, &MainWindow::updateForUser);
    updateForUser();
    updateActions();
}

void MainWindow::updateForUser() {
    const Domain::User &u = m_context->user();
    const QString account = m_context->accountName();
    setWindowTitle(account.isEmpty() ? tr("DeskBridge") : tr("%1 – DeskBridge").arg(account));
    m_userStatus->setText(tr("Signed in as %1 (%2)").arg(u.name, Domain::Names::label(u.role)));
    // Agents don't get the Admin Center at all; openAdminCenter() refuses them regardless.
    m_adminCenterAction->setVisible(u.isAdmin());
    m_adminCenterAction->setEnabled(u.isAdmin());
    updateSharingStatus();
}

void MainWindow::updateActions() {
    m_submit->setEnabled(m_console && m_console->workspace()->currentEditor() != nullptr);
    m_closeTab->setEnabled(m_console && m_console->workspace()->currentIndex() > 0);
}

void MainWindow::showListStatus(const QString &viewTitle, int count) {
    m_listStatus->setText(count < 0 ? tr("%1: counting…").arg(viewTitle)
                                    : tr("%1: %2").arg(viewTitle, QLocale().toString(count)));
}

bool MainWindow::openAdminCenter() {
    if (!m_context->user().isAdmin()) {
        MessageBox::warning(this, tr("Admin Center"),
                            tr("Only administrators can open the Admin Center."));
        return false;
    }
    if (!m_adminCenter) {
        m_adminCenter = new AdminCenterWindow(m_instance, m_context->user(), this);
        m_adminCenter->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_adminCenter->show();
    m_adminCenter->raise();
    m_adminCenter->activateWindow();
    return true;
}

bool MainWindow::switchUser(const Domain::User &user) {
    if (!user.isStaff() || !user.active) {
        MessageBox::warning(this, tr("Switch user"),
                            tr("%1 cannot work in the console: only active agents and "
                               "administrators can.")
                                .arg(user.name));
        return false;
    }
    if (user.id == m_context->user().id)
        return true;
    if (!m_console->closeAllTickets())
        return false;
    if (m_adminCenter)
        m_adminCenter->close(); // it acts as the previous user
    if (Status s = m_instance.accounts().setLastUser(user.id); !s)
        statusBar()->showMessage(s.error(), 5000);
    buildConsole(user);
    statusBar()->showMessage(tr("You are now working as %1.").arg(user.name), 4000);
    return true;
}

void MainWindow::chooseUser() {
    if (const auto chosen = SwitchUserDialog::choose(m_instance, m_context->user().id, this))
        switchUser(*chosen);
}

Domain::Id MainWindow::newTicket() {
    NewTicketDialog dialog(*m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return 0;
    m_console->openTicket(dialog.createdTicketId());
    return dialog.createdTicketId();
}

void MainWindow::updateSharingStatus() {
    Sharing::SharingService &sharing = m_instance.sharing();
    const QString url = sharing.sharingUrl();
    const QString fingerprint = sharing.localFingerprint();
    if (url.isEmpty()) {
        m_sharingStatus->setText(tr("Sharing off"));
        m_sharingStatus->setToolTip(tr("Ticket sharing is not serving partners right now."));
        return;
    }
    // Administrators see the partners' invites waiting for their answer.
    int waiting = 0;
    if (m_context && m_context->user().isAdmin())
        if (const auto list = sharing.agreements(m_context->user()))
            for (const Sharing::AgreementInfo &info : *list)
                if (!info.agreement.isOutbound() &&
                    info.agreement.wireStatus == Domain::AgreementStatus::Pending)
                    ++waiting;
    m_sharingStatus->setText(
        waiting ? tr("Sharing at %1 · %n invite(s) waiting", nullptr, waiting).arg(url)
                : tr("Sharing at %1").arg(url));
    m_sharingStatus->setToolTip(
        tr("Sharing URL: %1\nCertificate fingerprint (SHA-256): %2").arg(url, fingerprint));
}

void MainWindow::showAbout() {
    MessageBox::information(
        this, tr("About DeskBridge"),
        tr("DeskBridge %1\n\nA desktop helpdesk that shares tickets between accounts with the "
           "Networked Help Desk protocol.")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (m_console && !m_console->closeAllTickets()) {
        event->ignore();
        return;
    }
    if (m_adminCenter)
        m_adminCenter->close();
    event->accept();
}

} // namespace DeskBridge::Ui
