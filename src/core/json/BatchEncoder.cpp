#include "BatchEncoder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace BatchEncoder {

namespace {
void putString(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
void putTime(QJsonObject &o, const char *key, const Timestamp &t)
{
    if (t)
        o.insert(QLatin1String(key), *t);
}
} // namespace

QJsonObject toJson(const Batch &b)
{
    QJsonObject o;
    putString(o, "id", b.id);
    o.insert(QStringLiteral("object"), b.object.isEmpty() ? QStringLiteral("batch") : b.object);
    putString(o, "endpoint", b.endpoint);
    putString(o, "input_file_id", b.inputFileId);
    putString(o, "completion_window", b.completionWindow);
    putString(o, "status", b.status.wire());
    QJsonObject counts{{QStringLiteral("total"), b.counts.total},
                       {QStringLiteral("completed"), b.counts.completed},
                       {QStringLiteral("failed"), b.counts.failed}};
    const struct
    {
        const char *key;
        qint64 value;
    } optional[] = {{"succeeded", b.counts.succeeded},
                    {"expired", b.counts.expired},
                    {"canceled", b.counts.canceled},
                    {"pending", b.counts.pending}};
    for (const auto &c : optional) {
        if (c.value)
            counts.insert(QLatin1String(c.key), c.value);
    }
    if (b.counts.succeededReported)
        counts.insert(QStringLiteral("succeeded"), b.counts.succeeded);
    o.insert(QStringLiteral("request_counts"), counts);
    if (!b.metadata.isEmpty()) {
        QJsonObject m;
        for (auto it = b.metadata.begin(); it != b.metadata.end(); ++it)
            m.insert(it.key(), it.value());
        o.insert(QStringLiteral("metadata"), m);
    }
    putTime(o, "created_at", b.createdAt);
    putTime(o, "expires_at", b.expiresAt);
    putTime(o, "in_progress_at", b.inProgressAt);
    putTime(o, "finalizing_at", b.finalizingAt);
    putTime(o, "completed_at", b.completedAt);
    putTime(o, "failed_at", b.failedAt);
    putTime(o, "expired_at", b.expiredAt);
    putTime(o, "cancelling_at", b.cancellingAt);
    putTime(o, "cancelled_at", b.cancelledAt);
    putTime(o, "archived_at", b.archivedAt);
    putString(o, "output_file_id", b.outputFileId);
    putString(o, "error_file_id", b.errorFileId);
    if (!b.errors.isEmpty()) {
        QJsonArray data;
        for (const BatchError &e : b.errors) {
            QJsonObject item;
            putString(item, "code", e.code);
            putString(item, "message", e.message);
            putString(item, "param", e.param);
            if (e.line)
                item.insert(QStringLiteral("line"), *e.line);
            data.append(item);
        }
        o.insert(
            QStringLiteral("errors"),
            QJsonObject{{QStringLiteral("object"), b.errorsObject.isEmpty() ? QStringLiteral("list") : b.errorsObject},
                        {QStringLiteral("data"), data}});
    }
    putString(o, "processing_status", b.processingStatus);
    putString(o, "results_url", b.resultsUrl);
    putString(o, "operation_name", b.operationName);
    if (b.done)
        o.insert(QStringLiteral("done"), *b.done);
    if (b.progress)
        o.insert(QStringLiteral("progress"), *b.progress);
    putString(o, "model", b.model);
    if (b.usage.present) {
        o.insert(QStringLiteral("usage"), QJsonObject{{QStringLiteral("input_tokens"), b.usage.inputTokens},
                                                      {QStringLiteral("output_tokens"), b.usage.outputTokens},
                                                      {QStringLiteral("total_tokens"), b.usage.totalTokens}});
    }
    QJsonObject extra = QJsonDocument::fromJson(b.extraFields).object();
    if (!b.provider.isEmpty())
        extra.insert(QStringLiteral("provider"), b.provider);
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra_fields"), extra);
    return o;
}

} // namespace BatchEncoder
