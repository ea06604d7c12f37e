#pragma once
// UserImportParser: turns a CSV file of users (Zendesk's column names: name, email, role,
// organization, organizations, tags, external_id, notes) into typed rows, and reports every row
// that is wrong in itself, with its line. Checks that need the database (unknown organizations,
// users that exist already) are the import service's: the rows keep names as written for it.
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

struct UserImportRow {
    qint64 line = 0; // physical line in the file, for the service's own errors
    QString name;
    QString email; // trimmed, otherwise as written
    Domain::Role role = Domain::Role::EndUser;
    bool hasRole = false; // the file gives a role; an existing user's role is kept otherwise
    // Organization names as written, each once: the "organization" column first, then the
    // ";"-separated "organizations". The first one is the user's default organization.
    QStringList organizations;
    QStringList tags; // split at spaces and commas
    QString externalId;
    QString notes;
};

struct UserImportResult {
    QList<UserImportRow> rows; // the rows without errors, in file order
    QList<RowError> errors;    // in line order; the import may go ahead only when empty
    QStringList ignoredColumns;
    bool ok() const { return errors.isEmpty(); }
};

class UserImportParser {
    Q_DECLARE_TR_FUNCTIONS(UserImportParser)

public:
    static constexpr int DefaultMaxOrganizationsPerUser = 300;

    static UserImportResult parse(const QByteArray &csv,
                                  int maxOrganizationsPerUser = DefaultMaxOrganizationsPerUser,
                                  const ImportProgress &progress = {});
    static UserImportResult parse(const CsvDocument &document,
                                  int maxOrganizationsPerUser = DefaultMaxOrganizationsPerUser);

    // The columns this parser reads, canonical names.
    static QStringList knownColumns();
    // "end-user", "end_user", "enduser", "end user", "agent", "admin", "administrator", any
    // case; empty is an end user. Nothing for anything else.
    static std::optional<Domain::Role> parseRole(const QString &text);
};

} // namespace DeskBridge::Importing
