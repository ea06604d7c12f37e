#pragma once
// CsvReader: reads the CSV files admins export from spreadsheets and other helpdesks, for the
// bulk import of users and organizations. RFC 4180 quoting (doubled quotes; separators and line
// breaks inside quoted values), UTF-8 with or without byte order mark, CRLF or LF line ends,
// "," or ";" as separator (detected from the header line, or Excel's "sep=;" first line).
// Lines that hold nothing but blanks and separators are skipped, and so are stray empty values
// after the last column; a lone CR also ends a line. Line breaks inside quoted values are
// returned as LF. Every record keeps the physical line it starts on, so an error can point at
// the line a spreadsheet or text editor shows.
//
// Hostile input is expected: one linear pass over the bytes, no value over 64 KiB and no line
// of more than 10,000 values is ever kept, at most RowError::MaxListed errors are, and a bad
// record is reported and skipped without stopping the others. Only an
// unterminated quote stops reading, because everything after it belongs to the open value.
#include "app/importing/ImportProgress.h"
#include "app/importing/RowError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace DeskBridge::Importing {

struct CsvRecord {
    qint64 line = 0; // physical line the record starts on, 1-based
    QStringList fields;
};

struct CsvDocument {
    QChar separator = QLatin1Char(',');
    qint64 headerLine = 0; // 0 when there is no usable header (then `errors` says why)
    QStringList header;
    // Data records with exactly as many fields as the header; bad ones are in `errors`.
    QList<CsvRecord> records;
    QList<RowError> errors; // in line order (a note that more were left out has line 0)
    // False when reading stopped early (an unterminated quote): the records after the error
    // are missing, so no import may go ahead with the rest, not even skipping bad rows.
    bool complete = true;
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype MaxFieldBytes = 64 * 1024;
    static constexpr qsizetype MaxValuesPerLine = 10000;
    static constexpr qint64 MaxFileBytes = 64LL * 1024 * 1024;

    // Parses a whole file's bytes. `progress` gets (bytes read, total bytes) now and then.
    static CsvDocument parse(const QByteArray &data, const ImportProgress &progress = {});
    // Reads and parses a file; a file that cannot be read gives an error on line 0.
    static CsvDocument readFile(const QString &path, const ImportProgress &progress = {});
};

} // namespace DeskBridge::Importing
