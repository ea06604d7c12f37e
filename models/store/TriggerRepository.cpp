#include "models/store/TriggerRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kSelect = QStringLiteral("SELECT id, title, position, active, conditions, actions, "
                                       "created_at, updated_at FROM triggers ");
}

Result<Id> TriggerRepository::insert(const TriggerRecord &t) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO triggers (title, position, active, conditions, actions, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {t.title, t.position, t.active ? 1 : 0, QString::fromUtf8(t.conditions),
                QString::fromUtf8(t.actions), ms(t.createdAt), ms(t.updatedAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status TriggerRepository::update(const TriggerRecord &t) {
    return m_db.exec(QStringLiteral("UPDATE triggers SET title = ?, position = ?, active = ?, "
                                    "conditions = ?, actions = ?, updated_at = ? WHERE id = ?"),
                     {t.title, t.position, t.active ? 1 : 0, QString::fromUtf8(t.conditions),
                      QString::fromUtf8(t.actions), ms(t.updatedAt), t.id});
}

Status TriggerRepository::remove(Id id) {
    return m_db.exec(QStringLiteral("DELETE FROM triggers WHERE id = ?"), {id});
}

QList<TriggerRecord> TriggerRepository::read(QSqlQuery &q) {
    QList<TriggerRecord> out;
    while (q.next()) {
        TriggerRecord t;
        t.id = q.value(0).toLongLong();
        t.title = q.value(1).toString();
        t.position = q.value(2).toInt();
        t.active = q.value(3).toInt() != 0;
        t.conditions = q.value(4).toString().toUtf8();
        t.actions = q.value(5).toString().toUtf8();
        t.createdAt = time(q.value(6));
        t.updatedAt = time(q.value(7));
        out.append(t);
    }
    q.finish();
    return out;
}

std::optional<TriggerRecord> TriggerRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? read(q) : QList<TriggerRecord>();
    return all.isEmpty() ? std::nullopt : std::optional<TriggerRecord>(all.first());
}

std::optional<TriggerRecord> TriggerRepository::findByTitle(const QString &title) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE title = ? COLLATE NOCASE "
                                                          "ORDER BY position, id"));
    q.bindValue(0, title);
    const auto all = q.exec() ? read(q) : QList<TriggerRecord>();
    return all.isEmpty() ? std::nullopt : std::optional<TriggerRecord>(all.first());
}

QList<TriggerRecord> TriggerRepository::list(bool activeOnly) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE (? = 0 OR active = 1) "
                                                          "ORDER BY position, id"));
    q.bindValue(0, activeOnly ? 1 : 0);
    return q.exec() ? read(q) : QList<TriggerRecord>();
}

Status TriggerRepository::setOrder(const QList<Id> &ids, const QDateTime &at) {
    for (int i = 0; i < ids.size(); ++i) {
        if (Status s = m_db.exec(QStringLiteral("UPDATE triggers SET position = ?, updated_at = ? "
                                                "WHERE id = ? AND position <> ?"),
                                 {i + 1, ms(at), ids.at(i), i + 1});
            !s)
            return s;
    }
    return {};
}

int TriggerRepository::nextPosition() {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT coalesce(max(position), 0) FROM triggers"));
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() + 1 : 1;
    q.finish();
    return n;
}

} // namespace DeskBridge::Store
