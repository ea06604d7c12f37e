#pragma once
// AdminContext: what every Admin Center page works with: the account instance and the acting
// administrator. The actor is read fresh for each change, so a role changed or a user suspended
// elsewhere (another admin, the CLI) is what the services check, not a stale copy.
#include "app/Instance.h"
#include "models/domain/Entities.h"

namespace DeskBridge::Ui {

class AdminContext {
public:
    AdminContext(Instance &instance, const Domain::User &actor);

    Instance &instance() const { return m_instance; }
    Store::ChangeHub &changes() const { return m_instance.changes(); }
    // The acting user as stored now; unknown (inactive) if the user has gone.
    Domain::User actor() const;
    Domain::Id actorId() const { return m_actor.id; }

private:
    Instance &m_instance;
    Domain::User m_actor;
};

} // namespace DeskBridge::Ui
