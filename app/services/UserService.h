#pragma once
// UserService: creates and changes users and their organization memberships. Admins manage
// agents and admins; agents may add end users (e.g. a new requester). The last active
// administrator cannot be demoted or suspended. Every new user, however created, passes
// through insertValidated(), which also makes them a member of the organization whose email
// domain matches their address (the one place that rule lives).
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/UserRepository.h"

#include <QObject>
#include <optional>

namespace DeskBridge::Services {

class UserService : public QObject {
    Q_OBJECT
public:
    explicit UserService(ServiceContext ctx, QObject *parent = nullptr);

    Result<Domain::User> create(const Domain::User &actor, const Domain::User &user);
    // Changes a user. With `organizations`, their memberships become exactly these; either
    // way user.defaultOrganizationId must be one of their organizations (0: the first one).
    // Changing memberships or the default organization is for administrators.
    Status update(const Domain::User &actor, const Domain::User &user,
                  const std::optional<QList<Domain::Id>> &organizations = std::nullopt);
    std::optional<Domain::User> find(Domain::Id id);
    std::optional<Domain::User> findByEmail(const QString &email);
    QList<Domain::User> list(std::optional<Domain::Role> role = std::nullopt);
    QList<Domain::User> staff();
    QList<Domain::Id> organizationsOf(Domain::Id userId);

    // Validates and inserts inside the caller's transaction (account set-up, new requesters,
    // imports). Emits nothing; the caller does after its commit. The user joins
    // `organizations` and, as far as the plan allows, the organization whose domain matches
    // their address; the default is user.defaultOrganizationId if it is among them, else the
    // first of them.
    Result<Domain::User> insertValidated(Domain::User user,
                                         const QList<Domain::Id> &organizations = {});
    // The checks of update() alone (an import's preview).
    Status checkUpdate(const Domain::User &actor, const Domain::User &user,
                       const std::optional<QList<Domain::Id>> &organizations = std::nullopt);
    // The checks and the writes of update(), inside the caller's transaction (imports).
    Status updateValidated(const Domain::User &actor, const Domain::User &user,
                           const std::optional<QList<Domain::Id>> &organizations);

    // The organization a user with this address joins by its email domain (longest suffix).
    std::optional<Domain::Id> organizationForEmail(const QString &email);
    // Refuses `after` when it has more organizations than the plan allows per user; a list
    // that only keeps or drops memberships of `before` is always allowed (after a downgrade).
    Status checkOrganizationLimit(const QString &userName, const QList<Domain::Id> &before,
                                  const QList<Domain::Id> &after);
    Domain::Plan plan();
    static bool isValidEmail(const QString &email);

private:
    struct PreparedUpdate {
        Domain::User user;
        QList<Domain::Id> before;
        QList<Domain::Id> after;
    };
    Status validate(const Domain::User &user, Domain::Id existingId);
    Result<PreparedUpdate> prepareUpdate(const Domain::User &actor, const Domain::User &user,
                                         const std::optional<QList<Domain::Id>> &organizations);
    Status writeUpdate(const PreparedUpdate &update);
    ServiceContext m_ctx;
    Store::UserRepository m_repo;
    Store::OrganizationRepository m_orgs;
};

} // namespace DeskBridge::Services
