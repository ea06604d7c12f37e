#include "ui/admin/ExternalUrl.h"

#include <QDesktopServices>

namespace DeskBridge::Ui {

std::function<bool(const QUrl &)> ExternalUrl::s_handler;
QUrl ExternalUrl::s_last;

bool ExternalUrl::open(const QUrl &url) {
    s_last = url;
    if (s_handler)
        return s_handler(url);
    return QDesktopServices::openUrl(url);
}

void ExternalUrl::setHandler(std::function<bool(const QUrl &)> handler) {
    s_handler = std::move(handler);
}

QUrl ExternalUrl::lastOpened() {
    return s_last;
}

} // namespace DeskBridge::Ui
