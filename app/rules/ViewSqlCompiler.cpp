#include "app/rules/ViewSqlCompiler.h"

#include "app/rules/RuleCatalog.h"

namespace DeskBridge::Rules {

using namespace Domain;

namespace {

const char *comparison(Operator op) {
    switch (op) {
    case Operator::IsNot:
        return "<>";
    case Operator::LessThan:
        return "<";
    case Operator::GreaterThan:
        return ">";
    default:
        return "=";
    }
}

QString column(Field field) {
    switch (field) {
    case Field::Status:
        return QStringLiteral("t.status");
    case Field::Priority:
        return QStringLiteral("t.priority");
    case Field::Type:
        return QStringLiteral("t.type");
    case Field::Via:
        return QStringLiteral("t.channel");
    case Field::Group:
        return QStringLiteral("t.group_id");
    case Field::Assignee:
        return QStringLiteral("t.assignee_id");
    case Field::Requester:
        return QStringLiteral("t.requester_id");
    case Field::Organization:
        return QStringLiteral("t.organization_id");
    case Field::CreatedHoursAgo:
        return QStringLiteral("t.created_at");
    case Field::UpdatedHoursAgo:
        return QStringLiteral("t.updated_at");
    default:
        return {};
    }
}

// Builds one row's SQL, in one of two forms that mean the same and bind the same values:
// - set form (SqlFragment::sql): tags, field values and shares as "t.id IN (SELECT ticket_id
//   ...)", so SQLite can start from the (indexed) tags, values or shares and look tickets up by
//   id instead of probing once per ticket: a sharing view over a million tickets counts in
//   milliseconds instead of a full scan (ticket_id is never NULL, so NOT IN is safe);
// - row form (SqlFragment::rowSql): correlated EXISTS and "+t.column" (which SQLite never
//   serves from an index), so the only way left is to read tickets in the list's sort order and
//   test each one: the first page of a large view then costs a few hundred look-ups, not a
//   sort of every match. Unary plus is a no-op on numbers in PostgreSQL too.
// Every value goes into `values` behind a "?" through sql(), which takes
// the text and its values together: the values' order then never depends on the (unspecified)
// order in which C++ evaluates the operands of one expression.
class RowWriter {
public:
    RowWriter(QVariantList &values, qint64 nowMs, bool rowForm)
        : m_values(values)
        , m_nowMs(nowMs)
        , m_rowForm(rowForm) {}

    QString write(const CompiledRow &r) {
        switch (r.field) {
        case Field::Status:
        case Field::Priority:
        case Field::Type:
        case Field::Via:
            return sql(col(r.field) + QLatin1Char(' ') + QLatin1String(comparison(r.op)) +
                           QStringLiteral(" ?"),
                       {r.number});
        case Field::Group:
        case Field::Assignee:
        case Field::Requester:
        case Field::Organization: {
            const QString c = col(r.field);
            if (r.isNull)
                return c + (r.op == Operator::Is ? QStringLiteral(" IS NULL")
                                                 : QStringLiteral(" IS NOT NULL"));
            if (r.op == Operator::Is)
                return sql(c + QStringLiteral(" = ?"), {r.number});
            // "is not X" includes "none", as in the engine.
            return sql(QStringLiteral("(%1 IS NULL OR %1 <> ?)").arg(c), {r.number});
        }
        case Field::Tags:
            return tags(r);
        case Field::CustomField:
            return customField(r);
        case Field::ReceivedFrom:
        case Field::SentTo: {
            const ShareDirection d = r.field == Field::ReceivedFrom ? ShareDirection::Incoming
                                                                    : ShareDirection::Outgoing;
            const bool exists = r.isNull ? r.op == Operator::IsNot : r.op == Operator::Is;
            const QString prefix = exists ? QString() : QStringLiteral("NOT ");
            if (r.isNull)
                return prefix + shares(QStringLiteral("s.direction = ? AND s.state = ?"),
                                       {int(d), int(ShareState::Active)});
            return prefix + shares(QStringLiteral("s.direction = ? AND s.state = ? AND "
                                                  "s.agreement_id = ?"),
                                   {int(d), int(ShareState::Active), r.number});
        }
        case Field::ShareState: {
            const QString e = shareState(ShareStateValue(r.number));
            return r.op == Operator::Is ? e : QStringLiteral("NOT ") + e;
        }
        case Field::SharedHoursAgo: {
            const qint64 cutoff = m_nowMs - r.number;
            if (r.op == Operator::LessThan)
                return shares(QStringLiteral("s.shared_at > ?"), {cutoff});
            // The most recent share is older than the cutoff: some share is older, none newer
            // (the same as "has shares, none newer", but it starts from the older shares).
            const QString older = shares(QStringLiteral("s.shared_at < ?"), {cutoff});
            const QString recent = shares(QStringLiteral("s.shared_at >= ?"), {cutoff});
            return QStringLiteral("(%1 AND NOT %2)").arg(older, recent);
        }
        case Field::CreatedHoursAgo:
        case Field::UpdatedHoursAgo:
            return sql(col(r.field) + (r.op == Operator::LessThan ? QStringLiteral(" > ?")
                                                                  : QStringLiteral(" < ?")),
                       {m_nowMs - r.number});
        case Field::UpdateType:
        case Field::CurrentVia:
        case Field::WithinBusinessHours:
            break; // refused before we get here
        }
        return {};
    }

private:
    QString col(Field field) const {
        return m_rowForm ? QLatin1Char('+') + column(field) : column(field);
    }

