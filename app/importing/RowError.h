#pragma once
// RowError: one problem found in an import file: the physical line it is on (1-based; the
// header is normally line 1), the column it concerns (its lower-case header name, empty when
// the whole line or file is meant) and a translated sentence saying what is wrong.
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DeskBridge::Importing {

struct RowError {
    Q_DECLARE_TR_FUNCTIONS(RowError)

public:
    qint64 line = 0;
    QString column;
    QString message;

    // "Line 7, column email: ..." as the CLI and the import dialog show it.
    QString toString() const;
    bool operator==(const RowError &other) const = default;
};

// Orders errors by line, keeping the order of errors on the same line.
void sortByLine(QList<RowError> &errors);

} // namespace DeskBridge::Importing
