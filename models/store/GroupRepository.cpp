#include "models/store/GroupRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kSelect =
    QStringLiteral("SELECT g.id, g.name, g.created_at, (SELECT count(*) FROM group_memberships m "
                   "WHERE m.group_id = g.id) FROM groups g ");
}

Result<Id> GroupRepository::insert(const Group &g) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO groups (name, created_at, updated_at) VALUES (?, ?, ?)"));
    q.bindValue(0, g.name);
    q.bindValue(1, ms(g.createdAt));
    q.bindValue(2, ms(g.createdAt));
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    return id;
}

Status GroupRepository::rename(Id id, const QString &name, const QDateTime &at) {
    return m_db.exec(QStringLiteral("UPDATE groups SET name = ?, updated_at = ? WHERE id = ?"),
                     {name, ms(at), id});
}

Status GroupRepository::remove(Id id) {
    return m_db.exec(QStringLiteral("DELETE FROM groups WHERE id = ?"), {id});
}

QList<Group> GroupRepository::read(QSqlQuery &q) {
    QList<Group> out;
    while (q.next()) {
        Group g;
        g.id = q.value(0).toLongLong();
        g.name = q.value(1).toString();
        g.createdAt = time(q.value(2));
        g.memberCount = q.value(3).toInt();
        out.append(g);
    }
    q.finish();
    return out;
}

std::optional<Group> GroupRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE g.id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? read(q) : QList<Group>();
    return all.isEmpty() ? std::nullopt : std::optional<Group>(all.first());
}

std::optional<Group> GroupRepository::findByName(const QString &name) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE g.name = ?"));
    q.bindValue(0, name.trimmed());
    const auto all = q.exec() ? read(q) : QList<Group>();
    return all.isEmpty() ? std::nullopt : std::optional<Group>(all.first());
}

QList<Group> GroupRepository::list() {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("ORDER BY g.name COLLATE NOCASE"));
    return q.exec() ? read(q) : QList<Group>();
}

Status GroupRepository::setMembers(Id groupId, const QList<Id> &userIds) {
    if (Status s = m_db.exec(QStringLiteral("DELETE FROM group_memberships WHERE group_id = ?"),
                             {groupId});
        !s)
        return s;
    for (Id u : userIds) {
        if (Status s = m_db.exec(QStringLiteral("INSERT OR IGNORE INTO group_memberships "
                                                "(group_id, user_id) VALUES (?, ?)"),
                                 {groupId, u});
            !s)
            return s;
    }
    return {};
}

QList<Id> GroupRepository::members(Id groupId) {
    QList<Id> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT user_id FROM group_memberships WHERE group_id = ? ORDER BY user_id"));
    q.bindValue(0, groupId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

QList<Id> GroupRepository::groupsOf(Id userId) {
    QList<Id> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT group_id FROM group_memberships WHERE user_id = ? ORDER BY group_id"));
    q.bindValue(0, userId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

} // namespace DeskBridge::Store
