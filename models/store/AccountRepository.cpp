#include "models/store/AccountRepository.h"

#include "models/store/Database.h"
#include "models/store/SqlUtil.h"

namespace DeskBridge::Store {

using namespace Domain;

std::optional<Account> AccountRepository::get() {
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT name, plan, language, time_zone, business_hours, public_url, listen_address, "
        "decline_invites, last_user_id, created_at, updated_at FROM account WHERE id = 1"));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Account a;
    a.name = q.value(0).toString();
    a.plan = static_cast<Plan>(q.value(1).toInt());
    a.language = q.value(2).toString();
    a.timeZone = q.value(3).toString();
    a.businessHours = q.value(4).toString();
    a.publicUrl = q.value(5).toString();
    a.listenAddress = q.value(6).toString();
    a.declineInvites = q.value(7).toBool();
    a.lastUserId = q.value(8).toLongLong();
    a.createdAt = time(q.value(9));
    a.updatedAt = time(q.value(10));
    q.finish();
    return a;
}

Status AccountRepository::insert(const Account &a) {
    return m_db.exec(
        QStringLiteral("INSERT INTO account (id, name, plan, language, time_zone, business_hours, "
                       "public_url, listen_address, decline_invites, last_user_id, created_at, "
                       "updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.name, int(a.plan), a.language, a.timeZone, a.businessHours, a.publicUrl, a.listenAddress,
         a.declineInvites, idOrNull(a.lastUserId), ms(a.createdAt), ms(a.updatedAt)});
}

Status AccountRepository::update(const Account &a) {
    return m_db.exec(
        QStringLiteral("UPDATE account SET name = ?, plan = ?, language = ?, time_zone = ?, "
                       "business_hours = ?, public_url = ?, listen_address = ?, "
                       "decline_invites = ?, last_user_id = ?, updated_at = ? WHERE id = 1"),
        {a.name, int(a.plan), a.language, a.timeZone, a.businessHours, a.publicUrl, a.listenAddress,
         a.declineInvites, idOrNull(a.lastUserId), ms(a.updatedAt)});
}

} // namespace DeskBridge::Store
