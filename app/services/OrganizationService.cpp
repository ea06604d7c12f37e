#include "app/services/OrganizationService.h"

#include "app/services/Permissions.h"
#include "app/services/TicketService.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/domain/DomainMatcher.h"
#include "models/domain/EmailDomain.h"
#include "models/store/Transaction.h"

#include <QMap>

namespace DeskBridge::Services {

using namespace Domain;

namespace {
constexpr int kMaxName = 255;
constexpr int kMaxNotes = 65535;
constexpr int kMaxDomains = 1000;
} // namespace

const char *const OrganizationService::DeletedDetail =
    QT_TRANSLATE_NOOP("OrganizationService", "the organization was deleted");

OrganizationService::OrganizationService(ServiceContext ctx, UserService &users, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_users(users)
    , m_repo(ctx.db)
    , m_groups(ctx.db)
    , m_tickets(ctx.db)
    , m_userRepo(ctx.db) {}

QList<Organization> OrganizationService::list(const QString &search) {
    return m_repo.list(search);
}

std::optional<Organization> OrganizationService::find(Id id) {
    auto o = m_repo.find(id);
    if (o) {
        o->memberCount = m_repo.memberCount(id);
        o->ticketCount = m_repo.ticketCount(id);
    }
    return o;
}

std::optional<Id> OrganizationService::idByName(const QString &name) {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::nullopt;
    if (const auto o = m_repo.findByName(wanted))
        return o->id;
    // SQLite's NOCASE folds ASCII only; compare names beyond ASCII the Unicode way ("ÄRZTE"
    // is "Ärzte", "STRASSE" is "Straße").
    const QString folded = wanted.toCaseFolded();
    for (const auto &[id, other] : m_repo.nonAsciiNames())
        if (other.toCaseFolded() == folded)
            return id;
    return std::nullopt;
}

std::optional<Organization> OrganizationService::findByName(const QString &name) {
    const auto id = idByName(name);
    return id ? find(*id) : std::nullopt;
}

QList<OrganizationMember> OrganizationService::members(Id id) {
    return m_repo.members(id);
}

QList<Organization> OrganizationService::organizationsOf(Id userId) {
    QList<Organization> out;
    for (Id id : m_repo.organizationsOf(userId))
        if (auto o = m_repo.find(id))
            out.append(*o);
    std::sort(out.begin(), out.end(), [](const Organization &a, const Organization &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

Result<QStringList> OrganizationService::normalizeDomains(const QStringList &domains,
                                                          Id organizationId) {
    using R = Result<QStringList>;
    QStringList out;
    for (const QString &given : domains) {
        if (given.trimmed().isEmpty())
            continue;
        const Result<QString> domain = EmailDomain::normalize(given);
        if (!domain)
            return R::failure(domain.error());
        if (out.contains(*domain))
            continue;
        if (const auto owner = m_repo.domainOwner(*domain); owner && *owner != organizationId) {
            const auto other = m_repo.find(*owner);
            return R::failure(tr("The domain %1 already belongs to the organization “%2”. A "
                                 "domain can belong to one organization only: remove it there "
                                 "first.")
                                  .arg(*domain, other ? other->name : QString::number(*owner)));
        }
        out.append(*domain);
    }
    if (out.size() > kMaxDomains)
        return R::failure(
            tr("An organization can have at most %1 email domains.").arg(kMaxDomains));
    out.sort();
    return out;
}

Result<Organization> OrganizationService::validate(const Organization &given) {
    using R = Result<Organization>;
    Organization org = given;
    org.name = org.name.trimmed();
    if (org.name.isEmpty())
        return R::failure(tr("The organization needs a name."));
    if (org.name.size() > kMaxName)
        return R::failure(
            tr("The name of the organization is longer than %1 characters.").arg(kMaxName));
    if (const auto other = idByName(org.name); other && *other != org.id)
        return R::failure(tr("An organization named “%1” already exists. Choose another name, "
                             "or change the existing organization.")
                              .arg(m_repo.find(*other)->name));
    if (org.notes.size() > kMaxNotes)
        return R::failure(tr("The notes are longer than %1 characters.").arg(kMaxNotes));
    if (int(org.sharingMode) < 0 || int(org.sharingMode) >= Names::count<SharingMode>())
        return R::failure(tr("Choose what members can see: their own tickets, all tickets of "
                             "the organization, or all tickets with comments."));
    if (org.groupId && !m_groups.find(org.groupId))
        return R::failure(tr("There is no group with the id %1 for the group mapping; choose an "
                             "existing group.")
                              .arg(org.groupId));
    auto domains = normalizeDomains(org.domains, org.id);
    if (!domains)
        return R::failure(domains.error());
    org.domains = *domains;
    org.tags = TicketService::normalizeTags(org.tags);
    org.externalId = org.externalId.trimmed();
    return org;
}

Result<Organization> OrganizationService::insertValidated(const Organization &given) {
    using R = Result<Organization>;
    Organization probe = given;
    probe.id = 0;
    auto org = validate(probe);
    if (!org)
        return org;
    Organization o = *org;
    o.createdAt = o.updatedAt = Clock::now();
    auto id = m_repo.insert(o);
    if (!id)
        return R::failure(id.error());
    o.id = *id;
    return o;
}

Result<Organization> OrganizationService::updateValidated(const Organization &given) {
    using R = Result<Organization>;
    const auto current = m_repo.find(given.id);
    if (!current)
        return R::failure(tr("There is no organization with the id %1.").arg(given.id));
    auto org = validate(given);
    if (!org)
        return org;
    Organization o = *org;
    o.createdAt = current->createdAt;
    o.updatedAt = Clock::now();
    if (Status s = m_repo.update(o); !s)
        return R::failure(s.error());
    return o;
}

Result<Organization> OrganizationService::create(const User &actor, const Organization &given) {
    using R = Result<Organization>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    auto created = insertValidated(given);
    if (!created)
        return created;
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    Q_EMIT m_ctx.hub.organizationsChanged();
    return created;
}

Result<Organization> OrganizationService::update(const User &actor, const Organization &given) {
    using R = Result<Organization>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    auto updated = updateValidated(given);
    if (!updated)
        return updated;
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    Q_EMIT m_ctx.hub.organizationsChanged();
    // Names in ticket lists and what end users may see can have changed.
    Q_EMIT m_ctx.hub.ticketsChanged();
    return updated;
}

Result<OrganizationDeletion> OrganizationService::deletionImpact(Id id) {
    using R = Result<OrganizationDeletion>;
    const auto org = m_repo.find(id);
    if (!org)
        return R::failure(tr("There is no organization with the id %1.").arg(id));
    OrganizationDeletion d;
    d.organization = *org;
    d.members = m_repo.memberCount(id);
    d.defaultFor = m_repo.defaultCount(id);
    d.tickets = m_repo.ticketCount(id);
    d.description =
        tr("Deleting “%1” cannot be undone.").arg(org->name) + QLatin1Char(' ') +
        tr("%n member(s) lose the membership; the users themselves stay.", nullptr, d.members) +
        QLatin1Char(' ');
    if (d.defaultFor > 0)
        d.description += tr("For %n of them it is the default organization; another of their "
                            "organizations, if any, becomes the default.",
                            nullptr, d.defaultFor) +
                         QLatin1Char(' ');
    d.description += tr("%n ticket(s) keep existing without an organization; their history "
                        "records why.",
                        nullptr, d.tickets);
    return d;
}

Result<OrganizationDeletion> OrganizationService::remove(const User &actor, Id id, Via via) {
    using R = Result<OrganizationDeletion>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());
    auto impact = deletionImpact(id);
    if (!impact)
        return impact;
    const QString detail = QString::fromLatin1(DeletedDetail);
    if (Status s = m_repo.moveDefaultsAway(id); !s)
        return R::failure(s.error());
    if (auto cleared = m_tickets.clearOrganization(id, impact->organization.name, actor.id,
                                                   via.channel, detail, Clock::now());
        !cleared)
        return R::failure(cleared.error());
    if (Status s = m_repo.remove(id); !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    Q_EMIT m_ctx.hub.organizationsChanged();
    Q_EMIT m_ctx.hub.usersChanged();
    Q_EMIT m_ctx.hub.ticketsChanged();
    return impact;
}

Result<DomainApplication> OrganizationService::applyDomains(const User &actor, bool dryRun,
                                                            const Progress &progress) {
    using R = Result<DomainApplication>;
    if (Status s = Permissions::requireAdmin(actor); !s)
        return R::failure(s.error());
    DomainApplication result;
    std::optional<Store::Transaction> tx; // a dry run only reads
    if (!dryRun) {
        tx.emplace(m_ctx.db);
        if (!tx->isActive())
            return R::failure(tx->beginError());
    }
    const DomainMatcher matcher(m_repo.allDomains());
    const int max = Permissions::maxOrganizationsPerUser(m_users.plan());
    QMap<Id, DomainApplication::Joining> joining; // by organization id
    QList<std::pair<Id, Id>> newDefaults;         // user, organization
    if (!matcher.isEmpty()) {
        const QHash<Id, QList<Id>> memberships = m_repo.allMemberships();
        const QList<User> users = m_userRepo.listWithoutTags();
        const qint64 total = users.size();
        qint64 done = 0;
        for (const User &u : users) {
            if (progress && (++done % 1000 == 0))
                progress(done, total);
            const auto org = matcher.match(u.email);
            if (!org)
                continue;
            const QList<Id> current = memberships.value(u.id);
            if (current.contains(*org))
                continue;
            if (current.size() >= max) {
                ++result.skippedForPlan;
                continue;
            }
            joining[*org].userIds.append(u.id);
            if (!u.defaultOrganizationId)
                newDefaults.append({u.id, *org});
        }
    }
    for (auto it = joining.begin(); it != joining.end(); ++it) {
        it->organizationId = it.key();
        const auto org = m_repo.find(it.key());
        it->organizationName = org ? org->name : QString::number(it.key());
        result.users += int(it->userIds.size());
        result.organizations.append(*it);
    }
    std::sort(result.organizations.begin(), result.organizations.end(),
              [](const DomainApplication::Joining &a, const DomainApplication::Joining &b) {
                  return a.organizationName.compare(b.organizationName, Qt::CaseInsensitive) < 0;
              });
    if (!dryRun && result.users > 0) {
        const QDateTime now = Clock::now();
        for (const auto &j : std::as_const(result.organizations))
            for (Id user : j.userIds)
                if (Status s = m_repo.addMember(j.organizationId, user, now); !s)
                    return R::failure(s.error());
        for (const auto &[user, org] : std::as_const(newDefaults))
            if (Status s = m_repo.setDefault(user, org); !s)
                return R::failure(s.error());
        if (Status s = tx->commit(); !s)
            return R::failure(s.error());
        result.applied = true;
    }
    if (progress)
        progress(1, 1);

    QStringList parts;
    for (const auto &j : std::as_const(result.organizations))
        parts.append(tr("%1 (%n)", nullptr, int(j.userIds.size())).arg(j.organizationName));
    if (matcher.isEmpty())
        result.summary = tr("No organization has email domains yet; add domains to "
                            "organizations first.");
    else if (result.users == 0)
        result.summary = tr("Every user whose address matches a domain is a member of its "
                            "organization already.");
    else if (dryRun)
        result.summary = tr("%n user(s) would join an organization: %1.", nullptr, result.users)
                             .arg(parts.join(QStringLiteral(", ")));
    else
        result.summary = tr("%n user(s) joined an organization: %1.", nullptr, result.users)
                             .arg(parts.join(QStringLiteral(", ")));
    if (result.skippedForPlan > 0)
        result.summary += QLatin1Char(' ') +
                          tr("%n user(s) matching a domain stay as they are: they already belong "
                             "to as many organizations as the %1 plan allows.",
                             nullptr, result.skippedForPlan)
                              .arg(Names::label(m_users.plan()));
    if (result.applied) {
        Q_EMIT m_ctx.hub.organizationsChanged();
        Q_EMIT m_ctx.hub.usersChanged();
        Q_EMIT m_ctx.hub.ticketsChanged();
    }
    return result;
}

Status OrganizationService::setMemberships(const User &actor, Id userId,
                                           const QList<Id> &organizationIds,
                                           Id defaultOrganizationId) {
    auto user = m_users.find(userId);
    if (!user)
        return Status::failure(tr("There is no user with the id %1.").arg(userId));
    if (defaultOrganizationId && !organizationIds.contains(defaultOrganizationId))
        return Status::failure(tr("The default organization of %1 must be one of the "
                                  "organizations they belong to.")
                                   .arg(user->name));
    user->defaultOrganizationId = defaultOrganizationId;
    if (!defaultOrganizationId && !organizationIds.isEmpty())
        user->defaultOrganizationId = organizationIds.first();
    return m_users.update(actor, *user, organizationIds);
}

Result<EffectiveAccess> OrganizationService::effectiveAccess(Id userId) {
    const auto user = m_users.find(userId);
    if (!user)
        return Result<EffectiveAccess>::failure(tr("There is no user with the id %1.").arg(userId));
    EffectiveAccess a;
    if (!user->active) {
        a.suspended = true;
        a.summary = tr("%1 is suspended and can see no tickets.").arg(user->name);
        return a;
    }
    if (user->isStaff()) {
        a.allTickets = true;
        a.summary = user->isAdmin()
                        ? tr("%1 is an administrator and can see all tickets.").arg(user->name)
                        : tr("%1 is an agent and can see all tickets.").arg(user->name);
        return a;
    }
    for (const Organization &o : m_repo.sharedWith(userId)) {
        a.viewOrganizations.append(o.name);
        if (o.sharingMode == SharingMode::ViewAllAndComment)
            a.commentOrganizations.append(o.name);
    }
    if (a.viewOrganizations.isEmpty()) {
        a.summary = tr("%1 can see only the tickets they requested.").arg(user->name);
        return a;
    }
    a.summary = tr("%1 can see the tickets they requested and the tickets of: %2.")
                    .arg(user->name, a.viewOrganizations.join(QStringLiteral(", ")));
    if (!a.commentOrganizations.isEmpty())
        a.summary += QLatin1Char(' ') + tr("They can comment on the tickets of: %1.")
                                            .arg(a.commentOrganizations.join(QStringLiteral(", ")));
    a.summary += QLatin1Char(' ') + tr("They never see internal notes.");
    return a;
}

} // namespace DeskBridge::Services
