#pragma once
// UserService: creates and changes users. Admins manage agents and admins; agents may add end
// users (e.g. a new requester). The last active administrator cannot be demoted or suspended.
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/UserRepository.h"

#include <QObject>
#include <optional>

namespace DeskBridge::Services {

class UserService : public QObject {
    Q_OBJECT
public:
    explicit UserService(ServiceContext ctx, QObject *parent = nullptr);

    Result<Domain::User> create(const Domain::User &actor, const Domain::User &user);
    Status update(const Domain::User &actor, const Domain::User &user);
    std::optional<Domain::User> find(Domain::Id id);
    std::optional<Domain::User> findByEmail(const QString &email);
    QList<Domain::User> list(std::optional<Domain::Role> role = std::nullopt);
    QList<Domain::User> staff();

    // Validates and inserts inside the caller's transaction (account set-up, new requesters,
    // imports). Emits nothing; the caller does after its commit.
    Result<Domain::User> insertValidated(Domain::User user);
    static bool isValidEmail(const QString &email);

private:
    Status validate(const Domain::User &user, Domain::Id existingId);
    ServiceContext m_ctx;
    Store::UserRepository m_repo;
};

} // namespace DeskBridge::Services
