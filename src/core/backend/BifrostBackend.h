#pragma once

#include "OpenAiCompatibleBackend.h"

// The Bifrost gateway's unified API: every call names the connection's provider.
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
    HeaderList authHeaders() const override;
    QList<QPair<QString, QString>> scope() const override;
};
