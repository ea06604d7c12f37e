#include "app/services/ImportService.h"

#include "app/importing/CsvColumns.h"
#include "app/importing/CsvReader.h"
#include "app/importing/OrganizationImportParser.h"
#include "app/importing/UserImportParser.h"
#include "app/services/OrganizationService.h"
#include "app/services/Permissions.h"
#include "app/services/UserService.h"
#include "models/domain/DomainMatcher.h"
#include "models/store/Transaction.h"

#include <QFile>
#include <QSet>

namespace DeskBridge::Services {

using namespace Domain;
using Importing::CsvDocument;
using Importing::CsvReader;
using Importing::RowError;

namespace {
constexpr qint64 kProgressRows = 1000;

Importing::ImportProgress readingProgress(const ImportService::Progress &progress) {
    if (!progress)
        return {};
    return [progress](qint64 done, qint64 total) { progress(ImportPhase::Reading, done, total); };
}

void report(const ImportService::Progress &progress, ImportPhase phase, qint64 done, qint64 total) {
    if (progress && (done % kProgressRows == 0 || done == total))
        progress(phase, done, total);
}

// A file whose header is unusable or whose reading stopped early cannot be imported in part.
bool isFileProblem(const CsvDocument &doc, const QList<RowError> &errors) {
    if (!doc.complete || doc.headerLine == 0)
        return true;
    for (const RowError &e : errors)
        if (e.line == doc.headerLine)
            return true;
    return false;
}

int countBadLines(const QList<RowError> &errors, qint64 headerLine) {
    QSet<qint64> lines;
    for (const RowError &e : errors)
        if (e.line > headerLine)
            lines.insert(e.line);
    return int(lines.size());
}

bool hasColumn(const CsvDocument &doc, const QString &name) {
    for (const QString &h : doc.header)
        if (Importing::CsvColumns::canonicalName(h) == name)
            return true;
    return false;
}
} // namespace

ImportService::ImportService(ServiceContext ctx, UserService &users,
                             OrganizationService &organizations, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_users(users)
    , m_organizations(organizations)
    , m_userRepo(ctx.db)
    , m_orgRepo(ctx.db)
    , m_groups(ctx.db) {}

QString ImportService::phaseLabel(ImportPhase phase) {
    switch (phase) {
    case ImportPhase::Reading:
        return tr("Reading the file");
    case ImportPhase::Checking:
        return tr("Checking the rows");
    case ImportPhase::Writing:
        return tr("Importing");
    }
    return {};
}

Result<QByteArray> ImportService::readFile(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            tr("Cannot read the file %1: %2").arg(path, file.errorString()));
    if (file.size() > CsvReader::MaxFileBytes)
        return Result<QByteArray>::failure(tr("The file %1 is larger than %2 MiB. Split it into "
                                              "smaller files and import them one by one.")
                                               .arg(path)
                                               .arg(CsvReader::MaxFileBytes / (1024 * 1024)));
    return file.readAll();
}

Result<ImportReport> ImportService::importUsersFile(const User &actor, const QString &path,
                                                    const ImportOptions &options,
                                                    const Progress &progress) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<ImportReport>::failure(s.error());
    auto bytes = readFile(path);
    if (!bytes)
        return Result<ImportReport>::failure(bytes.error());
    return importUsers(actor, *bytes, options, progress);
}

Result<ImportReport> ImportService::importOrganizationsFile(const User &actor, const QString &path,
                                                            const ImportOptions &options,
                                                            const Progress &progress) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<ImportReport>::failure(s.error());
    auto bytes = readFile(path);
    if (!bytes)
        return Result<ImportReport>::failure(bytes.error());
    return importOrganizations(actor, *bytes, options, progress);
}

