#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// A simulated batch: its whole life is planned when it is created, and its
// state at any moment is computed from the clock, so it moves through
// validating -> in_progress -> finalizing -> completed (or fails, expires or
// is cancelled) without any timer.
struct SimBatch
{
    enum class Fate {
        Complete,
        FailValidation,
        Expire
    };
    enum class Style {
        OpenAi,
        Anthropic
    }; // how the gateway reports it

    QString id;
    QString provider;
    Style style = Style::OpenAi;
    QString endpoint;
    QString model;
    QString inputFileId;
    QString completionWindow = QStringLiteral("24h");
    QMap<QString, QString> metadata;
    QStringList customIds;   // empty: "request-000001"...
    QStringList inputBodies; // compact JSON of each request's body, when created from input
    qint64 total = 0;
    int failPermille = 30;   // share of requests that end in an error
    int missingPermille = 0; // share of processed requests the result files leave out
    Fate fate = Fate::Complete;

    // Absolute times, Unix seconds (fractional: speeds make them so).
    double createdAt = 0;
    double inProgressAt = 0;
    double finalizingAt = 0;
    double endsAt = 0; // completed / failed / expired
    double expiresAt = 0;
    double expireProgress = 0.6; // Fate::Expire: share processed when the window closes
    std::optional<double> cancelRequestedAt;
    double cancelDelay = 8.0;

    // Assigned when the batch reaches a terminal state with results.
    QString outputFileId;
    QString errorFileId;

    enum class Phase {
        Validating,
        InProgress,
        Finalizing,
        Completed,
        Failed,
        Expired,
        Cancelling,
        Cancelled
    };

    struct Snapshot
    {
        Phase phase = Phase::Validating;
        qint64 processed = 0; // requests with an outcome
        qint64 failed = 0;    // of which errored
        qint64 canceled = 0;  // never run because of a cancel
        qint64 expired = 0;   // never run because the window closed
        bool terminal() const;
    };

    Snapshot at(double now) const;
    // Requests [0, n) that errored: spread evenly, so counts are exact at any prefix.
    qint64 failedAmong(qint64 n) const { return n * failPermille / 1000; }
    bool requestFails(qint64 index) const { return failedAmong(index + 1) > failedAmong(index); }
    // Spread the same way, from the other end, so the missing are not the failing.
    bool requestGoesMissing(qint64 index) const
    {
        const qint64 fromEnd = total - 1 - index;
        return (fromEnd + 1) * missingPermille / 1000 > fromEnd * missingPermille / 1000;
    }
    QString customId(qint64 index) const;

    // The gateway's JSON for this batch at `now`; fields that do not apply are omitted.
    QJsonObject toJson(double now) const;
    // Anthropic's native message_batch object (for the anthropic dialect);
    // results_url is made absolute with `baseUrl`.
    QJsonObject toAnthropicJson(double now, const QString &baseUrl = QString()) const;
    // OpenAI's own batch object: no extra_fields, the bare model, usage once finished.
    QJsonObject toOpenAiJson(double now) const;
};