    QString sql(const QString &text, std::initializer_list<QVariant> values) {
        for (const QVariant &v : values)
            m_values.append(v);
        return text;
    }

    QString tagExists(const QString &condition, std::initializer_list<QVariant> values) {
        const QString head =
            m_rowForm
                ? QStringLiteral("EXISTS (SELECT 1 FROM ticket_tags tg WHERE tg.ticket_id = t.id "
                                 "AND ")
                : QStringLiteral("t.id IN (SELECT tg.ticket_id FROM ticket_tags tg WHERE ");
        return sql(head + condition + QLatin1Char(')'), values);
    }

    QString tags(const CompiledRow &r) {
        QStringList parts;
        if (r.op == Operator::IncludesAll) {
            for (const QString &tag : r.tags)
                parts.append(tagExists(QStringLiteral("tg.tag = ?"), {tag}));
            return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
        }
        QStringList marks;
        for (const QString &tag : r.tags)
            marks.append(sql(QStringLiteral("?"), {tag}));
        const QString e = tagExists(QStringLiteral("tg.tag IN (") +
                                        marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                                    {});
        return r.op == Operator::NotIncludes ? QStringLiteral("NOT ") + e : e;
    }

    QString customField(const CompiledRow &r) {
        const QString exists =
            m_rowForm ? QStringLiteral("EXISTS (SELECT 1 FROM ticket_field_values fv WHERE "
                                       "fv.ticket_id = t.id AND fv.field_id = ? AND fv.value <> ''")
                      : QStringLiteral("t.id IN (SELECT fv.ticket_id FROM ticket_field_values fv "
                                       "WHERE fv.field_id = ? AND fv.value <> ''");
        switch (r.op) {
        case Operator::Present:
            return sql(exists + QLatin1Char(')'), {r.customFieldId});
        case Operator::NotPresent:
            return sql(QStringLiteral("NOT ") + exists + QLatin1Char(')'), {r.customFieldId});
        default:
            break;
        }
        // is_not X = no value equal to X (an empty field included), as in the engine.
        const QString prefix = r.op == Operator::IsNot ? QStringLiteral("NOT ") : QString();
        const QLatin1String cmp(r.op == Operator::IsNot ? "=" : comparison(r.op));
        if (r.valueKind == CompiledRow::ValueKind::Number)
            return sql(prefix + exists +
                           QStringLiteral(" AND CAST(fv.value AS DOUBLE PRECISION) ") + cmp +
                           QStringLiteral(" ?)"),
                       {r.customFieldId, r.real});
        return sql(prefix + exists + QStringLiteral(" AND fv.value ") + cmp + QStringLiteral(" ?)"),
                   {r.customFieldId, r.text});
    }

    QString shares(const QString &condition = {}, std::initializer_list<QVariant> values = {}) {
        if (m_rowForm)
            return sql(QStringLiteral("EXISTS (SELECT 1 FROM ticket_shares s WHERE s.ticket_id = "
                                      "t.id") +
                           (condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition) +
                           QLatin1Char(')'),
                       values);
        return sql(QStringLiteral("t.id IN (SELECT s.ticket_id FROM ticket_shares s") +
                       (condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition) +
                       QLatin1Char(')'),
                   values);
    }

