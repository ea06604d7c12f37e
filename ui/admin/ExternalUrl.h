#pragma once
// ExternalUrl: opens a URL outside DeskBridge (the Help Center in the browser, a mailto: link
// in the mail program) through QDesktopServices. A seam for tests, as Confirmation: a test
// installs a handler instead of launching a browser, and can read what was opened.
#include <QUrl>
#include <functional>

namespace DeskBridge::Ui {

class ExternalUrl {
public:
    // False when nothing could open it.
    static bool open(const QUrl &url);

    // Tests: called instead of QDesktopServices (empty function: back to the real thing).
    static void setHandler(std::function<bool(const QUrl &)> handler);
    static QUrl lastOpened();

private:
    static std::function<bool(const QUrl &)> s_handler;
    static QUrl s_last;
};

} // namespace DeskBridge::Ui
