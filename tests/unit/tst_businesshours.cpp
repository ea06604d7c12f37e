// BusinessHours: the stored JSON in and out, bad schedules refused with a message naming the
// interval, and contains() on wall-clock time across time zones and daylight-saving changes.
#include "app/rules/BusinessHours.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::Rules;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

BusinessHours schedule(const char *zone, const QList<BusinessHours::Interval> &intervals) {
    const Result<BusinessHours> h = BusinessHours::create(QTimeZone(zone), intervals);
    if (!h)
        qFatal("bad test schedule: %s", qPrintable(h.error()));
    return *h;
}

QList<BusinessHours::Interval> weekdays(int startHour, int endHour) {
    QList<BusinessHours::Interval> out;
    for (int day = 1; day <= 5; ++day)
        out.append({day, startHour * 60, endHour * 60});
    return out;
}

} // namespace

Q_DECLARE_METATYPE(DeskBridge::Rules::BusinessHours)

class TestBusinessHours : public QObject {
    Q_OBJECT
private slots:
    void jsonRoundTrip();
    void emptySchedules_data();
    void emptySchedules();
    void bareListUsesAccountTimeZone();
    void badSchedules_data();
    void badSchedules();
    void contains_data();
    void contains();
    void sameInstantAnySpec();
};

void TestBusinessHours::jsonRoundTrip() {
    const QByteArray json = R"({"time_zone":"Europe/Berlin","intervals":[
        {"day":1,"start":"09:00","end":"17:00"},{"day":5,"start":"08:30","end":"24:00"}]})";
    const Result<BusinessHours> h = BusinessHours::fromJson(json);
    QVERIFY2(h, qPrintable(h.error()));
    QCOMPARE(h->timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(h->intervals(), (QList<BusinessHours::Interval>{{1, 540, 1020}, {5, 510, 1440}}));
    QCOMPARE(
        h->toJson(),
        QByteArray(R"({"intervals":[{"day":1,"end":"17:00","start":"09:00"},)"
                   R"({"day":5,"end":"24:00","start":"08:30"}],"time_zone":"Europe/Berlin"})"));
    QCOMPARE(*BusinessHours::fromJson(h->toJson()), *h);
}

void TestBusinessHours::emptySchedules_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("schema default") << QByteArray("[]");
    QTest::newRow("empty text") << QByteArray("");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("no intervals") << QByteArray(R"({"time_zone":"Europe/Berlin","intervals":[]})");
}

void TestBusinessHours::emptySchedules() {
    // No business hours defined: never within business hours (documented in BusinessHours.h).
    QFETCH(QByteArray, json);
    const Result<BusinessHours> h = BusinessHours::fromJson(json);
    QVERIFY2(h, qPrintable(h.error()));
    QVERIFY(h->isEmpty());
    for (int hour = 0; hour < 24; hour += 3)
        QVERIFY(!h->contains(utc(2024, 6, 5, hour, 0)));
}

void TestBusinessHours::bareListUsesAccountTimeZone() {
    const QByteArray json = R"([{"day":3,"start":"09:00","end":"17:00"}])";
    const Result<BusinessHours> h =
        BusinessHours::fromJson(json, QStringLiteral("America/New_York"));
    QVERIFY2(h, qPrintable(h.error()));
    QCOMPARE(h->timeZone().id(), QByteArray("America/New_York"));
    // Wednesday 2024-06-05 13:30 UTC = 09:30 EDT.
    QVERIFY(h->contains(utc(2024, 6, 5, 13, 30)));
    QVERIFY(!h->contains(utc(2024, 6, 5, 12, 30)));
    QVERIFY(BusinessHours::fromJson(json)->timeZone() == QTimeZone::utc());
}

