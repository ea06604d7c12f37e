#pragma once
// TicketRepository: the ticket aggregate: tickets, their tags and custom field values,
// comments and the event history; and the paged, sorted, searchable lists the views show.
#include "models/domain/Entities.h"
#include "models/domain/Result.h"
#include "models/store/TicketQuery.h"

#include <optional>

namespace DeskBridge::Store {

class Database;

class TicketRepository {
public:
    explicit TicketRepository(Database &db)
        : m_db(db) {}

    Result<Domain::Id> insert(const Domain::Ticket &ticket);
    // Writes the scalar columns, tags and field values of an existing ticket.
    Status update(const Domain::Ticket &ticket);
    Status touch(Domain::Id id, const QDateTime &at);
    std::optional<Domain::Ticket> find(Domain::Id id);
    bool exists(Domain::Id id);

    Result<Domain::Id> insertComment(const Domain::Comment &comment);
    bool commentExists(const QString &uuid);
    QList<Domain::Comment> comments(Domain::Id ticketId, bool includePrivate);

    Result<Domain::Id> insertEvent(const Domain::TicketEvent &event);
    QList<Domain::TicketEvent> events(Domain::Id ticketId);

    // Lists. The SQL is built from whitelisted pieces; every value is bound.
    int count(const TicketQuery &query);
    QList<Domain::TicketRow> page(const TicketQuery &query, int offset, int limit);
    QList<Domain::Id> ids(const TicketQuery &query, int limit);

    // The one visibility rule as SQL over `t`, for an end user (bound twice to the user id):
    // their own requested tickets, plus their organizations' whose sharing mode allows it.
    static QString visibilitySql();
    // The part of that rule that names the organizations: a SELECT of the ids of the
    // organizations whose tickets the end user (bound once) may see. Also answers "what can
    // this user see" for the Admin Center.
    static QString sharedOrganizationsSql();

    // An organization is deleted: its tickets keep existing without one. Each gets a history
    // event (field "organization", old value `organizationName`, `detail`) by `actorId`, `via`.
    // Returns how many tickets were changed.
    Result<int> clearOrganization(Domain::Id organizationId, const QString &organizationName,
                                  Domain::Id actorId, Domain::Channel via, const QString &detail,
                                  const QDateTime &at);
    // Turns the words a user typed into a safe FTS5 query (each word quoted, prefix match).
    static QString ftsQuery(const QString &text);

    // How many tickets page() reads in sort order before it falls back to the general plan.
    static constexpr int sortOrderWindow = 20000;
    // A search's first pages: how many of the newest tickets (plus 50 per row asked for)
    // page() tests one by one before it falls back to collecting every hit, and the deepest
    // page end for which it tries.
    static constexpr int searchWindow = 10000;
    static constexpr int searchMaxDepth = 1000;

private:
    // How a search's words are tested: HitList collects every matching ticket id first (best
    // for counts and when hits are few); PerTicket tests each ticket the plan walks.
    enum class SearchForm { HitList, PerTicket };
    QString whereClause(const TicketQuery &query, QVariantList &binds,
                        SearchForm form = SearchForm::HitList) const;
    // A sort column that an index walks in order, and the FROM clause's hint that walks it.
    struct IndexedSort {
        QString column;
        QString plan;
    };
    static std::optional<IndexedSort> indexedSort(TicketSort sort);
    // The value of the sort column `window` rows into that order, if the table is longer.
    std::optional<qint64> sortCutoff(const QString &column, bool descending, qint64 window);
    // page() with the plan fixed to a walk down the sort column's index over the tickets at
    // or before `cutoff` in sort order, or the planner's choice without it.
    QList<Domain::TicketRow> pageRows(const TicketQuery &query, int offset, int limit,
                                      std::optional<qint64> cutoff);
    // The first page of a large view: the newest `window` tickets (by the sort column) tested
    // one by one with query.rowWhere. Empty when that window held fewer than offset + limit
    // matches (then only the general plan can answer) or the sort does not follow an index.
    std::optional<QList<Domain::TicketRow>> pageInSortOrder(const TicketQuery &query, int offset,
                                                            int limit);
    QList<Domain::TicketRow> readRows(const QString &sql, const QVariantList &binds, int limit);
    Status writeTags(Domain::Id id, const QStringList &tags);
    Status writeFields(Domain::Id id, const QMap<Domain::Id, QString> &fields);
    Database &m_db;
};

} // namespace DeskBridge::Store
