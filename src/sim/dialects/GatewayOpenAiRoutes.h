#pragma once

#include "OpenAiDialect.h"

// The gateway's OpenAI integration routes (seeds 002 and 004: "Create batch job
// (OpenAI format)", /openai/v1/batches…, also without /v1). They take OpenAI's
// request shapes: a plain model name, the provider from the `provider`
// parameter or the x-model-provider header, `openai` when neither is given.
// They answer with the gateway's batch object (extra_fields included), page
// OpenAI's way (after = the last id, first_id/last_id) and report errors in
// OpenAI's error object. Keys are checked as on the gateway's own routes.
class GatewayOpenAiRoutes : public OpenAiDialect
{
public:
    using OpenAiDialect::OpenAiDialect;

    bool authorised(const Call &call, const QByteArray &key) const override;
    Reply unauthorised(const Call &call) const override;

protected:
    QJsonObject batchJson(const SimBatch &batch) const override;
    QString providerOf(const Call &call) const override;
    QString defaultProvider(const Call &call) const override;
    bool pagingWorks(const QString &provider) const override;
    void finishPage(QJsonObject *page, const QList<SimBatch *> &all, const PageSlice &slice, const Call &call,
                    const std::optional<Fault> &fault, const QString &provider) const override;
    std::optional<Reply> modelForCreate(const Call &call, const QJsonObject &body, QString *model) const override;
    QJsonObject cancelAnswer(const QJsonObject &full) const override;
};
