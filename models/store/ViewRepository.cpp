#include "models/store/ViewRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, title, builtin_key, position, active, conditions, columns, sort, "
                   "created_at, updated_at FROM views ");
}

Result<Id> ViewRepository::insert(const ViewRecord &v) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO views (title, builtin_key, position, active, conditions, "
        "columns, sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(q, {v.title, textOrNull(v.builtinKey), v.position, v.active ? 1 : 0,
                QString::fromUtf8(v.conditions), QString::fromUtf8(v.columns),
                QString::fromUtf8(v.sort), ms(v.createdAt), ms(v.updatedAt)});
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status ViewRepository::update(const ViewRecord &v) {
    return m_db.exec(
        QStringLiteral("UPDATE views SET title = ?, position = ?, active = ?, conditions = ?, "
                       "columns = ?, sort = ?, updated_at = ? WHERE id = ?"),
        {v.title, v.position, v.active ? 1 : 0, QString::fromUtf8(v.conditions),
         QString::fromUtf8(v.columns), QString::fromUtf8(v.sort), ms(v.updatedAt), v.id});
}

Status ViewRepository::remove(Id id) {
    return m_db.exec(QStringLiteral("DELETE FROM views WHERE id = ?"), {id});
}

QList<ViewRecord> ViewRepository::read(QSqlQuery &q) {
    QList<ViewRecord> out;
    while (q.next()) {
        ViewRecord v;
        v.id = q.value(0).toLongLong();
        v.title = q.value(1).toString();
        v.builtinKey = q.value(2).toString();
        v.position = q.value(3).toInt();
        v.active = q.value(4).toInt() != 0;
        v.conditions = q.value(5).toString().toUtf8();
        v.columns = q.value(6).toString().toUtf8();
        v.sort = q.value(7).toString().toUtf8();
        v.createdAt = time(q.value(8));
        v.updatedAt = time(q.value(9));
        out.append(v);
    }
    q.finish();
    return out;
}

std::optional<ViewRecord> ViewRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? read(q) : QList<ViewRecord>();
    return all.isEmpty() ? std::nullopt : std::optional<ViewRecord>(all.first());
}

std::optional<ViewRecord> ViewRepository::findByTitle(const QString &title) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE builtin_key IS NULL AND "
                                                          "title = ? COLLATE NOCASE "
                                                          "ORDER BY position, id"));
    q.bindValue(0, title);
    const auto all = q.exec() ? read(q) : QList<ViewRecord>();
    return all.isEmpty() ? std::nullopt : std::optional<ViewRecord>(all.first());
}

QList<ViewRecord> ViewRepository::list(bool activeOnly) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE builtin_key IS NULL AND "
                                                          "(? = 0 OR active = 1) "
                                                          "ORDER BY position, id"));
    q.bindValue(0, activeOnly ? 1 : 0);
    return q.exec() ? read(q) : QList<ViewRecord>();
}

Status ViewRepository::setOrder(const QList<Id> &ids, const QDateTime &at) {
    for (int i = 0; i < ids.size(); ++i) {
        if (Status s = m_db.exec(QStringLiteral("UPDATE views SET position = ?, updated_at = ? "
                                                "WHERE id = ? AND position <> ?"),
                                 {i + 1, ms(at), ids.at(i), i + 1});
            !s)
            return s;
    }
    return {};
}

int ViewRepository::nextPosition() {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT coalesce(max(position), 0) FROM views WHERE builtin_key IS NULL"));
    const int n = (q.exec() && q.next()) ? q.value(0).toInt() + 1 : 1;
    q.finish();
    return n;
}

} // namespace DeskBridge::Store
