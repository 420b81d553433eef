#include "ProgressRate.h"

#include <cmath>

void ProgressRate::addSample(qint64 atSeconds, qint64 processed)
{
    if (!m_samples.isEmpty()) {
        const Sample &last = m_samples.last();
        if (processed < last.processed) {
            m_samples.clear(); // counts went backwards (a reset, a different batch): start over
        } else if (atSeconds <= last.at) {
            m_samples.last().processed = processed;
            return;
        }
    }
    m_samples.append({atSeconds, processed});
    while (m_samples.size() > kMaxSamples
           || (m_samples.size() > 2 && atSeconds - m_samples.first().at > kWindowSeconds))
        m_samples.removeFirst();
}

std::optional<double> ProgressRate::rate() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample &first = m_samples.first();
    const Sample &last = m_samples.last();
    const qint64 dt = last.at - first.at;
    const qint64 dp = last.processed - first.processed;
    if (dt <= 0 || dp <= 0)
        return std::nullopt;
    return double(dp) / double(dt);
}

std::optional<double> ProgressRate::secondsFor(qint64 remaining) const
{
    const auto r = rate();
    if (!r || remaining < 0)
        return std::nullopt;
    return double(remaining) / *r;
}

EtaEstimate EtaEstimate::from(double rawSeconds, std::optional<qint64> untilExpiry)
{
    EtaEstimate e;
    if (!(rawSeconds >= 0) || !std::isfinite(rawSeconds))
        return e; // NaN, negative or infinite: no estimate at all
    // Compared as doubles: converting first is undefined behaviour for values past qint64.
    if (untilExpiry && rawSeconds > double(*untilExpiry))
        e.afterExpiry = true;
    else if (rawSeconds > double(kMaxSeconds))
        e.tooFar = true;
    else
        e.seconds = qint64(std::ceil(rawSeconds));
    return e;
}
