#pragma once
// IconTheme: makes the freedesktop icon names ("document-new", "mail-send", ...) resolve
// everywhere: on KDE the desktop's theme, elsewhere (GNOME, offscreen, CI) the installed Breeze
// theme, so toolbar buttons never turn up blank.
#include <QIcon>
#include <QString>

namespace DeskBridge::Ui {

class IconTheme {
public:
    // Call once after QApplication exists.
    static void ensure();
    static QIcon icon(const QString &name) { return QIcon::fromTheme(name); }
};

} // namespace DeskBridge::Ui
