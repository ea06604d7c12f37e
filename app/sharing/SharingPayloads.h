#pragma once
// SharingPayloads: what a ticket looks like to a partner under one agreement. Pure: it gets the
// ticket, its comments and the names it needs, and applies the agreement's permissions:
//  * comments: all / public only / none (a private comment never leaves under "public only" or
//    "none", in the first POST as much as in later PUTs);
//  * status only with status sync, tags only with tag sync, custom fields only those chosen;
//  * the requester as a name only: never an email address.
#include "app/sharing/NhdTypes.h"
#include "models/domain/Sharing.h"

#include <QMap>
#include <QStringList>
#include <optional>

namespace DeskBridge::Sharing {

struct PayloadContext {
    QString sharingUrl;                  // our sharing URL (uuids of users are derived from it)
    QMap<Domain::Id, QString> userNames; // author / requester names by user id
    QMap<Domain::Id, QString> fieldKeys; // custom field id -> key
    Domain::User actor;                  // who made the change
};

class SharingPayloads {
public:
    // The agreement's synced field keys (field_sync holds a JSON array of keys).
    static QStringList fieldKeys(const Domain::Agreement &agreement);
    static QString fieldSyncJson(const QStringList &keys);
    // May this comment go to the partner under the agreement?
    static bool commentLeaves(const Domain::Agreement &agreement, const Domain::Comment &comment);

    // The whole ticket for POST /tickets/<uuid>.
    static NhdTicket fullTicket(const Domain::Agreement &agreement, const QString &uuid,
                                const Domain::Ticket &ticket,
                                const QList<Domain::Comment> &comments, const PayloadContext &ctx);
    // The PUT for a change, or nullopt when nothing the agreement syncs changed.
    static std::optional<NhdTicket> update(const Domain::Agreement &agreement, const QString &uuid,
                                           const Domain::Ticket &before,
                                           const Domain::Ticket &after,
                                           const QList<Domain::Comment> &newComments,
                                           const PayloadContext &ctx);

    static NhdComment comment(const Domain::Comment &comment, const PayloadContext &ctx);
    static NhdActor actor(const Domain::User &user, const QString &sharingUrl);
};

} // namespace DeskBridge::Sharing
