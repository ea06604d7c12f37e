#pragma once
// AdminPageRegistry: the Admin Center's list of pages. Each page's .cpp registers itself with
// an AdminPageRegistration object (id, section, order, icon, title, factory), like a plugin
// registry, so the window builds its navigation without knowing any page.
//
// deskbridge_ui is a static library, and a linker pulls an object file out of a static library
// only when something refers to it. So each page's .cpp also defines an anchor with
// DESKBRIDGE_ADMIN_PAGE_ANCHOR(name), and AdminPageImports.cpp refers to all anchors, the way
// Q_IMPORT_PLUGIN does for static Qt plugins. A new page adds its .cpp and one import line.
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace DeskBridge::Ui {

class AdminContext;
class AdminPage;

// The groups of the navigation, in the article's order.
enum class AdminSection { Account, People, Channels, ObjectsAndRules };

struct AdminPageInfo {
    QString id; // stable, e.g. "users"; also the page's objectName suffix
    AdminSection section = AdminSection::Account;
    int order = 0;                        // within the section
    QString iconName;                     // a freedesktop/Breeze icon name for QIcon::fromTheme
    std::function<QString()> title;       // translated when called (registration runs before tr)
    std::function<QString()> description; // one translated line under the page title
    std::function<AdminPage *(AdminContext &context, QWidget *parent)> create;
};

class AdminPageRegistry {
    Q_DECLARE_TR_FUNCTIONS(AdminPageRegistry)
public:
    static void add(AdminPageInfo info);
    // All pages, by section and order.
    static QList<AdminPageInfo> pages();
    static std::optional<AdminPageInfo> page(const QString &id);

    static QList<AdminSection> sections();
    static QString sectionTitle(AdminSection section);

private:
    static QList<AdminPageInfo> &storage();
    static void importBuiltinPages(); // AdminPageImports.cpp
};

// A static object in each page's .cpp: `const AdminPageRegistration registration{{...}};`
class AdminPageRegistration {
public:
    explicit AdminPageRegistration(AdminPageInfo info) { AdminPageRegistry::add(std::move(info)); }
};

} // namespace DeskBridge::Ui

// See the header comment: defines the symbol AdminPageImports.cpp refers to.
#define DESKBRIDGE_ADMIN_PAGE_ANCHOR(name)                                                         \
    int deskbridgeAdminPageAnchor_##name() {                                                       \
        return 1;                                                                                  \
    }
