#include "app/rules/Action.h"

#include "app/rules/RuleCatalog.h"
#include "app/rules/RuleValues.h"
#include "models/domain/Enums.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace DeskBridge::Rules {

using namespace Domain;

QJsonObject Action::toJson() const {
    return {{QStringLiteral("field"), field}, {QStringLiteral("value"), value}};
}

bool Action::needsEnterprise() const {
    return RuleFields::actionFromName(field) == ActionField::ShareTicket;
}

QString ActionList::actionLabel(int index) {
    return tr("Action %1").arg(index + 1);
}

Result<ActionList> ActionList::fromJson(const QByteArray &json) {
    if (json.trimmed().isEmpty())
        return ActionList();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<ActionList>::failure(tr("The actions are not valid JSON: %1 (at character "
                                              "%2)")
                                               .arg(error.errorString())
                                               .arg(error.offset));
    if (!doc.isArray())
        return Result<ActionList>::failure(tr("The actions must be a JSON list"));
    return fromJson(doc.array());
}

Result<ActionList> ActionList::fromJson(const QJsonArray &array) {
    ActionList out;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue field = o.value(QStringLiteral("field"));
        if (!array.at(i).isObject() || !field.isString())
            return Result<ActionList>::failure(
                tr("%1: an action needs the text \"field\"").arg(actionLabel(i)));
        out.m_actions.append({field.toString(), o.value(QStringLiteral("value"))});
    }
    return out;
}

QJsonArray ActionList::toJsonArray() const {
    QJsonArray a;
    for (const Action &action : m_actions)
        a.append(action.toJson());
    return a;
}

QByteArray ActionList::toJson() const {
    return QJsonDocument(toJsonArray()).toJson(QJsonDocument::Compact);
}

ActionList &ActionList::add(const QString &field, const QJsonValue &value) {
    m_actions.append({field, value});
    return *this;
}

bool ActionList::needsEnterprise() const {
    return std::any_of(m_actions.cbegin(), m_actions.cend(),
                       [](const Action &a) { return a.needsEnterprise(); });
}

Result<CompiledAction> ActionList::compileAction(const Action &action, const QString &label) {
    using R = Result<CompiledAction>;
    const std::optional<ActionField> field = RuleFields::actionFromName(action.field);
    if (!field)
        return R::failure(tr("%1: unknown action '%2'").arg(label, action.field));
    CompiledAction out;
    out.field = *field;
    const QJsonValue &v = action.value;
    const QString name = RuleFields::actionName(*field);
    const auto notOneOf = [&](const QStringList &allowed) {
        return R::failure(
            tr("%1: '%2' is not a value of '%3' (use one of: %4)")
                .arg(label, RuleValues::describe(v), name, allowed.join(QStringLiteral(", "))));
    };
    const auto setEnum = [&]<typename E>(const std::optional<E> &e) -> R {
        if (!e)
            return notOneOf(Names::allNames<E>());
        out.value = int(*e);
        return out;
    };
    switch (*field) {
    case ActionField::ShareTicket: {
        const std::optional<qint64> id = RuleValues::id(v);
        if (!id)
            return R::failure(
                tr("%1: 'share_ticket' needs the id of a sharing agreement").arg(label));
        out.value = *id;
        return out;
    }
    case ActionField::AddTags:
    case ActionField::RemoveTags:
    case ActionField::SetTags: {
        const std::optional<QStringList> tags = RuleFields::parseTags(v);
        // set_tags may empty the tag list; adding or removing nothing is a mistake.
        if (!tags || (tags->isEmpty() && *field != ActionField::SetTags))
            return R::failure(tr("%1: '%2' needs one or more tags").arg(label, name));
        out.tags = *tags;
        return out;
    }
    case ActionField::Priority:
        return setEnum(v.isString() ? Names::fromName<Priority>(v.toString()) : std::nullopt);
    case ActionField::Status:
        return setEnum(v.isString() ? Names::fromName<TicketStatus>(v.toString()) : std::nullopt);
    case ActionField::Type:
        return setEnum(v.isString() ? Names::fromName<TicketType>(v.toString()) : std::nullopt);
    case ActionField::Group:
    case ActionField::Assignee: {
        if (v.isNull())
            return out; // clear
        const std::optional<qint64> id = RuleValues::id(v);
        if (!id)
            return R::failure(tr("%1: '%2' needs an id, or null to clear it").arg(label, name));
        out.value = *id;
        return out;
    }
    }
    return R::failure(tr("%1: unknown action '%2'").arg(label, action.field));
}

