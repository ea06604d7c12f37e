#pragma once
// AdminCenterWindow: the Admin Center, its own window with a navigation tree grouped as in the
// product article (Account, People, Channels, Objects and rules). Pages register themselves
// (AdminPageRegistry); the window only lists them, creates each one the first time it is shown
// and shows its title above it. Only administrators can open it: for anyone else it shows a
// refusal instead of the pages (the services refuse their writes anyway), and it switches to
// the refusal if the signed-in user stops being an active administrator while it is open.
//
// Closing hides the window (it is not deleted on close); its parent owns it.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QHash>
#include <QMainWindow>
#include <memory>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace DeskBridge::Ui {

class AdminContext;
class AdminPage;

class AdminCenterWindow : public QMainWindow {
    Q_OBJECT
public:
    AdminCenterWindow(Instance &instance, const Domain::User &actor, QWidget *parent = nullptr);
    ~AdminCenterWindow() override;

    // Selects the page with this registry id (e.g. "users"); nullptr when refused or unknown.
    AdminPage *showPage(const QString &id);
    AdminPage *currentPage() const;
    QString currentPageId() const;
    bool isRefused() const { return m_navigation == nullptr; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildAdminCenter();
    void refuse(const QString &reason);
    void checkAccess();
    void navigationChanged(QTreeWidgetItem *current);
    void updateTitle();
    QTreeWidgetItem *itemForPage(const QString &id) const;

    Instance &m_instance;
    Domain::User m_actor;
    std::unique_ptr<AdminContext> m_context;
    QTreeWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_headerIcon = nullptr;
    QLabel *m_headerTitle = nullptr;
    QLabel *m_headerDescription = nullptr;
    QHash<QString, AdminPage *> m_created;
};

} // namespace DeskBridge::Ui
