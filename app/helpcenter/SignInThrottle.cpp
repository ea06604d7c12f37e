#include "app/helpcenter/SignInThrottle.h"

#include "models/domain/Clock.h"

#include <algorithm>

namespace DeskBridge::HelpCenter {

namespace {
constexpr qint64 kWindowMs = std::chrono::milliseconds(SignInThrottle::Window).count();
} // namespace

QString SignInThrottle::accountKey(const QString &email) {
    return email.trimmed().toCaseFolded();
}

QString SignInThrottle::addressKey(const QHostAddress &from) {
    bool isV4 = false;
    const quint32 v4 = from.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    if (from.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR a = from.toIPv6Address();
        for (int i = 8; i < 16; ++i)
            a[i] = 0;
        return QHostAddress(a).toString() + QStringLiteral("/64");
    }
    return from.toString();
}

int SignInThrottle::retryAfterFor(const Failures &failures, const QString &key, int max,
                                  qint64 now) {
    const auto it = failures.constFind(key);
    if (it == failures.cend())
        return 0;
    const QList<qint64> &times = *it;
    // Failures inside the window, newest last; the list never holds more than `max`.
    const auto firstLive =
        std::find_if(times.cbegin(), times.cend(), [&](qint64 t) { return t > now - kWindowMs; });
    const qsizetype live = times.cend() - firstLive;
    if (live < max)
        return 0;
    const qint64 waitMs = *firstLive + kWindowMs - now;
    return int(std::max<qint64>(1, (waitMs + 999) / 1000));
}

int SignInThrottle::retryAfter(const QString &email, const QHostAddress &from) {
    const qint64 now = Domain::Clock::nowMs();
    return std::max(retryAfterFor(m_accounts, accountKey(email), MaxAccountFailures, now),
                    retryAfterFor(m_addresses, addressKey(from), MaxAddressFailures, now));
}

void SignInThrottle::prune(Failures &failures, qint64 now) {
    for (auto it = failures.begin(); it != failures.end();) {
        if (it->isEmpty() || it->constLast() <= now - kWindowMs)
            it = failures.erase(it);
        else
            ++it;
    }
    if (failures.size() < MaxTrackedKeys)
        return;
    // Still full of live keys: forget the half whose latest failure is oldest.
    QList<qint64> latest;
    latest.reserve(failures.size());
    for (const QList<qint64> &t : std::as_const(failures))
        latest.append(t.constLast());
    const auto middle = latest.begin() + latest.size() / 2;
    std::nth_element(latest.begin(), middle, latest.end());
    const qint64 cutoff = *middle;
    for (auto it = failures.begin(); it != failures.end();) {
        if (it->constLast() <= cutoff)
            it = failures.erase(it);
        else
            ++it;
    }
}

void SignInThrottle::add(Failures &failures, const QString &key, int max, qint64 now) {
    if (!failures.contains(key) && failures.size() >= MaxTrackedKeys)
        prune(failures, now);
    QList<qint64> &times = failures[key];
    times.append(now);
    // Only the last `max` failures can matter for the limit.
    if (times.size() > max)
        times.remove(0, times.size() - max);
}

void SignInThrottle::recordFailure(const QString &email, const QHostAddress &from) {
    const qint64 now = Domain::Clock::nowMs();
    if (++m_sincePrune >= PruneEvery) {
        m_sincePrune = 0;
        prune(m_accounts, now);
        prune(m_addresses, now);
    }
    add(m_accounts, accountKey(email), MaxAccountFailures, now);
    add(m_addresses, addressKey(from), MaxAddressFailures, now);
}

void SignInThrottle::recordSuccess(const QString &email) {
    m_accounts.remove(accountKey(email));
}

void SignInThrottle::clear() {
    m_accounts.clear();
    m_addresses.clear();
}

} // namespace DeskBridge::HelpCenter
