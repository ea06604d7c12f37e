#include "ui/admin/BusinessHoursText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <algorithm>

namespace DeskBridge::Ui {

BusinessHoursText::Schedule BusinessHoursText::read(const QString &json,
                                                    const QString &fallbackTimeZone) {
    Schedule out;
    out.timeZone = fallbackTimeZone;
    QJsonArray intervals;
    const QString trimmed = json.trimmed();
    if (!trimmed.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            out.error =
                tr("The stored business hours cannot be read: %1.").arg(error.errorString());
        } else if (doc.isArray()) {
            intervals = doc.array();
        } else if (doc.isObject()) {
            const QJsonObject o = doc.object();
            if (o.contains(QStringLiteral("time_zone")))
                out.timeZone = o.value(QStringLiteral("time_zone")).toString();
            intervals = o.value(QStringLiteral("intervals")).toArray();
        }
    }
    QMap<int, QList<QPair<QString, QString>>> byDay;
    for (const auto &value : std::as_const(intervals)) {
        const QJsonObject o = value.toObject();
        const int day = o.value(QStringLiteral("day")).toInt();
        if (day < 1 || day > 7)
            continue;
        byDay[day].append({o.value(QStringLiteral("start")).toString(),
                           o.value(QStringLiteral("end")).toString()});
    }
    out.empty = byDay.isEmpty();
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        Day d;
        d.day = day;
        d.name = locale.dayName(day, QLocale::LongFormat);
        auto spans = byDay.value(day);
        std::sort(spans.begin(), spans.end());
        QStringList parts;
        for (const auto &span : spans)
            parts.append(span.first + QStringLiteral("–") + span.second);
        d.open = !parts.isEmpty();
        d.hours = d.open ? parts.join(QStringLiteral(", ")) : tr("Closed");
        out.days.append(d);
    }
    return out;
}

} // namespace DeskBridge::Ui
