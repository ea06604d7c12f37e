#include "app/rules/Condition.h"

#include "app/rules/CompiledCondition.h"
#include "app/rules/RuleCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace DeskBridge::Rules {

using namespace Domain;

QJsonObject ConditionRow::toJson() const {
    QJsonObject o{{QStringLiteral("field"), field}, {QStringLiteral("operator"), op}};
    if (!value.isUndefined())
        o.insert(QStringLiteral("value"), value);
    return o;
}

QString Condition::rowLabel(List list, int index) {
    return tr("Condition %1 (%2)")
        .arg(index + 1)
        .arg(list == List::All ? QStringLiteral("all") : QStringLiteral("any"));
}

Result<Condition> Condition::fromJson(const QByteArray &json) {
    // The schema's default for an unset rule is '{}'; an empty text means the same.
    if (json.trimmed().isEmpty())
        return Condition();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<Condition>::failure(
            tr("The conditions are not valid JSON: %1 (at character %2)")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return Result<Condition>::failure(
            tr("The conditions must be a JSON object with the lists \"all\" and \"any\""));
    return fromJson(doc.object());
}

Result<Condition> Condition::fromJson(const QJsonObject &object) {
    Condition out;
    const auto readList = [](const QJsonObject &o, List list, QList<ConditionRow> &into) -> Status {
        const QString key = list == List::All ? QStringLiteral("all") : QStringLiteral("any");
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            return Status::failure(tr("The conditions' \"%1\" must be a list").arg(key));
        const QJsonArray rows = v.toArray();
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonValue r = rows.at(i);
            const QJsonValue field = r.toObject().value(QStringLiteral("field"));
            const QJsonValue op = r.toObject().value(QStringLiteral("operator"));
            if (!r.isObject() || !field.isString() || !op.isString())
                return Status::failure(
                    tr("%1: a condition needs the texts \"field\" and \"operator\"")
                        .arg(rowLabel(list, i)));
            into.append(
                {field.toString(), op.toString(), r.toObject().value(QStringLiteral("value"))});
        }
        return {};
    };
    if (Status s = readList(object, List::All, out.m_all); !s)
        return Result<Condition>::failure(s.error());
    if (Status s = readList(object, List::Any, out.m_any); !s)
        return Result<Condition>::failure(s.error());
    return out;
}

QJsonObject Condition::toJsonObject() const {
    const auto list = [](const QList<ConditionRow> &rows) {
        QJsonArray a;
        for (const ConditionRow &r : rows)
            a.append(r.toJson());
        return a;
    };
    return {{QStringLiteral("all"), list(m_all)}, {QStringLiteral("any"), list(m_any)}};
}

