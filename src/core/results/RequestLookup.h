#pragma once

#include "ResultIndex.h"
#include "ResultsCache.h"
#include "backend/BatchBackend.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <memory>

// The request behind each result, joined on custom_id: the batch's input
// file is downloaded to the cache and indexed, so the viewer can show the
// request body beside the response body.
class RequestLookup : public QObject
{
    Q_OBJECT
public:
    explicit RequestLookup(BatchBackend *backend, ResultsCache cache = ResultsCache(), QObject *parent = nullptr);
    ~RequestLookup() override;

    // Starts fetching the input file of `batch` (when it has one).
    void load(const Batch &batch);
    bool isReady() const { return bool(m_index); }
    bool available() const { return m_available; }
    QString unavailableReason() const { return m_reason; }
    // Where the input file of a batch is kept in the cache.
    static QString inputPath(const ResultsCache &cache, const Connection &connection, const QString &provider,
                             const QString &batchId);
    // The request body (or Anthropic params) for `customId`, compact JSON; empty when unknown.
    QByteArray requestBody(const QString &customId) const;

Q_SIGNALS:
    void ready();
    void unavailable(const QString &reason);

private:
    void indexFile(const QString &path);

    QPointer<BatchBackend> m_backend;
    ResultsCache m_cache;
    std::shared_ptr<ResultIndex> m_index;
    QHash<QString, int> m_rowById;
    QFutureWatcher<void> m_watcher;
    bool m_available = true;
    QString m_reason;
};
