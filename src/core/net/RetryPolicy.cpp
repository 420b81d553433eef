#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

bool RetryPolicy::retryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::retryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

std::optional<int> RetryPolicy::delayBeforeRetry(int attemptsSoFar, std::optional<qint64> retryAfterMs,
                                                 QRandomGenerator *rng) const
{
    if (attemptsSoFar >= maxAttempts)
        return std::nullopt;
    if (retryAfterMs) {
        if (*retryAfterMs > maxRetryAfterMs)
            return std::nullopt;
        return int(std::max<qint64>(0, *retryAfterMs));
    }
    return backoffMs(attemptsSoFar, rng);
}

int RetryPolicy::backoffMs(int attemptsSoFar, QRandomGenerator *rng) const
{
    // Capped exponent: 2^30 times any base is past every maxDelayMs.
    const double exponential = double(baseDelayMs) * std::pow(2.0, std::clamp(attemptsSoFar - 1, 0, 30));
    double delay = std::min(exponential, double(maxDelayMs));
    if (jitter > 0 && rng) {
        const double spread = (rng->generateDouble() * 2.0 - 1.0) * jitter; // -jitter..+jitter
        delay *= 1.0 + spread;
    }
    return int(std::clamp(delay, 0.0, double(maxDelayMs)));
}

RetryPolicy RetryPolicy::offlineSchedule()
{
    RetryPolicy p;
    p.baseDelayMs = 5000;
    p.maxDelayMs = 120000;
    p.jitter = 0; // one console polling one gateway: no herd to spread, and "retrying in 20 s" stays exact
    return p;
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = v.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::min(seconds, 1e9) * 1000.0);
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 §5.6.7).
    const QString text = QString::fromLatin1(v);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeSpec(Qt::UTC); // the wall-clock time was read as local; it is GMT
    else
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(when));
}
