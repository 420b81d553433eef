#pragma once

#include "OpenAiCompatibleBackend.h"

// OpenAI's Batch API directly: Bearer auth with optional organisation and
// project headers, pages by last id, requests always through an uploaded file.
class OpenAiBackend : public OpenAiCompatibleBackend
{
    Q_OBJECT
public:
    explicit OpenAiBackend(Connection connection, QObject *parent = nullptr);

    QString provider() const override { return QStringLiteral("openai"); }
    Pending<Batch> *create(const CreateBatchRequest &request) override;

protected:
    HeaderList authHeaders() const override;
    QJsonObject createBody(const CreateBatchRequest &request) const override;
};
