#include "ui/widgets/IconTheme.h"

#include <QDir>

namespace DeskBridge::Ui {

void IconTheme::ensure() {
    // A theme that cannot even name "document-new" is no theme for a desktop application.
    const QString probe = QStringLiteral("document-new");
    if (!QIcon::themeName().isEmpty() && QIcon::hasThemeIcon(probe))
        return;
    QStringList paths = QIcon::themeSearchPaths();
    const QString system = QStringLiteral("/usr/share/icons");
    if (!paths.contains(system) && QDir(system).exists())
        paths.append(system);
    QIcon::setThemeSearchPaths(paths);
    QIcon::setThemeName(QStringLiteral("breeze"));
    QIcon::setFallbackThemeName(QStringLiteral("hicolor"));
}

} // namespace DeskBridge::Ui
