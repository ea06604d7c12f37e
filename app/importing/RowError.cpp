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

void RowError::append(QList<RowError> &errors, RowError error) {
    if (errors.size() < MaxListed) {
        errors.append(std::move(error));
    } else if (errors.size() == MaxListed) {
        errors.append(RowError{0, QString(),
                               tr("The file has more than %1 problems; only the first %1 are "
                                  "listed. Correct them and check the file again.")
                                   .arg(MaxListed)});
    }
}

void RowError::sortByLine(QList<RowError> &errors) {
    std::stable_sort(errors.begin(), errors.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });
}

} // namespace DeskBridge::Importing