    QString shareState(ShareStateValue v) {
        switch (v) {
        case ShareStateValue::NotShared:
            return QStringLiteral("NOT ") + shares();
        case ShareStateValue::Outgoing:
        case ShareStateValue::Incoming: {
            const ShareDirection d = v == ShareStateValue::Outgoing ? ShareDirection::Outgoing
                                                                    : ShareDirection::Incoming;
            return shares(QStringLiteral("s.direction = ? AND s.state = ?"),
                          {int(d), int(ShareState::Active)});
        }
        case ShareStateValue::Orphaned: {
            // Has shares, none active: some share is not active and none is (this starts from
            // the few shares that are not active instead of from all of them).
            const QString inactive =
                shares(QStringLiteral("s.state <> ?"), {int(ShareState::Active)});
            const QString active = shares(QStringLiteral("s.state = ?"), {int(ShareState::Active)});
            return QStringLiteral("(%1 AND NOT %2)").arg(inactive, active);
        }
        }
        return {};
    }

    QVariantList &m_values;
    qint64 m_nowMs;
    bool m_rowForm;
};

struct SortColumn {
    const char *name;
    const char *expression;
    bool nullable; // empty values sort last in both directions
};

constexpr SortColumn sortTable[] = {
    {"id", "t.id", false},
    {"subject", "LOWER(t.subject)", false},
    {"status", "t.status", false},
    {"priority", "t.priority", false},
    {"type", "t.type", false},
    {"via", "t.channel", false},
    {"created_at", "t.created_at", false},
    {"updated_at", "t.updated_at", false},
    {"requester_id", "t.requester_id", false},
    {"assignee_id", "t.assignee_id", true},
    {"group_id", "t.group_id", true},
    {"organization_id", "t.organization_id", true},
    {"shared_at", "(SELECT MAX(s.shared_at) FROM ticket_shares s WHERE s.ticket_id = t.id)", true},
};

} // namespace

Result<SqlFragment> ViewSqlCompiler::where(const Condition &condition, const RuleCatalog &catalog,
                                           const QDateTime &now) {
    if (Status s = condition.validate(catalog, RuleKind::View); !s)
        return Result<SqlFragment>::failure(s.error());
    const Result<CompiledCondition> compiled = CompiledCondition::compile(condition);
    if (!compiled)
        return Result<SqlFragment>::failure(compiled.error());
    return where(*compiled, now);
}

Result<SqlFragment> ViewSqlCompiler::where(const CompiledCondition &condition,
                                           const QDateTime &now) {
    const auto write = [&](bool rowForm, QVariantList &values) -> Result<QString> {
        RowWriter writer(values, now.toMSecsSinceEpoch(), rowForm);
        const auto list = [&](const QList<CompiledRow> &rows, Condition::List which,
                              QStringList &parts) -> Status {
            for (int i = 0; i < rows.size(); ++i) {
                if (RuleFields::triggerOnly(rows.at(i).field))
                    return Status::failure(
                        tr("%1: the field '%2' can be used in triggers only, not in views")
                            .arg(Condition::rowLabel(which, i),
                                 RuleFields::fieldName(rows.at(i).field)));
                parts.append(QLatin1Char('(') + writer.write(rows.at(i)) + QLatin1Char(')'));
            }
            return {};
        };
        QStringList all, any;
        if (Status s = list(condition.all(), Condition::List::All, all); !s)
            return Result<QString>::failure(s.error());
        if (Status s = list(condition.any(), Condition::List::Any, any); !s)
            return Result<QString>::failure(s.error());
        if (!any.isEmpty())
            all.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
        return all.isEmpty() ? QStringLiteral("1 = 1") : all.join(QStringLiteral(" AND "));
    };
    SqlFragment out;
    QVariantList rowValues;
    Result<QString> sql = write(false, out.values);
    if (!sql)
        return Result<SqlFragment>::failure(sql.error());
    Result<QString> rowSql = write(true, rowValues);
    Q_ASSERT(rowSql && rowValues == out.values); // both forms bind the same values
    out.sql = *sql;
    out.rowSql = rowSql ? *rowSql : out.sql;
    return out;
}

QStringList ViewSqlCompiler::sortColumns() {
    QStringList out;
    for (const SortColumn &c : sortTable)
        out.append(QString::fromLatin1(c.name));
    return out;
}

Result<QString> ViewSqlCompiler::orderBy(const ViewSort &sort) {
    for (const SortColumn &c : sortTable) {
        if (sort.column != QLatin1String(c.name))
            continue;
        const QString dir =
            sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
        const QString e = QString::fromLatin1(c.expression);
        QString out = c.nullable ? e + QStringLiteral(" IS NULL, ") : QString();
        out += e + QLatin1Char(' ') + dir;
        if (sort.column != QLatin1String("id"))
            out += QStringLiteral(", t.id ") + dir;
        return out;
    }
    return Result<QString>::failure(
        tr("A view cannot be sorted by '%1' (use one of: %2)")
            .arg(sort.column, sortColumns().join(QStringLiteral(", "))));
}

} // namespace DeskBridge::Rules
