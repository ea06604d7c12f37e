#pragma once
// BusinessHours: the account's weekly schedule (account.business_hours) in an IANA time zone,
// for the trigger condition within_business_hours. Intervals are wall-clock times in that zone,
// so a schedule of 09:00-17:00 Europe/Berlin stays 09:00-17:00 across daylight-saving changes.
//
// An empty schedule means "no business hours defined": contains() is then false for every
// moment (so "within_business_hours is true" never fires and "... is false" always does).
// Stored as {"time_zone":"Europe/Berlin","intervals":[{"day":1,"start":"09:00","end":"17:00"}]}
// with day 1 = Monday ... 7 = Sunday (ISO 8601, Qt::DayOfWeek), start inclusive, end exclusive
// ("24:00" ends at midnight); an interval never crosses midnight: split it in two.
#include "models/domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace DeskBridge::Rules {

class BusinessHours {
    Q_DECLARE_TR_FUNCTIONS(BusinessHours)
public:
    struct Interval {
        int day = 1;         // 1 = Monday ... 7 = Sunday
        int startMinute = 0; // minutes after midnight, 0..1439
        int endMinute = 0;   // exclusive, startMinute+1..1440
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    BusinessHours(); // empty, UTC
    // Checks the intervals (day 1..7, 0 <= start < end <= 1440) and the zone.
    static Result<BusinessHours> create(const QTimeZone &zone, const QList<Interval> &intervals);
    // Reads account.business_hours. "", "[]" and "{}" are an empty schedule; a bare array of
    // intervals (or an object without "time_zone") uses `fallbackTimeZone` (account.time_zone).
    static Result<BusinessHours> fromJson(const QByteArray &json,
                                          const QString &fallbackTimeZone = QStringLiteral("UTC"));
    QByteArray toJson() const;

    bool isEmpty() const { return m_intervals.isEmpty(); }
    bool contains(const QDateTime &moment) const;
    const QTimeZone &timeZone() const { return m_zone; }
    const QList<Interval> &intervals() const { return m_intervals; }

    friend bool operator==(const BusinessHours &, const BusinessHours &) = default;

private:
    QTimeZone m_zone;
    QList<Interval> m_intervals;
};

} // namespace DeskBridge::Rules
