#pragma once

#include "OpenAiCompatibleBackend.h"

// The Bifrost gateway: every call names the connection's provider. Speaks the
// unified routes (/v1/…) or, for deployments that expose only those, the
// OpenAI integration routes (/openai/v1/…), which have no /results.
class BifrostBackend : public OpenAiCompatibleBackend
{
    Q_OBJECT
public:
    explicit BifrostBackend(Connection connection, QObject *parent = nullptr);

    QString provider() const override { return connection().provider; }
    QList<ResultSource> resultSources(const Batch &batch) const override;
    // The gateway cannot page Anthropic listings (API.md §1).
    bool pagesReachable() const override { return provider() != u"anthropic"; }
    int largestPage() const override { return 1000; }

    // The body of a create call (exposed for tests).
    QJsonObject createBody(const CreateBatchRequest &request) const override;

protected:
    QString routePrefix() const override;
    HeaderList authHeaders() const override;
    QList<QPair<QString, QString>> scope() const override;
};
