#pragma once

#include "BatchBackend.h"

// The Bifrost gateway's unified /v1/batches API (API.md §1). Every call
// names the connection's provider; ids are always one encoded path segment.
class BifrostBackend : public BatchBackend
{
    Q_OBJECT
public:
    explicit BifrostBackend(Connection connection, QObject *parent = nullptr);

    QString provider() const override { return connection().provider; }

    Pending<BatchPage> *list(const ListQuery &query) override;
    Pending<Batch> *retrieve(const QString &id) override;
    Pending<Batch> *cancel(const Batch &batch) override;
    Pending<Batch> *create(const CreateBatchRequest &request) override;
    Pending<FileObject> *uploadFile(const QString &path) override;
    Pending<ResultSet> *results(const Batch &batch) override;
    QList<ResultSource> resultSources(const Batch &batch) const override;
    Pending<qint64> *downloadFile(const QString &fileId, const QString &path) override;

    // The body of a create call (exposed for tests and the dry-run view).
    static QJsonObject createBody(const CreateBatchRequest &request);

protected:
    HeaderList authHeaders() const override;

private:
    QUrl batchUrl(const QString &id, const QString &suffix = QString()) const;
    QUrl fileContentUrl(const QString &fileId) const;
    bool decodeBatchResponse(const QString &operation, const HttpResponse &response, Batch *batch,
                             QStringList *warnings, ApiError *error) const;
};
