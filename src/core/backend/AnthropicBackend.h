#pragma once

#include "BatchBackend.h"

// Anthropic's Message Batches API directly (API.md §3), mapped to the unified
// view exactly as the gateway maps it (§4): x-api-key and anthropic-version
// headers, pages by after_id, requests inline, results streamed from
// results_url, and delete for ended batches.
class AnthropicBackend : public BatchBackend
{
    Q_OBJECT
public:
    explicit AnthropicBackend(Connection connection, QObject *parent = nullptr);

    QString provider() const override { return QStringLiteral("anthropic"); }
    int largestPage() const override { return 1000; }

    Pending<BatchPage> *list(const ListQuery &query) override;
    Pending<Batch> *retrieve(const QString &id) override;
    Pending<Batch> *cancel(const QString &id, const QByteArray &known = QByteArray()) override;
    Pending<Batch> *create(const CreateBatchRequest &request) override;
    Pending<Batch> *createFromFile(const QString &path, CreateBatchRequest request) override;
    Pending<FileObject> *uploadFile(const QString &path) override;
    bool supportsDelete() const override { return true; }
    Pending<Batch> *deleteBatch(const Batch &batch) override;
    QList<ResultSource> resultSources(const Batch &batch) const override;
    Pending<qint64> *downloadFile(const QString &fileId, const QString &path) override;

    static constexpr const char *kApiVersion = "2023-06-01";

protected:
    HeaderList authHeaders() const override;

private:
    QUrl batchesUrl(const QString &id = QString(), const QString &suffix = QString(),
                    const QList<QPair<QString, QString>> &query = {}) const;
    Pending<Batch> *batchCall(const QString &operation, const QByteArray &method, const QUrl &url,
                              const QByteArray &body = {});
    QUrl resultsUrl(const Batch &batch) const;
};
