#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <optional>

class QRandomGenerator;

// When and how long to wait before repeating an idempotent call: bounded
// attempts, exponential backoff with jitter, and the server's Retry-After.
struct RetryPolicy
{
    int maxAttempts = 4; // the first try included
    int baseDelayMs = 500;
    int maxDelayMs = 20000;
    int maxRetryAfterMs = 120000; // a server asking for longer is reported, not waited for
    double jitter = 0.25;         // ± fraction applied to the computed backoff

    static bool retryableStatus(int httpStatus);
    static bool retryableNetworkError(QNetworkReply::NetworkError error);

    // The exponential backoff alone (with jitter, capped): after the first failure
    // base, then twice that, and so on up to maxDelayMs.
    int backoffMs(int attemptsSoFar, QRandomGenerator *rng) const;

    // How a connection that keeps failing is tried again by the refresh
    // scheduler: 5 s, doubling to 2 min, for as long as it takes.
    static RetryPolicy offlineSchedule();

    // Milliseconds to wait before the next attempt, or nullopt to give up.
    // `attemptsSoFar` counts the attempts already made (1 after the first try).
    std::optional<int> delayBeforeRetry(int attemptsSoFar, std::optional<qint64> retryAfterMs,
                                        QRandomGenerator *rng) const;

    // Retry-After as delta-seconds or as an HTTP date; milliseconds from `now`.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};
