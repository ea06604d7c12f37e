#pragma once
// ViewRepository: the views table: the account's own ticket views (and rows for shipped views,
// marked by builtin_key), in their sidebar order.
#include "models/domain/Result.h"
#include "models/domain/RuleRecords.h"

#include <optional>

class QSqlQuery;

namespace DeskBridge::Store {

class Database;

class ViewRepository {
public:
    explicit ViewRepository(Database &db)
        : m_db(db) {}

    Result<Domain::Id> insert(const Domain::ViewRecord &view);
    // Title, position, active flag, definitions and updated_at of an existing view.
    Status update(const Domain::ViewRecord &view);
    Status remove(Domain::Id id);
    std::optional<Domain::ViewRecord> find(Domain::Id id);
    std::optional<Domain::ViewRecord> findByTitle(const QString &title);
    // The account's own views (no builtin_key) in sidebar order; `activeOnly` as it says.
    QList<Domain::ViewRecord> list(bool activeOnly = false);
    // Renumbers the listed views 1..n in the order of `ids`.
    Status setOrder(const QList<Domain::Id> &ids, const QDateTime &at);
    int nextPosition();

private:
    QList<Domain::ViewRecord> read(QSqlQuery &q);
    Database &m_db;
};

} // namespace DeskBridge::Store
