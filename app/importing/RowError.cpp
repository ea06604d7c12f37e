#include "app/importing/RowError.h"

#include <algorithm>

namespace DeskBridge::Importing {

QString RowError::toString() const {
    if (line <= 0)
        return message;
    if (column.isEmpty())
        return tr("Line %1: %2").arg(line).arg(message);
    return tr("Line %1, column %2: %3").arg(line).arg(column, message);
}

void sortByLine(QList<RowError> &errors) {
    std::stable_sort(errors.begin(), errors.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });
}

} // namespace DeskBridge::Importing
