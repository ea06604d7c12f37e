#pragma once
// Helpers shared by the tests: temporary data directories and paths handed in by CTest.
#include <QString>
#include <QTemporaryDir>

namespace DeskBridge::Test {

// The built `deskbridge` executable (set by CTest), for tests that run the CLI as a process.
QString deskbridgeBinary();
// The source tree root (set by CTest).
QString sourceDir();

} // namespace DeskBridge::Test
