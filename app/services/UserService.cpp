#include "app/services/UserService.h"

#include "app/services/Permissions.h"
#include "models/domain/Clock.h"
#include "models/domain/DomainMatcher.h"
#include "models/domain/EmailDomain.h"
#include "models/store/AccountRepository.h"
#include "models/store/Transaction.h"

#include <algorithm>

namespace DeskBridge::Services {

using namespace Domain;

namespace {
QList<Id> unique(const QList<Id> &ids) {
    QList<Id> out;
    for (Id id : ids)
        if (id && !out.contains(id))
            out.append(id);
    return out;
}
} // namespace

UserService::UserService(ServiceContext ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_repo(ctx.db)
    , m_orgs(ctx.db) {}

bool UserService::isValidEmail(const QString &email) {
    return EmailDomain::isValidEmail(email);
}

Plan UserService::plan() {
    const auto account = Store::AccountRepository(m_ctx.db).get();
    return account ? account->plan : Plan::Team;
}

Status UserService::validate(const User &user, Id existingId) {
    if (user.name.trimmed().isEmpty())
        return Status::failure(tr("The user needs a name."));
    if (user.name.size() > 255)
        return Status::failure(tr("The name is longer than 255 characters."));
    if (!isValidEmail(user.email.trimmed()))
        return Status::failure(tr("\"%1\" is not a valid email address.").arg(user.email));
    if (auto other = m_repo.findByEmail(user.email.trimmed()); other && other->id != existingId)
        return Status::failure(
            tr("The email address %1 already belongs to %2.").arg(other->email, other->name));
    return {};
}

std::optional<Id> UserService::organizationForEmail(const QString &email) {
    const QString domain = EmailDomain::domainOfEmail(email);
    const auto candidates = m_orgs.domainCandidates(domain);
    if (candidates.isEmpty())
        return std::nullopt;
    return DomainMatcher(candidates).matchDomain(domain);
}

Status UserService::checkOrganizationLimit(const QString &userName, const QList<Id> &before,
                                           const QList<Id> &after) {
    if (after.size() <= 1)
        return {}; // every plan allows one (and this spares bulk imports a query per user)
    const Plan p = plan();
    const int max = Permissions::maxOrganizationsPerUser(p);
    if (after.size() <= max)
        return {};
    bool adds = false;
    for (Id id : after)
        adds |= !before.contains(id);
    if (!adds)
        return {};
    if (max == 1)
        return Status::failure(
            tr("%1 would belong to %n organizations, but the %2 plan allows one organization "
               "per user. Keep one, or upgrade to the %3 plan for up to %4 organizations per "
               "user.",
               nullptr, int(after.size()))
                .arg(
                    userName, Names::label(p),
                    Names::label(Permissions::minimumPlan(Permissions::Feature::ManyOrganizations)))
                .arg(Permissions::maxOrganizationsPerUser(Plan::Enterprise)));
    return Status::failure(tr("%1 would belong to %n organizations, but the %2 plan allows at "
                              "most %3 organizations per user. Remove some first.",
                              nullptr, int(after.size()))
                               .arg(userName, Names::label(p))
                               .arg(max));
}

Result<User> UserService::insertValidated(User user, const QList<Id> &organizations) {
    user.name = user.name.trimmed();
    user.email = user.email.trimmed();
    if (Status s = validate(user, 0); !s)
        return Result<User>::failure(s.error());
    QList<Id> orgs = unique(organizations);
    for (Id id : std::as_const(orgs))
        if (!m_orgs.exists(id))
            return Result<User>::failure(tr("There is no organization with the id %1.").arg(id));
    if (Status s = checkOrganizationLimit(user.name, {}, orgs); !s)
        return Result<User>::failure(s.error());
    // Auto-assignment by email domain, for every way a user comes into being. Never a reason
    // to refuse the user: when the plan has no room left, the domain is simply not applied.
    if (const auto byDomain = organizationForEmail(user.email);
        byDomain && !orgs.contains(*byDomain) &&
        (orgs.isEmpty() || orgs.size() < Permissions::maxOrganizationsPerUser(plan())))
        orgs.append(*byDomain);
    if (!orgs.contains(user.defaultOrganizationId))
        user.defaultOrganizationId = orgs.isEmpty() ? 0 : orgs.first();
    user.createdAt = user.updatedAt = Clock::now();
    auto id = m_repo.insert(user);
    if (!id)
        return Result<User>::failure(id.error());
    user.id = *id;
    for (Id org : std::as_const(orgs))
        if (Status s = m_orgs.addMember(org, user.id, user.createdAt); !s)
            return Result<User>::failure(s.error());
    return user;
}

Result<User> UserService::create(const User &actor, const User &user) {
    if (user.isStaff()) {
        if (Status s = Permissions::requireAdmin(actor); !s)
            return Result<User>::failure(s.error());
    } else if (Status s = Permissions::requireStaff(actor); !s) {
        return Result<User>::failure(s.error());
    }
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Result<User>::failure(tx.beginError());
    auto created = insertValidated(user);
    if (!created)
        return created;
    if (Status s = tx.commit(); !s)
        return Result<User>::failure(s.error());
    Q_EMIT m_ctx.hub.usersChanged();
    if (created->defaultOrganizationId)
        Q_EMIT m_ctx.hub.organizationsChanged();
    return created;
}

Result<UserService::PreparedUpdate>
UserService::prepareUpdate(const User &actor, const User &user,
                           const std::optional<QList<Id>> &organizations) {
    using R = Result<PreparedUpdate>;
    auto current = m_repo.find(user.id);
    if (!current)
        return R::failure(tr("There is no user with the id %1.").arg(user.id));
    PreparedUpdate p;
    p.before = m_orgs.organizationsOf(user.id);
    p.after = organizations ? unique(*organizations) : p.before;
    p.user = user;
    // A default the caller left as it was follows the memberships; one they chose must fit.
    if (Id &def = p.user.defaultOrganizationId; !p.after.contains(def)) {
        if (def && def != current->defaultOrganizationId)
            return R::failure(tr("The default organization of %1 must be one of their "
                                 "organizations; add them to it first.")
                                  .arg(current->name));
        def = p.after.contains(current->defaultOrganizationId) ? current->defaultOrganizationId
                                                               : p.after.value(0);
    }
    QList<Id> sortedBefore = p.before, sortedAfter = p.after;
    std::sort(sortedBefore.begin(), sortedBefore.end());
    std::sort(sortedAfter.begin(), sortedAfter.end());
    const bool membershipChange = sortedBefore != sortedAfter ||
                                  p.user.defaultOrganizationId != current->defaultOrganizationId;

    const bool touchesStaff = current->isStaff() || user.isStaff();
    const bool self = actor.id == user.id;
    if (touchesStaff || current->role != user.role || membershipChange) {
        if (Status s = Permissions::requireAdmin(actor); !s)
            return R::failure(s.error());
    } else if (!self) {
        if (Status s = Permissions::requireStaff(actor); !s)
            return R::failure(s.error());
    }
    if (self && user.role != current->role)
        return R::failure(tr("You cannot change your own role."));
    if (Status s = validate(user, user.id); !s)
        return R::failure(s.error());
    if (current->isAdmin() && current->active && (!user.isAdmin() || !user.active)) {
        int admins = 0;
        for (const User &u : m_repo.list(Role::Admin))
            admins += u.active ? 1 : 0;
        if (admins <= 1)
            return R::failure(
                tr("%1 is the last administrator; make someone else an administrator first.")
                    .arg(current->name));
    }
    for (Id id : std::as_const(p.after))
        if (!p.before.contains(id) && !m_orgs.exists(id))
            return R::failure(tr("There is no organization with the id %1.").arg(id));
    if (Status s = checkOrganizationLimit(current->name, p.before, p.after); !s)
        return R::failure(s.error());
    p.user.name = p.user.name.trimmed();
    p.user.email = p.user.email.trimmed();
    p.user.createdAt = current->createdAt;
    p.user.updatedAt = Clock::now();
    return p;
}

Status UserService::writeUpdate(const PreparedUpdate &p) {
    if (Status s = m_repo.update(p.user); !s)
        return s;
    for (Id id : p.before)
        if (!p.after.contains(id))
            if (Status s = m_orgs.removeMember(id, p.user.id); !s)
                return s;
    for (Id id : p.after)
        if (!p.before.contains(id))
            if (Status s = m_orgs.addMember(id, p.user.id, p.user.updatedAt); !s)
                return s;
    return {};
}

Status UserService::checkUpdate(const User &actor, const User &user,
                                const std::optional<QList<Id>> &organizations) {
    auto prepared = prepareUpdate(actor, user, organizations);
    return prepared ? Status() : Status::failure(prepared.error());
}

Status UserService::updateValidated(const User &actor, const User &user,
                                    const std::optional<QList<Id>> &organizations) {
    auto prepared = prepareUpdate(actor, user, organizations);
    if (!prepared)
        return Status::failure(prepared.error());
    return writeUpdate(*prepared);
}

Status UserService::update(const User &actor, const User &user,
                           const std::optional<QList<Id>> &organizations) {
    auto prepared = prepareUpdate(actor, user, organizations);
    if (!prepared)
        return Status::failure(prepared.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    if (Status s = writeUpdate(*prepared); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.usersChanged();
    if (prepared->before != prepared->after)
        Q_EMIT m_ctx.hub.organizationsChanged();
    return {};
}

std::optional<User> UserService::find(Id id) {
    return m_repo.find(id);
}

std::optional<User> UserService::findByEmail(const QString &email) {
    return m_repo.findByEmail(email);
}

QList<User> UserService::list(std::optional<Role> role) {
    return m_repo.list(role);
}

QList<Id> UserService::organizationsOf(Id userId) {
    return m_orgs.organizationsOf(userId);
}

QList<User> UserService::staff() {
    QList<User> out;
    for (const User &u : m_repo.list())
        if (u.isStaff() && u.active)
            out.append(u);
    return out;
}

} // namespace DeskBridge::Services
