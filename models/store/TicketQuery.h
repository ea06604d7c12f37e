#pragma once
// TicketQuery: what a ticket list shows: a WHERE fragment over `tickets t` with its bound values
// (from a view), an optional full-text search, the reader's visibility, and a whitelisted sort.
#include "models/domain/Entities.h"

#include <QVariantList>

namespace DeskBridge::Store {

enum class TicketSort {
    Id,
    Subject,
    Requester,
    Organization,
    Status,
    Priority,
    Group,
    Assignee,
    Updated,
    Created,
    SharedAt // the most recent share of the ticket; never-shared tickets last
};

struct TicketQuery {
    QString where = QStringLiteral("1");
    QVariantList binds;
    // Optional: the same condition as `where`, with the same binds, written so that no index on
    // the ticket's columns serves it (views compiled by ViewSqlCompiler set it). page() then
    // first reads the newest (oldest, ...) tickets in sort order and tests each one, which finds
    // the first page of a large view without sorting all of it; see TicketRepository::page().
    QString rowWhere;
    QString search;           // words; every word must match (prefix), subject or comment
    Domain::Id visibleTo = 0; // an end user's id: only what they may see; 0 = staff
    TicketSort sort = TicketSort::Updated;
    bool descending = true;
};

} // namespace DeskBridge::Store
