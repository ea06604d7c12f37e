#pragma once
// NewTicket and TicketChange: what a caller asks the TicketService to write. Unset optionals
// leave a property as it is; ids of 0 clear a reference (no group, no assignee).
#include "models/domain/Entities.h"

#include <optional>

namespace DeskBridge::Services {

struct NewTicket {
    QString subject;
    QString comment;
    bool commentPublic = true;
    Domain::Id requesterId = 0;
    QString requesterEmail; // used when requesterId is 0; an unknown address becomes a new user
    QString requesterName;  // for a new requester; defaults to the address's local part
    Domain::TicketStatus status = Domain::TicketStatus::New;
    Domain::Priority priority = Domain::Priority::Normal;
    Domain::TicketType type = Domain::TicketType::Question;
    Domain::Id groupId = 0;
    Domain::Id assigneeId = 0;
    Domain::Id organizationId = 0; // 0: the requester's default organization
    QStringList tags;
    QMap<Domain::Id, QString> fields;
    // Received through ticket sharing: the comments as the partner sent them (uuid, author name,
    // visibility and time kept). Used instead of `comment` when not empty.
    QList<Domain::Comment> partnerComments;
    QString originalId; // the sender's ticket number
};

struct TicketChange {
    std::optional<QString> subject;
    std::optional<Domain::TicketStatus> status;
    std::optional<Domain::Priority> priority;
    std::optional<Domain::TicketType> type;
    std::optional<Domain::Id> groupId;
    std::optional<Domain::Id> assigneeId;
    std::optional<Domain::Id> organizationId;
    std::optional<QStringList> tags; // replaces all tags
    QStringList addTags;
    QStringList removeTags;
    QMap<Domain::Id, QString> fields; // empty value clears
    QString comment;
    bool commentPublic = true;
    // Comments a partner sent through ticket sharing, kept as they came (uuid, author name).
    QList<Domain::Comment> partnerComments;

    bool isEmpty() const {
        return !subject && !status && !priority && !type && !groupId && !assigneeId &&
               !organizationId && !tags && addTags.isEmpty() && removeTags.isEmpty() &&
               fields.isEmpty() && comment.trimmed().isEmpty() && partnerComments.isEmpty();
    }
};

} // namespace DeskBridge::Services
