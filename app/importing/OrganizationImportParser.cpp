#include "app/importing/OrganizationImportParser.h"

#include "app/importing/CsvColumns.h"
#include "models/domain/EmailDomain.h"

#include <QHash>

namespace DeskBridge::Importing {

namespace {
const QString kName = QStringLiteral("name");
const QString kDomainNames = QStringLiteral("domain_names");
const QString kShared = QStringLiteral("shared");
const QString kSharedComments = QStringLiteral("shared_comments");
const QString kGroup = QStringLiteral("group");
const QString kNotes = QStringLiteral("notes");
const QString kTags = QStringLiteral("tags");
const QString kExternalId = QStringLiteral("external_id");

std::optional<bool> parseBool(const QString &text) {
    if (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}
} // namespace

QStringList OrganizationImportParser::knownColumns() {
    return {kName, kDomainNames, kShared, kSharedComments, kGroup, kNotes, kTags, kExternalId};
}

OrganizationImportResult OrganizationImportParser::parse(const QByteArray &csv,
                                                         const ImportProgress &progress) {
    ImportProgress reading;
    if (progress) {
        // The reader's last call would say "done" before the rows are checked.
        reading = [&progress](qint64 done, qint64 total) {
            if (done < total)
                progress(done, total);
        };
    }
    OrganizationImportResult result = parse(CsvReader::parse(csv, reading));
    if (progress)
        progress(csv.size(), csv.size());
    return result;
}

OrganizationImportResult OrganizationImportParser::parse(const CsvDocument &document) {
    OrganizationImportResult result;
    result.errors = document.errors;
    const CsvColumns columns(document, knownColumns(), {kName});
    result.ignoredColumns = columns.ignored();
    if (!columns.errors().isEmpty()) {
        for (const RowError &e : columns.errors())
            RowError::append(result.errors, e);
        RowError::sortByLine(result.errors);
        return result;
    }
    QHash<QString, qint64> lineOfName;   // case-folded: names are unique without case
    QHash<QString, qint64> lineOfDomain; // a domain belongs to one organization
    result.rows.reserve(document.records.size());

    for (const CsvRecord &record : document.records) {
        bool failed = false;
        const auto fail = [&](const QString &column, const QString &message) {
            failed = true;
            RowError::append(result.errors, RowError{record.line, column, message});
        };
        OrganizationImportRow row;
        row.line = record.line;

        row.name = columns.value(record, kName);
        if (row.name.isEmpty()) {
            fail(kName, tr("The name of the organization is missing."));
        } else {
            const QString key = row.name.toCaseFolded();
            if (const auto earlier = lineOfName.constFind(key); earlier != lineOfName.cend()) {
                fail(kName, tr("The organization “%1” already appears on line %2. Organization "
                               "names must be unique.")
                                .arg(row.name)
                                .arg(earlier.value()));
            } else {
                lineOfName.insert(key, record.line);
            }
        }

        const QStringList domains =
            CsvColumns::splitList(columns.value(record, kDomainNames), u",", true);
        for (const QString &given : domains) {
            const Result<QString> domain = Domain::EmailDomain::normalize(given);
            if (!domain) {
                fail(kDomainNames, domain.error());
                continue;
            }
            if (row.domains.contains(domain.value()))
                continue; // "Example.com example.com": the same domain twice
            if (const auto earlier = lineOfDomain.constFind(domain.value());
                earlier != lineOfDomain.cend()) {
                fail(kDomainNames, tr("The domain %1 is already given to the organization on line "
                                      "%2. A domain can belong to one organization only.")
                                       .arg(domain.value())
                                       .arg(earlier.value()));
                continue;
            }
            lineOfDomain.insert(domain.value(), record.line);
            row.domains.append(domain.value());
        }

        // Zendesk writes "shared" as true/false and, apart, "shared_comments" as true/false.
        const QString shared = columns.value(record, kShared);
        if (!shared.isEmpty()) {
            if (const auto flag = parseBool(shared)) {
                row.sharingMode =
                    *flag ? Domain::SharingMode::ViewAll : Domain::SharingMode::OwnTickets;
            } else if (const auto mode = Domain::Names::fromName<Domain::SharingMode>(shared)) {
                row.sharingMode = *mode;
            } else {
                fail(kShared, tr("“%1” is not a sharing setting. Use own, view or comment (or "
                                 "true for view and false for own).")
                                  .arg(shared));
            }
        }
        const QString sharedComments = columns.value(record, kSharedComments);
        if (!sharedComments.isEmpty()) {
            const auto flag = parseBool(sharedComments);
            if (!flag) {
                fail(kSharedComments,
                     tr("“%1” is not a valid value for shared_comments. Use true or false.")
                         .arg(sharedComments));
            } else if (*flag && row.sharingMode == Domain::SharingMode::ViewAll) {
                row.sharingMode = Domain::SharingMode::ViewAllAndComment;
            }
        }

        row.group = columns.value(record, kGroup);
        row.notes = columns.value(record, kNotes);
        row.tags = CsvColumns::splitList(columns.value(record, kTags), u",", true);
        row.externalId = columns.value(record, kExternalId);

        if (!failed)
            result.rows.append(std::move(row));
    }
    RowError::sortByLine(result.errors);
    return result;
}

} // namespace DeskBridge::Importing
