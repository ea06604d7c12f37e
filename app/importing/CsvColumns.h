#pragma once
// CsvColumns: finds an import file's columns by their header names and reads a record's value
// by column name, so the order of the columns does not matter. Names are compared without case
// and with spaces and hyphens read as underscores ("External ID" is external_id). Reports, on
// the header line, required columns that are missing and columns named twice; columns it does
// not know are listed for the UI to mention, not refused (Zendesk exports carry many).
#include "app/importing/CsvReader.h"
#include "app/importing/RowError.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace DeskBridge::Importing {

class CsvColumns {
    Q_DECLARE_TR_FUNCTIONS(CsvColumns)

public:
    // `known` and `required` are canonical names (lower case, underscores).
    CsvColumns(const CsvDocument &document, const QStringList &known, const QStringList &required);

    // Problems with the header line; none when the document has no header at all (the reader
    // has said so already).
    const QList<RowError> &errors() const { return m_errors; }
    // Header names the importer does not know, as written in the file.
    const QStringList &ignored() const { return m_ignored; }

    bool has(const QString &name) const { return m_index.contains(name); }
    // The value of column `name` in `record`, trimmed; empty when there is no such column.
    QString value(const CsvRecord &record, const QString &name) const;

    static QString canonicalName(const QString &header);
    // Splits a list value ("vip, beta  gold") at any of `separators`, and at white space when
    // `atSpaces`; items trimmed, empty ones dropped, each kept once (first spelling wins,
    // compared without case).
    static QStringList splitList(const QString &value, QStringView separators, bool atSpaces);

private:
    QHash<QString, qsizetype> m_index;
    QList<RowError> m_errors;
    QStringList m_ignored;
};

} // namespace DeskBridge::Importing
