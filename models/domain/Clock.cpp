#include "models/domain/Clock.h"

#include <QMutex>

namespace DeskBridge::Domain {

namespace {
QMutex s_mutex;
std::function<QDateTime()> s_source;
} // namespace

QDateTime Clock::now() {
    QMutexLocker lock(&s_mutex);
    return s_source ? s_source() : QDateTime::currentDateTimeUtc();
}

void Clock::setSource(std::function<QDateTime()> source) {
    QMutexLocker lock(&s_mutex);
    s_source = std::move(source);
}

} // namespace DeskBridge::Domain
