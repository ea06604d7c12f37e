#pragma once
// TicketFacts: everything a trigger condition can test about a ticket at the moment of one
// update, as plain values. The service fills it from the ticket row, its tags, field values and
// ticket_shares rows; the engine reads it without touching the store. Ids are SQLite row ids with
// 0 meaning "none"; times are UTC QDateTimes (as the store reads them).
#include "models/domain/Enums.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace DeskBridge::Rules {

// One ticket_shares row of the ticket.
struct ShareFact {
    qint64 agreementId = 0;
    Domain::ShareDirection direction = Domain::ShareDirection::Outgoing;
    Domain::ShareState state = Domain::ShareState::Active;
    QDateTime sharedAt;
};

struct TicketFacts {
    qint64 ticketId = 0;
    bool isCreate = false; // update_type: Create (true) or Change
    Domain::TicketStatus status = Domain::TicketStatus::New;
    Domain::Priority priority = Domain::Priority::Normal;
    Domain::TicketType type = Domain::TicketType::Question;
    qint64 groupId = 0;
    qint64 assigneeId = 0;
    qint64 requesterId = 0;
    qint64 organizationId = 0;
    QSet<QString> tags;                  // normalized (RuleFields::normalizeTag)
    QHash<qint64, QString> customFields; // custom field id -> stored text; absent = no value
    Domain::Channel channel = Domain::Channel::Console;    // via: how the ticket came in
    Domain::Channel currentVia = Domain::Channel::Console; // current_via: this update
    // The ticket's shares. received_from / sent_to / share_state / shared_hours_ago are derived
    // from them exactly as the view SQL derives them from ticket_shares (see RuleEngine.h).
    QList<ShareFact> shares;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace DeskBridge::Rules
