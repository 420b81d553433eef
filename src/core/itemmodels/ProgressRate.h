#pragma once

#include <QList>
#include <QtGlobal>
#include <optional>

// When a running batch will be done. Counts come from a server and may be
// absurd: an estimate is a number only when it is one a person can use.
struct EtaEstimate
{
    static constexpr qint64 kMaxSeconds = 30 * 24 * 3600;

    std::optional<qint64> seconds; // known, and within kMaxSeconds
    bool afterExpiry = false;      // at this pace it will not finish before it expires
    bool tooFar = false;           // at this pace it takes longer than kMaxSeconds

    // `rawSeconds` at the pace seen; `untilExpiry`: seconds left before the batch expires, if it does.
    static EtaEstimate from(double rawSeconds, std::optional<qint64> untilExpiry);
};

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
    // Seconds until `remaining` requests are done at the current pace, unbounded
    // (see EtaEstimate); nullopt without a pace.
    std::optional<double> secondsFor(qint64 remaining) const;
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
