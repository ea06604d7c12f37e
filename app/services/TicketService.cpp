#include "app/services/TicketService.h"

#include "app/services/FieldService.h"
#include "app/services/Permissions.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>

namespace DeskBridge::Services {

using namespace Domain;

namespace {
constexpr int kMaxSubject = 255;
constexpr int kMaxComment = 1 << 20;
constexpr int kMaxTag = 80;
} // namespace

const char *const TicketService::GroupFromOrganizationDetail =
    QT_TRANSLATE_NOOP("TicketService", "group set from the organization's group mapping");

TicketService::TicketService(ServiceContext ctx, UserService &users, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_users(users)
    , m_tickets(ctx.db)
    , m_userRepo(ctx.db)
    , m_groups(ctx.db)
    , m_organizations(ctx.db)
    , m_fields(ctx.db) {}

QStringList TicketService::normalizeTags(const QStringList &tags) {
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    QStringList out;
    for (const QString &t : tags)
        for (const QString &part : t.toLower().split(separators, Qt::SkipEmptyParts))
            if (!out.contains(part))
                out.append(part.left(kMaxTag));
    out.sort();
    return out;
}

QString TicketService::newUuid() {
    quint32 words[5];
    QRandomGenerator::system()->fillRange(words);
    QString out;
    for (quint32 w : words)
        out += QStringLiteral("%1").arg(w, 8, 16, QLatin1Char('0'));
    return out;
}

QString TicketService::groupName(Id id) {
    if (!id)
        return QString();
    const auto g = m_groups.find(id);
    return g ? g->name : QString::number(id);
}

QString TicketService::userName(Id id) {
    return id ? m_userRepo.nameOf(id) : QString();
}

QString TicketService::organizationName(Id id) {
    if (!id)
        return QString();
    const auto o = m_organizations.find(id);
    return o ? o->name : QString::number(id);
}

Status TicketService::validateRefs(const Ticket &t, bool organizationChanged) {
    if (t.subject.trimmed().isEmpty())
        return Status::failure(tr("The ticket needs a subject."));
    if (t.subject.size() > kMaxSubject)
        return Status::failure(tr("The subject is longer than %1 characters.").arg(kMaxSubject));
    if (t.groupId && !m_groups.find(t.groupId))
        return Status::failure(tr("There is no group with the id %1.").arg(t.groupId));
    if (t.assigneeId) {
        const auto a = m_userRepo.find(t.assigneeId);
        if (!a)
            return Status::failure(tr("There is no user with the id %1.").arg(t.assigneeId));
        if (!a->isStaff() || !a->active)
            return Status::failure(
                tr("%1 cannot be the assignee: only active agents and administrators can.")
                    .arg(a->name));
        if (t.groupId && !m_groups.members(t.groupId).contains(t.assigneeId) &&
            !m_groups.members(t.groupId).isEmpty())
            return Status::failure(
                tr("%1 is not a member of the group %2.").arg(a->name, groupName(t.groupId)));
    }
    if (t.organizationId && organizationChanged) {
        if (!m_organizations.exists(t.organizationId))
            return Status::failure(
                tr("There is no organization with the id %1.").arg(t.organizationId));
        if (!m_organizations.organizationsOf(t.requesterId).contains(t.organizationId))
            return Status::failure(
                tr("The requester %1 is not a member of the organization %2.")
                    .arg(userName(t.requesterId), organizationName(t.organizationId)));
    }
    for (auto it = t.fields.cbegin(); it != t.fields.cend(); ++it)
        if (!m_fields.find(it.key()))
            return Status::failure(tr("There is no custom field with the id %1.").arg(it.key()));
    return {};
}

Status TicketService::writeEvent(const Ticket &t, const User &actor, const Via &via, EventKind kind,
                                 const QString &field, const QString &oldValue,
                                 const QString &newValue, const QString &detail) {
    TicketEvent e;
    e.ticketId = t.id;
    e.actorId = actor.id;
    e.kind = kind;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.via = via.channel;
    e.triggerId = via.triggerId;
    e.agreementId = via.agreementId;
    e.detail = detail;
    e.createdAt = t.updatedAt;
    auto r = m_tickets.insertEvent(e);
    return r ? Status() : Status::failure(r.error());
}

Result<Ticket> TicketService::create(const User &actor, const NewTicket &request, Via via) {
    using R = Result<Ticket>;
    if (Status s = Permissions::requireActive(actor); !s)
        return R::failure(s.error());
    if (request.comment.trimmed().isEmpty() && request.partnerComments.isEmpty())
        return R::failure(tr("The ticket needs a description (its first comment)."));
    if (request.comment.size() > kMaxComment)
        return R::failure(tr("The comment is longer than 1 MiB."));

    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());

    // The requester: an end user may only ask for themselves.
    std::optional<User> requester;
    bool newRequester = false;
    if (!actor.isStaff()) {
        if ((request.requesterId && request.requesterId != actor.id) ||
            (!request.requesterEmail.isEmpty() &&
             request.requesterEmail.compare(actor.email, Qt::CaseInsensitive) != 0))
            return R::failure(tr("End users can only create tickets for themselves."));
        requester = actor;
    } else if (request.requesterId) {
        requester = m_userRepo.find(request.requesterId);
        if (!requester)
            return R::failure(tr("There is no user with the id %1.").arg(request.requesterId));
    } else if (!request.requesterEmail.trimmed().isEmpty()) {
        requester = m_userRepo.findByEmail(request.requesterEmail);
        if (!requester) {
            User u;
            u.email = request.requesterEmail.trimmed();
            u.name = request.requesterName.trimmed().isEmpty()
                         ? u.email.section(QLatin1Char('@'), 0, 0)
                         : request.requesterName.trimmed();
            u.role = Role::EndUser;
            auto created = m_users.insertValidated(u);
            if (!created)
                return R::failure(created.error());
            requester = *created;
            newRequester = true;
        }
    } else {
        requester = actor;
    }

    Ticket t;
    t.subject = request.subject.trimmed();
    t.status = request.status;
    t.priority = request.priority;
    t.type = request.type;
    t.channel = via.channel;
    t.requesterId = requester->id;
    t.originalId = request.originalId;
    t.organizationId = request.organizationId;
    if (!t.organizationId) {
        t.organizationId = requester->defaultOrganizationId;
        if (!t.organizationId) {
            const auto orgs = m_organizations.organizationsOf(requester->id);
            t.organizationId = orgs.isEmpty() ? 0 : orgs.first();
        }
    }
    if (actor.isStaff()) {
        t.groupId = request.groupId;
        t.assigneeId = request.assigneeId;
        t.tags = normalizeTags(request.tags);
        for (auto it = request.fields.cbegin(); it != request.fields.cend(); ++it) {
            const auto field = m_fields.find(it.key());
            if (!field)
                return R::failure(tr("There is no custom field with the id %1.").arg(it.key()));
            auto value = FieldService::normalizeValue(*field, it.value());
            if (!value)
                return R::failure(value.error());
            if (!value->isEmpty())
                t.fields.insert(it.key(), *value);
        }
    } else {
        t.status = TicketStatus::New;
    }
    // Group mapping: a ticket nobody put into a group goes to its organization's group,
    // unless the chosen assignee is not in that group.
    bool groupFromOrganization = false;
    if (!t.groupId && t.organizationId) {
        if (const auto org = m_organizations.find(t.organizationId);
            org && org->groupId && m_groups.find(org->groupId)) {
            const QList<Id> members = m_groups.members(org->groupId);
            if (!t.assigneeId || members.isEmpty() || members.contains(t.assigneeId)) {
                t.groupId = org->groupId;
                groupFromOrganization = true;
            }
        }
    }
    if (t.assigneeId && t.status == TicketStatus::New)
        t.status = TicketStatus::Open;
    t.createdAt = t.updatedAt = Clock::now();
    if (Status s = validateRefs(t, true); !s)
        return R::failure(s.error());

    Comment c;
    c.uuid = newUuid();
    c.authorId = actor.isStaff() ? actor.id : requester->id;
    c.body = request.comment;
    c.isPublic = actor.isStaff() ? request.commentPublic : true;
    c.via = via.channel;
    c.agreementId = via.agreementId;
    c.createdAt = t.createdAt;
    QList<Comment> comments{c};
    if (!request.partnerComments.isEmpty()) {
        comments.clear();
        for (Comment pc : request.partnerComments) {
            pc.via = via.channel;
            pc.agreementId = via.agreementId;
            if (!pc.createdAt.isValid())
                pc.createdAt = t.createdAt;
            comments.append(pc);
        }
    }

    TicketWrite write{actor, via, true, Ticket(), t, comments, {}, {}};
    if (groupFromOrganization) {
        TicketEvent e;
        e.actorId = actor.id;
        e.kind = EventKind::FieldChanged;
        e.field = QStringLiteral("group");
        e.newValue = groupName(t.groupId);
        e.via = via.channel;
        e.agreementId = via.agreementId;
        e.detail = QString::fromLatin1(GroupFromOrganizationDetail);
        write.extraEvents.append(e);
    }
    if (Status s = persist(write); !s)
        return R::failure(s.error());
    t = write.after;

    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (newRequester)
        Q_EMIT m_ctx.hub.usersChanged();
    Q_EMIT m_ctx.hub.ticketChanged(t.id);
    Q_EMIT m_ctx.hub.ticketsChanged();
    return t;
}

Status TicketService::update(const User &actor, Id id, const TicketChange &change, Via via) {
    if (Status s = Permissions::requireActive(actor); !s)
        return s;
    if (!canSee(actor, id))
        return Status::failure(tr("Ticket #%1 was not found.").arg(id));
    if (change.isEmpty())
        return {};
    auto before = m_tickets.find(id);
    if (!before)
        return Status::failure(tr("Ticket #%1 was not found.").arg(id));
    if (before->status == TicketStatus::Closed)
        return Status::failure(tr("Ticket #%1 is closed; closed tickets cannot be changed. "
                                  "Create a follow-up ticket instead.")
                                   .arg(id));
    const bool staff = actor.isStaff();
    if (!staff) {
        const bool onlyComment =
            !change.subject && !change.status && !change.priority && !change.type &&
            !change.groupId && !change.assigneeId && !change.organizationId && !change.tags &&
            change.addTags.isEmpty() && change.removeTags.isEmpty() && change.fields.isEmpty();
        if (!onlyComment)
            return Status::failure(tr("End users can only add comments to tickets."));
        if (!change.commentPublic)
            return Status::failure(tr("End users cannot write internal notes."));
        if (!canComment(actor, id))
            return Status::failure(
                tr("You can view ticket #%1 but not comment on it: its organization allows "
                   "viewing only.")
                    .arg(id));
    }
    if (change.comment.size() > kMaxComment)
        return Status::failure(tr("The comment is longer than 1 MiB."));

    Ticket after = *before;
    if (change.subject)
        after.subject = change.subject->trimmed();
    if (change.status) {
        if (*change.status == TicketStatus::New && before->status != TicketStatus::New)
            return Status::failure(tr("A ticket cannot go back to the status New."));
        after.status = *change.status;
    }
    if (change.priority)
        after.priority = *change.priority;
    if (change.type)
        after.type = *change.type;
    if (change.groupId)
        after.groupId = *change.groupId;
    if (change.assigneeId)
        after.assigneeId = *change.assigneeId;
    if (change.organizationId)
        after.organizationId = *change.organizationId;
    if (change.tags)
        after.tags = normalizeTags(*change.tags);
    {
        QStringList tags = after.tags;
        tags += normalizeTags(change.addTags);
        for (const QString &t : normalizeTags(change.removeTags))
            tags.removeAll(t);
        after.tags = normalizeTags(tags);
    }
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const auto field = m_fields.find(it.key());
        if (!field)
            return Status::failure(tr("There is no custom field with the id %1.").arg(it.key()));
        auto value = FieldService::normalizeValue(*field, it.value());
        if (!value)
            return Status::failure(value.error());
        if (value->isEmpty())
            after.fields.remove(it.key());
        else
            after.fields.insert(it.key(), *value);
    }
    const bool hasComment = !change.comment.trimmed().isEmpty();
    // An end user's reply reopens a ticket that waits for them or was solved.
    if (!staff && hasComment &&
        (after.status == TicketStatus::Pending || after.status == TicketStatus::Solved))
        after.status = TicketStatus::Open;
    if (staff && after.status == TicketStatus::New && after.assigneeId)
        after.status = TicketStatus::Open;
    if (Status s = validateRefs(after, after.organizationId != before->organizationId); !s)
        return s;

    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return Status::failure(tx.beginError());
    after.updatedAt = Clock::now();
    TicketWrite write{actor, via, false, *before, after, {}, {}, {}};
    if (hasComment) {
        Comment c;
        c.uuid = newUuid();
        c.ticketId = id;
        c.authorId = actor.id;
        c.body = change.comment;
        c.isPublic = change.commentPublic;
        c.via = via.channel;
        c.agreementId = via.agreementId;
        c.createdAt = after.updatedAt;
        write.comments.append(c);
    }
    for (Comment pc : change.partnerComments) {
        pc.ticketId = id;
        pc.via = via.channel;
        pc.agreementId = via.agreementId;
        if (!pc.createdAt.isValid())
            pc.createdAt = after.updatedAt;
        write.comments.append(pc);
    }
    if (Status s = persist(write); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.ticketChanged(id);
    Q_EMIT m_ctx.hub.ticketsChanged();
    return {};
}

Status TicketService::writeChangeEvents(const Ticket &from, const Ticket &to, const User &actor,
                                        const Via &via) {
    auto changed = [&](const QString &field, const QString &oldValue,
                       const QString &newValue) -> Status {
        if (oldValue == newValue)
            return {};
        return writeEvent(to, actor, via, EventKind::FieldChanged, field, oldValue, newValue);
    };
    const struct {
        const char *field;
        QString from, to;
    } scalars[] = {
        {"subject", from.subject, to.subject},
        {"status", Names::name(from.status), Names::name(to.status)},
        {"priority", Names::name(from.priority), Names::name(to.priority)},
        {"type", Names::name(from.type), Names::name(to.type)},
        {"group", groupName(from.groupId), groupName(to.groupId)},
        {"assignee", userName(from.assigneeId), userName(to.assigneeId)},
        {"organization", organizationName(from.organizationId),
         organizationName(to.organizationId)},
    };
    for (const auto &s : scalars)
        if (Status r = changed(QString::fromLatin1(s.field), s.from, s.to); !r)
            return r;
    if (from.tags != to.tags) {
        if (Status s = writeEvent(to, actor, via, EventKind::TagsChanged, QStringLiteral("tags"),
                                  from.tags.join(QLatin1Char(' ')), to.tags.join(QLatin1Char(' ')));
            !s)
            return s;
    }
    if (from.fields != to.fields) {
        for (const CustomField &f : m_fields.list())
            if (Status s = changed(QStringLiteral("field:") + f.key, from.fields.value(f.id),
                                   to.fields.value(f.id));
                !s)
                return s;
    }
    return {};
}

Status TicketService::persist(TicketWrite &write) {
    const Ticket proposed = write.after;
    if (m_rules) {
        if (Status s = m_rules->beforeSave(write); !s)
            return s;
        write.after.tags = normalizeTags(write.after.tags);
        if (Status s =
                validateRefs(write.after, write.after.organizationId != proposed.organizationId);
            !s)
            return s;
    }
    Ticket &t = write.after;
    if (write.created) {
        auto id = m_tickets.insert(t);
        if (!id)
            return Status::failure(id.error());
        t.id = *id;
        if (Status s = writeEvent(t, write.actor, write.via, EventKind::Created, QString(),
                                  QString(), t.subject, Names::name(proposed.status));
            !s)
            return s;
    } else {
        if (Status s = m_tickets.update(t); !s)
            return s;
        if (Status s = writeChangeEvents(write.before, proposed, write.actor, write.via); !s)
            return s;
    }
    for (Comment &c : write.comments) {
        c.ticketId = t.id;
        auto id = m_tickets.insertComment(c);
        if (!id)
            return Status::failure(id.error());
        c.id = *id;
        if (Status s = writeEvent(
                t, write.actor, write.via, EventKind::CommentAdded, QStringLiteral("comment"),
                QString(), c.isPublic ? QStringLiteral("public") : QStringLiteral("internal"),
                c.uuid);
            !s)
            return s;
    }
    for (TicketEvent &e : write.extraEvents) {
        e.ticketId = t.id;
        if (!e.createdAt.isValid())
            e.createdAt = t.updatedAt;
        if (auto r = m_tickets.insertEvent(e); !r)
            return Status::failure(r.error());
    }
    // What the rules changed on top of the request, attributed to the triggers.
    Via byRules = write.via;
    byRules.channel = Channel::Trigger;
    if (Status s = writeChangeEvents(proposed, t, write.actor, byRules); !s)
        return s;
    for (TicketObserver *o : std::as_const(m_observers))
        if (Status s = o->afterSave(write); !s)
            return s;
    return {};
}

Status TicketService::addComment(const User &actor, Id id, const QString &body, bool isPublic,
                                 Via via) {
    if (body.trimmed().isEmpty())
        return Status::failure(tr("The comment is empty."));
    TicketChange change;
    change.comment = body;
    change.commentPublic = isPublic;
    return update(actor, id, change, via);
}

bool TicketService::canSee(const User &actor, Id id) {
    if (!actor.active || actor.id == 0)
        return false;
    if (actor.isStaff())
        return m_tickets.exists(id);
    Store::TicketQuery q;
    q.where = QStringLiteral("t.id = ?");
    q.binds = {id};
    q.visibleTo = actor.id;
    return m_tickets.count(q) == 1;
}

bool TicketService::canComment(const User &actor, Id id) {
    if (!actor.active || actor.id == 0)
        return false;
    if (actor.isStaff())
        return canSee(actor, id);
    Store::TicketQuery q;
    q.where = QStringLiteral(
        "t.id = ? AND (t.requester_id = ? OR t.organization_id IN (SELECT m.organization_id FROM "
        "organization_memberships m JOIN organizations co ON co.id = m.organization_id "
        "WHERE m.user_id = ? AND co.sharing_mode = 2))");
    q.binds = {id, actor.id, actor.id};
    q.visibleTo = actor.id;
    return m_tickets.count(q) == 1;
}

QList<Organization> TicketService::organizationChoices(Id requesterId) {
    QList<Organization> out;
    for (Id id : m_organizations.organizationsOf(requesterId))
        if (auto o = m_organizations.find(id))
            out.append(*o);
    std::sort(out.begin(), out.end(), [](const Organization &a, const Organization &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return out;
}

Result<Ticket> TicketService::get(const User &actor, Id id) {
    if (!canSee(actor, id))
        return Result<Ticket>::failure(tr("Ticket #%1 was not found.").arg(id));
    auto t = m_tickets.find(id);
    if (!t)
        return Result<Ticket>::failure(tr("Ticket #%1 was not found.").arg(id));
    return *t;
}

Result<QList<Comment>> TicketService::comments(const User &actor, Id id) {
    if (!canSee(actor, id))
        return Result<QList<Comment>>::failure(tr("Ticket #%1 was not found.").arg(id));
    return m_tickets.comments(id, actor.isStaff());
}

Result<QList<TicketEvent>> TicketService::events(const User &actor, Id id) {
    if (!canSee(actor, id))
        return Result<QList<TicketEvent>>::failure(tr("Ticket #%1 was not found.").arg(id));
    if (!actor.isStaff())
        return Result<QList<TicketEvent>>::failure(
            tr("Only agents and administrators can see a ticket's events."));
    return m_tickets.events(id);
}

} // namespace DeskBridge::Services
