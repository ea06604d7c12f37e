#include "app/rules/RuleValues.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace DeskBridge::Rules {

std::optional<qint64> RuleValues::id(const QJsonValue &value) {
    // JSON numbers are doubles: whole numbers up to 2^53 are exact, which covers row ids.
    constexpr double maxExact = 9007199254740992.0;
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d >= 1 && d <= maxExact && std::floor(d) == d)
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        if (!digits.match(s).hasMatch())
            return std::nullopt;
        const qint64 id = s.toLongLong();
        return id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<double> RuleValues::number(const QJsonValue &value) {
    if (value.isDouble())
        return std::isfinite(value.toDouble()) ? std::optional<double>(value.toDouble())
                                               : std::nullopt;
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<bool> RuleValues::boolean(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

bool RuleValues::isDate(const QJsonValue &value) {
    if (!value.isString())
        return false;
    const QString s = value.toString().trimmed();
    return s.size() == 10 && QDate::fromString(s, Qt::ISODate).isValid();
}

QString RuleValues::describe(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Undefined:
        return tr("(no value)");
    default:
        // Wrap in an array to serialize any JSON value, then strip the brackets.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
}

} // namespace DeskBridge::Rules
