#pragma once
// UserRepository: users (agents, admins, end users) and their tags.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class UserRepository {
public:
    explicit UserRepository(Database &db)
        : m_db(db) {}
    Result<Domain::Id> insert(const Domain::User &user);
    Status update(const Domain::User &user);
    std::optional<Domain::User> find(Domain::Id id);
    std::optional<Domain::User> findByEmail(const QString &email);
    // All users, or those of one role, ordered by name.
    QList<Domain::User> list(std::optional<Domain::Role> role = std::nullopt);
    int count();
    // Every user without tags, ordered by id: for passes over all users (apply domains).
    QList<Domain::User> listWithoutTags();
    // Names of many users at once (for joins done in C++).
    QString nameOf(Domain::Id id);

private:
    // `replace`: drop the user's tags first (a new user has none, which spares bulk imports).
    Status writeTags(Domain::Id id, const QStringList &tags, bool replace = true);
    QList<Domain::User> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
