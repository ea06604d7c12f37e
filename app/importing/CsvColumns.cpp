#include "app/importing/CsvColumns.h"

#include <QSet>

namespace DeskBridge::Importing {

CsvColumns::CsvColumns(const CsvDocument &document, const QStringList &known,
                       const QStringList &required) {
    if (document.headerLine == 0)
        return;
    const qint64 line = document.headerLine;
    QSet<QString> reportedTwice;
    for (qsizetype i = 0; i < document.header.size(); ++i) {
        const QString name = canonicalName(document.header.at(i));
        if (name.isEmpty())
            continue;
        if (!known.contains(name)) {
            m_ignored.append(document.header.at(i).trimmed());
            continue;
        }
        if (m_index.contains(name)) {
            if (reportedTwice.contains(name))
                continue;
            reportedTwice.insert(name);
            RowError::append(m_errors,
                             RowError{line, name,
                                      tr("The column “%1” appears twice in the header line. Remove "
                                         "one of them.")
                                          .arg(name)});
            continue;
        }
        m_index.insert(name, i);
    }
    for (const QString &name : required) {
        if (!m_index.contains(name)) {
            RowError::append(m_errors,
                             RowError{line, name,
                                      tr("The header line has no “%1” column. The first line of "
                                         "the file must name the columns, such as: %2.")
                                          .arg(name, known.join(QLatin1String(", ")))});
        }
    }
}

QString CsvColumns::value(const CsvRecord &record, const QString &name) const {
    const qsizetype i = m_index.value(name, -1);
    if (i < 0 || i >= record.fields.size())
        return {};
    return record.fields.at(i).trimmed();
}

QString CsvColumns::canonicalName(const QString &header) {
    QString name = header.trimmed().toLower();
    for (QChar &c : name) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return name;
}

QStringList CsvColumns::splitList(const QString &value, QStringView separators, bool atSpaces) {
    QStringList items;
    const qsizetype n = value.size();
    qsizetype start = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        const bool boundary =
            i == n || separators.contains(value.at(i)) || (atSpaces && value.at(i).isSpace());
        if (!boundary)
            continue;
        const QStringView item = QStringView(value).mid(start, i - start).trimmed();
        start = i + 1;
        // Lists are short (tags, at most a few hundred organizations): a linear look is cheaper
        // than a hash per value.
        if (!item.isEmpty() && !items.contains(item, Qt::CaseInsensitive))
            items.append(item.toString());
    }
    return items;
}

} // namespace DeskBridge::Importing
