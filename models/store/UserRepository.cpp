#include "models/store/UserRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kColumns = QStringLiteral(
    "id, name, email, role, default_organization_id, external_id, notes, active, created_at, "
    "updated_at");

// One row of a SELECT of kColumns.
User rowToUser(const QSqlQuery &q) {
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    u.role = static_cast<Role>(q.value(3).toInt());
    u.defaultOrganizationId = q.value(4).toLongLong();
    u.externalId = q.value(5).toString();
    u.notes = q.value(6).toString();
    u.active = q.value(7).toBool();
    u.createdAt = time(q.value(8));
    u.updatedAt = time(q.value(9));
    return u;
}
} // namespace

Result<Id> UserRepository::insert(const User &u) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO users (name, email, role, default_organization_id, external_id, notes, "
        "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{u.name,
                              u.email,
                              int(u.role),
                              idOrNull(u.defaultOrganizationId),
                              textOrNull(u.externalId),
                              u.notes,
                              u.active,
                              ms(u.createdAt),
                              ms(u.updatedAt)};
    bindAll(q, values);
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    if (Status s = writeTags(id, u.tags, false); !s)
        return Result<Id>::failure(s.error());
    return id;
}

Status UserRepository::update(const User &u) {
    if (Status s = m_db.exec(
            QStringLiteral("UPDATE users SET name = ?, email = ?, role = ?, "
                           "default_organization_id = ?, external_id = ?, notes = ?, active = ?, "
                           "updated_at = ? WHERE id = ?"),
            {u.name, u.email, int(u.role), idOrNull(u.defaultOrganizationId),
             textOrNull(u.externalId), u.notes, u.active, ms(u.updatedAt), u.id});
        !s)
        return s;
    return writeTags(u.id, u.tags);
}

Status UserRepository::writeTags(Id id, const QStringList &tags, bool replace) {
    if (replace) {
        if (Status s = m_db.exec(QStringLiteral("DELETE FROM user_tags WHERE user_id = ?"), {id});
            !s)
            return s;
    }
    for (const QString &t : tags) {
        if (Status s = m_db.exec(
                QStringLiteral("INSERT OR IGNORE INTO user_tags (user_id, tag) VALUES (?, ?)"),
                {id, t});
            !s)
            return s;
    }
    return {};
}

QList<User> UserRepository::read(QSqlQuery &q) {
    QList<User> out;
    while (q.next()) {
        out.append(rowToUser(q));
    }
    q.finish();
    for (User &u : out) {
        QSqlQuery &t = m_db.prepared(
            QStringLiteral("SELECT tag FROM user_tags WHERE user_id = ? ORDER BY tag"));
        t.bindValue(0, u.id);
        if (t.exec())
            while (t.next())
                u.tags.append(t.value(0).toString());
        t.finish();
    }
    return out;
}

std::optional<User> UserRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM users WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec())
        return std::nullopt;
    const auto users = read(q);
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

std::optional<User> UserRepository::findByEmail(const QString &email) {
    static const QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE email = ?");
    QSqlQuery &q = m_db.prepared(sql);
    q.bindValue(0, email.trimmed());
    if (!q.exec())
        return std::nullopt;
    const auto users = read(q);
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

QList<User> UserRepository::list(std::optional<Role> role) {
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM users WHERE (? IS NULL OR role = ?) ORDER BY name COLLATE NOCASE"));
    const QVariant r = role ? QVariant(int(*role)) : QVariant(QMetaType(QMetaType::Int));
    q.bindValue(0, r);
    q.bindValue(1, r);
    if (!q.exec())
        return {};
    return read(q);
}

QList<User> UserRepository::listWithoutTags() {
    QList<User> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT ") + kColumns +
                                 QStringLiteral(" FROM users ORDER BY id"));
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append(rowToUser(q));
    }
    q.finish();
    return out;
}

int UserRepository::count() {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM users"));
    int n = (q.exec() && q.next()) ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

QString UserRepository::nameOf(Id id) {
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT name FROM users WHERE id = ?"));
    q.bindValue(0, id);
    QString n = (q.exec() && q.next()) ? q.value(0).toString() : QString();
    q.finish();
    return n;
}

} // namespace DeskBridge::Store
