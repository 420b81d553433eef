#include "BatchDecoder.h"

#include <QCoreApplication>

#include "JsonFieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace BatchDecoder {

namespace {

RequestCounts decodeCounts(const JsonFieldReader &parent)
{
    const JsonFieldReader r(parent.object(QLatin1String("request_counts")),
                            parent.childPath(QLatin1String("request_counts")), parent.warnings());
    RequestCounts c;
    c.total = r.count(QLatin1String("total"));
    c.completed = r.count(QLatin1String("completed"));
    c.failed = r.count(QLatin1String("failed"));
    c.succeeded = r.count(QLatin1String("succeeded"));
    c.succeededReported = r.has(QLatin1String("succeeded"));
    c.expired = r.count(QLatin1String("expired"));
    c.canceled = r.count(QLatin1String("canceled"));
    if (!r.has(QLatin1String("canceled")))
        c.canceled = r.count(QLatin1String("cancelled"));
    c.pending = r.count(QLatin1String("pending"));
    return c;
}

QList<BatchError> decodeErrors(const JsonFieldReader &parent, QString *errorsObject)
{
    QList<BatchError> out;
    const QString path = parent.childPath(QLatin1String("errors"));
    const JsonFieldReader errors(parent.object(QLatin1String("errors")), path, parent.warnings());
    *errorsObject = errors.string(QLatin1String("object"));
    const QJsonArray data = errors.array(QLatin1String("data"));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QString itemPath = path + QStringLiteral(".data[%1]").arg(i);
        if (!data.at(i).isObject()) {
            if (parent.warnings())
                parent.warnings()->append(itemPath + QStringLiteral(": expected an object"));
            continue;
        }
        const JsonFieldReader item(data.at(i).toObject(), itemPath, parent.warnings());
        BatchError e;
        e.code = item.string(QLatin1String("code"));
        e.message = item.string(QLatin1String("message"));
        e.param = item.string(QLatin1String("param"));
        if (item.has(QLatin1String("line")))
            e.line = item.count(QLatin1String("line"));
        out.append(e);
    }
    return out;
}

TokenUsage decodeUsage(const JsonFieldReader &parent)
{
    TokenUsage u;
    if (!parent.has(QLatin1String("usage")))
        return u;
    const JsonFieldReader r(parent.object(QLatin1String("usage")), parent.childPath(QLatin1String("usage")),
                            parent.warnings());
    u.present = true;
    u.inputTokens = r.count(QLatin1String("input_tokens"));
    u.outputTokens = r.count(QLatin1String("output_tokens"));
    u.totalTokens = r.has(QLatin1String("total_tokens")) ? r.count(QLatin1String("total_tokens"))
                                                         : u.inputTokens + u.outputTokens;
    return u;
}

} // namespace

