#include "app/rules/BusinessHours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace DeskBridge::Rules {

namespace {

constexpr qint64 msPerDay = 24 * 3600 * 1000;
constexpr qint64 msPerMinute = 60 * 1000;

// "09:00" -> 540; "24:00" only when allowed (an interval's end).
std::optional<int> parseClock(const QJsonValue &value, bool allowMidnightEnd) {
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(value.toString().trimmed());
    if (!value.isString() || !m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && (min != 0 || !allowMidnightEnd)))
        return std::nullopt;
    return h * 60 + min;
}

QString clockText(int minutes) {
    return QStringLiteral("%1:%2")
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

BusinessHours::BusinessHours()
    : m_zone(QTimeZone::utc()) {}

Result<BusinessHours> BusinessHours::create(const QTimeZone &zone,
                                            const QList<Interval> &intervals) {
    using R = Result<BusinessHours>;
    if (!zone.isValid())
        return R::failure(tr("Business hours: the time zone is not valid"));
    for (int i = 0; i < intervals.size(); ++i) {
        const Interval &iv = intervals.at(i);
        if (iv.day < 1 || iv.day > 7)
            return R::failure(tr("Business hours, interval %1: the day must be 1 (Monday) to 7 "
                                 "(Sunday)")
                                  .arg(i + 1));
        if (iv.startMinute < 0 || iv.endMinute > 24 * 60 || iv.startMinute >= iv.endMinute)
            return R::failure(tr("Business hours, interval %1: the start must come before the "
                                 "end on the same day (split intervals that cross midnight)")
                                  .arg(i + 1));
    }
    BusinessHours out;
    out.m_zone = zone;
    out.m_intervals = intervals;
    return out;
}

Result<BusinessHours> BusinessHours::fromJson(const QByteArray &json,
                                              const QString &fallbackTimeZone) {
    using R = Result<BusinessHours>;
    if (json.trimmed().isEmpty())
        return BusinessHours();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return R::failure(tr("Business hours are not valid JSON: %1 (at character %2)")
                              .arg(error.errorString())
                              .arg(error.offset));

    QString zoneName = fallbackTimeZone;
    QJsonArray intervals;
    if (doc.isArray()) {
        intervals = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("time_zone"))) {
            zoneName = o.value(QStringLiteral("time_zone")).toString();
        }
        const QJsonValue list = o.value(QStringLiteral("intervals"));
        if (!list.isUndefined() && !list.isNull() && !list.isArray())
            return R::failure(tr("Business hours: \"intervals\" must be a list"));
        intervals = list.toArray();
    } else {
        return R::failure(tr("Business hours must be a JSON object"));
    }

    const QTimeZone zone(zoneName.trimmed().toUtf8());
    if (!zone.isValid())
        return R::failure(tr("Business hours: the time zone '%1' is unknown").arg(zoneName));

    QList<Interval> out;
    for (int i = 0; i < intervals.size(); ++i) {
        const QJsonObject o = intervals.at(i).toObject();
        const QJsonValue day = o.value(QStringLiteral("day"));
        const std::optional<int> start = parseClock(o.value(QStringLiteral("start")), false);
        const std::optional<int> end = parseClock(o.value(QStringLiteral("end")), true);
        if (!day.isDouble() || day.toDouble() != day.toInt())
            return R::failure(tr("Business hours, interval %1: the day must be 1 (Monday) to 7 "
                                 "(Sunday)")
                                  .arg(i + 1));
        if (!start || !end)
            return R::failure(tr("Business hours, interval %1: start and end must be times "
                                 "like \"09:00\" and \"17:30\"")
                                  .arg(i + 1));
        out.append({day.toInt(), *start, *end});
    }
    return create(zone, out);
}

QByteArray BusinessHours::toJson() const {
    QJsonArray list;
    for (const Interval &iv : m_intervals)
        list.append(QJsonObject{{QStringLiteral("day"), iv.day},
                                {QStringLiteral("start"), clockText(iv.startMinute)},
                                {QStringLiteral("end"), clockText(iv.endMinute)}});
    const QJsonObject o{{QStringLiteral("time_zone"), QString::fromUtf8(m_zone.id())},
                        {QStringLiteral("intervals"), list}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool BusinessHours::contains(const QDateTime &moment) const {
    if (m_intervals.isEmpty() || !moment.isValid())
        return false;
    // Wall-clock time in the zone, by arithmetic on the offset valid at that instant: cheaper
    // than converting the QDateTime, and exact across DST changes.
    const qint64 local = moment.toMSecsSinceEpoch() + qint64(m_zone.offsetFromUtc(moment)) * 1000;
    qint64 dayIndex = local / msPerDay;
    if (local % msPerDay < 0)
        --dayIndex;
    const qint64 msOfDay = local - dayIndex * msPerDay;
    // 1970-01-01 was a Thursday (4); map to 1 = Monday ... 7 = Sunday.
    const int weekday = int(((dayIndex + 3) % 7 + 7) % 7) + 1;
    for (const Interval &iv : m_intervals) {
        if (iv.day == weekday && msOfDay >= iv.startMinute * msPerMinute &&
            msOfDay < iv.endMinute * msPerMinute)
            return true;
    }
    return false;
}

} // namespace DeskBridge::Rules
