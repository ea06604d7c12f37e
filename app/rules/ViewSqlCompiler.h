#pragma once
// ViewSqlCompiler: turns a view's condition into a WHERE clause over `tickets t` with bound
// values (never values written into the SQL text), and a view's sort into an ORDER BY from a
// whitelist. Tags, custom field values and shares are tested with "t.id IN (SELECT ticket_id ...)"
// subqueries on ticket_tags, ticket_field_values and ticket_shares, so a view never multiplies
// rows and SQLite can start from the indexed side.
// The SQL means exactly what RuleEngine means for the same condition (see RuleEngine.h; a
// property test checks it on random tickets and conditions).
//
// Trigger-only fields are refused (validation with RuleKind::View): update_type and current_via
// describe an update, and within_business_hours tests the moment of an update, which in a view
// would select all tickets or none depending on the clock. "Created within business hours" is
// not a view condition in this version.
// The SQL is portable (no SQLite-only functions), so it also runs on PostgreSQL.
#include "app/rules/CompiledCondition.h"
#include "app/rules/Condition.h"
#include "app/rules/ViewSort.h"
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace DeskBridge::Rules {

class RuleCatalog;

struct SqlFragment {
    QString sql;         // e.g. "(t.status < ?) AND (t.id IN (SELECT tg.ticket_id FROM ...))"
    QVariantList values; // one per "?", in order
    // The same condition with the same values, written to test one ticket at a time
    // ("(+t.status < ?) AND (EXISTS (SELECT 1 FROM ticket_tags tg WHERE tg.ticket_id = t.id ...))")
    // for reading a view in its sort order: see TicketQuery::rowWhere.
    QString rowSql{};
};

class ViewSqlCompiler {
    Q_DECLARE_TR_FUNCTIONS(ViewSqlCompiler)
public:
    // Validates `condition` as a view condition against the catalog (broken references refuse
    // the view instead of selecting the wrong tickets), then compiles it. `now` fixes the
    // "hours ago" cutoffs.
    static Result<SqlFragment> where(const Condition &condition, const RuleCatalog &catalog,
                                     const QDateTime &now);
    // An already compiled condition; refuses trigger-only fields but does not see the catalog.
    static Result<SqlFragment> where(const CompiledCondition &condition, const QDateTime &now);

    // "t.updated_at DESC, t.id DESC": the sort column, empty ids last, then the ticket id so the
    // order is total. Columns outside sortColumns() are refused.
    static Result<QString> orderBy(const ViewSort &sort);
    static QStringList sortColumns();
};

} // namespace DeskBridge::Rules
