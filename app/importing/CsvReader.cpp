#include "app/importing/CsvReader.h"

#include <QFile>
#include <algorithm>
#include <cstring>

namespace DeskBridge::Importing {

namespace {

constexpr qsizetype kProgressStep = 256 * 1024;

// Offset of the first byte that does not belong to well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1.
qsizetype firstInvalidUtf8(const char *s, qsizetype len) {
    const auto *u = reinterpret_cast<const unsigned char *>(s);
    qsizetype i = 0;
    while (i < len) {
        const unsigned char c = u[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int follow = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            follow = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            follow = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            follow = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (len - i <= follow)
            return i;
        for (int k = 1; k <= follow; ++k) {
            const unsigned char b = u[i + k];
            if ((b & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        if ((follow == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (follow == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += follow + 1;
    }
    return -1;
}

bool isBlank(const CsvRecord &record) {
    return std::all_of(record.fields.cbegin(), record.fields.cend(),
                       [](const QString &f) { return f.trimmed().isEmpty(); });
}

// One pass over the bytes. The structural characters (quote, separators, CR, LF) are ASCII and
// never occur inside a multi-byte UTF-8 sequence, so splitting bytes first and decoding each
// value afterwards is safe.
class Parser {
public:
    Parser(const QByteArray &data, const ImportProgress &progress)
        : m_p(data.constData())
        , m_n(data.size())
        , m_progress(progress) {}

    CsvDocument run();

private:
    bool sniffFormat();
    char detectSeparator() const;
    bool readRecord(CsvRecord &record, bool &bad);
    void error(qint64 line, const QString &message) {
        RowError::append(m_doc.errors, RowError{line, QString(), message});
    }

    const char *m_p;
    const qsizetype m_n;
    const ImportProgress &m_progress;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    char m_sep = ',';
    CsvDocument m_doc;
};

// Handles what comes before the first record: byte order marks, files that are no CSV at all,
// and Excel's "sep=;" line. False when the file cannot be read.
bool Parser::sniffFormat() {
    const auto startsWith = [this](const char *prefix, qsizetype len) {
        return m_n - m_pos >= len && std::memcmp(m_p + m_pos, prefix, size_t(len)) == 0;
    };
    if (startsWith("\xFF\xFE", 2) || startsWith("\xFE\xFF", 2)) {
        error(1, CsvReader::tr("The file is encoded in UTF-16. Save it as “CSV UTF-8” and import "
                               "it again."));
        return false;
    }
    if (startsWith("PK\x03\x04", 4)) {
        error(1, CsvReader::tr("The file is a spreadsheet workbook, not a CSV file. Save it as "
                               "“CSV UTF-8” and import it again."));
        return false;
    }
    if (startsWith("\xEF\xBB\xBF", 3))
        m_pos += 3;
    if (startsWith("sep=", 4) && m_n - m_pos >= 5) {
        const char sep = m_p[m_pos + 4];
        const qsizetype after = m_pos + 5;
        const bool lineEnds = after == m_n || m_p[after] == '\r' || m_p[after] == '\n';
        if (lineEnds && (sep == ',' || sep == ';' || sep == '\t' || sep == '|')) {
            m_sep = sep;
            m_pos = after;
            if (m_pos < m_n && m_p[m_pos] == '\r')
                ++m_pos;
            if (m_pos < m_n && m_p[m_pos] == '\n')
                ++m_pos;
            ++m_line;
            return true;
        }
    }
    m_sep = detectSeparator();
    return true;
}

// "," or ";", whichever occurs more often outside quotes in the header line.
char Parser::detectSeparator() const {
    qsizetype i = m_pos;
    while (i < m_n && (m_p[i] == '\r' || m_p[i] == '\n'))
        ++i;
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (; i < m_n; ++i) {
        const char c = m_p[i];
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice: no harm
        else if (quoted)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\r' || c == '\n')
            break;
    }
    return semicolons > commas ? ';' : ',';
}

// Reads one record starting at m_pos. `bad` says a value was refused (already reported).
// Returns false when nothing after this point can be read.
bool Parser::readRecord(CsvRecord &record, bool &bad) {
    record.line = m_line;
    record.fields.clear();
    record.fields.reserve(m_doc.header.size());
    bad = false;
    bool tooLongReported = false;
    bool encodingReported = false;
    bool tooManyReported = false;
    QByteArray buffer;
    for (;;) {
        const qint64 valueLine = m_line;
        const char *value = nullptr;
        qsizetype valueLength = 0;
        bool tooLong = false;
        if (m_pos < m_n && m_p[m_pos] == '"') {
            buffer.clear();
            ++m_pos;
            qsizetype chunk = m_pos;
            // Never keeps more than the limit, however long the value is.
            const auto append = [&](const char *from, qsizetype length) {
                if (tooLong)
                    return;
                if (buffer.size() + length > CsvReader::MaxFieldBytes) {
                    tooLong = true;
                    buffer = QByteArray();
                    return;
                }
                buffer.append(from, length);
            };
            bool closed = false;
            while (m_pos < m_n) {
                const char c = m_p[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < m_n && m_p[m_pos + 1] == '"') {
                        append(m_p + chunk, m_pos + 1 - chunk); // keeps one of the two
                        m_pos += 2;
                        chunk = m_pos;
                        continue;
                    }
                    append(m_p + chunk, m_pos - chunk);
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == '\r') { // CRLF and a lone CR inside a value become LF
                    append(m_p + chunk, m_pos - chunk);
                    append("\n", 1);
                    ++m_pos;
                    if (m_pos < m_n && m_p[m_pos] == '\n')
                        ++m_pos;
                    ++m_line;
                    chunk = m_pos;
                    continue;
                }
                if (c == '\n')
                    ++m_line;
                ++m_pos;
            }
            if (!closed) {
                error(valueLine,
                      CsvReader::tr("A quoted value begins on this line but its closing quote is "
                                    "missing, so the rest of the file could not be read."));
                return false;
            }
            // Text between the closing quote and the separator is kept, as spreadsheets do.
            chunk = m_pos;
            while (m_pos < m_n && m_p[m_pos] != m_sep && m_p[m_pos] != '\r' && m_p[m_pos] != '\n')
                ++m_pos;
            append(m_p + chunk, m_pos - chunk);
            value = buffer.constData();
            valueLength = buffer.size();
        } else {
            const qsizetype start = m_pos;
            while (m_pos < m_n) {
                const char c = m_p[m_pos];
                if (c == m_sep || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            value = m_p + start;
            valueLength = m_pos - start;
            tooLong = valueLength > CsvReader::MaxFieldBytes;
        }

        if (record.fields.size() >= CsvReader::MaxValuesPerLine) {
            // Keeps reading to the end of the record, but no longer keeps its values.
            if (!tooManyReported) {
                error(record.line,
                      CsvReader::tr("This line has more than %1 values, far more than any import "
                                    "file has columns.")
                          .arg(CsvReader::MaxValuesPerLine));
            }
            tooManyReported = bad = true;
        } else if (tooLong) {
            if (!tooLongReported) {
                error(valueLine, CsvReader::tr("A value on this line is longer than %1 KiB, the "
                                               "most a single value may hold.")
                                     .arg(CsvReader::MaxFieldBytes / 1024));
            }
            tooLongReported = bad = true;
            record.fields.append(QString());
        } else if (const qsizetype at = firstInvalidUtf8(value, valueLength); at >= 0) {
            if (!encodingReported) {
                const qint64 line = valueLine + std::count(value, value + at, '\n');
                error(line, CsvReader::tr("This line is not valid UTF-8 text. Save the file as "
                                          "“CSV UTF-8” and import it again."));
            }
            encodingReported = bad = true;
            record.fields.append(QString());
        } else {
            record.fields.append(QString::fromUtf8(value, valueLength));
        }

        if (m_pos >= m_n)
            return true;
        const char c = m_p[m_pos++];
        if (c == m_sep)
            continue;
        if (c == '\r' && m_pos < m_n && m_p[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

CsvDocument Parser::run() {
    if (sniffFormat()) {
        m_doc.separator = QLatin1Char(m_sep);
        CsvRecord record;
        qsizetype reported = 0;
        while (m_pos < m_n) {
            if (m_progress && m_pos - reported >= kProgressStep) {
                reported = m_pos;
                m_progress(m_pos, m_n);
            }
            bool bad = false;
            if (!readRecord(record, bad)) {
                m_doc.complete = false; // the record is incomplete, and so is everything after it
                break;
            }
            if (!bad && isBlank(record))
                continue;
            if (m_doc.headerLine == 0) {
                if (bad)
                    break; // every row would be measured against a broken header
                m_doc.headerLine = record.line;
                m_doc.header = record.fields;
                continue;
            }
            if (bad)
                continue;
            const qsizetype columns = m_doc.header.size();
            // A spreadsheet's stray trailing separators carry no data; tolerate them.
            while (record.fields.size() > columns && record.fields.constLast().trimmed().isEmpty())
                record.fields.removeLast();
            if (record.fields.size() != columns) {
                error(record.line, CsvReader::tr("This line has %1 values, but the header line has "
                                                 "%2 columns. A value containing the separator "
                                                 "“%3” must be put in double quotes.")
                                       .arg(record.fields.size())
                                       .arg(columns)
                                       .arg(QLatin1Char(m_sep)));
                continue;
            }
            m_doc.records.append(std::move(record));
            record = CsvRecord();
        }
        if (m_doc.headerLine == 0 && m_doc.errors.isEmpty())
            error(1, CsvReader::tr("The file is empty: it has no header line naming the columns."));
    }
    RowError::sortByLine(m_doc.errors); // puts the note about unlisted errors first
    if (m_progress)
        m_progress(m_n, m_n);
    return std::move(m_doc);
}

} // namespace

CsvDocument CsvReader::parse(const QByteArray &data, const ImportProgress &progress) {
    return Parser(data, progress).run();
}

CsvDocument CsvReader::readFile(const QString &path, const ImportProgress &progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvDocument doc;
        doc.errors.append(RowError{
            0, QString(), tr("Cannot read the file %1: %2").arg(path, file.errorString())});
        return doc;
    }
    if (file.size() > MaxFileBytes) {
        CsvDocument doc;
        doc.errors.append(RowError{0, QString(),
                                   tr("The file %1 is larger than %2 MiB. Split it into smaller "
                                      "files and import them one by one.")
                                       .arg(path)
                                       .arg(MaxFileBytes / (1024 * 1024))});
        return doc;
    }
    return parse(file.readAll(), progress);
}

} // namespace DeskBridge::Importing
