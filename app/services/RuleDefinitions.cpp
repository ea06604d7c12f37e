#include "app/services/RuleDefinitions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace DeskBridge::Services {

namespace {
QString isoTime(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QStringList RuleDefinitions::viewColumns() {
    return {
        QStringLiteral("id"),           QStringLiteral("subject"),  QStringLiteral("requester"),
        QStringLiteral("organization"), QStringLiteral("status"),   QStringLiteral("priority"),
        QStringLiteral("group"),        QStringLiteral("assignee"), QStringLiteral("updated_at")};
}

Result<QJsonObject> RuleDefinitions::object(const QByteArray &json, const QString &what) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(tr("The %1 is not valid JSON: %2 (at character %3)")
                                                .arg(what, error.errorString())
                                                .arg(error.offset));
    if (!doc.isObject())
        return Result<QJsonObject>::failure(
            tr("The %1 must be a JSON object with \"title\" and \"conditions\"").arg(what));
    return doc.object();
}

Status RuleDefinitions::readCommon(const QJsonObject &o, QString &title,
                                   std::optional<bool> &active, std::optional<int> &position,
                                   Rules::Condition &condition) {
    const QJsonValue t = o.value(QStringLiteral("title"));
    if (!t.isUndefined() && !t.isString())
        return Status::failure(tr("\"title\" must be a text"));
    title = t.toString();
    const QJsonValue a = o.value(QStringLiteral("active"));
    if (a.isBool())
        active = a.toBool();
    else if (!a.isUndefined() && !a.isNull())
        return Status::failure(tr("\"active\" must be true or false"));
    const QJsonValue p = o.value(QStringLiteral("position"));
    if (!p.isUndefined() && !p.isNull()) {
        const double d = p.toDouble(-1);
        if (!p.isDouble() || d < 1 || d > 1e6 || d != double(int(d)))
            return Status::failure(tr("\"position\" must be a whole number from 1"));
        position = int(d);
    }
    const QJsonValue c = o.value(QStringLiteral("conditions"));
    if (!c.isUndefined() && !c.isNull()) {
        if (!c.isObject())
            return Status::failure(
                tr("The conditions must be a JSON object with the lists \"all\" and \"any\""));
        auto parsed = Rules::Condition::fromJson(c.toObject());
        if (!parsed)
            return Status::failure(parsed.error());
        condition = std::move(parsed).value();
    }
    return {};
}

Result<TriggerDraft> RuleDefinitions::triggerFromJson(const QByteArray &json) {
    auto o = object(json, tr("trigger definition"));
    if (!o)
        return Result<TriggerDraft>::failure(o.error());
    return triggerFromJson(*o);
}

Result<TriggerDraft> RuleDefinitions::triggerFromJson(const QJsonObject &o) {
    using R = Result<TriggerDraft>;
    TriggerDraft d;
    if (Status s = readCommon(o, d.title, d.active, d.position, d.condition); !s)
        return R::failure(s.error());
    const QJsonValue a = o.value(QStringLiteral("actions"));
    if (!a.isUndefined() && !a.isNull()) {
        if (!a.isArray())
            return R::failure(tr("The actions must be a JSON list"));
        auto parsed = Rules::ActionList::fromJson(a.toArray());
        if (!parsed)
            return R::failure(parsed.error());
        d.actions = std::move(parsed).value();
    }
    return d;
}

QJsonObject RuleDefinitions::toJson(const TriggerDraft &d) {
    QJsonObject o{{QStringLiteral("title"), d.title},
                  {QStringLiteral("conditions"), d.condition.toJsonObject()},
                  {QStringLiteral("actions"), d.actions.toJsonArray()}};
    if (d.active)
        o.insert(QStringLiteral("active"), *d.active);
    if (d.position)
        o.insert(QStringLiteral("position"), *d.position);
    return o;
}

QJsonObject RuleDefinitions::toJson(const TriggerInfo &t) {
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("position"), t.position},
                  {QStringLiteral("active"), t.active},
                  {QStringLiteral("broken"), t.broken},
                  {QStringLiteral("problems"), QJsonArray::fromStringList(t.problems)},
                  {QStringLiteral("conditions"), t.condition.toJsonObject()},
                  {QStringLiteral("actions"), t.actions.toJsonArray()},
                  {QStringLiteral("created_at"), isoTime(t.createdAt)},
                  {QStringLiteral("updated_at"), isoTime(t.updatedAt)}};
    if (!t.planNotice.isEmpty())
        o.insert(QStringLiteral("plan_notice"), t.planNotice);
    return o;
}

