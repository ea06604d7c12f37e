#include "support/TestSupport.h"

#include <QProcessEnvironment>

namespace DeskBridge::Test {

QString deskbridgeBinary() {
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_BINARY"));
}

QString sourceDir() {
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("DESKBRIDGE_SOURCE_DIR"));
}

} // namespace DeskBridge::Test
