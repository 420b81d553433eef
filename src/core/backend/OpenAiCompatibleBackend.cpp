#include "OpenAiCompatibleBackend.h"

#include "json/BatchDecoder.h"

#include <QJsonDocument>

OpenAiCompatibleBackend::OpenAiCompatibleBackend(Connection connection, QObject *parent)
    : BatchBackend(std::move(connection), parent)
{ }

QUrl OpenAiCompatibleBackend::batchUrl(const QString &id, const QString &suffix) const
{
    return connection().endpoint(routePrefix() + QStringLiteral("/batches/") + encodePathSegment(id) + suffix, scope());
}

QUrl OpenAiCompatibleBackend::fileContentUrl(const QString &fileId) const
{
    return connection().endpoint(
        routePrefix() + QStringLiteral("/files/") + encodePathSegment(fileId) + QStringLiteral("/content"), scope());
}

bool OpenAiCompatibleBackend::decodeBatchResponse(const QString &operation, const HttpResponse &response, Batch *batch,
                                                  QStringList *warnings, ApiError *error) const
{
    return readBatchAnswer(operation, response, &BatchDecoder::decodeBatch, batch, warnings, error);
}

Pending<BatchPage> *OpenAiCompatibleBackend::list(const ListQuery &query)
{
    QList<QPair<QString, QString>> params = scope();
    if (query.limit > 0)
        params.append({QStringLiteral("limit"), QString::number(qMin(query.limit, largestPage()))});
    if (!query.after.isEmpty())
        params.append({QStringLiteral("after"), query.after});
    HttpRequest request = makeRequest(QStringLiteral("list"), "GET",
                                      connection().endpoint(routePrefix() + QStringLiteral("/batches"), params));
    return exchange<BatchPage>(std::move(request), [this](const HttpResponse &response, BatchPage *page,
                                                          QStringList *warnings, ApiError *error) {
        QJsonObject object;
        if (!parseObject(QStringLiteral("list"), response, &object, error))
            return false;
        *page = BatchDecoder::decodePage(object, provider(), warnings);
        stamp(page->batches);
        // OpenAI pages by the last id; the gateway sends an opaque cursor.
        if (page->lastId.isEmpty() && !page->batches.isEmpty())
            page->lastId = page->batches.last().id;
        if (page->hasMore && page->nextCursor.isEmpty())
            page->nextCursor = page->lastId;
        return true;
    });
}

Pending<Batch> *OpenAiCompatibleBackend::retrieve(const QString &id)
{
    HttpRequest request = makeRequest(QStringLiteral("retrieve"), "GET", batchUrl(id));
    return exchange<Batch>(std::move(request),
                           [this](const HttpResponse &response, Batch *batch, QStringList *warnings, ApiError *error) {
                               return decodeBatchResponse(QStringLiteral("retrieve"), response, batch, warnings, error);
                           });
}

Pending<Batch> *OpenAiCompatibleBackend::cancel(const QString &id, const QByteArray &known)
{
    HttpRequest request = makeRequest(QStringLiteral("cancel"), "POST", batchUrl(id, QStringLiteral("/cancel")));
    // Cancelling twice is harmless, so a lost answer may be retried.
    request.idempotent = true;
    const QByteArray base = known;
    return exchange<Batch>(std::move(request), [this, base](const HttpResponse &response, Batch *batch,
                                                            QStringList *warnings, ApiError *error) {
        QJsonObject partial;
        if (!parseObject(QStringLiteral("cancel"), response, &partial, error))
            return false;
        // The answer is a partial batch: merge it into what we had.
        const QJsonObject merged = BatchDecoder::mergePartial(QJsonDocument::fromJson(base).object(), partial);
        *batch = BatchDecoder::decodeBatch(merged, provider(), warnings);
        stamp(*batch);
        return true;
    });
}

QJsonObject OpenAiCompatibleBackend::createBody(const CreateBatchRequest &r) const
{
    QJsonObject body;
    if (!r.inputFileId.isEmpty())
        body.insert(QStringLiteral("input_file_id"), r.inputFileId);
    if (!r.requests.isEmpty())
        body.insert(QStringLiteral("requests"), r.requests);
    if (!r.endpoint.isEmpty())
        body.insert(QStringLiteral("endpoint"), r.endpoint);
    if (!r.completionWindow.isEmpty())
        body.insert(QStringLiteral("completion_window"), r.completionWindow);
    if (!r.metadata.isEmpty()) {
        QJsonObject metadata;
        for (auto it = r.metadata.begin(); it != r.metadata.end(); ++it)
            metadata.insert(it.key(), it.value());
        body.insert(QStringLiteral("metadata"), metadata);
    }
    return body;
}

Pending<Batch> *OpenAiCompatibleBackend::create(const CreateBatchRequest &r)
{
    HttpRequest request = makeRequest(QStringLiteral("create"), "POST",
                                      connection().endpoint(routePrefix() + QStringLiteral("/batches")));
    request.body = QJsonDocument(createBody(r)).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    // Never repeated automatically: a lost answer could mean a batch was created twice.
    request.idempotent = false;
    return exchange<Batch>(std::move(request),
                           [this](const HttpResponse &response, Batch *batch, QStringList *warnings, ApiError *error) {
                               return decodeBatchResponse(QStringLiteral("create"), response, batch, warnings, error);
                           });
}

Pending<FileObject> *OpenAiCompatibleBackend::uploadFile(const QString &path)
{
    HttpRequest request = makeRequest(QStringLiteral("upload"), "POST",
                                      connection().endpoint(routePrefix() + QStringLiteral("/files"), scope()));
    request.uploadFilePath = path;
    request.formFields = {{"purpose", "batch"}};
    request.idempotent = false;
    return exchange<FileObject>(std::move(request), [](const HttpResponse &response, FileObject *file,
                                                       QStringList *warnings, ApiError *error) {
        QJsonObject object;
        if (!parseObject(QStringLiteral("upload"), response, &object, error))
            return false;
        *file = BatchDecoder::decodeFile(object, warnings);
        if (file->id.isEmpty()) {
            *error = ApiError::make(ApiError::Kind::Decode, QStringLiteral("upload"), tr("the answer has no file id"));
            return false;
        }
        return true;
    });
}

Pending<qint64> *OpenAiCompatibleBackend::downloadFile(const QString &fileId, const QString &path)
{
    HttpRequest request = makeRequest(QStringLiteral("download file"), "GET", fileContentUrl(fileId));
    request.downloadPath = path;
    return exchange<qint64>(std::move(request),
                            [](const HttpResponse &response, qint64 *bytes, QStringList *, ApiError *) {
                                *bytes = response.bytesReceived;
                                return true;
                            });
}

QList<ResultSource> OpenAiCompatibleBackend::resultSources(const Batch &batch) const
{
    QList<ResultSource> sources;
    if (!batch.outputFileId.isEmpty())
        sources.append({ResultSource::Kind::FileContent, batch.outputFileId, {}, QStringLiteral("output file")});
    if (!batch.errorFileId.isEmpty())
        sources.append({ResultSource::Kind::FileContent, batch.errorFileId, {}, QStringLiteral("error file")});
    return sources;
}
