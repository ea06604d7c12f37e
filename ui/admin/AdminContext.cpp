#include "ui/admin/AdminContext.h"

#include "app/services/UserService.h"

namespace DeskBridge::Ui {

AdminContext::AdminContext(Instance &instance, const Domain::User &actor)
    : m_instance(instance)
    , m_actor(actor) {}

Domain::User AdminContext::actor() const {
    if (auto fresh = m_instance.users().find(m_actor.id))
        return *fresh;
    Domain::User gone = m_actor;
    gone.active = false;
    return gone;
}

} // namespace DeskBridge::Ui
