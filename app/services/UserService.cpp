#include "app/services/UserService.h"

#include "app/services/Permissions.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

#include "models/domain/EmailDomain.h"

namespace DeskBridge::Services {

using namespace Domain;

UserService::UserService(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_repo(ctx.db) {}

bool UserService::isValidEmail(const QString &email) {
    return EmailDomain::isValidEmail(email);
}

Status UserService::validate(const User &user, Id existingId) {
    if (user.name.trimmed().isEmpty())
        return Status::failure(tr("The user needs a name."));
    if (user.name.size() > 255)
        return Status::failure(tr("The name is longer than 255 characters."));
    if (!isValidEmail(user.email.trimmed()))
        return Status::failure(tr("\"%1\" is not a valid email address.").arg(user.email));
    if (auto other = m_repo.findByEmail(user.email.trimmed()); other && other->id != existingId)
        return Status::failure(
            tr("The email address %1 already belongs to %2.").arg(other->email, other->name));
    return {};
}

Result<User> UserService::insertValidated(User user) {
    user.name = user.name.trimmed();
    user.email = user.email.trimmed();
    if (Status s = validate(user, 0); !s)
        return Result<User>::failure(s.error());
    user.createdAt = user.updatedAt = Clock::now();
    auto id = m_repo.insert(user);
    if (!id)
        return Result<User>::failure(id.error());
    user.id = *id;
    return user;
}

Result<User> UserService::create(const User &actor, const User &user) {
    if (user.isStaff()) {
        if (Status s = Permissions::requireAdmin(actor); !s)
            return Result<User>::failure(s.error());
    } else if (Status s = Permissions::requireStaff(actor); !s) {
        return Result<User>::failure(s.error());
    }
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Result<User>::failure(tx.beginError());
    auto created = insertValidated(user);
    if (!created)
        return created;
    if (Status s = tx.commit(); !s)
        return Result<User>::failure(s.error());
    Q_EMIT m_ctx.hub.usersChanged();
    return created;
}

Status UserService::update(const User &actor, const User &user) {
    auto current = m_repo.find(user.id);
    if (!current)
        return Status::failure(tr("There is no user with the id %1.").arg(user.id));
    const bool touchesStaff = current->isStaff() || user.isStaff();
    const bool self = actor.id == user.id;
    if (touchesStaff || current->role != user.role) {
        if (Status s = Permissions::requireAdmin(actor); !s)
            return s;
    } else if (!self) {
        if (Status s = Permissions::requireStaff(actor); !s)
            return s;
    }
    if (self && user.role != current->role)
        return Status::failure(tr("You cannot change your own role."));
    if (Status s = validate(user, user.id); !s)
        return s;
    if (current->isAdmin() && current->active && (!user.isAdmin() || !user.active)) {
        int admins = 0;
        for (const User &u : m_repo.list(Role::Admin))
            admins += u.active ? 1 : 0;
        if (admins <= 1)
            return Status::failure(
                tr("%1 is the last administrator; make someone else an administrator first.")
                    .arg(current->name));
    }
    User changed = user;
    changed.name = changed.name.trimmed();
    changed.email = changed.email.trimmed();
    changed.createdAt = current->createdAt;
    changed.updatedAt = Clock::now();
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.update(changed); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.usersChanged();
    return {};
}

std::optional<User> UserService::find(Id id) {
    return m_repo.find(id);
}

std::optional<User> UserService::findByEmail(const QString &email) {
    return m_repo.findByEmail(email);
}

QList<User> UserService::list(std::optional<Role> role) {
    return m_repo.list(role);
}

QList<User> UserService::staff() {
    QList<User> out;
    for (const User &u : m_repo.list())
        if (u.isStaff() && u.active)
            out.append(u);
    return out;
}

} // namespace DeskBridge::Services
