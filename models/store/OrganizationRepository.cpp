#include "models/store/OrganizationRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

namespace {
const QString kSelect = QStringLiteral("SELECT id, name, notes, sharing_mode, group_id, "
                                       "external_id, created_at, updated_at FROM organizations ");
}

Result<Id> OrganizationRepository::insert(const Organization &o) {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO organizations (name, notes, sharing_mode, group_id, external_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{o.name,
                              o.notes,
                              int(o.sharingMode),
                              idOrNull(o.groupId),
                              textOrNull(o.externalId),
                              ms(o.createdAt),
                              ms(o.updatedAt)};
    bindAll(q, values);
    if (!q.exec())
        return Result<Id>::failure(Database::describe(q));
    const Id id = q.lastInsertId().toLongLong();
    q.finish();
    for (const QString &d : o.domains) {
        if (Status s = m_db.exec(QStringLiteral("INSERT INTO organization_domains (domain, "
                                                "organization_id) VALUES (?, ?)"),
                                 {d, id});
            !s)
            return Result<Id>::failure(s.error());
    }
    return id;
}

QList<Organization> OrganizationRepository::read(QSqlQuery &q) {
    QList<Organization> out;
    while (q.next()) {
        Organization o;
        o.id = q.value(0).toLongLong();
        o.name = q.value(1).toString();
        o.notes = q.value(2).toString();
        o.sharingMode = static_cast<SharingMode>(q.value(3).toInt());
        o.groupId = q.value(4).toLongLong();
        o.externalId = q.value(5).toString();
        o.createdAt = time(q.value(6));
        o.updatedAt = time(q.value(7));
        out.append(o);
    }
    q.finish();
    for (Organization &o : out) {
        QSqlQuery &d = m_db.prepared(QStringLiteral(
            "SELECT domain FROM organization_domains WHERE organization_id = ? ORDER BY domain"));
        d.bindValue(0, o.id);
        if (d.exec())
            while (d.next())
                o.domains.append(d.value(0).toString());
        d.finish();
    }
    return out;
}

std::optional<Organization> OrganizationRepository::find(Id id) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE id = ?"));
    q.bindValue(0, id);
    const auto all = q.exec() ? read(q) : QList<Organization>();
    return all.isEmpty() ? std::nullopt : std::optional<Organization>(all.first());
}

std::optional<Organization> OrganizationRepository::findByName(const QString &name) {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("WHERE name = ?"));
    q.bindValue(0, name.trimmed());
    const auto all = q.exec() ? read(q) : QList<Organization>();
    return all.isEmpty() ? std::nullopt : std::optional<Organization>(all.first());
}

QList<Organization> OrganizationRepository::list() {
    QSqlQuery &q = m_db.prepared(kSelect + QStringLiteral("ORDER BY name COLLATE NOCASE"));
    return q.exec() ? read(q) : QList<Organization>();
}

Status OrganizationRepository::addMember(Id organizationId, Id userId, const QDateTime &at) {
    return m_db.exec(QStringLiteral("INSERT OR IGNORE INTO organization_memberships (user_id, "
                                    "organization_id, created_at) VALUES (?, ?, ?)"),
                     {userId, organizationId, ms(at)});
}

QList<Id> OrganizationRepository::organizationsOf(Id userId) {
    QList<Id> out;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT organization_id FROM organization_memberships WHERE user_id = ? ORDER BY 1"));
    q.bindValue(0, userId);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

} // namespace DeskBridge::Store
