#include "ui/GuiMain.h"

#include <QApplication>

namespace DeskBridge::Ui {

int guiMain(int argc, char *argv[]) {
    QApplication app(argc, argv);
    return 0;
}

} // namespace DeskBridge::Ui