void TestBusinessHours::badSchedules_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("unknown zone") << QByteArray(R"({"time_zone":"Mars/Olympus","intervals":[]})")
                                  << QStringLiteral("the time zone 'Mars/Olympus' is unknown");
    QTest::newRow("day 0")
        << QByteArray(R"({"time_zone":"UTC","intervals":[{"day":1,"start":"09:00","end":"17:00"},
                      {"day":0,"start":"09:00","end":"17:00"}]})")
        << QStringLiteral("Business hours, interval 2: the day must be 1 (Monday) to 7 (Sunday)");
    QTest::newRow("day 8")
        << QByteArray(
               R"({"time_zone":"UTC","intervals":[{"day":8,"start":"09:00","end":"17:00"}]})")
        << QStringLiteral("interval 1: the day must be");
    QTest::newRow("time without minutes")
        << QByteArray(R"({"time_zone":"UTC","intervals":[{"day":1,"start":"9","end":"17:00"}]})")
        << QStringLiteral("interval 1: start and end must be "
                          "times like");
    QTest::newRow("25 o'clock")
        << QByteArray(
               R"({"time_zone":"UTC","intervals":[{"day":1,"start":"09:00","end":"25:00"}]})")
        << QStringLiteral("interval 1: start and end must be times");
    QTest::newRow("start at 24:00")
        << QByteArray(
               R"({"time_zone":"UTC","intervals":[{"day":1,"start":"24:00","end":"24:00"}]})")
        << QStringLiteral("interval 1: start and end must be times");
    QTest::newRow("across midnight")
        << QByteArray(
               R"({"time_zone":"UTC","intervals":[{"day":1,"start":"22:00","end":"06:00"}]})")
        << QStringLiteral("interval 1: the start must come before "
                          "the end on the same day");
    QTest::newRow("intervals not a list") << QByteArray(R"({"time_zone":"UTC","intervals":{}})")
                                          << QStringLiteral("\"intervals\" must be a list");
}

void TestBusinessHours::badSchedules() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<BusinessHours> h = BusinessHours::fromJson(json);
    QVERIFY(!h);
    QVERIFY2(h.error().contains(message), qPrintable(h.error()));
}