Batch decodeBatch(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings)
{
    const JsonFieldReader r(object, QString(), warnings);
    Batch b;
    b.id = r.string(QLatin1String("id"));
    if (b.id.isEmpty() && warnings)
        warnings->append(QCoreApplication::translate("BatchDecoder", "id: missing"));
    b.object = r.string(QLatin1String("object"));
    b.endpoint = r.string(QLatin1String("endpoint"));
    b.inputFileId = r.string(QLatin1String("input_file_id"));
    b.completionWindow = r.string(QLatin1String("completion_window"));
    b.status = BatchStatus::fromWire(r.string(QLatin1String("status")));
    b.counts = decodeCounts(r);
    b.metadata = r.stringMap(QLatin1String("metadata"));

    b.createdAt = r.timestamp(QLatin1String("created_at"));
    b.expiresAt = r.timestamp(QLatin1String("expires_at"));
    b.inProgressAt = r.timestamp(QLatin1String("in_progress_at"));
    b.finalizingAt = r.timestamp(QLatin1String("finalizing_at"));
    b.completedAt = r.timestamp(QLatin1String("completed_at"));
    b.failedAt = r.timestamp(QLatin1String("failed_at"));
    b.expiredAt = r.timestamp(QLatin1String("expired_at"));
    b.cancellingAt = r.timestamp(QLatin1String("cancelling_at"));
    b.cancelledAt = r.timestamp(QLatin1String("cancelled_at"));
    b.archivedAt = r.timestamp(QLatin1String("archived_at"));

    b.outputFileId = r.string(QLatin1String("output_file_id"));
    b.errorFileId = r.string(QLatin1String("error_file_id"));
    b.errors = decodeErrors(r, &b.errorsObject);
    b.processingStatus = r.string(QLatin1String("processing_status"));
    b.resultsUrl = r.string(QLatin1String("results_url"));
    b.operationName = r.string(QLatin1String("operation_name"));
    b.done = r.boolean(QLatin1String("done"));
    b.progress = r.number(QLatin1String("progress"));

    const QJsonObject extra = r.object(QLatin1String("extra_fields"));
    if (!extra.isEmpty())
        b.extraFields = QJsonDocument(extra).toJson(QJsonDocument::Compact);
    const JsonFieldReader extraReader(extra, QStringLiteral("extra_fields"), warnings);
    b.provider = extraReader.string(QLatin1String("provider"));
    if (b.provider.isEmpty())
        b.provider = fallbackProvider;
    b.model = r.string(QLatin1String("model"));
    if (b.model.isEmpty())
        b.model = extraReader.string(QLatin1String("model_requested"));
    b.usage = decodeUsage(r);

    b.setRaw(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return b;
}

QList<Batch> decodeItems(const QJsonArray &data, const QString &fallbackProvider, ItemDecoder decode,
                         QStringList *warnings)
{
    QList<Batch> batches;
    batches.reserve(data.size());
    for (qsizetype i = 0; i < data.size(); ++i) {
        if (!data.at(i).isObject()) {
            if (warnings)
                warnings->append(
                    QCoreApplication::translate("BatchDecoder", "data[%1]: expected a batch object, skipped").arg(i));
            continue;
        }
        QStringList itemWarnings;
        batches.append(decode(data.at(i).toObject(), fallbackProvider, &itemWarnings));
        if (warnings) {
            for (const QString &w : std::as_const(itemWarnings))
                warnings->append(QStringLiteral("data[%1].").arg(i) + w);
        }
    }
    return batches;
}

BatchPage decodePage(const QJsonObject &object, const QString &fallbackProvider, QStringList *warnings)
{
    const JsonFieldReader r(object, QString(), warnings);
    BatchPage page;
    if (!r.has(QLatin1String("data")) && warnings)
        warnings->append(QCoreApplication::translate("BatchDecoder", "data: missing, read as an empty page"));
    page.batches = decodeItems(r.array(QLatin1String("data")), fallbackProvider, &decodeBatch, warnings);
    page.hasMore = r.boolean(QLatin1String("has_more")).value_or(false);
    page.nextCursor = r.string(QLatin1String("next_cursor"));
    page.firstId = r.string(QLatin1String("first_id"));
    page.lastId = r.string(QLatin1String("last_id"));
    return page;
}

FileObject decodeFile(const QJsonObject &object, QStringList *warnings)
{
    const JsonFieldReader r(object, QString(), warnings);
    FileObject f;
    f.id = r.string(QLatin1String("id"));
    f.filename = r.string(QLatin1String("filename"));
    f.purpose = r.string(QLatin1String("purpose"));
    f.status = r.string(QLatin1String("status"));
    f.bytes = r.count(QLatin1String("bytes"));
    f.createdAt = r.timestamp(QLatin1String("created_at"));
    return f;
}

QJsonObject mergePartial(const QJsonObject &base, const QJsonObject &partial)
{
    QJsonObject merged = base;
    for (auto it = partial.begin(); it != partial.end(); ++it) {
        const QJsonValue current = merged.value(it.key());
        if (it.value().isObject() && current.isObject())
            merged.insert(it.key(), mergePartial(current.toObject(), it.value().toObject()));
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace BatchDecoder