QByteArray Condition::toJson() const {
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

Condition &Condition::addAll(const QString &field, const QString &op, const QJsonValue &value) {
    m_all.append({field, op, value});
    return *this;
}

Condition &Condition::addAny(const QString &field, const QString &op, const QJsonValue &value) {
    m_any.append({field, op, value});
    return *this;
}

QList<Condition::RowProblem> Condition::problems(const RuleCatalog &catalog, RuleKind kind) const {
    QList<RowProblem> out;
    for (List list : {List::All, List::Any}) {
        const QList<ConditionRow> &rows = list == List::All ? m_all : m_any;
        for (int i = 0; i < rows.size(); ++i) {
            const QString label = rowLabel(list, i);
            const Result<CompiledRow> row = CompiledCondition::compileRow(rows.at(i), label);
            if (!row)
                out.append({row.error(), false});
            else if (QString p = referenceProblem(*row, catalog, label); !p.isEmpty())
                out.append({std::move(p), true});
            else if (QString f = fitProblem(*row, catalog, kind, label); !f.isEmpty())
                out.append({std::move(f), false});
        }
    }
    return out;
}

Status Condition::validate(const RuleCatalog &catalog, RuleKind kind) const {
    if (isEmpty())
        return Status::failure(tr("Add at least one condition"));
    const QList<RowProblem> found = problems(catalog, kind);
    return found.isEmpty() ? Status() : Status::failure(found.first().message);
}

QStringList Condition::brokenReferences(const RuleCatalog &catalog) const {
    QStringList out;
    for (const RowProblem &p : problems(catalog, RuleKind::Trigger)) {
        if (p.brokenReference)
            out.append(p.message);
    }
    return out;
}

QString Condition::referenceProblem(const CompiledRow &row, const RuleCatalog &catalog,
                                    const QString &label) {
    if (row.isNull)
        return {};
    const QString id = QString::number(row.number);
    switch (row.field) {
    case Field::Group:
        if (!catalog.hasGroup(row.number))
            return tr("%1: the group %2 does not exist (any more)").arg(label, id);
        break;
    case Field::Organization:
        if (!catalog.hasOrganization(row.number))
            return tr("%1: the organization %2 does not exist (any more)").arg(label, id);
        break;
    case Field::Assignee:
    case Field::Requester:
        if (!catalog.user(row.number))
            return tr("%1: the user %2 does not exist (any more)").arg(label, id);
        break;
    case Field::ReceivedFrom:
    case Field::SentTo:
        if (!catalog.agreement(row.number))
            return tr("%1: the sharing agreement %2 does not exist (any more)").arg(label, id);
        break;
    case Field::CustomField:
        if (!catalog.customField(row.customFieldId))
            return tr("%1: the custom field %2 does not exist (any more)")
                .arg(label, QString::number(row.customFieldId));
        break;
    default:
        break;
    }
    return {};
}

QString Condition::fitProblem(const CompiledRow &row, const RuleCatalog &catalog, RuleKind kind,
                              const QString &label) {
    const QString fieldName = RuleFields::fieldName(row.field, row.customFieldId);
    if (kind == RuleKind::View && RuleFields::triggerOnly(row.field)) {
        if (row.field == Field::WithinBusinessHours)
            return tr("%1: 'within_business_hours' tests the moment of an update; use it in "
                      "triggers, not in views")
                .arg(label);
        return tr("%1: the field '%2' describes an update; use it in triggers, not in views")
            .arg(label, fieldName);
    }
    if (row.isNull)
        return {};
    switch (row.field) {
    case Field::Assignee:
        if (const RuleCatalog::User *u = catalog.user(row.number); u && u->role == Role::EndUser)
            return tr("%1: the user %2 is not an agent and cannot be an assignee")
                .arg(label, QString::number(row.number));
        break;
    case Field::ReceivedFrom:
    case Field::SentTo: {
        const RuleCatalog::Agreement *a = catalog.agreement(row.number);
        const AgreementDirection wanted = row.field == Field::ReceivedFrom
                                              ? AgreementDirection::Inbound
                                              : AgreementDirection::Outbound;
        if (a && a->direction != wanted)
            return wanted == AgreementDirection::Inbound
                       ? tr("%1: 'received_from' needs an agreement partners share tickets "
                            "with us by; agreement %2 is one we share by")
                             .arg(label, QString::number(row.number))
                       : tr("%1: 'sent_to' needs an agreement we share tickets by; agreement "
                            "%2 is one a partner shares with us by")
                             .arg(label, QString::number(row.number));
        break;
    }
    case Field::CustomField: {
        const RuleCatalog::CustomField *f = catalog.customField(row.customFieldId);
        if (!f || row.op == Operator::Present || row.op == Operator::NotPresent)
            break;
        using K = CompiledRow::ValueKind;
        const bool ordered = row.op == Operator::LessThan || row.op == Operator::GreaterThan;
        switch (f->type) {
        case FieldType::Number:
            if (row.valueKind != K::Number)
                return tr("%1: the custom field %2 holds numbers; compare it with a number")
                    .arg(label, QString::number(f->id));
            break;
        case FieldType::Date:
            if (row.valueKind != K::Date)
                return tr("%1: the custom field %2 holds dates; compare it with a date "
                          "(yyyy-MM-dd)")
                    .arg(label, QString::number(f->id));
            break;
        case FieldType::Checkbox:
        case FieldType::Text:
        case FieldType::MultiLine:
        case FieldType::Dropdown:
            if (ordered)
                return tr("%1: the operator '%2' does not apply to the field '%3' (%4)")
                    .arg(label, RuleFields::operatorName(row.op), fieldName, Names::label(f->type));
            if (f->type == FieldType::Checkbox && row.valueKind != K::Checkbox)
                return tr("%1: the custom field %2 is a checkbox; compare it with true or false")
                    .arg(label, QString::number(f->id));
            if (f->type != FieldType::Checkbox && row.valueKind != K::Text &&
                row.valueKind != K::Date)
                return tr("%1: the custom field %2 holds text; compare it with a text")
                    .arg(label, QString::number(f->id));
            break;
        }
        break;
    }
    default:
        break;
    }
    return {};
}

} // namespace DeskBridge::Rules
