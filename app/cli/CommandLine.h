#pragma once
// CommandLine: the `deskbridge <subcommand>` interface for scripts and admins. Every subcommand
// goes through the same services as the console; errors go to stderr with exit code != 0.

namespace DeskBridge::Cli {

class CommandLine {
public:
    // True when argv names a subcommand (or --version / --help) rather than the GUI.
    static bool handles(int argc, char *argv[]);
    static int run(int argc, char *argv[]);
};

} // namespace DeskBridge::Cli
