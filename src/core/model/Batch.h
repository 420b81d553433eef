#pragma once

#include "BatchStatus.h"
#include "RequestCounts.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Unix seconds (UTC). Absent when the event has not happened.
using Timestamp = std::optional<qint64>;

// One entry of a batch's `errors.data` list (validation errors of the input file).
struct BatchError
{
    QString code;
    QString message;
    QString param;
    std::optional<qint64> line;

    bool operator==(const BatchError &o) const = default;
};

// Token usage as OpenAI reports it on the batch object.
struct TokenUsage
{
    qint64 inputTokens = 0;
    qint64 outputTokens = 0;
    qint64 totalTokens = 0;
    bool present = false;

    bool operator==(const TokenUsage &o) const = default;
};

// Everything about a batch that a person can see. Its defaulted == is the
// one notion of "changed": a field added here is compared without anyone
// having to remember it.
struct BatchFields
{
    QString id;
    QString object;
    QString endpoint;
    QString inputFileId;
    QString completionWindow;
    BatchStatus status;
    RequestCounts counts;
    QMap<QString, QString> metadata;

    Timestamp createdAt;
    Timestamp expiresAt;
    Timestamp inProgressAt;
    Timestamp finalizingAt;
    Timestamp completedAt;
    Timestamp failedAt;
    Timestamp expiredAt;
    Timestamp cancellingAt;
    Timestamp cancelledAt;
    Timestamp archivedAt;

    QString outputFileId;
    QString errorFileId;
    QString errorsObject;
    QList<BatchError> errors;

    QString processingStatus; // Anthropic's own value, or whatever the gateway relays
    QString resultsUrl;
    QString operationName;          // Gemini
    std::optional<bool> done;       // Gemini
    std::optional<double> progress; // Gemini

    // Normalised at the backend edge:
    QString sourceId;   // the saved connection (profile id) it was listed through
    QString connection; // that connection's display name: shown, never used to find anything
    QString provider;   // the provider the batch lives on (extra_fields.provider or the connection's)
    QString model;      // OpenAI's `model`, else extra_fields.model_requested
    TokenUsage usage;

    bool operator==(const BatchFields &o) const = default;
};

// A batch in the unified shape, whichever backend it came from.
struct Batch : BatchFields
{
    // Not shown as fields, so not part of "changed": gateways put per-answer
    // data (latency, request type) in extra_fields.
    QByteArray extraFields; // compact JSON, or empty when absent
    QByteArray raw;         // the object exactly as decoded, compact JSON, for the raw view and merging
    // A hash of what a person can see: `raw` without extra_fields, with the
    // provider and model. Set with `raw` by the decoders (setRaw), so that a
    // refresh finds an unchanged row by comparing two numbers. 0: not set.
    size_t contentHash = 0;

    // A batch is identified by (source, provider, id): the same id may exist
    // under two providers, and two connections may reach the same provider.
    // Two connections may share a display name; never their source id.
    QString key() const { return keyOf(sourceId, provider, id); }
    static QString keyOf(const QString &sourceId, const QString &provider, const QString &id)
    {
        return sourceId + QLatin1Char('\x1f') + provider + QLatin1Char('\x1f') + id;
    }
    // Sets `raw` and `contentHash`; call it once provider, model and extraFields are set.
    void setRaw(QByteArray json);

    // Nothing a person can see differs. Decoded batches compare their content
    // hashes (and the connection's name, which is not in the JSON); others
    // compare raw bytes, then every field.
    bool sameAs(const Batch &other) const
    {
        if (contentHash != 0 && other.contentHash != 0)
            return contentHash == other.contentHash && connection == other.connection;
        return (!raw.isEmpty() && raw == other.raw) || static_cast<const BatchFields &>(*this) == other;
    }

    // The time of the latest lifecycle event, used for "elapsed" and sorting.
    Timestamp endedAt() const;
};

#include <QMetaType>
Q_DECLARE_METATYPE(Batch)
