#pragma once
// Transaction: RAII guard for one write. Rolls back unless commit() succeeded, so an early
// return or an error anywhere leaves the database as it was.
#include "models/domain/Result.h"

#include <QCoreApplication>

namespace DeskBridge::Store {

class Database;

class Transaction {
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed (e.g. the file is read-only or locked beyond the busy timeout).
    bool isActive() const { return m_active; }
    QString beginError() const { return m_beginError; }
    Status commit();
    void rollback();

private:
    Database &m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace DeskBridge::Store
