// SignInThrottle: the limits per account and per address, refusal even with the right
// password, the window passing, success clearing an account, and bounded memory. Time is set
// with Clock::setSource.
#include "app/helpcenter/SignInThrottle.h"
#include "models/domain/Clock.h"

#include <QTest>

using namespace DeskBridge;
using namespace DeskBridge::HelpCenter;

class TestSignInThrottle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fiveFailuresLockTheAccount();
    void accountIgnoresCaseAndBlanks();
    void lockEndsWhenTheWindowPasses();
    void successClearsTheAccount();
    void addressLimitSpansAccounts();
    void ipv6CountsPerSlash64();
    void memoryStaysBounded();

private:
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    QDateTime m_now;
    const QHostAddress m_home{QStringLiteral("192.0.2.10")};
    const QHostAddress m_office{QStringLiteral("198.51.100.7")};
};

void TestSignInThrottle::init() {
    m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
    Domain::Clock::setSource([this] { return m_now; });
}

void TestSignInThrottle::cleanup() {
    Domain::Clock::setSource(nullptr);
}

void TestSignInThrottle::fiveFailuresLockTheAccount() {
    SignInThrottle t;
    const QString email = QStringLiteral("carla@customer.test");
    for (int i = 0; i < SignInThrottle::MaxAccountFailures; ++i) {
        QCOMPARE(t.retryAfter(email, m_home), 0);
        t.recordFailure(email, m_home);
        advance(10);
    }
    // Locked, from any address, for what is left of the 15 minutes since the first failure.
    const int wait = t.retryAfter(email, m_office);
    QCOMPARE(wait, 15 * 60 - 50);
    QCOMPARE(t.retryAfter(email, m_home), wait);
    // Other accounts are not affected.
    QCOMPARE(t.retryAfter(QStringLiteral("dora@customer.test"), m_home), 0);
}

void TestSignInThrottle::accountIgnoresCaseAndBlanks() {
    SignInThrottle t;
    for (int i = 0; i < SignInThrottle::MaxAccountFailures; ++i)
        t.recordFailure(i % 2 ? QStringLiteral("Carla@Customer.TEST")
                              : QStringLiteral(" carla@customer.test "),
                        QHostAddress(QStringLiteral("203.0.113.%1").arg(i + 1)));
    QVERIFY(t.retryAfter(QStringLiteral("CARLA@customer.test"), m_home) > 0);
}

void TestSignInThrottle::lockEndsWhenTheWindowPasses() {
    SignInThrottle t;
    const QString email = QStringLiteral("carla@customer.test");
    for (int i = 0; i < SignInThrottle::MaxAccountFailures; ++i)
        t.recordFailure(email, m_home);
    advance(14 * 60 + 59);
    QCOMPARE(t.retryAfter(email, m_home), 1);
    advance(1);
    QCOMPARE(t.retryAfter(email, m_home), 0);
}

void TestSignInThrottle::successClearsTheAccount() {
    SignInThrottle t;
    const QString email = QStringLiteral("carla@customer.test");
    for (int i = 0; i < SignInThrottle::MaxAccountFailures - 1; ++i)
        t.recordFailure(email, m_home);
    t.recordSuccess(email);
    // Four more failures after the success do not lock: the earlier ones were forgotten.
    for (int i = 0; i < SignInThrottle::MaxAccountFailures - 1; ++i)
        t.recordFailure(email, m_home);
    QCOMPARE(t.retryAfter(email, m_home), 0);
    t.recordFailure(email, m_home);
    QVERIFY(t.retryAfter(email, m_home) > 0);
}

void TestSignInThrottle::addressLimitSpansAccounts() {
    SignInThrottle t;
    // One address trying one password against many accounts.
    for (int i = 0; i < SignInThrottle::MaxAddressFailures; ++i) {
        const QString email = QStringLiteral("user%1@customer.test").arg(i);
        QCOMPARE(t.retryAfter(email, m_home), 0);
        t.recordFailure(email, m_home);
    }
    QVERIFY(t.retryAfter(QStringLiteral("someone.else@customer.test"), m_home) > 0);
    QCOMPARE(t.retryAfter(QStringLiteral("someone.else@customer.test"), m_office), 0);
    // A success of one account does not clear the address.
    t.recordSuccess(QStringLiteral("user0@customer.test"));
    QVERIFY(t.retryAfter(QStringLiteral("user0@customer.test"), m_home) > 0);
}

void TestSignInThrottle::ipv6CountsPerSlash64() {
    SignInThrottle t;
    for (int i = 0; i < SignInThrottle::MaxAddressFailures; ++i)
        t.recordFailure(QStringLiteral("u%1@customer.test").arg(i),
                        QHostAddress(QStringLiteral("2001:db8:1:2::%1").arg(i + 1, 0, 16)));
    QVERIFY(t.retryAfter(QStringLiteral("x@customer.test"),
                         QHostAddress(QStringLiteral("2001:db8:1:2:ffff::1"))) > 0);
    QCOMPARE(t.retryAfter(QStringLiteral("x@customer.test"),
                          QHostAddress(QStringLiteral("2001:db8:1:3::1"))),
             0);
    // An IPv4-mapped address counts as the IPv4 address.
    QCOMPARE(SignInThrottle::addressKey(QHostAddress(QStringLiteral("::ffff:192.0.2.10"))),
             SignInThrottle::addressKey(m_home));
}

void TestSignInThrottle::memoryStaysBounded() {
    SignInThrottle t;
    // A spray over far more accounts and addresses than the throttle keeps.
    for (int i = 0; i < SignInThrottle::MaxTrackedKeys * 2 + 10; ++i)
        t.recordFailure(QStringLiteral("guess%1@customer.test").arg(i),
                        QHostAddress(quint32(0x0a000000 + i)));
    QVERIFY(t.trackedAccounts() <= SignInThrottle::MaxTrackedKeys);
    QVERIFY(t.trackedAddresses() <= SignInThrottle::MaxTrackedKeys);
    // The freshest failures are the ones kept.
    const int last = SignInThrottle::MaxTrackedKeys * 2 + 9;
    for (int i = 0; i < SignInThrottle::MaxAddressFailures - 1; ++i)
        t.recordFailure(QStringLiteral("more%1@customer.test").arg(i),
                        QHostAddress(quint32(0x0a000000 + last)));
    QVERIFY(t.retryAfter(QStringLiteral("x@customer.test"),
                         QHostAddress(quint32(0x0a000000 + last))) > 0);

    // Once the window has passed, old keys are swept out as new failures come in.
    advance(16 * 60);
    for (int i = 0; i < SignInThrottle::PruneEvery; ++i)
        t.recordFailure(QStringLiteral("late@customer.test"), m_home);
    QVERIFY2(t.trackedAccounts() <= 2, qPrintable(QString::number(t.trackedAccounts())));
    QVERIFY(t.trackedAddresses() <= 2);
}

QTEST_GUILESS_MAIN(TestSignInThrottle)
#include "tst_signinthrottle.moc"
