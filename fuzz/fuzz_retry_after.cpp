// Retry-After as a server sends it: seconds or an HTTP date. A wait it
// returns is never negative, whatever the value and the clock.
#include "FuzzCheck.h"
#include "net/RetryPolicy.h"

#include <QDateTime>
#include <QRandomGenerator>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QDateTime now = QDateTime::fromSecsSinceEpoch(1796000000, Qt::UTC);
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<qint64> wait = RetryPolicy::parseRetryAfter(value, now);
    if (wait)
        FUZZ_CHECK(*wait >= 0, "a wait is never negative");
    RetryPolicy policy;
    QRandomGenerator rng(7);
    const std::optional<int> delay = policy.delayBeforeRetry(1, wait, &rng);
    if (delay)
        FUZZ_CHECK(*delay >= 0, "a delay is never negative");
    return 0;
}
