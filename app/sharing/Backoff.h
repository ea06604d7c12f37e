#pragma once
// Backoff: how long the outbox waits before it tries a failed delivery again (DESIGN.md §6).
// Pure: exponential from 1 s, doubling per attempt, capped at 5 min, with "equal jitter": the
// delay for attempt n is drawn uniformly from [ceiling/2, ceiling] where
// ceiling = min(5 min, 1 s * 2^(n-1)), and never below 1 s. Half of it is fixed, so a partner
// that is down is not hammered; the random half spreads many agreements' retries apart.
//
// The random source is injectable so tests are deterministic: it returns a value in [0, 1).
#include <chrono>
#include <functional>
#include <optional>

namespace DeskBridge::Sharing {

class Backoff {
public:
    using RandomSource = std::function<double()>;

    static constexpr std::chrono::milliseconds Minimum{1000};
    static constexpr std::chrono::milliseconds Maximum{5 * 60 * 1000};
    // A partner's Retry-After is honoured up to this long.
    static constexpr std::chrono::milliseconds MaximumRetryAfter{60 * 60 * 1000};

    // The wait before attempt `attempt` + 1, after `attempt` failures (1 = the first failure).
    // Values below 1 count as 1. Without a source, QRandomGenerator::global() is used.
    static std::chrono::milliseconds delay(int attempt, const RandomSource &random = {});
    // The upper end of the jitter range for `attempt`.
    static std::chrono::milliseconds ceiling(int attempt);
    // As delay(), but never shorter than the partner's Retry-After (capped at one hour).
    static std::chrono::milliseconds delay(int attempt,
                                           std::optional<std::chrono::seconds> retryAfter,
                                           const RandomSource &random = {});
};

} // namespace DeskBridge::Sharing
