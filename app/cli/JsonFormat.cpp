#include "app/cli/JsonFormat.h"

#include "app/Instance.h"
#include "app/services/FieldService.h"
#include "app/services/GroupService.h"
#include "app/services/UserService.h"
#include "models/store/OrganizationRepository.h"

#include <QJsonArray>

namespace DeskBridge::Cli {

using namespace Domain;

QString JsonFormat::time(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject JsonFormat::user(const User &u) {
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("email"), u.email},
            {QStringLiteral("role"), Names::name(u.role)},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("tags"), QJsonArray::fromStringList(u.tags)},
            {QStringLiteral("created_at"), time(u.createdAt)}};
}

QJsonObject JsonFormat::group(const Group &g) {
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("members"), g.memberCount}};
}

QJsonObject JsonFormat::field(const CustomField &f) {
    return {{QStringLiteral("id"), f.id},
            {QStringLiteral("key"), f.key},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("type"), Names::name(f.type)},
            {QStringLiteral("options"), QJsonArray::fromStringList(f.options)},
            {QStringLiteral("active"), f.active}};
}

QJsonObject JsonFormat::ticketRow(const TicketRow &r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("subject"), r.subject},
            {QStringLiteral("requester"), r.requester},
            {QStringLiteral("organization"), r.organization},
            {QStringLiteral("status"), Names::name(r.status)},
            {QStringLiteral("priority"), Names::name(r.priority)},
            {QStringLiteral("group"), r.group},
            {QStringLiteral("assignee"), r.assignee},
            {QStringLiteral("updated_at"), time(r.updatedAt)}};
}

QJsonObject JsonFormat::ticket(Instance &instance, const Ticket &t) {
    auto nameOf = [&](Id id) -> QJsonValue {
        if (!id)
            return QJsonValue::Null;
        const auto u = instance.users().find(id);
        return u ? QJsonValue(QJsonObject{{QStringLiteral("id"), u->id},
                                          {QStringLiteral("name"), u->name},
                                          {QStringLiteral("email"), u->email}})
                 : QJsonValue(id);
    };
    QJsonObject fields;
    for (auto it = t.fields.cbegin(); it != t.fields.cend(); ++it) {
        const auto f = instance.fields().find(it.key());
        fields.insert(f ? f->key : QString::number(it.key()), it.value());
    }
    QJsonValue group = QJsonValue::Null;
    if (t.groupId)
        if (const auto g = instance.groups().find(t.groupId))
            group = g->name;
    QJsonValue organization = QJsonValue::Null;
    if (t.organizationId) {
        Store::OrganizationRepository orgs(instance.database());
        if (const auto o = orgs.find(t.organizationId))
            organization = o->name;
    }
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("subject"), t.subject},
            {QStringLiteral("status"), Names::name(t.status)},
            {QStringLiteral("priority"), Names::name(t.priority)},
            {QStringLiteral("type"), Names::name(t.type)},
            {QStringLiteral("channel"), Names::name(t.channel)},
            {QStringLiteral("requester"), nameOf(t.requesterId)},
            {QStringLiteral("assignee"), nameOf(t.assigneeId)},
            {QStringLiteral("group"), group},
            {QStringLiteral("organization"), organization},
            {QStringLiteral("original_id"),
             t.originalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.originalId)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(t.tags)},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("created_at"), time(t.createdAt)},
            {QStringLiteral("updated_at"), time(t.updatedAt)}};
}

QJsonObject JsonFormat::comment(const Comment &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("uuid"), c.uuid},
            {QStringLiteral("author"), c.authorName},
            {QStringLiteral("body"), c.body},
            {QStringLiteral("public"), c.isPublic},
            {QStringLiteral("via"), Names::name(c.via)},
            {QStringLiteral("created_at"), time(c.createdAt)}};
}

QJsonObject JsonFormat::event(const TicketEvent &e) {
    static const char *const kinds[] = {"created",       "field_changed",  "comment_added",
                                        "tags_changed",  "shared",         "unshared",
                                        "trigger_fired", "sharing_update", "notice"};
    const int k = int(e.kind);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("kind"), QString::fromLatin1(k >= 0 && k < 9 ? kinds[k] : "notice")},
            {QStringLiteral("actor"), e.actorName},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("from"), e.oldValue},
            {QStringLiteral("to"), e.newValue},
            {QStringLiteral("via"), Names::name(e.via)},
            {QStringLiteral("trigger_id"), e.triggerId ? QJsonValue(e.triggerId) : QJsonValue()},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("created_at"), time(e.createdAt)}};
}

QJsonObject JsonFormat::organization(const Organization &o, const QString &groupName) {
    return {{QStringLiteral("id"), o.id},
            {QStringLiteral("name"), o.name},
            {QStringLiteral("notes"), o.notes},
            {QStringLiteral("domains"), QJsonArray::fromStringList(o.domains)},
            {QStringLiteral("sharing"), Names::name(o.sharingMode)},
            {QStringLiteral("group"),
             groupName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(groupName)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(o.tags)},
            {QStringLiteral("external_id"),
             o.externalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.externalId)},
            {QStringLiteral("members"), o.memberCount},
            {QStringLiteral("tickets"), o.ticketCount},
            {QStringLiteral("created_at"), time(o.createdAt)}};
}

QJsonObject JsonFormat::member(const OrganizationMember &m) {
    return {{QStringLiteral("id"), m.userId},         {QStringLiteral("name"), m.name},
            {QStringLiteral("email"), m.email},       {QStringLiteral("role"), Names::name(m.role)},
            {QStringLiteral("default"), m.isDefault}, {QStringLiteral("since"), time(m.since)}};
}

} // namespace DeskBridge::Cli
