#include "app/services/AccountService.h"

#include "app/services/Permissions.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

namespace DeskBridge::Services {

using namespace Domain;

AccountService::AccountService(ServiceContext ctx, UserService &users, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_users(users)
    , m_repo(ctx.db) {}

bool AccountService::isInitialized() {
    return m_repo.get().has_value();
}

std::optional<Account> AccountService::account() {
    return m_repo.get();
}

Plan AccountService::plan() {
    const auto a = m_repo.get();
    return a ? a->plan : Plan::Team;
}

Result<User> AccountService::initialize(const QString &accountName, Plan plan,
                                        const QString &adminName, const QString &adminEmail) {
    if (accountName.trimmed().isEmpty())
        return Result<User>::failure(tr("The account needs a name."));
    if (isInitialized())
        return Result<User>::failure(
            tr("This data directory already holds the account \"%1\".").arg(m_repo.get()->name));
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Result<User>::failure(tx.beginError());
    Account a;
    a.name = accountName.trimmed();
    a.plan = plan;
    a.createdAt = a.updatedAt = Clock::now();
    if (Status s = m_repo.insert(a); !s)
        return Result<User>::failure(s.error());
    User admin;
    admin.name = adminName.trimmed();
    admin.email = adminEmail.trimmed();
    admin.role = Role::Admin;
    auto created = m_users.insertValidated(admin);
    if (!created)
        return created;
    a.lastUserId = created->id;
    if (Status s = m_repo.update(a); !s)
        return Result<User>::failure(s.error());
    if (Status s = tx.commit(); !s)
        return Result<User>::failure(s.error());
    Q_EMIT m_ctx.hub.accountChanged();
    Q_EMIT m_ctx.hub.usersChanged();
    return created;
}

Status AccountService::update(const User &actor, const Account &changed) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    if (changed.name.trimmed().isEmpty())
        return Status::failure(tr("The account needs a name."));
    if (!changed.language.isEmpty() && changed.language != QLatin1String("de") &&
        changed.language != QLatin1String("en"))
        return Status::failure(tr("The language must be German (de) or English (en)."));
    auto current = m_repo.get();
    if (!current)
        return Status::failure(tr("There is no account yet."));
    if (Status s = validateSchedule(changed); !s)
        return s;
    Account a = changed;
    a.name = a.name.trimmed();
    a.createdAt = current->createdAt;
    a.updatedAt = Clock::now();
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.update(a); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.accountChanged();
    return {};
}

Status AccountService::validateSchedule(const Account &account) {
    if (!QTimeZone(account.timeZone.trimmed().toUtf8()).isValid())
        return Status::failure(tr("The time zone \"%1\" is unknown; use an IANA name such as "
                                  "Europe/Berlin.")
                                   .arg(account.timeZone));
    const auto hours =
        Rules::BusinessHours::fromJson(account.businessHours.toUtf8(), account.timeZone.trimmed());
    return hours ? Status() : Status::failure(hours.error());
}

Status AccountService::setBusinessHours(const User &actor, const QByteArray &json) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    auto a = m_repo.get();
    if (!a)
        return Status::failure(tr("There is no account yet."));
    const auto hours = Rules::BusinessHours::fromJson(json, a->timeZone);
    if (!hours)
        return Status::failure(hours.error());
    a->businessHours = QString::fromUtf8(hours->toJson()); // canonical, with its time zone
    return update(actor, *a);
}

Status AccountService::setTimeZone(const User &actor, const QString &timeZone) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    auto a = m_repo.get();
    if (!a)
        return Status::failure(tr("There is no account yet."));
    a->timeZone = timeZone.trimmed();
    return update(actor, *a);
}

Result<Rules::BusinessHours> AccountService::businessHours() {
    const auto a = m_repo.get();
    if (!a)
        return Rules::BusinessHours();
    return Rules::BusinessHours::fromJson(a->businessHours.toUtf8(), a->timeZone);
}

Status AccountService::setLastUser(Id userId) {
    auto a = m_repo.get();
    if (!a)
        return Status::failure(tr("There is no account yet."));
    if (a->lastUserId == userId)
        return {};
    a->lastUserId = userId;
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.update(*a); !s)
        return s;
    return tx.commit();
}

} // namespace DeskBridge::Services
