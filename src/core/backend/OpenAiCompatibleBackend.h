#pragma once

#include "BatchBackend.h"

// The OpenAI-shaped batch API that both the Bifrost gateway's unified routes
// (API.md §1) and OpenAI itself (§2) speak: /v1/batches and /v1/files, the
// same batch object, ids always one encoded path segment. Subclasses say how
// calls are scoped, how a batch is created and where results come from.
class OpenAiCompatibleBackend : public BatchBackend
{
    Q_OBJECT
public:
    explicit OpenAiCompatibleBackend(Connection connection, QObject *parent = nullptr);

    Pending<BatchPage> *list(const ListQuery &query) override;
    Pending<Batch> *retrieve(const QString &id) override;
    Pending<Batch> *cancel(const QString &id, const QByteArray &known = QByteArray()) override;
    Pending<Batch> *create(const CreateBatchRequest &request) override;
    Pending<FileObject> *uploadFile(const QString &path) override;
    QList<ResultSource> resultSources(const Batch &batch) const override;
    Pending<qint64> *downloadFile(const QString &fileId, const QString &path) override;

protected:
    // The path every route hangs under: "/v1", or the gateway's "/openai/v1".
    virtual QString routePrefix() const { return QStringLiteral("/v1"); }
    // Query parameters every call carries (the gateway's provider).
    virtual QList<QPair<QString, QString>> scope() const { return {}; }
    virtual QJsonObject createBody(const CreateBatchRequest &request) const;

    QUrl batchUrl(const QString &id, const QString &suffix = QString()) const;
    QUrl fileContentUrl(const QString &fileId) const;
    bool decodeBatchResponse(const QString &operation, const HttpResponse &response, Batch *batch,
                             QStringList *warnings, ApiError *error) const;
};
