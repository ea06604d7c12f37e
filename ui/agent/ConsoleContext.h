#pragma once
// ConsoleContext: what every part of one console window shares: the account (Instance), the
// signed-in user, the background reader for ticket lists, and the small lookups the editors
// need (groups and their members, agents, custom fields), cached until the ChangeHub says they
// changed.
#include "app/Instance.h"
#include "models/domain/Entities.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace DeskBridge::Models {
class TicketReader;
}

namespace DeskBridge::Ui {

class ConsoleContext : public QObject {
    Q_OBJECT
public:
    ConsoleContext(Instance &instance, const Domain::User &user, QObject *parent = nullptr);
    ~ConsoleContext() override;

    Instance &instance() { return m_instance; }
    const Domain::User &user() const { return m_user; }
    Models::TicketReader &reader() { return *m_reader; }

    QList<Domain::Group> groups();
    QList<Domain::Id> groupMembers(Domain::Id groupId);
    // Active agents and administrators, by name.
    QList<Domain::User> staff();
    QList<Domain::CustomField> fields();
    QString accountName();

Q_SIGNALS:
    // Groups, agents or fields changed: editors rebuild their choices.
    void lookupsChanged();

private:
    void invalidate();

    Instance &m_instance;
    Domain::User m_user;
    std::unique_ptr<Models::TicketReader> m_reader;
    std::optional<QList<Domain::Group>> m_groups;
    std::optional<QList<Domain::User>> m_staff;
    std::optional<QList<Domain::CustomField>> m_fields;
    QHash<Domain::Id, QList<Domain::Id>> m_members;
};

} // namespace DeskBridge::Ui
