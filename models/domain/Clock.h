#pragma once
// Clock: the one source of "now" for the store and the services, so tests can set the time
// instead of sleeping. Stored times are milliseconds since the epoch, UTC.
#include <QDateTime>
#include <functional>

namespace DeskBridge::Domain {

class Clock {
public:
    static QDateTime now();
    static qint64 nowMs() { return now().toMSecsSinceEpoch(); }
    // Tests only: a function returning the time; nullptr restores the system clock.
    static void setSource(std::function<QDateTime()> source);

    static qint64 toMs(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }
    static QDateTime fromMs(qint64 ms) {
        return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
    }
};

} // namespace DeskBridge::Domain
