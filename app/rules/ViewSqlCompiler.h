#pragma once
// ViewSqlCompiler: turns a view's condition into a WHERE clause over `tickets t` with bound
// values (never values written into the SQL text), and a view's sort into an ORDER BY from a
// whitelist. Tags, custom field values and shares are tested with EXISTS subqueries on
// ticket_tags, ticket_field_values and ticket_shares, so a view never multiplies rows.
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
    QString sql;         // e.g. "(t.status < ?) AND (EXISTS (SELECT 1 FROM ticket_tags ...))"
    QVariantList values; // one per "?", in order
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
