#include "app/cli/CommandLine.h"

namespace DeskBridge::Cli {

bool CommandLine::handles(int, char *[]) {
    return false;
}

int CommandLine::run(int, char *[]) {
    return 0;
}

} // namespace DeskBridge::Cli