Result<ViewDraft> RuleDefinitions::viewFromJson(const QByteArray &json) {
    auto o = object(json, tr("view definition"));
    if (!o)
        return Result<ViewDraft>::failure(o.error());
    return viewFromJson(*o);
}

Result<ViewDraft> RuleDefinitions::viewFromJson(const QJsonObject &o) {
    using R = Result<ViewDraft>;
    ViewDraft d;
    if (Status s = readCommon(o, d.title, d.active, d.position, d.condition); !s)
        return R::failure(s.error());
    const QJsonValue columns = o.value(QStringLiteral("columns"));
    if (!columns.isUndefined() && !columns.isNull()) {
        if (!columns.isArray())
            return R::failure(tr("\"columns\" must be a list of column names"));
        const QJsonArray list = columns.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).toString();
            if (!list.at(i).isString() || !viewColumns().contains(name))
                return R::failure(tr("Column %1: '%2' is not a column (use one of: %3)")
                                      .arg(i + 1)
                                      .arg(list.at(i).isString() ? name : QStringLiteral("?"),
                                           viewColumns().join(QStringLiteral(", "))));
            if (d.columns.contains(name))
                return R::failure(tr("Column %1: '%2' is listed twice").arg(i + 1).arg(name));
            d.columns.append(name);
        }
    }
    const QJsonValue sort = o.value(QStringLiteral("sort"));
    if (!sort.isUndefined() && !sort.isNull()) {
        if (!sort.isObject())
            return R::failure(tr("The view's sort must be a JSON object like "
                                 "{\"column\":\"updated_at\",\"direction\":\"desc\"}"));
        auto parsed = Rules::ViewSort::fromJson(
            QJsonDocument(sort.toObject()).toJson(QJsonDocument::Compact));
        if (!parsed)
            return R::failure(parsed.error());
        d.sort = *parsed;
    }
    return d;
}

QJsonObject RuleDefinitions::toJson(const ViewDraft &d) {
    QJsonObject o{{QStringLiteral("title"), d.title},
                  {QStringLiteral("conditions"), d.condition.toJsonObject()},
                  {QStringLiteral("columns"), QJsonArray::fromStringList(d.columns)},
                  {QStringLiteral("sort"), QJsonDocument::fromJson(d.sort.toJson()).object()}};
    if (d.active)
        o.insert(QStringLiteral("active"), *d.active);
    if (d.position)
        o.insert(QStringLiteral("position"), *d.position);
    return o;
}

QJsonObject RuleDefinitions::toJson(const ViewInfo &v) {
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("key"), v.key()},
            {QStringLiteral("title"), v.title},
            {QStringLiteral("position"), v.position},
            {QStringLiteral("active"), v.active},
            {QStringLiteral("broken"), v.broken},
            {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)},
            {QStringLiteral("conditions"), v.condition.toJsonObject()},
            {QStringLiteral("columns"), QJsonArray::fromStringList(v.columns)},
            {QStringLiteral("sort"), QJsonDocument::fromJson(v.sort.toJson()).object()},
            {QStringLiteral("created_at"), isoTime(v.createdAt)},
            {QStringLiteral("updated_at"), isoTime(v.updatedAt)}};
}

} // namespace DeskBridge::Services
