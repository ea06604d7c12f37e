#include "models/store/Transaction.h"

#include "models/store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace DeskBridge::Store {

Transaction::Transaction(Database &db)
    : m_db(db) {
    // BEGIN IMMEDIATE takes the write lock now, so a busy database waits here (busy_timeout)
    // instead of failing half-way through the change.
    QSqlQuery q(m_db.connection());
    m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active)
        m_beginError = Database::describe(q);
}

Transaction::~Transaction() {
    if (m_active)
        rollback();
}

Status Transaction::commit() {
    if (!m_active)
        return Status::failure(tr("No transaction is open: %1").arg(m_beginError));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = Database::describe(q);
        rollback();
        return Status::failure(tr("Saving failed: %1").arg(why));
    }
    m_active = false;
    return {};
}

void Transaction::rollback() {
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace DeskBridge::Store
