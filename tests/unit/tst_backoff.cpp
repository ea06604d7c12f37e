// Backoff: exponential from 1 s to 5 min with equal jitter, deterministic with an injected source.
#include "app/sharing/Backoff.h"

#include <QTest>

#include <limits>

using namespace DeskBridge::Sharing;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

namespace {
Backoff::RandomSource fixed(double value) {
    return [value] { return value; };
}
} // namespace

class TestBackoff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToFiveMinutes() {
        const qint64 expected[] = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300, 300};
        for (int attempt = 1; attempt <= 12; ++attempt)
            QCOMPARE(Backoff::ceiling(attempt), milliseconds(expected[attempt - 1] * 1000));
        QCOMPARE(Backoff::ceiling(0), 1000ms);
        QCOMPARE(Backoff::ceiling(-7), 1000ms);
        QCOMPARE(Backoff::ceiling(64), 300000ms);
        QCOMPARE(Backoff::ceiling(std::numeric_limits<int>::max()), 300000ms);
    }

    void jitterSpansTheUpperHalf() {
        // random 0 -> half the ceiling (never under 1 s); random -> 1 approaches the ceiling.
        QCOMPARE(Backoff::delay(1, fixed(0.0)), 1000ms);
        QCOMPARE(Backoff::delay(1, fixed(0.999)), 1000ms);
        QCOMPARE(Backoff::delay(2, fixed(0.0)), 1000ms);
        QCOMPARE(Backoff::delay(2, fixed(0.5)), 1500ms);
        QCOMPARE(Backoff::delay(4, fixed(0.0)), 4000ms);
        QCOMPARE(Backoff::delay(4, fixed(0.25)), 5000ms);
        QCOMPARE(Backoff::delay(10, fixed(0.0)), 150000ms);
        QCOMPARE(Backoff::delay(10, fixed(1.0)), 300000ms);
        QCOMPARE(Backoff::delay(1000, fixed(0.5)), 225000ms);
    }

    void deterministicWithTheSameSource() {
        const auto sequence = [] {
            double state = 0.1;
            const Backoff::RandomSource source = [&state] {
                state = state * 3.7 - int(state * 3.7); // a fixed, repeatable walk in [0, 1)
                return state;
            };
            QList<qint64> out;
            for (int a = 1; a <= 15; ++a)
                out.append(Backoff::delay(a, source).count());
            return out;
        };
        QCOMPARE(sequence(), sequence());
    }

    void boundsHoldForAnySource() {
        for (const double r :
             {-5.0, -0.0, 0.3, 0.9999, 1.0, 7.0, std::numeric_limits<double>::quiet_NaN(),
              std::numeric_limits<double>::infinity()}) {
            for (int a = -1; a <= 40; ++a) {
                const milliseconds d = Backoff::delay(a, fixed(r));
                QVERIFY(d >= Backoff::Minimum);
                QVERIFY(d <= Backoff::Maximum);
                QVERIFY(d <= Backoff::ceiling(a));
                QVERIFY(d * 2 >= Backoff::ceiling(a));
            }
        }
        // The default source (QRandomGenerator) stays in range too.
        for (int i = 0; i < 500; ++i) {
            const milliseconds d = Backoff::delay(1 + i % 12);
            QVERIFY(d >= Backoff::ceiling(1 + i % 12) / 2 && d <= Backoff::ceiling(1 + i % 12));
        }
    }

    void retryAfterIsHonoured() {
        QCOMPARE(Backoff::delay(1, std::nullopt, fixed(0.0)), 1000ms);
        QCOMPARE(Backoff::delay(1, std::chrono::seconds(120), fixed(0.0)), 120000ms);
        // Our own backoff wins when it is longer.
        QCOMPARE(Backoff::delay(10, std::chrono::seconds(5), fixed(1.0)), 300000ms);
        // A partner asking for a day gets an hour at most.
        QCOMPARE(Backoff::delay(1, std::chrono::seconds(86400), fixed(0.0)),
                 Backoff::MaximumRetryAfter);
        QCOMPARE(Backoff::delay(3, std::chrono::seconds(0), fixed(0.0)), 2000ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
