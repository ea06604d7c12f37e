#include "models/store/ApiTokenRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

Result<Domain::Id> ApiTokenRepository::insert(const QString &tokenHash, const QString &description,
                                              Domain::Id createdBy, const QDateTime &at) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO api_tokens (token_hash, description, created_by, created_at) "
                       "VALUES (?, ?, ?, ?)"));
    bindAll(q, {tokenHash, description, idOrNull(createdBy), ms(at)});
    if (!q.exec())
        return Result<Domain::Id>::failure(Database::describe(q));
    const Domain::Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

std::optional<ApiToken> ApiTokenRepository::findByHash(const QString &tokenHash) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, description, created_by, created_at FROM api_tokens WHERE token_hash = ?"));
    q.bindValue(0, tokenHash);
    std::optional<ApiToken> out;
    if (q.exec() && q.next()) {
        ApiToken t;
        t.id = q.value(0).toLongLong();
        t.description = q.value(1).toString();
        t.createdBy = q.value(2).toLongLong();
        t.createdAt = time(q.value(3));
        out = t;
    }
    q.finish();
    return out;
}

} // namespace DeskBridge::Store
