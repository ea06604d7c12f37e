// deskbridge: the console, the headless service and the CLI share this tiny entry point.
#include "app/cli/CommandLine.h"
#include "ui/GuiMain.h"

int main(int argc, char *argv[]) {
    if (DeskBridge::Cli::CommandLine::handles(argc, argv))
        return DeskBridge::Cli::CommandLine::run(argc, argv);
    return DeskBridge::Ui::guiMain(argc, argv);
}
