#pragma once
// The domain's value types: plain structs as the store reads and writes them. Ids are the
// SQLite row ids; 0 means "none". Times are UTC QDateTimes.
#include "models/domain/Enums.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace DeskBridge::Domain {

using Id = qint64;

struct Account {
    QString name;
    Plan plan = Plan::Professional;
    QString language; // "" follows the system locale, else "de" / "en"
    QString timeZone = QStringLiteral("UTC");
    QString businessHours = QStringLiteral("[]"); // JSON, interpreted by the rules layer
    QString publicUrl;
    QString listenAddress = QStringLiteral("127.0.0.1:0");
    bool declineInvites = false;
    Id lastUserId = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct User {
    Id id = 0;
    QString name;
    QString email;
    Role role = Role::EndUser;
    Id defaultOrganizationId = 0;
    QString externalId;
    QString notes;
    bool active = true;
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isStaff() const { return role == Role::Agent || role == Role::Admin; }
    bool isAdmin() const { return role == Role::Admin; }
};

struct Group {
    Id id = 0;
    QString name;
    int memberCount = 0;
    QDateTime createdAt;
};

struct Organization {
    Id id = 0;
    QString name;
    QString notes;
    SharingMode sharingMode = SharingMode::OwnTickets;
    Id groupId = 0;
    QString externalId;
    QStringList domains;
    QStringList tags;
    int memberCount = 0; // filled by lists, not stored
    int ticketCount = 0; // filled by lists, not stored
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A user as a member of one organization, for the organization's member list.
struct OrganizationMember {
    Id userId = 0;
    QString name;
    QString email;
    Role role = Role::EndUser;
    bool isDefault = false; // the organization is the user's default one
    QDateTime since;
};

struct CustomField {
    Id id = 0;
    QString key;
    QString title;
    FieldType type = FieldType::Text;
    QStringList options; // dropdown choices
    int position = 0;
    bool active = true;
    QDateTime createdAt;
};

struct Ticket {
    Id id = 0;
    QString subject;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    TicketType type = TicketType::Question;
    Channel channel = Channel::Console;
    Id requesterId = 0;
    Id organizationId = 0;
    Id groupId = 0;
    Id assigneeId = 0;
    QString originalId;
    QStringList tags;         // sorted
    QMap<Id, QString> fields; // custom field id -> value
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct Comment {
    Id id = 0;
    QString uuid;
    Id ticketId = 0;
    Id authorId = 0;
    QString authorName; // resolved user name, or the partner's "Name (Partner)"
    QString body;
    QString htmlBody;
    bool isPublic = true;
    Channel via = Channel::Console;
    Id agreementId = 0;
    QDateTime createdAt;
};

struct TicketEvent {
    Id id = 0;
    Id ticketId = 0;
    Id actorId = 0;
    QString actorName;
    EventKind kind = EventKind::Notice;
    QString field;
    QString oldValue;
    QString newValue;
    Channel via = Channel::Console;
    Id triggerId = 0;
    Id agreementId = 0;
    QString detail;
    QDateTime createdAt;
};

// One row of a ticket list, with the names the table shows already joined in.
struct TicketRow {
    Id id = 0;
    QString subject;
    QString requester;
    QString organization;
    TicketStatus status = TicketStatus::New;
    Priority priority = Priority::Normal;
    QString group;
    QString assignee;
    QDateTime updatedAt;
};

} // namespace DeskBridge::Domain
