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

    // A hostile or badly broken file could produce an error per line; nobody reads more than
    // this many, and they would cost far more memory than the file.
    static constexpr qsizetype MaxListed = 1000;
    // Appends `error`, or, once MaxListed are there, one note (line 0) that more were left out.
    static void append(QList<RowError> &errors, RowError error);
    // Orders errors by line, keeping the order of errors on the same line.
    static void sortByLine(QList<RowError> &errors);
};

} // namespace DeskBridge::Importing
