#pragma once
// SignInThrottle: limits guessing Help Center passwords. At most MaxAccountFailures failed
// sign-ins per account (email, without case) and MaxAddressFailures per remote address in any
// Window; past that, every attempt is refused (even with the right password) until the oldest
// counted failure has left the window. A successful sign-in clears the account's failures.
// Memory stays bounded: old failures are pruned and at most MaxTrackedKeys keys are kept per
// kind (the ones failing most recently win). Pure: time comes from Domain::Clock.
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <chrono>

namespace DeskBridge::HelpCenter {

class SignInThrottle {
public:
    static constexpr int MaxAccountFailures = 5;
    static constexpr int MaxAddressFailures = 20;
    static constexpr std::chrono::minutes Window{15};
    static constexpr int MaxTrackedKeys = 10000;
    // Failures recorded between two sweeps of keys whose failures all left the window.
    static constexpr int PruneEvery = 256;

    // 0 when an attempt may go ahead; otherwise the seconds until it may (at least 1).
    int retryAfter(const QString &email, const QHostAddress &from);
    void recordFailure(const QString &email, const QHostAddress &from);
    // Clears the account's failures (the address keeps its count: one address guessing many
    // accounts stays limited).
    void recordSuccess(const QString &email);
    void clear();

    int trackedAccounts() const { return int(m_accounts.size()); }
    int trackedAddresses() const { return int(m_addresses.size()); }

    static QString accountKey(const QString &email);
    // IPv4 (also IPv4-mapped IPv6) as is; IPv6 by its /64, which one client usually owns whole.
    static QString addressKey(const QHostAddress &from);

private:
    using Failures = QHash<QString, QList<qint64>>; // key -> failure times (ms), oldest first
    static int retryAfterFor(const Failures &failures, const QString &key, int max, qint64 now);
    static void add(Failures &failures, const QString &key, int max, qint64 now);
    static void prune(Failures &failures, qint64 now);

    Failures m_accounts;
    Failures m_addresses;
    int m_sincePrune = 0;
};

} // namespace DeskBridge::HelpCenter
