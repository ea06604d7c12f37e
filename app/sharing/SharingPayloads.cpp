#include "app/sharing/SharingPayloads.h"

#include "app/sharing/NhdCodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace DeskBridge::Sharing {

using namespace Domain;

QStringList SharingPayloads::fieldKeys(const Agreement &agreement) {
    QStringList out;
    const QJsonArray arr = QJsonDocument::fromJson(agreement.fieldSync.toUtf8()).array();
    for (const QJsonValue &v : arr)
        if (v.isString() && !v.toString().isEmpty())
            out.append(v.toString());
    return out;
}

QString SharingPayloads::fieldSyncJson(const QStringList &keys) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact));
}

bool SharingPayloads::commentLeaves(const Agreement &agreement, const Comment &comment) {
    switch (agreement.commentSync) {
    case CommentSync::PublicAndPrivate:
        return true;
    case CommentSync::PublicOnly:
        return comment.isPublic;
    case CommentSync::None:
        return false;
    }
    return false;
}

NhdActor SharingPayloads::actor(const User &user, const QString &sharingUrl) {
    NhdActor a;
    a.uuid = NhdCodec::makeUuid(sharingUrl, QStringLiteral("users"), user.id);
    a.name = user.name;
    a.role = user.isStaff() ? (user.isAdmin() ? QStringLiteral("admin") : QStringLiteral("agent"))
                            : QStringLiteral("end-user");
    return a;
}

NhdComment SharingPayloads::comment(const Comment &c, const PayloadContext &ctx) {
    NhdComment out;
    out.uuid = c.uuid;
    NhdActor author;
    if (c.authorId) {
        author.uuid = NhdCodec::makeUuid(ctx.sharingUrl, QStringLiteral("users"), c.authorId);
        author.name = ctx.userNames.value(c.authorId, c.authorName);
    } else {
        // A comment that came from a partner: its name already says "Name (Partner)".
        author.uuid = NhdCodec::makeUuid(ctx.sharingUrl, QStringLiteral("authors"), c.authorName);
        author.name = c.authorName;
    }
    if (author.name.isEmpty())
        author.name = QStringLiteral("-");
    out.author = author;
    out.body = c.body;
    out.htmlBody = c.htmlBody;
    out.authoredAt = c.createdAt;
    out.isPublic = c.isPublic;
    return out;
}

namespace {
QJsonObject fieldsFor(const Agreement &agreement, const QMap<Id, QString> &values,
                      const PayloadContext &ctx, const QMap<Id, QString> *before) {
    QJsonObject out;
    const QStringList keys = SharingPayloads::fieldKeys(agreement);
    for (auto it = ctx.fieldKeys.cbegin(); it != ctx.fieldKeys.cend(); ++it) {
        if (!keys.contains(it.value()))
            continue;
        const QString now = values.value(it.key());
        if (before && before->value(it.key()) == now)
            continue;
        out.insert(it.value(), now.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(now));
    }
    return out;
}
} // namespace

NhdTicket SharingPayloads::fullTicket(const Agreement &agreement, const QString &uuid,
                                      const Ticket &ticket, const QList<Comment> &comments,
                                      const PayloadContext &ctx) {
    NhdTicket t;
    t.uuid = uuid;
    t.subject = ticket.subject;
    t.requestedAt = ticket.createdAt;
    if (agreement.statusSync)
        t.status = ticket.status;
    NhdActor requester;
    requester.uuid =
        NhdCodec::makeUuid(ctx.sharingUrl, QStringLiteral("users"), ticket.requesterId);
    requester.name = ctx.userNames.value(ticket.requesterId);
    requester.role = QStringLiteral("end-user");
    t.requester = requester;
    QList<NhdComment> out;
    for (const Comment &c : comments)
        if (commentLeaves(agreement, c))
            out.append(comment(c, ctx));
    t.comments = out;
    t.currentActor = actor(ctx.actor, ctx.sharingUrl);
    if (agreement.tagSync)
        t.tags = ticket.tags;
    t.originalId = QString::number(ticket.id);
    const QJsonObject fields = fieldsFor(agreement, ticket.fields, ctx, nullptr);
    if (!fields.isEmpty())
        t.customFields = fields;
    return t;
}

std::optional<NhdTicket> SharingPayloads::update(const Agreement &agreement, const QString &uuid,
                                                 const Ticket &before, const Ticket &after,
                                                 const QList<Comment> &newComments,
                                                 const PayloadContext &ctx) {
    NhdTicket t;
    t.uuid = uuid;
    bool any = false;
    QList<NhdComment> out;
    for (const Comment &c : newComments)
        if (commentLeaves(agreement, c))
            out.append(comment(c, ctx));
    if (!out.isEmpty()) {
        t.comments = out;
        any = true;
    }
    if (agreement.statusSync && before.status != after.status) {
        t.status = after.status;
        any = true;
    }
    if (agreement.tagSync && before.tags != after.tags) {
        t.tags = after.tags;
        any = true;
    }
    const QJsonObject fields = fieldsFor(agreement, after.fields, ctx, &before.fields);
    if (!fields.isEmpty()) {
        t.customFields = fields;
        any = true;
    }
    if (!any)
        return std::nullopt;
    t.currentActor = actor(ctx.actor, ctx.sharingUrl);
    return t;
}

} // namespace DeskBridge::Sharing