void TestBusinessHours::contains_data() {
    QTest::addColumn<BusinessHours>("hours");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<bool>("expected");

    const BusinessHours berlin = schedule("Europe/Berlin", weekdays(9, 17));
    // Winter (CET, UTC+1) and summer (CEST, UTC+2): the same wall-clock hours.
    QTest::newRow("Berlin winter 09:30") << berlin << utc(2024, 1, 8, 8, 30) << true;
    QTest::newRow("Berlin winter 08:59") << berlin << utc(2024, 1, 8, 7, 59) << false;
    QTest::newRow("Berlin winter 17:00 (end exclusive)")
        << berlin << utc(2024, 1, 8, 16, 0) << false;
    QTest::newRow("Berlin winter 16:59:59.999")
        << berlin << utc(2024, 1, 8, 15, 59, 59, 999) << true;
    QTest::newRow("Berlin summer 09:30") << berlin << utc(2024, 7, 8, 7, 30) << true;
    QTest::newRow("Berlin summer 08:30") << berlin << utc(2024, 7, 8, 6, 30) << false;
    QTest::newRow("Berlin summer 17:30") << berlin << utc(2024, 7, 8, 15, 30) << false;
    QTest::newRow("Berlin Saturday") << berlin << utc(2024, 7, 6, 10, 0) << false;
    // Monday after the spring change (2024-03-31): 07:00 UTC is 09:00 CEST.
    QTest::newRow("Berlin after spring change 09:00") << berlin << utc(2024, 4, 1, 7, 0) << true;
    QTest::newRow("Berlin after spring change 08:59:59")
        << berlin << utc(2024, 4, 1, 6, 59, 59) << false;
    // Friday before the spring change, same UTC time: 07:00 UTC is 08:00 CET.
    QTest::newRow("Berlin before spring change 08:00") << berlin << utc(2024, 3, 29, 7, 0) << false;

    // On the change days themselves: spring forward at 01:00 UTC (02:00 -> 03:00 local).
    const BusinessHours sundayNight = schedule("Europe/Berlin", {{7, 60, 4 * 60}});
    QTest::newRow("spring day 01:30 CET") << sundayNight << utc(2024, 3, 31, 0, 30) << true;
    QTest::newRow("spring day 03:30 CEST") << sundayNight << utc(2024, 3, 31, 1, 30) << true;
    QTest::newRow("spring day 04:30 CEST") << sundayNight << utc(2024, 3, 31, 2, 30) << false;
    // Fall back at 01:00 UTC (03:00 -> 02:00 local): 02:30 happens twice, both within.
    const BusinessHours twoToThree = schedule("Europe/Berlin", {{7, 2 * 60, 3 * 60}});
    QTest::newRow("autumn 02:30 CEST") << twoToThree << utc(2024, 10, 27, 0, 30) << true;
    QTest::newRow("autumn 02:30 CET") << twoToThree << utc(2024, 10, 27, 1, 30) << true;
    QTest::newRow("autumn 03:30 CET") << twoToThree << utc(2024, 10, 27, 2, 30) << false;
    QTest::newRow("autumn 01:59 CEST") << twoToThree << utc(2024, 10, 26, 23, 59) << false;

    // New York changed on 2024-03-10, Europe only on 2024-03-31.
    const BusinessHours newYork = schedule("America/New_York", weekdays(9, 17));
    QTest::newRow("New York EST 08:00") << newYork << utc(2024, 3, 8, 13, 0) << false;
    QTest::newRow("New York EST 09:00") << newYork << utc(2024, 3, 8, 14, 0) << true;
    QTest::newRow("New York EDT 09:00") << newYork << utc(2024, 3, 11, 13, 0) << true;
    QTest::newRow("New York EDT 17:00") << newYork << utc(2024, 3, 11, 21, 0) << false;

    // The local day differs from the UTC day.
    const BusinessHours tokyoMonday = schedule("Asia/Tokyo", {{1, 8 * 60, 12 * 60}});
    QTest::newRow("Tokyo Monday 08:30 (Sunday in UTC)")
        << tokyoMonday << utc(2024, 1, 7, 23, 30) << true;
    QTest::newRow("Tokyo Monday 12:30") << tokyoMonday << utc(2024, 1, 8, 3, 30) << false;
    // Southern hemisphere: summer time in January (AEDT, UTC+11), not in July (AEST, UTC+10).
    const BusinessHours sydney = schedule("Australia/Sydney", weekdays(9, 17));
    QTest::newRow("Sydney January 09:00") << sydney << utc(2024, 1, 7, 22, 0) << true;
    QTest::newRow("Sydney July 08:00") << sydney << utc(2024, 7, 7, 22, 0) << false;
    QTest::newRow("Sydney July 09:00") << sydney << utc(2024, 7, 7, 23, 0) << true;
    // Half-hour offset.
    const BusinessHours kolkata = schedule("Asia/Kolkata", weekdays(9, 17));
    QTest::newRow("Kolkata 09:00") << kolkata << utc(2024, 6, 5, 3, 30) << true;
    QTest::newRow("Kolkata 08:59") << kolkata << utc(2024, 6, 5, 3, 29) << false;

    // An interval that runs to midnight.
    const BusinessHours lateFriday = schedule("UTC", {{5, 22 * 60, 24 * 60}});
    QTest::newRow("Friday 23:59:59.999") << lateFriday << utc(2024, 6, 7, 23, 59, 59, 999) << true;
    QTest::newRow("Saturday 00:00") << lateFriday << utc(2024, 6, 8, 0, 0) << false;
    QTest::newRow("before 1970") << lateFriday << utc(1969, 12, 26, 23, 0) << true;
}

void TestBusinessHours::contains() {
    QFETCH(BusinessHours, hours);
    QFETCH(QDateTime, moment);
    QFETCH(bool, expected);
    QCOMPARE(hours.contains(moment), expected);
}

void TestBusinessHours::sameInstantAnySpec() {
    const BusinessHours berlin = schedule("Europe/Berlin", weekdays(9, 17));
    const QDateTime instant = utc(2024, 7, 8, 7, 30);
    QVERIFY(berlin.contains(instant));
    QVERIFY(berlin.contains(instant.toTimeZone(QTimeZone("Asia/Tokyo"))));
    QVERIFY(berlin.contains(instant.toOffsetFromUtc(-5 * 3600)));
    QVERIFY(!berlin.contains(QDateTime()));
}

QTEST_GUILESS_MAIN(TestBusinessHours)
#include "tst_businesshours.moc"
