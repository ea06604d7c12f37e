#pragma once
// guiMain: starts QApplication, the translators, the icon theme and the console window.
//   deskbridge [--data-dir DIR] [--lang de|en]   the console of the account in DIR
//   deskbridge demo [--data-dir DIR] [--lang ..]  the same, on a sample account made on first use
#include "models/domain/Entities.h"

#include <QString>
#include <optional>

namespace DeskBridge {
class Instance;
}

namespace DeskBridge::Ui {

int guiMain(int argc, char *argv[]);

// Application name, organization, version and icon; the icon theme. Shared with the tools
// (screenshots, benchmarks) that show the console without guiMain.
void setupApplication();
// Who the console opens as: the account's last user when still an active agent or admin,
// else the first active administrator, else the first active agent.
std::optional<Domain::User> startUser(Instance &instance);
// Where the console's SharingHost listens: loopback, on the port of account.listen_address.
// `fallbackPort` replaces a stored port 0 (the demo's fixed ports).
QString sharingListenAddress(Instance &instance, quint16 fallbackPort = 0);
// Where `deskbridge demo` keeps its account when no --data-dir is given.
QString demoDataDir();

} // namespace DeskBridge::Ui