Result<QList<CompiledAction>> ActionList::compile() const {
    QList<CompiledAction> out;
    out.reserve(m_actions.size());
    for (int i = 0; i < m_actions.size(); ++i) {
        Result<CompiledAction> a = compileAction(m_actions.at(i), actionLabel(i));
        if (!a)
            return Result<QList<CompiledAction>>::failure(a.error());
        out.append(std::move(a).value());
    }
    return out;
}

QString ActionList::referenceProblem(const CompiledAction &action, const RuleCatalog &catalog,
                                     const QString &label) {
    const QString id = QString::number(action.value);
    switch (action.field) {
    case ActionField::ShareTicket: {
        const RuleCatalog::Agreement *a = catalog.agreement(action.value);
        if (!a)
            return tr("%1: the sharing agreement %2 does not exist (any more)").arg(label, id);
        if (a->status == AgreementStatus::Declined || a->status == AgreementStatus::Inactive)
            return tr("%1: the sharing agreement '%2' is %3 and can no longer share tickets")
                .arg(label, a->name.isEmpty() ? id : a->name, Names::label(a->status));
        break;
    }
    case ActionField::Group:
        if (action.value != 0 && !catalog.hasGroup(action.value))
            return tr("%1: the group %2 does not exist (any more)").arg(label, id);
        break;
    case ActionField::Assignee:
        if (action.value != 0 && !catalog.user(action.value))
            return tr("%1: the user %2 does not exist (any more)").arg(label, id);
        break;
    default:
        break;
    }
    return {};
}

QString ActionList::fitProblem(const CompiledAction &action, const RuleCatalog &catalog,
                               const QString &label) {
    if (action.field == ActionField::ShareTicket &&
        catalog.agreement(action.value)->direction != AgreementDirection::Outbound)
        return tr("%1: tickets can only be shared by an agreement we share with a partner; "
                  "agreement %2 is one a partner shares with us by")
            .arg(label, QString::number(action.value));
    if (action.field == ActionField::Assignee && action.value != 0 &&
        catalog.user(action.value)->role == Role::EndUser)
        return tr("%1: the user %2 is not an agent and cannot be assigned")
            .arg(label, QString::number(action.value));
    return {};
}

QList<ActionList::Problem> ActionList::problems(const RuleCatalog &catalog) const {
    QList<Problem> out;
    for (int i = 0; i < m_actions.size(); ++i) {
        const QString label = actionLabel(i);
        const Result<CompiledAction> a = compileAction(m_actions.at(i), label);
        if (!a)
            out.append({a.error(), false});
        else if (QString p = referenceProblem(*a, catalog, label); !p.isEmpty())
            out.append({std::move(p), true});
        else if (QString f = fitProblem(*a, catalog, label); !f.isEmpty())
            out.append({std::move(f), false});
    }
    return out;
}

Status ActionList::validate(const RuleCatalog &catalog) const {
    if (m_actions.isEmpty())
        return Status::failure(tr("Add at least one action"));
    const QList<Problem> found = problems(catalog);
    return found.isEmpty() ? Status() : Status::failure(found.first().message);
}

QStringList ActionList::brokenReferences(const RuleCatalog &catalog) const {
    QStringList out;
    for (const Problem &p : problems(catalog)) {
        if (p.brokenReference)
            out.append(p.message);
    }
    return out;
}

} // namespace DeskBridge::Rules
