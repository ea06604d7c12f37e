#pragma once
// ImportProgress: the callback the import steps report to, for a progress bar. `done` and
// `total` count bytes of the file; the last call is (total, total) once everything is checked.
#include <QtGlobal>
#include <functional>

namespace DeskBridge::Importing {

using ImportProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace DeskBridge::Importing