void ImportService::summarize(ImportReport &r, bool users, const ImportOptions &options) {
    QStringList s;
    if (r.fileProblem) {
        r.summary = tr("The file cannot be imported as it is; nothing was imported. Correct the "
                       "problems listed and import it again.");
        return;
    }
    const bool blocked = !r.clean() && !options.skipBadRows;
    if (r.badRows > 0 || !r.clean()) {
        s << tr("%n row(s) have problems, listed with their line numbers.", nullptr,
                qMax(r.badRows, 1));
        if (blocked)
            s << (options.dryRun ? tr("As it is, the file would not be imported.")
                                 : tr("Nothing was imported."))
              << tr("Correct the rows and import the file again, or choose to skip the bad rows "
                    "to import the %n good row(s).",
                    nullptr, r.created + r.updated);
        else
            s << (options.dryRun ? tr("They would be skipped.") : tr("They were skipped."));
    }
    if (!blocked) {
        const bool future = options.dryRun;
        if (r.created + r.updated == 0)
            s << tr("There is nothing to import.");
        if (users) {
            if (!r.organizationsCreated.isEmpty())
                s << (future ? tr("%n organization(s) would be created: %1.", nullptr,
                                  int(r.organizationsCreated.size()))
                             : tr("%n organization(s) were created: %1.", nullptr,
                                  int(r.organizationsCreated.size())))
                         .arg(r.organizationsCreated.join(QStringLiteral(", ")));
            if (r.created)
                s << (future ? tr("%n new user(s) would be created.", nullptr, r.created)
                             : tr("%n new user(s) were created.", nullptr, r.created));
            if (r.updated)
                s << (future ? tr("%n existing user(s) with the same email address would be "
                                  "updated.",
                                  nullptr, r.updated)
                             : tr("%n existing user(s) with the same email address were updated.",
                                  nullptr, r.updated));
            if (r.joinedByDomain)
                s << (future ? tr("%n new user(s) would join an organization by their email "
                                  "domain.",
                                  nullptr, r.joinedByDomain)
                             : tr("%n new user(s) joined an organization by their email domain.",
                                  nullptr, r.joinedByDomain));
        } else {
            if (r.created)
                s << (future ? tr("%n organization(s) would be created.", nullptr, r.created)
                             : tr("%n organization(s) were created.", nullptr, r.created));
            if (r.updated)
                s << (future ? tr("%n existing organization(s) with the same name would be "
                                  "updated.",
                                  nullptr, r.updated)
                             : tr("%n existing organization(s) with the same name were updated.",
                                  nullptr, r.updated));
        }
        if (future)
            s << tr("This was a dry run: nothing was written.");
    }
    r.summary = s.join(QLatin1Char(' '));
}

