#pragma once
// TriggerRepository: the triggers table: the account's business rules in their run order.
#include "models/domain/Result.h"
#include "models/domain/RuleRecords.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class TriggerRepository {
public:
    explicit TriggerRepository(Database &db)
        : m_db(db) {}

    Result<Domain::Id> insert(const Domain::TriggerRecord &trigger);
    // Title, position, active flag, definitions and updated_at of an existing trigger.
    Status update(const Domain::TriggerRecord &trigger);
    Status remove(Domain::Id id);
    std::optional<Domain::TriggerRecord> find(Domain::Id id);
    std::optional<Domain::TriggerRecord> findByTitle(const QString &title);
    // Every trigger in run order (position, then id); `activeOnly` leaves out inactive ones.
    QList<Domain::TriggerRecord> list(bool activeOnly = false);
    // Renumbers the triggers 1..n in the order of `ids` (every trigger id once).
    Status setOrder(const QList<Domain::Id> &ids, const QDateTime &at);
    // The position after the last trigger.
    int nextPosition();

private:
    QList<Domain::TriggerRecord> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
