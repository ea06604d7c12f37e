#include "app/services/GroupService.h"

#include "app/services/Permissions.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

namespace DeskBridge::Services {

using namespace Domain;

GroupService::GroupService(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_repo(ctx.db)
    , m_users(ctx.db) {}

Status GroupService::validateName(const QString &name, Id existingId) {
    if (name.trimmed().isEmpty())
        return Status::failure(tr("The group needs a name."));
    if (auto other = m_repo.findByName(name); other && other->id != existingId)
        return Status::failure(tr("A group named \"%1\" already exists.").arg(other->name));
    return {};
}

Result<Group> GroupService::create(const User &actor, const QString &name) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<Group>::failure(s.error());
    if (Status s = validateName(name, 0); !s)
        return Result<Group>::failure(s.error());
    Group g;
    g.name = name.trimmed();
    g.createdAt = Clock::now();
    Store::Transaction tx(m_ctx.db);
    auto id = m_repo.insert(g);
    if (!id)
        return Result<Group>::failure(id.error());
    if (Status s = tx.commit(); !s)
        return Result<Group>::failure(s.error());
    g.id = *id;
    Q_EMIT m_ctx.hub.groupsChanged();
    return g;
}

Status GroupService::rename(const User &actor, Id id, const QString &name) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    if (!m_repo.find(id))
        return Status::failure(tr("There is no group with the id %1.").arg(id));
    if (Status s = validateName(name, id); !s)
        return s;
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.rename(id, name.trimmed(), Clock::now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.groupsChanged();
    Q_EMIT m_ctx.hub.ticketsChanged();
    return {};
}

Status GroupService::remove(const User &actor, Id id) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    if (!m_repo.find(id))
        return Status::failure(tr("There is no group with the id %1.").arg(id));
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.remove(id); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.groupsChanged();
    Q_EMIT m_ctx.hub.ticketsChanged();
    return {};
}

Status GroupService::setMembers(const User &actor, Id id, const QList<Id> &users) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    if (!m_repo.find(id))
        return Status::failure(tr("There is no group with the id %1.").arg(id));
    if (Status s = validateMembers(users); !s)
        return s;
    Store::Transaction tx(m_ctx.db);
    if (Status s = m_repo.setMembers(id, users); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.groupsChanged();
    return {};
}

Status GroupService::validateMembers(const QList<Id> &users) {
    for (Id u : users) {
        const auto user = m_users.find(u);
        if (!user)
            return Status::failure(tr("There is no user with the id %1.").arg(u));
        if (!user->isStaff())
            return Status::failure(
                tr("%1 is an end user; only agents and administrators can be in groups.")
                    .arg(user->name));
    }
    return {};
}

Result<Group> GroupService::create(const User &actor, const QString &name,
                                   const QList<Id> &members) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return Result<Group>::failure(s.error());
    if (Status s = validateName(name, 0); !s)
        return Result<Group>::failure(s.error());
    if (Status s = validateMembers(members); !s)
        return Result<Group>::failure(s.error());
    Group g;
    g.name = name.trimmed();
    g.createdAt = Clock::now();
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Result<Group>::failure(tx.beginError());
    auto id = m_repo.insert(g);
    if (!id)
        return Result<Group>::failure(id.error());
    if (Status s = m_repo.setMembers(*id, members); !s)
        return Result<Group>::failure(s.error());
    if (Status s = tx.commit(); !s)
        return Result<Group>::failure(s.error());
    g.id = *id;
    g.memberCount = int(members.size());
    Q_EMIT m_ctx.hub.groupsChanged();
    return g;
}

Status GroupService::update(const User &actor, Id id, const QString &name,
                            const QList<Id> &members) {
    if (Status s = Permissions::requireAdmin(actor); !s)
        return s;
    const auto current = m_repo.find(id);
    if (!current)
        return Status::failure(tr("There is no group with the id %1.").arg(id));
    if (Status s = validateName(name, id); !s)
        return s;
    if (Status s = validateMembers(members); !s)
        return s;
    const bool renamed = current->name != name.trimmed();
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (renamed) {
        if (Status s = m_repo.rename(id, name.trimmed(), Clock::now()); !s)
            return s;
    }
    if (Status s = m_repo.setMembers(id, members); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.groupsChanged();
    if (renamed)
        Q_EMIT m_ctx.hub.ticketsChanged(); // ticket lists show the group's name
    return {};
}

QList<Group> GroupService::list() {
    return m_repo.list();
}

std::optional<Group> GroupService::find(Id id) {
    return m_repo.find(id);
}

std::optional<Group> GroupService::findByName(const QString &name) {
    return m_repo.findByName(name);
}

QList<Id> GroupService::members(Id id) {
    return m_repo.members(id);
}

} // namespace DeskBridge::Services