Result<ImportReport> ImportService::importUsers(const User &actor, const QByteArray &csv,
                                                const ImportOptions &options,
                                                const Progress &progress) {
    using R = Result<ImportReport>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    const CsvDocument doc = CsvReader::parse(csv, readingProgress(progress));
    const Importing::UserImportResult parsed = Importing::UserImportParser::parse(doc);
    ImportReport r;
    r.ignoredColumns = parsed.ignoredColumns;
    QList<RowError> errors = parsed.errors;
    const QString orgColumn = hasColumn(doc, QStringLiteral("organizations"))
                                  ? QStringLiteral("organizations")
                                  : QStringLiteral("organization");

    // What the database holds, looked up once.
    QHash<QString, Id> orgByName; // case-folded name
    for (const auto &[id, name] : m_orgRepo.names())
        orgByName.insert(name.toCaseFolded(), id);
    QHash<QString, Id> userByEmail; // the store compares addresses without case
    for (const User &u : m_userRepo.listWithoutTags())
        userByEmail.insert(u.email.toLower(), u.id);
    const QHash<Id, QList<Id>> memberships = m_orgRepo.allMemberships();
    const DomainMatcher matcher(m_orgRepo.allDomains());
    const int maxOrganizations = Permissions::maxOrganizationsPerUser(m_users.plan());

    // Organizations to create get negative stand-in ids until they exist.
    QHash<QString, Id> missing; // case-folded name -> stand-in id
    QHash<Id, QString> missingName;
    struct Planned {
        const Importing::UserImportRow *row;
        Id existingId;
        QList<Id> organizations;
    };
    QList<Planned> planned;
    planned.reserve(parsed.rows.size());
    const qint64 total = parsed.rows.size();
    qint64 done = 0;
    for (const Importing::UserImportRow &row : parsed.rows) {
        report(progress, ImportPhase::Checking, ++done, total);
        bool bad = false;
        const auto fail = [&](const QString &column, const QString &message) {
            bad = true;
            RowError::append(errors, RowError{row.line, column, message});
        };
        QList<Id> orgs;
        for (const QString &name : row.organizations) {
            const QString key = name.toCaseFolded();
            if (const auto it = orgByName.constFind(key); it != orgByName.cend()) {
                orgs.append(it.value());
                continue;
            }
            if (!options.createMissingOrganizations) {
                if (!r.unknownOrganizations.contains(name, Qt::CaseInsensitive))
                    r.unknownOrganizations.append(name);
                fail(orgColumn, tr("There is no organization “%1”. Create it first, or choose "
                                   "to create missing organizations.")
                                    .arg(name));
                continue;
            }
            if (name.size() > 255) {
                fail(orgColumn, tr("The organization name “%1…” is longer than 255 characters.")
                                    .arg(name.left(40)));
                continue;
            }
            Id &standIn = missing[key];
            if (!standIn) {
                standIn = -Id(missing.size());
                missingName.insert(standIn, name);
            }
            orgs.append(standIn);
        }
        const Id existing = userByEmail.value(row.email.toLower());
        const QList<Id> before = memberships.value(existing);
        QList<Id> after = before;
        for (Id o : std::as_const(orgs))
            if (!after.contains(o))
                after.append(o);
        if (Status s = m_users.checkOrganizationLimit(row.name, before, after); !s)
            fail(orgColumn, s.error());
        if (existing && !bad) {
            // The same checks as a change in the console: roles, the last administrator.
            if (auto current = m_userRepo.find(existing)) {
                User changed = *current;
                changed.name = row.name;
                if (row.hasRole)
                    changed.role = row.role;
                if (Status s = m_users.checkUpdate(actor, changed); !s)
                    fail(row.hasRole ? QStringLiteral("role") : QString(), s.error());
            }
        }
        if (bad)
            continue;
        planned.append({&row, existing, orgs});
        if (existing) {
            ++r.updated;
        } else {
            ++r.created;
            if (const auto byDomain = matcher.match(row.email);
                byDomain && !orgs.contains(*byDomain) && orgs.size() < maxOrganizations)
                ++r.joinedByDomain;
        }
        for (Id o : std::as_const(orgs))
            if (o < 0 && !r.organizationsCreated.contains(missingName.value(o)))
                r.organizationsCreated.append(missingName.value(o));
    }
    RowError::sortByLine(errors);
    r.errors = errors;
    r.fileProblem = isFileProblem(doc, errors);
    r.badRows = countBadLines(errors, doc.headerLine);
    r.rows = int(planned.size()) + r.badRows;
    summarize(r, true, options);
    if (options.dryRun || r.fileProblem || (!r.clean() && !options.skipBadRows) ||
        planned.isEmpty())
        return r;

    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    QHash<Id, Id> created; // stand-in id -> real id
    for (auto it = missingName.cbegin(); it != missingName.cend(); ++it) {
        if (!r.organizationsCreated.contains(it.value()))
            continue;
        Organization o;
        o.name = it.value();
        auto org = m_organizations.insertValidated(o);
        if (!org)
            return R::failure(tr("The organization “%1” could not be created: %2 Nothing was "
                                 "imported.")
                                  .arg(it.value(), org.error()));
        created.insert(it.key(), org->id);
    }
    done = 0;
    for (const Planned &p : std::as_const(planned)) {
        report(progress, ImportPhase::Writing, ++done, planned.size());
        const Importing::UserImportRow &row = *p.row;
        QList<Id> orgs;
        for (Id o : p.organizations)
            orgs.append(o < 0 ? created.value(o) : o);
        Status written;
        if (!p.existingId) {
            User u;
            u.name = row.name;
            u.email = row.email;
            u.role = row.role;
            u.tags = row.tags;
            u.externalId = row.externalId;
            u.notes = row.notes;
            auto inserted = m_users.insertValidated(u, orgs);
            if (!inserted)
                written = Status::failure(inserted.error());
        } else if (auto current = m_userRepo.find(p.existingId)) {
            User u = *current;
            u.name = row.name;
            if (row.hasRole)
                u.role = row.role;
            if (!row.tags.isEmpty())
                u.tags = row.tags;
            if (!row.externalId.isEmpty())
                u.externalId = row.externalId;
            if (!row.notes.isEmpty())
                u.notes = row.notes;
            std::optional<QList<Id>> newMemberships;
            if (!orgs.isEmpty()) {
                // The file's organizations are added; the first becomes the default.
                QList<Id> after = m_orgRepo.organizationsOf(u.id);
                for (Id o : std::as_const(orgs))
                    if (!after.contains(o))
                        after.append(o);
                newMemberships = after;
                u.defaultOrganizationId = orgs.first();
            }
            written = m_users.updateValidated(actor, u, newMemberships);
        }
        if (!written)
            return R::failure(
                tr("Line %1: %2 Nothing was imported.").arg(row.line).arg(written.error()));
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    r.written = true;
    summarize(r, true, options);
    Q_EMIT m_ctx.hub.usersChanged();
    Q_EMIT m_ctx.hub.organizationsChanged();
    return r;
}

Result<ImportReport> ImportService::importOrganizations(const User &actor, const QByteArray &csv,
                                                        const ImportOptions &options,
                                                        const Progress &progress) {
    using R = Result<ImportReport>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    const CsvDocument doc = CsvReader::parse(csv, readingProgress(progress));
    const Importing::OrganizationImportResult parsed =
        Importing::OrganizationImportParser::parse(doc);
    ImportReport r;
    r.ignoredColumns = parsed.ignoredColumns;
    QList<RowError> errors = parsed.errors;

    QHash<QString, Id> orgByName;
    for (const auto &[id, name] : m_orgRepo.names())
        orgByName.insert(name.toCaseFolded(), id);
    QHash<QString, Id> groupByName;
    for (const Group &g : m_groups.list())
        groupByName.insert(g.name.toCaseFolded(), g.id);

    struct Planned {
        qint64 line;
        Organization organization;
    };
    QList<Planned> planned;
    const qint64 total = parsed.rows.size();
    qint64 done = 0;
    for (const Importing::OrganizationImportRow &row : parsed.rows) {
        report(progress, ImportPhase::Checking, ++done, total);
        bool bad = false;
        const auto fail = [&](const QString &column, const QString &message) {
            bad = true;
            RowError::append(errors, RowError{row.line, column, message});
        };
        const Id existing = orgByName.value(row.name.toCaseFolded());
        Organization o;
        if (existing) {
            if (auto current = m_orgRepo.find(existing))
                o = *current;
        }
        o.name = row.name;
        // Empty cells leave an existing organization's values as they are.
        if (!existing || !row.notes.isEmpty())
            o.notes = row.notes;
        if (!existing || !row.domains.isEmpty())
            o.domains = row.domains;
        if (row.sharingMode)
            o.sharingMode = *row.sharingMode;
        if (!existing || !row.tags.isEmpty())
            o.tags = row.tags;
        if (!existing || !row.externalId.isEmpty())
            o.externalId = row.externalId;
        if (!row.group.isEmpty()) {
            if (const Id group = groupByName.value(row.group.toCaseFolded()))
                o.groupId = group;
            else
                fail(QStringLiteral("group"),
                     tr("There is no group “%1”. Create the group first, or leave the cell "
                        "empty.")
                         .arg(row.group));
        }
        if (auto domains = m_organizations.normalizeDomains(o.domains, o.id); !domains)
            fail(QStringLiteral("domain_names"), domains.error());
        if (bad)
            continue;
        if (auto valid = m_organizations.validate(o); !valid) {
            fail(QString(), valid.error());
            continue;
        }
        planned.append({row.line, o});
        if (existing)
            ++r.updated;
        else
            ++r.created;
    }
    RowError::sortByLine(errors);
    r.errors = errors;
    r.fileProblem = isFileProblem(doc, errors);
    r.badRows = countBadLines(errors, doc.headerLine);
    r.rows = int(planned.size()) + r.badRows;
    summarize(r, false, options);
    if (options.dryRun || r.fileProblem || (!r.clean() && !options.skipBadRows) ||
        planned.isEmpty())
        return r;

    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    done = 0;
    for (const Planned &p : std::as_const(planned)) {
        report(progress, ImportPhase::Writing, ++done, planned.size());
        auto written = p.organization.id ? m_organizations.updateValidated(p.organization)
                                         : m_organizations.insertValidated(p.organization);
        if (!written)
            return R::failure(
                tr("Line %1: %2 Nothing was imported.").arg(p.line).arg(written.error()));
    }
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    r.written = true;
    summarize(r, false, options);
    Q_EMIT m_ctx.hub.organizationsChanged();
    Q_EMIT m_ctx.hub.ticketsChanged();
    return r;
}

} // namespace DeskBridge::Services
