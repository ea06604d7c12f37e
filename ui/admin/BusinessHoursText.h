#pragma once
// BusinessHoursText: reads account.business_hours for display: the time zone and, for each
// weekday, its opening hours as text ("09:00–12:00, 13:00–17:00" or "Closed"). Display only and
// tolerant: the rules layer owns the schedule's meaning. Stored as a bare list of intervals or
// {"time_zone": "...", "intervals": [{"day": 1, "start": "09:00", "end": "17:00"}]}, day 1 =
// Monday ... 7 = Sunday.
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace DeskBridge::Ui {

class BusinessHoursText {
    Q_DECLARE_TR_FUNCTIONS(BusinessHoursText)
public:
    struct Day {
        int day = 1;   // 1 = Monday ... 7 = Sunday
        QString name;  // in the current locale
        QString hours; // "09:00–17:00", or "Closed"
        bool open = false;
    };
    struct Schedule {
        QString timeZone;
        QList<Day> days; // Monday to Sunday
        bool empty = true;
        QString error; // when the stored text cannot be read
    };

    static Schedule read(const QString &json, const QString &fallbackTimeZone);
};

} // namespace DeskBridge::Ui
