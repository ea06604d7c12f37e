#include "app/importing/UserImportParser.h"

#include "app/importing/CsvColumns.h"
#include "models/domain/EmailDomain.h"

#include <QHash>

namespace DeskBridge::Importing {

namespace {
const QString kName = QStringLiteral("name");
const QString kEmail = QStringLiteral("email");
const QString kRole = QStringLiteral("role");
const QString kOrganization = QStringLiteral("organization");
const QString kOrganizations = QStringLiteral("organizations");
const QString kTags = QStringLiteral("tags");
const QString kExternalId = QStringLiteral("external_id");
const QString kNotes = QStringLiteral("notes");

// Two spellings of one mailbox are one user: the local part without case (as the store's
// NOCASE column compares), the domain in canonical ACE form.
QString emailKey(const QString &email) {
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return email.left(at).toCaseFolded() + QLatin1Char('@') +
           Domain::EmailDomain::domainOfEmail(email);
}
} // namespace

QStringList UserImportParser::knownColumns() {
    return {kName, kEmail, kRole, kOrganization, kOrganizations, kTags, kExternalId, kNotes};
}

std::optional<Domain::Role> UserImportParser::parseRole(const QString &text) {
    QString t = text.trimmed().toLower();
    t.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (t.isEmpty() || t == QLatin1String("enduser"))
        return Domain::Role::EndUser;
    if (t == QLatin1String("agent"))
        return Domain::Role::Agent;
    if (t == QLatin1String("admin") || t == QLatin1String("administrator"))
        return Domain::Role::Admin;
    return std::nullopt;
}

UserImportResult UserImportParser::parse(const QByteArray &csv, int maxOrganizationsPerUser,
                                         const ImportProgress &progress) {
    ImportProgress reading;
    if (progress) {
        // The reader's last call would say "done" before the rows are checked.
        reading = [&progress](qint64 done, qint64 total) {
            if (done < total)
                progress(done, total);
        };
    }
    UserImportResult result = parse(CsvReader::parse(csv, reading), maxOrganizationsPerUser);
    if (progress)
        progress(csv.size(), csv.size());
    return result;
}

UserImportResult UserImportParser::parse(const CsvDocument &document, int maxOrganizationsPerUser) {
    UserImportResult result;
    result.errors = document.errors;
    const CsvColumns columns(document, knownColumns(), {kName, kEmail});
    result.ignoredColumns = columns.ignored();
    if (!columns.errors().isEmpty()) {
        // Without its columns no row can be read; one error per row would only bury this one.
        for (const RowError &e : columns.errors())
            RowError::append(result.errors, e);
        RowError::sortByLine(result.errors);
        return result;
    }
    const QString organizationsColumn =
        columns.has(kOrganizations) ? kOrganizations : kOrganization;
    QHash<QString, qint64> lineOfEmail;
    lineOfEmail.reserve(document.records.size());
    result.rows.reserve(document.records.size());

    for (const CsvRecord &record : document.records) {
        bool failed = false;
        const auto fail = [&](const QString &column, const QString &message) {
            failed = true;
            RowError::append(result.errors, RowError{record.line, column, message});
        };
        UserImportRow row;
        row.line = record.line;

        row.name = columns.value(record, kName);
        if (row.name.isEmpty())
            fail(kName, tr("The name is missing."));

        row.email = columns.value(record, kEmail);
        if (row.email.isEmpty()) {
            fail(kEmail, tr("The email address is missing."));
        } else if (const Status valid = Domain::EmailDomain::validateEmail(row.email); !valid) {
            fail(kEmail, valid.error());
        } else {
            const QString key = emailKey(row.email);
            if (const auto earlier = lineOfEmail.constFind(key); earlier != lineOfEmail.cend()) {
                fail(kEmail, tr("The email address %1 already appears on line %2. Each user may "
                                "appear only once.")
                                 .arg(row.email)
                                 .arg(earlier.value()));
            } else {
                lineOfEmail.insert(key, record.line);
            }
        }

        const QString roleText = columns.value(record, kRole);
        row.hasRole = !roleText.isEmpty();
        if (const auto role = parseRole(roleText))
            row.role = *role;
        else
            fail(kRole, tr("“%1” is not a role. Use end-user, agent or admin.").arg(roleText));

        // "organization" holds one name, which may contain a ";"; "organizations" a list.
        if (const QString single = columns.value(record, kOrganization); !single.isEmpty())
            row.organizations.append(single);
        const QStringList more =
            CsvColumns::splitList(columns.value(record, kOrganizations), u";", false);
        for (const QString &name : more) {
            if (!row.organizations.contains(name, Qt::CaseInsensitive))
                row.organizations.append(name);
        }
        if (row.organizations.size() > maxOrganizationsPerUser) {
            fail(organizationsColumn,
                 tr("Too many organizations: this user is given %1, but a user may belong to at "
                    "most %2.")
                     .arg(row.organizations.size())
                     .arg(maxOrganizationsPerUser));
        }

        row.tags = CsvColumns::splitList(columns.value(record, kTags), u",", true);
        row.externalId = columns.value(record, kExternalId);
        row.notes = columns.value(record, kNotes);

        if (!failed)
            result.rows.append(std::move(row));
    }
    RowError::sortByLine(result.errors);
    return result;
}

} // namespace DeskBridge::Importing
