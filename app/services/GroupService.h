#pragma once
// GroupService: agent groups (create, rename, delete, members). Admins only for changes.
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/GroupRepository.h"
#include "models/store/UserRepository.h"

#include <QObject>

namespace DeskBridge::Services {

class GroupService : public QObject {
    Q_OBJECT
public:
    explicit GroupService(ServiceContext ctx, QObject *parent = nullptr);

    Result<Domain::Group> create(const Domain::User &actor, const QString &name);
    Status rename(const Domain::User &actor, Domain::Id id, const QString &name);
    Status remove(const Domain::User &actor, Domain::Id id);
    Status setMembers(const Domain::User &actor, Domain::Id id, const QList<Domain::Id> &users);
    QList<Domain::Group> list();
    std::optional<Domain::Group> find(Domain::Id id);
    std::optional<Domain::Group> findByName(const QString &name);
    QList<Domain::Id> members(Domain::Id id);

    // The Admin Center saves a group's form at once: name and members in one transaction, so a
    // refused member never leaves a renamed group behind.
    Result<Domain::Group> create(const Domain::User &actor, const QString &name,
                                 const QList<Domain::Id> &members);
    Status update(const Domain::User &actor, Domain::Id id, const QString &name,
                  const QList<Domain::Id> &members);

private:
    Status validateName(const QString &name, Domain::Id existingId);
    Status validateMembers(const QList<Domain::Id> &users);
    ServiceContext m_ctx;
    Store::GroupRepository m_repo;
    Store::UserRepository m_users;
};

} // namespace DeskBridge::Services
