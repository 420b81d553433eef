#pragma once

#include "model/Batch.h"
#include "json/BatchDecoder.h"

#include <QJsonDocument>

// Batches for model tests, built through the real decoder so they look like
// what a backend hands the model.
inline Batch makeBatch(const QString &id, const QString &status, qint64 total, qint64 completed, qint64 failed,
                       qint64 createdAt, const QString &provider = QStringLiteral("openai"),
                       const QString &connection = QStringLiteral("test"))
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("object"), QStringLiteral("batch")},
                  {QStringLiteral("endpoint"), QStringLiteral("/v1/chat/completions")},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("created_at"), createdAt},
                  {QStringLiteral("expires_at"), createdAt + 86400},
                  {QStringLiteral("request_counts"), QJsonObject{{QStringLiteral("total"), total},
                                                                 {QStringLiteral("completed"), completed},
                                                                 {QStringLiteral("failed"), failed}}}};
    if (status == u"in_progress")
        o.insert(QStringLiteral("in_progress_at"), createdAt + 10);
    Batch b = BatchDecoder::decodeBatch(o, provider, nullptr);
    b.connection = connection;
    return b;
}
