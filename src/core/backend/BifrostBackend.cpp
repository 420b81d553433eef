#include "BifrostBackend.h"

#include "results/ResultsJsonReader.h"

BifrostBackend::BifrostBackend(Connection connection, QObject *parent)
    : OpenAiCompatibleBackend(std::move(connection), parent)
{
}

HeaderList BifrostBackend::authHeaders() const
{
    HeaderList headers;
    if (!connection().apiKey.isEmpty())
        headers.append({"Authorization", "Bearer " + connection().apiKey.toUtf8()});
    if (!connection().virtualKey.isEmpty())
        headers.append({"x-bf-vk", connection().virtualKey.toUtf8()});
    return headers;
}

QList<QPair<QString, QString>> BifrostBackend::scope() const
{
    return {{QStringLiteral("provider"), provider()}};
}

QJsonObject BifrostBackend::createBody(const CreateBatchRequest &r) const
{
    QJsonObject body = OpenAiCompatibleBackend::createBody(r);
    body.insert(QStringLiteral("model"), r.model);
    return body;
}

QList<ResultSource> BifrostBackend::resultSources(const Batch &batch) const
{
    QList<ResultSource> sources = OpenAiCompatibleBackend::resultSources(batch);
    // No files (Anthropic and others behind the gateway): the buffered /results answer.
    if (sources.isEmpty() && batch.status.terminal())
        sources.append({ResultSource::Kind::ResultsJson, {}, batchUrl(batch.id, QStringLiteral("/results")), QStringLiteral("results")});
    return sources;
}

Pending<ResultSet> *BifrostBackend::results(const Batch &batch)
{
    auto *pending = new Pending<ResultSet>(QStringLiteral("results"));
    bindLifetime(pending);
    HttpRequest request = makeRequest(QStringLiteral("results"), "GET", batchUrl(batch.id, QStringLiteral("/results")));
    const QString errorFileId = provider() == u"openai" ? batch.errorFileId : QString();

    step(pending, std::move(request), [this, pending, errorFileId](const HttpResponse &response) {
        auto set = std::make_shared<ResultSet>();
        ApiError error;
        if (!ResultsJsonReader::readRows(response.body, &set->rows, &set->parseErrors, &error)) {
            error.operation = QStringLiteral("results");
            error.httpStatus = response.status;
            reportFailure(error);
            pending->fail(error);
            return;
        }
        // The gateway's /results holds only the output file: failed requests live in the error file.
        const QStringList more = errorFileId.isEmpty() ? QStringList() : QStringList{errorFileId};
        readFilesInto(pending, more, set, [pending, set] { pending->resolve(*set); });
    });
    return pending;
}

