#pragma once
// OrganizationImportParser: turns a CSV file of organizations (Zendesk's column names: name,
// domain_names, shared, shared_comments, group, notes, tags, external_id) into typed rows, and
// reports every row that is wrong in itself, with its line. Domains are normalized and checked
// here (free-mail refused); whether a group exists or a domain belongs to an organization in
// the database already is for the import service to check.
#include "app/importing/CsvReader.h"
#include "app/importing/ImportProgress.h"
#include "app/importing/RowError.h"
#include "models/domain/Enums.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace DeskBridge::Importing {

struct OrganizationImportRow {
    qint64 line = 0; // physical line in the file, for the service's own errors
    QString name;
    QStringList domains; // normalized by EmailDomain::normalize(), each once
    // Empty when the file leaves it open (no "shared" column, or an empty value).
    std::optional<Domain::SharingMode> sharingMode;
    QString group; // group name as written
    QString notes;
    QStringList tags; // split at spaces and commas
    QString externalId;
};

struct OrganizationImportResult {
    QList<OrganizationImportRow> rows; // the rows without errors, in file order
    QList<RowError> errors;            // in line order; the import may go ahead only when empty
    QStringList ignoredColumns;
    bool ok() const { return errors.isEmpty(); }
};

class OrganizationImportParser {
    Q_DECLARE_TR_FUNCTIONS(OrganizationImportParser)

public:
    static OrganizationImportResult parse(const QByteArray &csv,
                                          const ImportProgress &progress = {});
    static OrganizationImportResult parse(const CsvDocument &document);

    // The columns this parser reads, canonical names.
    static QStringList knownColumns();
};

} // namespace DeskBridge::Importing
