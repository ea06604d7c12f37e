#pragma once
// TicketService: the one write path for tickets. It checks the acting user's role and what they
// may see, validates, and writes the change, its comment and its events in one transaction;
// then it tells the item models through the ChangeHub. Reads for end users go through the
// one visibility rule (TicketRepository::visibilitySql), internal comments never reach them.
#include "app/services/ServiceContext.h"
#include "app/services/TicketChange.h"
#include "app/services/TicketHooks.h"
#include "models/domain/Result.h"
#include "models/store/CustomFieldRepository.h"
#include "models/store/GroupRepository.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/TicketRepository.h"
#include "models/store/UserRepository.h"

#include <QObject>

namespace DeskBridge::Services {

class UserService;

class TicketService : public QObject {
    Q_OBJECT
public:
    TicketService(ServiceContext ctx, UserService &users, QObject *parent = nullptr);

    Result<Domain::Ticket> create(const Domain::User &actor, const NewTicket &request,
                                  Via via = {});
    Status update(const Domain::User &actor, Domain::Id id, const TicketChange &change,
                  Via via = {});
    Status addComment(const Domain::User &actor, Domain::Id id, const QString &body, bool isPublic,
                      Via via = {});

    // Reads, as `actor` may see them: "not found" for tickets outside their visibility.
    Result<Domain::Ticket> get(const Domain::User &actor, Domain::Id id);
    Result<QList<Domain::Comment>> comments(const Domain::User &actor, Domain::Id id);
    Result<QList<Domain::TicketEvent>> events(const Domain::User &actor, Domain::Id id);
    bool canSee(const Domain::User &actor, Domain::Id id);
    bool canComment(const Domain::User &actor, Domain::Id id);
    // The organizations a ticket of this requester may belong to (the requester's own), for
    // the console's organization picker; by name.
    QList<Domain::Organization> organizationChoices(Domain::Id requesterId);

    // The triggers' hook (one) and the observers (sharing); they live as long as the service.
    void setRulesHook(TicketRulesHook *hook) { m_rules = hook; }
    void addObserver(TicketObserver *observer) { m_observers.append(observer); }

    // The history detail of the event that records a group set by the organization's group
    // mapping (stored in English; the UI translates it in the "TicketService" context).
    static const char *const GroupFromOrganizationDetail;

    // Tags as stored: lower case, no blanks, no duplicates, sorted.
    static QStringList normalizeTags(const QStringList &tags);
    static QString newUuid();

private:
    // `organizationChanged`: the requester must be a member of a newly set organization (a
    // ticket keeps its organization when the requester leaves it later).
    Status validateRefs(const Domain::Ticket &t, bool organizationChanged);
    // Runs the rules hook, saves the ticket, its comments and the events describing the change,
    // and runs the observers; the caller holds the transaction.
    Status persist(TicketWrite &write);
    Status writeChangeEvents(const Domain::Ticket &from, const Domain::Ticket &to,
                             const Domain::User &actor, const Via &via);
    Status writeEvent(const Domain::Ticket &t, const Domain::User &actor, const Via &via,
                      Domain::EventKind kind, const QString &field = {},
                      const QString &oldValue = {}, const QString &newValue = {},
                      const QString &detail = {});
    QString groupName(Domain::Id id);
    QString userName(Domain::Id id);
    QString organizationName(Domain::Id id);

    ServiceContext m_ctx;
    UserService &m_users;
    Store::TicketRepository m_tickets;
    Store::UserRepository m_userRepo;
    Store::GroupRepository m_groups;
    Store::OrganizationRepository m_organizations;
    Store::CustomFieldRepository m_fields;
    TicketRulesHook *m_rules = nullptr;
    QList<TicketObserver *> m_observers;
};

} // namespace DeskBridge::Services
