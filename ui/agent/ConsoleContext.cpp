#include "ui/agent/ConsoleContext.h"

#include "app/services/AccountService.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "models/item/TicketReader.h"

namespace DeskBridge::Ui {

ConsoleContext::ConsoleContext(Instance &instance, const Domain::User &user, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
    , m_user(user)
    , m_reader(std::make_unique<Models::TicketReader>(instance.databasePath())) {
    auto &hub = instance.changes();
    connect(&hub, &Store::ChangeHub::groupsChanged, this, &ConsoleContext::invalidate);
    connect(&hub, &Store::ChangeHub::usersChanged, this, &ConsoleContext::invalidate);
    connect(&hub, &Store::ChangeHub::fieldsChanged, this, &ConsoleContext::invalidate);
    connect(&hub, &Store::ChangeHub::externalChange, this, &ConsoleContext::invalidate);
}

ConsoleContext::~ConsoleContext() = default;

void ConsoleContext::invalidate() {
    m_groups.reset();
    m_staff.reset();
    m_fields.reset();
    m_members.clear();
    // Our own user may have been renamed or demoted by an admin elsewhere.
    if (auto fresh = m_instance.users().find(m_user.id))
        m_user = *fresh;
    Q_EMIT lookupsChanged();
}

QList<Domain::Group> ConsoleContext::groups() {
    if (!m_groups)
        m_groups = m_instance.groups().list();
    return *m_groups;
}

QList<Domain::Id> ConsoleContext::groupMembers(Domain::Id groupId) {
    auto it = m_members.find(groupId);
    if (it == m_members.end())
        it = m_members.insert(groupId, m_instance.groups().members(groupId));
    return *it;
}

QList<Domain::User> ConsoleContext::staff() {
    if (!m_staff)
        m_staff = m_instance.users().staff();
    return *m_staff;
}

QList<Domain::CustomField> ConsoleContext::fields() {
    if (!m_fields)
        m_fields = m_instance.fields().list(true);
    return *m_fields;
}

QString ConsoleContext::accountName() {
    const auto account = m_instance.accounts().account();
    return account ? account->name : QString();
}

} // namespace DeskBridge::Ui
