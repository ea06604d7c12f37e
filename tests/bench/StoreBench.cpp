#include "tests/bench/Benches.h"

namespace DeskBridge::Bench {

int store(const QStringList &) {
    return 0;
}

} // namespace DeskBridge::Bench
