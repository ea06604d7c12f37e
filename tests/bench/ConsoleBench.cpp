#include "tests/bench/Benches.h"

#include <QTextStream>

namespace DeskBridge::Bench {

int console(const QStringList &) {
    QTextStream(stdout) << "console: not measured yet" << Qt::endl;
    return 0;
}

} // namespace DeskBridge::Bench
