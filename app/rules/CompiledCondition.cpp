#include "app/rules/CompiledCondition.h"

#include "app/rules/RuleValues.h"
#include "models/domain/Enums.h"

#include <cmath>

namespace DeskBridge::Rules {

using namespace Domain;

namespace {

constexpr qint64 msPerHour = 3600 * 1000;

template <typename E> std::optional<int> enumCode(const QJsonValue &value) {
    if (!value.isString())
        return std::nullopt;
    const std::optional<E> e = Names::fromName<E>(value.toString());
    return e ? std::optional<int>(int(*e)) : std::nullopt;
}

} // namespace

Result<CompiledCondition> CompiledCondition::compile(const Condition &condition) {
    CompiledCondition out;
    const auto compileList = [&out](const QList<ConditionRow> &rows, Condition::List list,
                                    QList<CompiledRow> &into) -> Status {
        into.reserve(rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            Result<CompiledRow> row = compileRow(rows.at(i), Condition::rowLabel(list, i));
            if (!row)
                return Status::failure(row.error());
            out.m_usesBusinessHours |= row->field == Field::WithinBusinessHours;
            into.append(std::move(row).value());
        }
        return {};
    };
    if (Status s = compileList(condition.all(), Condition::List::All, out.m_all); !s)
        return Result<CompiledCondition>::failure(s.error());
    if (Status s = compileList(condition.any(), Condition::List::Any, out.m_any); !s)
        return Result<CompiledCondition>::failure(s.error());
    return out;
}

Result<CompiledRow> CompiledCondition::compileRow(const ConditionRow &row, const QString &label) {
    using R = Result<CompiledRow>;
    if (row.field.trimmed().isEmpty())
        return R::failure(tr("%1: the field is missing").arg(label));
    const std::optional<RuleFields::FieldRef> ref = RuleFields::fieldFromName(row.field);
    if (!ref)
        return R::failure(tr("%1: unknown field '%2'").arg(label, row.field));
    if (row.op.trimmed().isEmpty())
        return R::failure(tr("%1: the operator is missing").arg(label));
    const std::optional<Operator> op = RuleFields::operatorFromName(row.op);
    if (!op)
        return R::failure(tr("%1: unknown operator '%2'").arg(label, row.op));
    if (!RuleFields::applies(*op, ref->field))
        return R::failure(tr("%1: the operator '%2' does not apply to the field '%3'")
                              .arg(label, row.op, row.field));

    CompiledRow out;
    out.field = ref->field;
    out.customFieldId = ref->customFieldId;
    out.op = *op;
    const QJsonValue &v = row.value;
    const QString fieldName = RuleFields::fieldName(ref->field, ref->customFieldId);
    const auto notOneOf = [&](const QStringList &allowed) {
        return R::failure(tr("%1: '%2' is not a value of the field '%3' (use one of: %4)")
                              .arg(label, RuleValues::describe(v), fieldName,
                                   allowed.join(QStringLiteral(", "))));
    };
    const auto setEnum = [&](std::optional<int> code, const QStringList &allowed) -> R {
        if (!code)
            return notOneOf(allowed);
        out.number = *code;
        return out;
    };

    switch (out.field) {
    case Field::UpdateType: {
        const QString s = v.toString().trimmed();
        if (!v.isString() || (s.compare(QLatin1String("create"), Qt::CaseInsensitive) != 0 &&
                              s.compare(QLatin1String("change"), Qt::CaseInsensitive) != 0))
            return notOneOf({QStringLiteral("Create"), QStringLiteral("Change")});
        out.number = s.compare(QLatin1String("create"), Qt::CaseInsensitive) == 0 ? 1 : 0;
        return out;
    }
    case Field::Status:
        return setEnum(enumCode<TicketStatus>(v), Names::allNames<TicketStatus>());
    case Field::Priority:
        return setEnum(enumCode<Priority>(v), Names::allNames<Priority>());
    case Field::Type:
        return setEnum(enumCode<TicketType>(v), Names::allNames<TicketType>());
    case Field::Via:
    case Field::CurrentVia:
        return setEnum(enumCode<Channel>(v), Names::allNames<Channel>());
    case Field::ShareState: {
        const std::optional<ShareStateValue> s =
            v.isString() ? RuleFields::shareStateFromName(v.toString()) : std::nullopt;
        return setEnum(s ? std::optional<int>(int(*s)) : std::nullopt,
                       RuleFields::shareStateNames());
    }
    case Field::Group:
    case Field::Assignee:
    case Field::Organization:
    case Field::ReceivedFrom:
    case Field::SentTo:
    case Field::Requester: {
        const bool nullable = out.field != Field::Requester;
        if (nullable && v.isNull()) {
            out.isNull = true;
            return out;
        }
        const std::optional<qint64> id = RuleValues::id(v);
        if (!id)
            return R::failure(
                nullable
                    ? tr("%1: the field '%2' needs an id, or null for none").arg(label, fieldName)
                    : tr("%1: the field '%2' needs an id").arg(label, fieldName));
        out.number = *id;
        return out;
    }
    case Field::Tags: {
        const std::optional<QStringList> tags = RuleFields::parseTags(v);
        if (!tags || tags->isEmpty())
            return R::failure(tr("%1: the field 'tags' needs one or more tags").arg(label));
        out.tags = *tags;
        return out;
    }
    case Field::SharedHoursAgo:
    case Field::CreatedHoursAgo:
    case Field::UpdatedHoursAgo: {
        const std::optional<double> hours = RuleValues::number(v);
        if (!hours || *hours < 0 || *hours > 1e6)
            return R::failure(
                tr("%1: the field '%2' needs a number of hours (0 or more)").arg(label, fieldName));
        out.number = std::llround(*hours * double(msPerHour));
        return out;
    }
    case Field::WithinBusinessHours: {
        const std::optional<bool> b = RuleValues::boolean(v);
        if (!b)
            return R::failure(tr("%1: the field '%2' needs true or false").arg(label, fieldName));
        out.number = *b ? 1 : 0;
        return out;
    }
    case Field::CustomField:
        break;
    }

    // Custom fields: how to compare follows the value's JSON type; validation against the
    // catalog checks that it fits the field's type.
    switch (out.op) {
    case Operator::Present:
    case Operator::NotPresent:
        return out;
    case Operator::LessThan:
    case Operator::GreaterThan:
        if (v.isDouble()) {
            out.valueKind = CompiledRow::ValueKind::Number;
            out.real = v.toDouble();
            return out;
        }
        if (RuleValues::isDate(v)) {
            out.valueKind = CompiledRow::ValueKind::Date;
            out.text = v.toString().trimmed();
            return out;
        }
        return R::failure(tr("%1: the field '%2' needs a number or a date (yyyy-MM-dd) to "
                             "compare with")
                              .arg(label, fieldName));
    default:
        break;
    }
    if (v.isBool()) {
        // A ticked checkbox is stored as "1"; "is false" is "is not ticked" (absent, "" or "0").
        out.valueKind = CompiledRow::ValueKind::Checkbox;
        out.text = QStringLiteral("1");
        if (!v.toBool())
            out.op = out.op == Operator::Is ? Operator::IsNot : Operator::Is;
        return out;
    }
    if (v.isDouble()) {
        out.valueKind = CompiledRow::ValueKind::Number;
        out.real = v.toDouble();
        return out;
    }
    if (v.isString() && !v.toString().isEmpty()) {
        out.valueKind =
            RuleValues::isDate(v) ? CompiledRow::ValueKind::Date : CompiledRow::ValueKind::Text;
        out.text = v.toString();
        return out;
    }
    return R::failure(
        tr("%1: the field '%2' needs a value; use present / not_present to test for an empty "
           "field")
            .arg(label, fieldName));
}

} // namespace DeskBridge::Rules
