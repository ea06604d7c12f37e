#pragma once
// RuleValues: reading the "value" of a condition row or an action from JSON, leniently where
// editors differ (ids and numbers may come as strings, booleans as "true"/"false") and strictly
// where it matters (an id is a positive whole number, a date is yyyy-MM-dd).
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace DeskBridge::Rules {

class RuleValues {
    Q_DECLARE_TR_FUNCTIONS(RuleValues)
public:
    // A positive whole number, or a string of digits ("12").
    static std::optional<qint64> id(const QJsonValue &value);
    // A finite number, or a string holding one.
    static std::optional<double> number(const QJsonValue &value);
    // true/false, or the strings "true"/"false".
    static std::optional<bool> boolean(const QJsonValue &value);
    // A string holding a valid ISO date, yyyy-MM-dd.
    static bool isDate(const QJsonValue &value);
    // The value as a message shows it: strings as they are, the rest as compact JSON.
    static QString describe(const QJsonValue &value);
};

} // namespace DeskBridge::Rules
