#include "app/services/TicketService.h"

#include "app/services/FieldService.h"
#include "app/services/Permissions.h"
#include "app/services/UserService.h"
#include "models/domain/Clock.h"
#include "models/store/Transaction.h"

#include <QRandomGenerator>
#include <QRegularExpression>

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
    if (request.comment.trimmed().isEmpty())
        return R::failure(tr("The ticket needs a description (its first comment)."));
    if (request.comment.size() > kMaxComment)
        return R::failure(tr("The comment is longer than 1 MiB."));

    Store::Transaction tx(m_ctx.db);
    if (!tx.isActive())
        return R::failure(tx.beginError());

    // The requester: an end user may only ask for themselves.
    std::optional<User> requester;
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

    auto id = m_tickets.insert(t);
    if (!id)
        return R::failure(id.error());
    t.id = *id;

    Comment c;
    c.uuid = newUuid();
    c.ticketId = t.id;
    c.authorId = actor.isStaff() ? actor.id : requester->id;
    c.body = request.comment;
    c.isPublic = actor.isStaff() ? request.commentPublic : true;
    c.via = via.channel;
    c.agreementId = via.agreementId;
    c.createdAt = t.createdAt;
    if (auto r = m_tickets.insertComment(c); !r)
        return R::failure(r.error());

    if (Status s = writeEvent(t, actor, via, EventKind::Created, QString(), QString(), t.subject,
                              Names::name(t.status));
        !s)
        return R::failure(s.error());
    if (groupFromOrganization) {
        if (Status s = writeEvent(t, actor, via, EventKind::FieldChanged, QStringLiteral("group"),
                                  QString(), groupName(t.groupId),
                                  QString::fromLatin1(GroupFromOrganizationDetail));
            !s)
            return R::failure(s.error());
    }
    if (Status s =
            writeEvent(t, actor, via, EventKind::CommentAdded, QStringLiteral("comment"), QString(),
                       c.isPublic ? QStringLiteral("public") : QStringLiteral("internal"), c.uuid);
        !s)
        return R::failure(s.error());

    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
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
    if (Status s = m_tickets.update(after); !s)
        return s;

    auto changed = [&](const QString &field, const QString &from, const QString &to) -> Status {
        if (from == to)
            return {};
        return writeEvent(after, actor, via, EventKind::FieldChanged, field, from, to);
    };
    if (Status s = changed(QStringLiteral("subject"), before->subject, after.subject); !s)
        return s;
    if (Status s = changed(QStringLiteral("status"), Names::name(before->status),
                           Names::name(after.status));
        !s)
        return s;
    if (Status s = changed(QStringLiteral("priority"), Names::name(before->priority),
                           Names::name(after.priority));
        !s)
        return s;
    if (Status s =
            changed(QStringLiteral("type"), Names::name(before->type), Names::name(after.type));
        !s)
        return s;
    if (Status s =
            changed(QStringLiteral("group"), groupName(before->groupId), groupName(after.groupId));
        !s)
        return s;
    if (Status s = changed(QStringLiteral("assignee"), userName(before->assigneeId),
                           userName(after.assigneeId));
        !s)
        return s;
    if (Status s = changed(QStringLiteral("organization"), organizationName(before->organizationId),
                           organizationName(after.organizationId));
        !s)
        return s;
    if (before->tags != after.tags) {
        if (Status s =
                writeEvent(after, actor, via, EventKind::TagsChanged, QStringLiteral("tags"),
                           before->tags.join(QLatin1Char(' ')), after.tags.join(QLatin1Char(' ')));
            !s)
            return s;
    }
    for (const CustomField &f : m_fields.list()) {
        if (Status s = changed(QStringLiteral("field:") + f.key, before->fields.value(f.id),
                               after.fields.value(f.id));
            !s)
            return s;
    }
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
        if (auto r = m_tickets.insertComment(c); !r)
            return Status::failure(r.error());
        if (Status s = writeEvent(
                after, actor, via, EventKind::CommentAdded, QStringLiteral("comment"), QString(),
                c.isPublic ? QStringLiteral("public") : QStringLiteral("internal"), c.uuid);
            !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT m_ctx.hub.ticketChanged(id);
    Q_EMIT m_ctx.hub.ticketsChanged();
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
