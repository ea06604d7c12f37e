#pragma once
// OrganizationRepository: organizations, their email domains, tags and memberships (a user's
// default organization is users.default_organization_id), and the counts the lists show.
// Checks are the OrganizationService's; this class only reads and writes.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <QHash>
#include <optional>
#include <utility>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class OrganizationRepository {
public:
    explicit OrganizationRepository(Database &db)
        : m_db(db) {}

    // The row, its domains (normalized) and tags.
    Result<Domain::Id> insert(const Domain::Organization &org);
    // The row's columns; domains and tags are replaced by the given ones.
    Status update(const Domain::Organization &org);
    // Deletes the row: memberships, domains and tags go with it; tickets and users that
    // pointed at it keep existing without it (the schema's ON DELETE SET NULL).
    Status remove(Domain::Id id);

    std::optional<Domain::Organization> find(Domain::Id id);
    bool exists(Domain::Id id);
    // Exact name without ASCII case (the column's NOCASE); the service adds Unicode case.
    std::optional<Domain::Organization> findByName(const QString &name);
    // Every organization with its member and ticket counts, ordered by name. `search` (if
    // not empty) keeps those whose name, a domain or a tag contains it, without case.
    QList<Domain::Organization> list(const QString &search = {});
    // Ids and names only, for bulk look-ups (imports).
    QList<std::pair<Domain::Id, QString>> names();
    // The same for the names with characters beyond ASCII, whose case SQLite cannot fold.
    QList<std::pair<Domain::Id, QString>> nonAsciiNames();
    int memberCount(Domain::Id id);
    int ticketCount(Domain::Id id);
    // How many users have this organization as their default.
    int defaultCount(Domain::Id id);

    // Domains. Stored normalized (EmailDomain::normalize), a leading dot for subdomains.
    std::optional<Domain::Id> domainOwner(const QString &domain);
    QList<std::pair<QString, Domain::Id>> allDomains();
    // The stored domains that could match an address at `emailDomain` (canonical form): the
    // domain itself and the wildcards of it and of each of its parent domains. DomainMatcher
    // picks the winner among them.
    QList<std::pair<QString, Domain::Id>> domainCandidates(const QString &emailDomain);

    // Memberships.
    Status addMember(Domain::Id organizationId, Domain::Id userId, const QDateTime &at);
    Status removeMember(Domain::Id organizationId, Domain::Id userId);
    QList<Domain::Id> organizationsOf(Domain::Id userId);
    // Every user's memberships, for passes over all users.
    QHash<Domain::Id, QList<Domain::Id>> allMemberships();
    QList<Domain::OrganizationMember> members(Domain::Id organizationId);
    Status setDefault(Domain::Id userId, Domain::Id organizationId);
    // Users whose default is `organizationId` get another of their organizations as default
    // (the one they joined first), or none. For deleting an organization.
    Status moveDefaultsAway(Domain::Id organizationId);

    // The organizations whose tickets the user may see, by the one visibility rule
    // (TicketRepository::sharedOrganizationsSql), ordered by name.
    QList<Domain::Organization> sharedWith(Domain::Id userId);

private:
    QList<Domain::Organization> read(QSqlQuery &q, bool withCounts = false);
    Status writeDomains(Domain::Id id, const QStringList &domains);
    Status writeTags(Domain::Id id, const QStringList &tags);
    int countOf(const QString &sql, Domain::Id id);
    Database &m_db;
    QList<QString> m_candidateSql; // by number of keys - 1
};

} // namespace DeskBridge::Store
