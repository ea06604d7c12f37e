#pragma once
// The benchmarks of deskbridge-bench. Each parses its own options from `args` (the words after
// its name), prints its figures to stdout and returns an exit code. Figures are never asserted.
#include <QStringList>

namespace DeskBridge::Bench {

int store(const QStringList &args);
int console(const QStringList &args);
// Import of users with domain matching; visibility of an organization's tickets.
int organizations(const QStringList &args);
int rules(const QStringList &args);
int sharing(const QStringList &args);
// Signed-in page loads of the Help Center's "Organization requests" over TLS.
int helpcenter(const QStringList &args);

} // namespace DeskBridge::Bench
