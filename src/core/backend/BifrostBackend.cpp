#include "BifrostBackend.h"

BifrostBackend::BifrostBackend(Connection connection, QObject *parent)
    : OpenAiCompatibleBackend(std::move(connection), parent)
{ }

QString BifrostBackend::routePrefix() const
{
    return connection().gatewayRoutes == GatewayRoutes::OpenAi ? QStringLiteral("/openai/v1") : QStringLiteral("/v1");
}

HeaderList BifrostBackend::authHeaders() const
{
    HeaderList headers;
    // The integration routes read the provider from this header where a call has no
    // `provider` parameter (an upload's form, a create body with a plain model name).
    if (connection().gatewayRoutes == GatewayRoutes::OpenAi)
        headers.append({"x-model-provider", provider().toUtf8()});
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
    // No files (Anthropic and others behind the gateway): the buffered /results
    // answer, which only the unified routes serve.
    if (sources.isEmpty() && batch.status.terminal() && connection().gatewayRoutes == GatewayRoutes::Native)
        sources.append({ResultSource::Kind::ResultsJson,
                        {},
                        batchUrl(batch.id, QStringLiteral("/results")),
                        QStringLiteral("results")});
    return sources;
}
