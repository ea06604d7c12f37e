#pragma once
// OrganizationRepository: organizations, their email domains, tags and memberships.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class OrganizationRepository {
public:
    explicit OrganizationRepository(Database &db)
        : m_db(db) {}
    Result<Domain::Id> insert(const Domain::Organization &org);
    std::optional<Domain::Organization> find(Domain::Id id);
    std::optional<Domain::Organization> findByName(const QString &name);
    QList<Domain::Organization> list();
    Status addMember(Domain::Id organizationId, Domain::Id userId, const QDateTime &at);
    QList<Domain::Id> organizationsOf(Domain::Id userId);

private:
    QList<Domain::Organization> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
