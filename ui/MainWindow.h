#pragma once
// MainWindow: the console's window: menus, toolbar and status bar around the AgentConsole,
// the signed-in user (switch user), and the Admin Center entry, which only administrators see
// and which refuses anyone else even when triggered.
#include "models/domain/Entities.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;

namespace DeskBridge {
class Instance;
}

namespace DeskBridge::Ui {

class AdminCenterWindow;
class AgentConsole;
class ConsoleContext;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Instance &instance, const Domain::User &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Domain::User &user() const;
    AgentConsole *console() const { return m_console; }

    // Opens the Admin Center; an agent is refused (and told so).
    bool openAdminCenter();
    // Works as `user` from now on; asks about unsaved tickets first. False when cancelled.
    bool switchUser(const Domain::User &user);
    // Shows the new-ticket dialog; the created ticket opens in a tab. Returns its id or 0.
    Domain::Id newTicket();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void buildConsole(const Domain::User &user);
    void updateForUser();
    void updateActions();
    void showListStatus(const QString &viewTitle, int count);
    void chooseUser();
    void showAbout();
    // The account's sharing URL and certificate fingerprint (the SharingHost runs while the
    // console is open), in the status bar.
    void updateSharingStatus();

    Instance &m_instance;
    std::unique_ptr<ConsoleContext> m_context;
    AgentConsole *m_console = nullptr;
    QPointer<AdminCenterWindow> m_adminCenter;
    QLabel *m_listStatus;
    QLabel *m_userStatus;
    QLabel *m_sharingStatus;

    QAction *m_newTicket = nullptr;
    QAction *m_submit = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_find = nullptr;
    QAction *m_closeTab = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_switchUser = nullptr;
    QAction *m_adminCenterAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
};

} // namespace DeskBridge::Ui
