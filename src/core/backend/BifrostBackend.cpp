#include "BifrostBackend.h"

BifrostBackend::BifrostBackend(Connection connection, QObject *parent)
    : OpenAiCompatibleBackend(std::move(connection), parent)
{ }

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
        sources.append({ResultSource::Kind::ResultsJson,
                        {},
                        batchUrl(batch.id, QStringLiteral("/results")),
                        QStringLiteral("results")});
    return sources;
}
