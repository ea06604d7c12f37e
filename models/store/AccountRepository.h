#pragma once
// AccountRepository: the single account row (name, plan, language, schedule, sharing address).
#include "models/domain/Entities.h"
#include "models/domain/Result.h"

#include <optional>

namespace DeskBridge::Store {

class Database;

class AccountRepository {
public:
    explicit AccountRepository(Database &db)
        : m_db(db) {}
    std::optional<Domain::Account> get();
    Status insert(const Domain::Account &account);
    Status update(const Domain::Account &account);

private:
    Database &m_db;
};

} // namespace DeskBridge::Store
