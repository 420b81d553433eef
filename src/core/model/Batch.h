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

// A batch in the unified shape, whichever backend it came from.
struct Batch
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
    QString operationName;    // Gemini
    std::optional<bool> done; // Gemini
    std::optional<double> progress; // Gemini

    QByteArray extraFields; // compact JSON, or empty when absent

    // Normalised at the backend edge:
    QString connection; // the name of the connection it was listed through
    QString provider;  // the provider the batch lives on (extra_fields.provider or the connection's)
    QString model;     // OpenAI's `model`, else extra_fields.model_requested
    TokenUsage usage;
    QByteArray raw;    // the object exactly as decoded, compact JSON, for the raw view and merging

    // Batches are identified by (connection, provider, id): the same id may exist
    // under two providers, and two connections may reach the same provider.
    QString key() const { return connection + QLatin1Char('\x1f') + provider + QLatin1Char('\x1f') + id; }

    // The time of the latest lifecycle event, used for "elapsed" and sorting.
    Timestamp endedAt() const;
};

#include <QMetaType>
Q_DECLARE_METATYPE(Batch)
