#include "models/store/RuleLookupRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

QList<RuleLookupRepository::Row> RuleLookupRepository::rows(const QString &sql,
                                                            const QVariantList &values) {
    QSqlQuery &q = m_db.prepared(sql);
    bindAll(q, values);
    QList<Row> out;
    if (q.exec()) {
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
                        q.value(3).toString()});
    }
    q.finish();
    return out;
}

QList<RuleLookupRepository::Row> RuleLookupRepository::staff() {
    return rows(QStringLiteral("SELECT id, role, 0, name FROM users WHERE role > 0"));
}

QList<RuleLookupRepository::Row> RuleLookupRepository::users(const QList<Id> &ids) {
    QList<Row> out;
    for (Id id : ids)
        out += rows(QStringLiteral("SELECT id, role, 0, name FROM users WHERE id = ?"), {id});
    return out;
}

QList<RuleLookupRepository::Row> RuleLookupRepository::groups() {
    return rows(QStringLiteral("SELECT id, 0, 0, name FROM groups"));
}

QList<RuleLookupRepository::Row> RuleLookupRepository::organizations() {
    return rows(QStringLiteral("SELECT id, 0, 0, name FROM organizations"));
}

QList<RuleLookupRepository::Row> RuleLookupRepository::agreements() {
    return rows(QStringLiteral("SELECT id, direction, status, name FROM sharing_agreements"));
}

QList<RuleLookupRepository::Row> RuleLookupRepository::customFields() {
    return rows(QStringLiteral("SELECT id, type, 0, title FROM custom_fields"));
}

QString RuleLookupRepository::fingerprint() {
    // Triggers and agreements are few: their rule-relevant columns are listed exactly (an
    // agreement's delivery columns change all the time and do not matter to the rules). Groups,
    // organizations and fields can be many: counts and highest ids tell additions and removals.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT "
        "(SELECT group_concat(x, ',') FROM (SELECT id || ':' || position || ':' || active || ':' "
        "|| updated_at AS x FROM triggers ORDER BY id)), "
        "(SELECT count(*) || ':' || coalesce(max(id), 0) FROM groups), "
        "(SELECT count(*) || ':' || coalesce(max(id), 0) FROM organizations), "
        "(SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || coalesce(max(updated_at), 0) "
        "FROM custom_fields), "
        "(SELECT group_concat(x, ',') FROM (SELECT id || ':' || direction || ':' || status AS x "
        "FROM sharing_agreements ORDER BY id)), "
        "(SELECT coalesce(max(updated_at), 0) FROM account)"));
    QString out;
    if (q.exec() && q.next()) {
        for (int i = 0; i < 6; ++i)
            out += q.value(i).toString() + QLatin1Char('|');
    }
    q.finish();
    return out;
}

} // namespace DeskBridge::Store
