#include "GatewayOpenAiRoutes.h"

#include "SimBatch.h"
#include "SimStore.h"

bool GatewayOpenAiRoutes::authorised(const Call &call, const QByteArray &key) const
{
    return GatewayDialect::authorised(call, key);
}

GatewayOpenAiRoutes::Reply GatewayOpenAiRoutes::unauthorised(const Call &call) const
{
    // The gateway's words, in OpenAI's error object (error() is this dialect's).
    return GatewayDialect::unauthorised(call);
}

QJsonObject GatewayOpenAiRoutes::batchJson(const SimBatch &batch) const
{
    return GatewayDialect::batchJson(batch);
}

QString GatewayOpenAiRoutes::providerOf(const Call &call) const
{
    const QString named = call.param(QStringLiteral("provider"));
    return named.isEmpty() ? defaultProvider(call) : named;
}

QString GatewayOpenAiRoutes::defaultProvider(const Call &call) const
{
    const QString header = QString::fromUtf8(call.header("x-model-provider"));
    return header.isEmpty() ? QStringLiteral("openai") : header;
}

bool GatewayOpenAiRoutes::pagingWorks(const QString &provider) const
{
    // The same provider adapters stand behind these routes, with the same limits.
    return GatewayDialect::pagingWorks(provider);
}

void GatewayOpenAiRoutes::finishPage(QJsonObject *page, const QList<SimBatch *> &all, const PageSlice &slice,
                                     const Call &call, const std::optional<Fault> &fault, const QString &provider) const
{
    OpenAiDialect::finishPage(page, all, slice, call, fault, provider);
    addListingExtraFields(page, provider);
}

std::optional<GatewayOpenAiRoutes::Reply> GatewayOpenAiRoutes::modelForCreate(const Call &call, const QJsonObject &body,
                                                                              QString *model) const
{
    // "provider/model" names its provider; a plain name (or none: OpenAI's own
    // create call has no model) goes to the provider the call names.
    const QString named = body.value(QStringLiteral("model")).toString();
    *model = named.contains(QLatin1Char('/')) ? named : providerOf(call) + QLatin1Char('/') + named;
    return std::nullopt;
}

QJsonObject GatewayOpenAiRoutes::cancelAnswer(const QJsonObject &full) const
{
    return GatewayDialect::cancelAnswer(full); // seed 004: the same partial object as the native route
}
