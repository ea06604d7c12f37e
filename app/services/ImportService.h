#pragma once
// ImportService: the bulk import of users and organizations from CSV files (Admin Center >
// People > Import, `deskbridge import`). The parsers in app/importing check each row on its
// own; this service adds the checks that need the database (unknown organizations and groups,
// the plan's organizations per user, existing users and organizations, domains of other
// organizations) and writes everything in one transaction. A file with a bad row writes
// nothing unless the caller chooses to skip bad rows; a dry run lists every bad row with its
// line and says what the import would do. Admins only.
//
//   bytes ──► CsvReader + parser ──► database checks ──► clean, or skipBadRows? ──► one
//             (Reading: bytes)       (Checking: rows)    no: report, nothing written   transaction
//                                                                                    (Writing:
//                                                                                    rows)
//   New users pass through UserService::insertValidated, so they join organizations by their
//   email domain like every other new user; existing ones (same address) are updated.
#include "app/importing/RowError.h"
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/GroupRepository.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/UserRepository.h"

#include <QObject>
#include <functional>

namespace DeskBridge::Services {

class UserService;
class OrganizationService;

struct ImportOptions {
    bool dryRun = false;                     // check and count, write nothing
    bool createMissingOrganizations = false; // users: organizations named but unknown are created
    bool skipBadRows = false;                // write the good rows although some are bad
};

enum class ImportPhase { Reading, Checking, Writing };

struct ImportReport {
    int rows = 0;                      // data rows found (good and bad)
    int badRows = 0;                   // rows with at least one problem
    QList<Importing::RowError> errors; // every problem, in line order; line 0: the whole file
    bool fileProblem = false; // the file as a whole is unusable (header, encoding, cut off)
    QStringList ignoredColumns;
    int created = 0;                  // users or organizations created (dry run: that would be)
    int updated = 0;                  // existing ones updated: same email address / same name
    QStringList organizationsCreated; // user imports that create missing organizations
    QStringList unknownOrganizations; // named by rows but not there (without creating them)
    int joinedByDomain = 0;           // new users who join an organization by email domain
    bool written = false;             // false for a dry run and for a refused import
    QString summary;                  // translated: what happened or would happen, what to do

    bool clean() const { return errors.isEmpty(); }
};

class ImportService : public QObject {
    Q_OBJECT
public:
    // (phase, done, total): bytes while reading, rows while checking and writing.
    using Progress = std::function<void(ImportPhase phase, qint64 done, qint64 total)>;

    ImportService(ServiceContext ctx, UserService &users, OrganizationService &organizations,
                  QObject *parent = nullptr);

    // Failure only for what no row can fix (not an admin, a failed write); problems with
    // rows are in the report, with written == false unless skipBadRows allowed the rest.
    Result<ImportReport> importUsers(const Domain::User &actor, const QByteArray &csv,
                                     const ImportOptions &options = {},
                                     const Progress &progress = {});
    Result<ImportReport> importOrganizations(const Domain::User &actor, const QByteArray &csv,
                                             const ImportOptions &options = {},
                                             const Progress &progress = {});
    Result<ImportReport> importUsersFile(const Domain::User &actor, const QString &path,
                                         const ImportOptions &options = {},
                                         const Progress &progress = {});
    Result<ImportReport> importOrganizationsFile(const Domain::User &actor, const QString &path,
                                                 const ImportOptions &options = {},
                                                 const Progress &progress = {});

    // The file's bytes, refusing unreadable files and files over CsvReader::MaxFileBytes.
    static Result<QByteArray> readFile(const QString &path);
    // "Reading the file", "Checking the rows", "Importing" for a progress dialog.
    static QString phaseLabel(ImportPhase phase);

private:
    static void summarize(ImportReport &report, bool users, const ImportOptions &options);
    ServiceContext m_ctx;
    UserService &m_users;
    OrganizationService &m_organizations;
    Store::UserRepository m_userRepo;
    Store::OrganizationRepository m_orgRepo;
    Store::GroupRepository m_groups;
};

} // namespace DeskBridge::Services
