#pragma once
// ApiTokenRepository: the API tokens admins create for the Zendesk-style REST API. Only a hash of
// each token is stored; the token itself is shown once, when it is made.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <optional>

namespace DeskBridge::Store {

class Database;

struct ApiToken {
    Domain::Id id = 0;
    QString description;
    Domain::Id createdBy = 0;
    QDateTime createdAt;
};

class ApiTokenRepository {
public:
    explicit ApiTokenRepository(Database &db)
        : m_db(db) {}

    Result<Domain::Id> insert(const QString &tokenHash, const QString &description,
                              Domain::Id createdBy, const QDateTime &at);
    std::optional<ApiToken> findByHash(const QString &tokenHash);

private:
    Database &m_db;
};

} // namespace DeskBridge::Store
