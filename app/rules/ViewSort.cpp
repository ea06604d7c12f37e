#include "app/rules/ViewSort.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace DeskBridge::Rules {

Result<ViewSort> ViewSort::fromJson(const QByteArray &json) {
    using R = Result<ViewSort>;
    ViewSort out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return R::failure(tr("The view's sort must be a JSON object like "
                             "{\"column\":\"updated_at\",\"direction\":\"desc\"}"));
    const QJsonObject o = doc.object();
    if (o.contains(QStringLiteral("column")))
        out.column = o.value(QStringLiteral("column")).toString();
    const QString direction = o.value(QStringLiteral("direction")).toString(QStringLiteral("desc"));
    if (direction.compare(QLatin1String("asc"), Qt::CaseInsensitive) == 0)
        out.order = Qt::AscendingOrder;
    else if (direction.compare(QLatin1String("desc"), Qt::CaseInsensitive) == 0)
        out.order = Qt::DescendingOrder;
    else
        return R::failure(
            tr("A view's sort direction is \"asc\" or \"desc\", not '%1'").arg(direction));
    return out;
}

QByteArray ViewSort::toJson() const {
    const QJsonObject o{{QStringLiteral("column"), column},
                        {QStringLiteral("direction"), order == Qt::AscendingOrder
                                                          ? QStringLiteral("asc")
                                                          : QStringLiteral("desc")}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace DeskBridge::Rules
