#pragma once
// The benchmarks of deskbridge-bench. Each parses its own options from `args` (the words after
// its name), prints its figures to stdout and returns an exit code. Figures are never asserted.
#include <QStringList>

namespace DeskBridge::Bench {

int store(const QStringList &args);
int console(const QStringList &args);
int sharing(const QStringList &args);

} // namespace DeskBridge::Bench
