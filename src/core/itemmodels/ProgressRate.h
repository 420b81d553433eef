#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

// The pace of a running batch, learned from the counts seen at each refresh.
// Keeps a short window of samples, so a batch that speeds up or stalls is
// reflected within minutes, not averaged over its whole life.
class ProgressRate
{
public:
    void addSample(qint64 atSeconds, qint64 processed);
    void clear() { m_samples.clear(); }
    // Requests per second over the window; nullopt without two samples that moved.
    std::optional<double> rate() const;
    // Seconds until `remaining` requests are done at the current pace.
    std::optional<qint64> eta(qint64 remaining) const;
    int sampleCount() const { return int(m_samples.size()); }

    static constexpr qint64 kWindowSeconds = 15 * 60;
    static constexpr int kMaxSamples = 32;

private:
    struct Sample
    {
        qint64 at;
        qint64 processed;
    };
    QList<Sample> m_samples;
};
