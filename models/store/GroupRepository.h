#pragma once
// GroupRepository: agent groups and their members.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class GroupRepository {
public:
    explicit GroupRepository(Database &db)
        : m_db(db) {}
    Result<Domain::Id> insert(const Domain::Group &group);
    Status rename(Domain::Id id, const QString &name, const QDateTime &at);
    Status remove(Domain::Id id);
    std::optional<Domain::Group> find(Domain::Id id);
    std::optional<Domain::Group> findByName(const QString &name);
    QList<Domain::Group> list();
    Status setMembers(Domain::Id groupId, const QList<Domain::Id> &userIds);
    QList<Domain::Id> members(Domain::Id groupId);
    QList<Domain::Id> groupsOf(Domain::Id userId);

private:
    QList<Domain::Group> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
