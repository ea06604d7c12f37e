#pragma once
// HelpCenterStyle: the Help Center's one stylesheet, served at /hc/assets/style.css (pages carry
// no inline styles: the Content-Security-Policy forbids them). Embedded in the binary: the
// resources/ qrc files belong to the GUI target, and the server is part of deskbridge_core.
#include <QByteArray>

namespace DeskBridge::HelpCenter {

class HelpCenterStyle {
public:
    static QByteArray css();
    // A short, stable validator for caching ("W/\"...\"").
    static QByteArray etag();
};

} // namespace DeskBridge::HelpCenter
