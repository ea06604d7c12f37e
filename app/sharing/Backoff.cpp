#include "app/sharing/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace DeskBridge::Sharing {

using std::chrono::milliseconds;

milliseconds Backoff::ceiling(int attempt) {
    const int n = std::max(attempt, 1);
    // 2^(n-1) s passes 5 min at n = 10; stop doubling long before anything can overflow.
    if (n > 20)
        return Maximum;
    const milliseconds raw = Minimum * (qint64(1) << (n - 1));
    return std::min(raw, Maximum);
}

milliseconds Backoff::delay(int attempt, const RandomSource &random) {
    const milliseconds top = ceiling(attempt);
    double r = random ? random() : QRandomGenerator::global()->generateDouble();
    if (!std::isfinite(r))
        r = 0.0;
    r = std::clamp(r, 0.0, 1.0);
    const double half = double(top.count()) / 2.0;
    const auto ms = milliseconds(qint64(std::llround(half + half * r)));
    return std::clamp(ms, Minimum, Maximum);
}

milliseconds Backoff::delay(int attempt, std::optional<std::chrono::seconds> retryAfter,
                            const RandomSource &random) {
    const milliseconds own = delay(attempt, random);
    if (!retryAfter || retryAfter->count() <= 0)
        return own;
    const milliseconds asked = std::min<milliseconds>(*retryAfter, MaximumRetryAfter);
    return std::max(own, asked);
}

} // namespace DeskBridge::Sharing
