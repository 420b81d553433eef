#pragma once

#include "ResultIndex.h"
#include "ResultsCache.h"
#include "backend/BatchBackend.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

// A batch's per-request results, ready to browse: downloaded as a stream to
// the cache (or reused from it when the batch is finished and the copy is
// complete), then indexed off the GUI thread. Progress and Cancel throughout.
class ResultsStore : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Downloading,
        Indexing,
        Ready,
        Failed,
        Cancelled
    };
    Q_ENUM(Stage)

    explicit ResultsStore(BatchBackend *backend, ResultsCache cache = ResultsCache(), QObject *parent = nullptr);
    ~ResultsStore() override;

    // Loads the results of `batch`; `forceDownload` ignores a cached copy. May be
    // called again at any time: whatever the previous load still had under way
    // is stopped, and nothing it reports later reaches this one.
    void load(const Batch &batch, bool forceDownload = false);
    void cancel();

    Stage stage() const { return m_stage; }
    std::shared_ptr<const ResultIndex> index() const { return m_index; }
    const ApiError &error() const { return m_error; }
    bool fromCache() const { return m_fromCache; }
    QString cacheDirectory() const { return m_directory; }
    const Batch &batch() const { return m_batch; }

    // Blocks with a local event loop until ready or failed (the CLI and tests).
    bool waitUntilDone();

Q_SIGNALS:
    void stageChanged(ResultsStore::Stage stage);
    // Downloading: bytes so far and expected (-1 unknown). Indexing: bytes indexed of total.
    void progress(qint64 done, qint64 total);
    void ready();
    void failed(const ApiError &error);

private:
    void setStage(Stage stage);
    void downloadNext();
    void startIndexing();
    // The download holds the gateway's /results JSON (checked by reading it before it counts as cached).
    bool holdsJsonDocument() const;
    // Marks the download complete in the cache; fails the load when that cannot be written.
    bool recordComplete();
    void fail(const ApiError &error);

    QPointer<BatchBackend> m_backend;
    ResultsCache m_cache;
    Batch m_batch;
    QList<ResultSource> m_sources;
    QList<ResultIndex::Source> m_files;
    QString m_directory;
    int m_next = 0;
    qint64 m_bytesBefore = 0;
    QPointer<PendingCall> m_download;
    QFutureWatcher<void> m_indexing;
    // Indexing runs of replaced loads, told to stop; the destructor waits for them.
    QList<QFuture<void>> m_retired;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<const ResultIndex> m_index;
    Stage m_stage = Stage::Idle;
    // Which load callbacks belong to: each load() starts a new one.
    quint64 m_generation = 0;
    ApiError m_error;
    bool m_fromCache = false;
};
