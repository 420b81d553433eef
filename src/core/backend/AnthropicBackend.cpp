#include "AnthropicBackend.h"

#include "input/AnthropicRequests.h"
#include "json/AnthropicMapping.h"

#include <QJsonDocument>

AnthropicBackend::AnthropicBackend(Connection connection, QObject *parent)
    : BatchBackend(std::move(connection), parent)
{ }

HeaderList AnthropicBackend::authHeaders() const
{
    HeaderList headers{{"anthropic-version", kApiVersion}};
    if (!connection().apiKey.isEmpty())
        headers.append({"x-api-key", connection().apiKey.toUtf8()});
    return headers;
}

QUrl AnthropicBackend::batchesUrl(const QString &id, const QString &suffix,
                                  const QList<QPair<QString, QString>> &query) const
{
    QString path = QStringLiteral("/v1/messages/batches");
    if (!id.isEmpty())
        path += QLatin1Char('/') + encodePathSegment(id) + suffix;
    return connection().endpoint(path, query);
}

Pending<Batch> *AnthropicBackend::batchCall(const QString &operation, const QByteArray &method, const QUrl &url,
                                            const QByteArray &body)
{
    HttpRequest request = makeRequest(operation, method, url);
    if (!body.isEmpty()) {
        request.body = body;
        request.contentType = "application/json";
    }
    // Reading and cancelling are safe to repeat; creating and deleting are never repeated automatically.
    request.idempotent = method == "GET" || operation == u"cancel";
    return exchange<Batch>(std::move(request), [this, operation](const HttpResponse &response, Batch *batch,
                                                                 QStringList *warnings, ApiError *error) {
        return readBatchAnswer(operation, response, &AnthropicMapping::decodeBatch, batch, warnings, error);
    });
}

Pending<BatchPage> *AnthropicBackend::list(const ListQuery &query)
{
    QList<QPair<QString, QString>> params;
    if (query.limit > 0)
        params.append({QStringLiteral("limit"), QString::number(qMin(query.limit, 1000))});
    if (!query.after.isEmpty())
        params.append({QStringLiteral("after_id"), query.after});
    HttpRequest request = makeRequest(QStringLiteral("list"), "GET", batchesUrl(QString(), QString(), params));
    return exchange<BatchPage>(std::move(request), [this](const HttpResponse &response, BatchPage *page,
                                                          QStringList *warnings, ApiError *error) {
        QJsonObject object;
        if (!parseObject(QStringLiteral("list"), response, &object, error))
            return false;
        *page = AnthropicMapping::decodePage(object, warnings);
        stamp(page->batches);
        return true;
    });
}

Pending<Batch> *AnthropicBackend::retrieve(const QString &id)
{
    return batchCall(QStringLiteral("retrieve"), "GET", batchesUrl(id));
}

Pending<Batch> *AnthropicBackend::cancel(const QString &id, const QByteArray &)
{
    // Anthropic answers with the whole batch: nothing to merge.
    return batchCall(QStringLiteral("cancel"), "POST", batchesUrl(id, QStringLiteral("/cancel")));
}

Pending<Batch> *AnthropicBackend::create(const CreateBatchRequest &request)
{
    if (!request.inputFileId.isEmpty())
        return failed<Batch>(ApiError::make(ApiError::Kind::Local, QStringLiteral("create"),
                                            tr("Anthropic takes the requests themselves, not an uploaded file")));
    const AnthropicRequests requests = AnthropicRequests::fromArray(request.requests);
    if (!requests.errors.isEmpty())
        return failed<Batch>(ApiError::make(ApiError::Kind::Local, QStringLiteral("create"),
                                            requests.errors.join(QStringLiteral("; "))));
    const QByteArray body
        = QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests.requests}}).toJson(QJsonDocument::Compact);
    return batchCall(QStringLiteral("create"), "POST", batchesUrl(), body);
}

Pending<Batch> *AnthropicBackend::createFromFile(const QString &path, CreateBatchRequest request)
{
    const AnthropicRequests requests = AnthropicRequests::fromFile(path);
    if (!requests.errors.isEmpty())
        return failed<Batch>(ApiError::make(ApiError::Kind::Local, QStringLiteral("create"),
                                            requests.errors.mid(0, 5).join(QStringLiteral("; "))));
    request.requests = requests.requests;
    request.inputFileId.clear();
    return create(request);
}

Pending<FileObject> *AnthropicBackend::uploadFile(const QString &)
{
    return failed<FileObject>(
        ApiError::make(ApiError::Kind::Local, QStringLiteral("upload"),
                       tr("Anthropic's Message Batches take requests inline; there is nothing to upload")));
}

Pending<qint64> *AnthropicBackend::downloadFile(const QString &fileId, const QString &)
{
    return failed<qint64>(ApiError::make(ApiError::Kind::Local, QStringLiteral("download file"),
                                         tr("Anthropic batches have no files (%1)").arg(fileId)));
}

Pending<Batch> *AnthropicBackend::deleteBatch(const Batch &batch)
{
    if (!batch.status.terminal())
        return failed<Batch>(
            ApiError::make(ApiError::Kind::Local, QStringLiteral("delete"),
                           tr("only ended batches can be deleted; %1 is %2").arg(batch.id, batch.status.wire())));
    HttpRequest request = makeRequest(QStringLiteral("delete"), "DELETE", batchesUrl(batch.id));
    return exchange<Batch>(std::move(request),
                           [batch](const HttpResponse &response, Batch *out, QStringList *, ApiError *error) {
                               QJsonObject object;
                               if (!parseObject(QStringLiteral("delete"), response, &object, error))
                                   return false;
                               *out = batch;
                               return true;
                           });
}

QUrl AnthropicBackend::resultsUrl(const Batch &batch) const
{
    if (batch.resultsUrl.isEmpty())
        return batchesUrl(batch.id, QStringLiteral("/results"));
    const QUrl url(batch.resultsUrl);
    return url.isRelative() ? connection().endpoint(url.path(QUrl::FullyEncoded)) : url;
}

QList<ResultSource> AnthropicBackend::resultSources(const Batch &batch) const
{
    if (!batch.status.terminal())
        return {};
    return {{ResultSource::Kind::ResultsUrl, {}, resultsUrl(batch), QStringLiteral("results")}};
}
