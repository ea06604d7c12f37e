#pragma once
// CustomFieldRepository: definitions of the account's custom ticket fields.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class CustomFieldRepository {
public:
    explicit CustomFieldRepository(Database &db)
        : m_db(db) {}
    Result<Domain::Id> insert(const Domain::CustomField &field);
    Status update(const Domain::CustomField &field);
    std::optional<Domain::CustomField> find(Domain::Id id);
    std::optional<Domain::CustomField> findByKey(const QString &key);
    // Active and inactive fields, by position.
    QList<Domain::CustomField> list();

private:
    QList<Domain::CustomField> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
