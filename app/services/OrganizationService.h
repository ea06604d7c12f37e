#pragma once
// OrganizationService: the account's organizations (Admin Center > Organizations and the
// `deskbridge org` commands): create, change and delete them, their email domains, sharing
// mode, group mapping and tags; members and default organizations; "apply domains to
// existing users"; and what an end user may see because of their organizations. Admins only
// for changes; every refusal is a translated sentence that says what to do, and leaves the
// database as it was.
#include "app/services/ServiceContext.h"
#include "models/domain/Result.h"
#include "models/store/GroupRepository.h"
#include "models/store/OrganizationRepository.h"
#include "models/store/TicketRepository.h"
#include "models/store/UserRepository.h"

#include <QObject>
#include <functional>
#include <optional>

namespace DeskBridge::Services {

class UserService;

// What deleting an organization does, for the confirmation dialog and the CLI.
struct OrganizationDeletion {
    Domain::Organization organization;
    int members = 0;     // lose the membership; the users stay
    int defaultFor = 0;  // of them, those whose default it is: another of theirs becomes default
    int tickets = 0;     // keep existing, without an organization (an event says why)
    QString description; // translated, says all of the above
};

// "Apply domains to existing users": who joins which organization.
struct DomainApplication {
    struct Joining {
        Domain::Id organizationId = 0;
        QString organizationName;
        QList<Domain::Id> userIds;
    };
    QList<Joining> organizations; // only those that gain members, by name
    int users = 0;                // users who join (or would join, in a dry run)
    int skippedForPlan = 0;       // matching users already in as many organizations as allowed
    bool applied = false;         // false for a dry run
    QString summary;              // translated
};

// What an end user can see because of their organizations.
struct EffectiveAccess {
    bool allTickets = false;          // agents and administrators
    bool suspended = false;           // sees nothing
    QStringList viewOrganizations;    // names: their tickets are visible (view or comment)
    QStringList commentOrganizations; // of those, the ones whose tickets they may comment on
    QString summary;                  // translated: "can see the tickets of: …"
};

class OrganizationService : public QObject {
    Q_OBJECT
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    OrganizationService(ServiceContext ctx, UserService &users, QObject *parent = nullptr);

    // `org.domains` as typed ("@Example.com", "*.example.org", "bücher.de"): they are
    // normalized; tags are normalized like ticket tags.
    Result<Domain::Organization> create(const Domain::User &actor, const Domain::Organization &org);
    // Changes the organization `org.id` to `org` (all fields; domains and tags replaced).
    Result<Domain::Organization> update(const Domain::User &actor, const Domain::Organization &org);
    // What remove() would do, without doing it.
    Result<OrganizationDeletion> deletionImpact(Domain::Id id);
    // Deletes the organization; returns what it did.
    Result<OrganizationDeletion> remove(const Domain::User &actor, Domain::Id id, Via via = {});

    // With member and ticket counts, ordered by name; `search` matches name, domain or tag.
    QList<Domain::Organization> list(const QString &search = {});
    // With member and ticket counts.
    std::optional<Domain::Organization> find(Domain::Id id);
    // Names are unique without case (also beyond ASCII: "ÄRZTE" is "Ärzte").
    std::optional<Domain::Organization> findByName(const QString &name);
    QList<Domain::OrganizationMember> members(Domain::Id id);
    QList<Domain::Organization> organizationsOf(Domain::Id userId);

    // The checks of create() and update() (name, domains, group, tags), for forms that check
    // as the admin types, and for imports. Returns the organization as it would be stored.
    Result<Domain::Organization> validate(const Domain::Organization &org);
    // Normalizes and checks domains for the organization `organizationId` (0: a new one).
    Result<QStringList> normalizeDomains(const QStringList &domains, Domain::Id organizationId);

    // Every user whose address matches an organization's domain and who is not a member yet
    // joins it (and gets it as default when they have none), as far as the plan allows.
    // `dryRun` only counts. One transaction.
    Result<DomainApplication> applyDomains(const Domain::User &actor, bool dryRun,
                                           const Progress &progress = {});

    // The user's organizations become exactly `organizationIds`; `defaultOrganizationId`
    // must be one of them (0: the first). Refused beyond the plan's organizations per user.
    Status setMemberships(const Domain::User &actor, Domain::Id userId,
                          const QList<Domain::Id> &organizationIds,
                          Domain::Id defaultOrganizationId = 0);

    // "can see the tickets of: …", by the one visibility rule.
    Result<EffectiveAccess> effectiveAccess(Domain::Id userId);

    // validate() and write, inside the caller's transaction (imports). Emit nothing.
    Result<Domain::Organization> insertValidated(const Domain::Organization &org);
    Result<Domain::Organization> updateValidated(const Domain::Organization &org);

    // The history detail of the event on each ticket of a deleted organization (stored in
    // English; the UI translates it in the "OrganizationService" context).
    static const char *const DeletedDetail;

private:
    std::optional<Domain::Id> idByName(const QString &name);
    ServiceContext m_ctx;
    UserService &m_users;
    Store::OrganizationRepository m_repo;
    Store::GroupRepository m_groups;
    Store::TicketRepository m_tickets;
    Store::UserRepository m_userRepo;
};

} // namespace DeskBridge::Services
