#pragma once
// guiMain: starts QApplication, the translators, the icon theme and the console window.

namespace DeskBridge::Ui {

int guiMain(int argc, char *argv[]);

} // namespace DeskBridge::Ui
