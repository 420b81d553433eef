#include "ResultsStore.h"

#include "ResultsIndexer.h"

#include <QDir>
#include <QEventLoop>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

ResultsStore::ResultsStore(BatchBackend *backend, ResultsCache cache, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_cache(std::move(cache))
{ }

ResultsStore::~ResultsStore()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_download)
        m_download->abort();
    m_indexing.waitForFinished();
    for (QFuture<void> &run : m_retired)
        run.waitForFinished();
}

void ResultsStore::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void ResultsStore::fail(const ApiError &error)
{
    m_error = error;
    if (m_error.operation.isEmpty())
        m_error.operation = QStringLiteral("results");
    setStage(error.kind == ApiError::Kind::Cancelled ? Stage::Cancelled : Stage::Failed);
    Q_EMIT failed(m_error);
}

void ResultsStore::load(const Batch &batch, bool forceDownload)
{
    // Stop the previous load without waiting for it: its late answers carry an old generation.
    cancel();
    ++m_generation;
    m_batch = batch;
    m_error = ApiError();
    m_index.reset();
    m_files.clear();
    m_next = 0;
    m_bytesBefore = 0;
    m_fromCache = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (!m_backend) {
        fail(ApiError::make(ApiError::Kind::Local, QStringLiteral("results"), tr("the connection is closed")));
        return;
    }
    m_sources = m_backend->resultSources(batch);
    if (m_sources.isEmpty()) {
        fail(ApiError::make(ApiError::Kind::Local, QStringLiteral("results"),
                            batch.status.terminal()
                                ? tr("the batch has no results to download")
                                : tr("the batch is still %1; results come when it finishes").arg(batch.status.wire())));
        return;
    }
    m_directory = m_cache.directoryFor(m_backend->connection(), batch.provider, batch.id);
    // A finished batch never changes: a complete copy is as good as a download.
    if (!forceDownload && batch.status.terminal()) {
        const QList<ResultIndex::Source> cached = m_cache.complete(m_directory, m_sources);
        if (!cached.isEmpty()) {
            m_files = cached;
            m_fromCache = true;
            startIndexing();
            return;
        }
    }
    m_cache.forget(m_directory);
    if (!QDir().mkpath(m_directory)) {
        fail(ApiError::make(ApiError::Kind::Local, QStringLiteral("results"),
                            tr("cannot create the cache folder %1").arg(m_directory)));
        return;
    }
    setStage(Stage::Downloading);
    downloadNext();
}

void ResultsStore::downloadNext()
{
    if (m_next >= m_sources.size()) {
        // A JSON answer is recorded as complete only once it has been read
        // (startIndexing): one that arrived whole but is not valid JSON must be
        // fetched again next time, not read again from the cache. JSONL files
        // are complete when their bytes are (a bad line is a row that says so).
        if (!holdsJsonDocument() && !recordComplete())
            return;
        startIndexing();
        return;
    }
    if (!m_backend) {
        fail(ApiError::make(ApiError::Kind::Local, QStringLiteral("results"), tr("the connection is closed")));
        return;
    }
    const ResultSource source = m_sources.at(m_next);
    const QString path = m_directory + QLatin1Char('/') + ResultsCache::fileNameFor(m_next, source);
    Pending<qint64> *download = m_backend->downloadSource(source, path);
    m_download = download;
    connect(download, &PendingCall::progress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(m_bytesBefore + done, total > 0 ? m_bytesBefore + total : -1);
    });
    const quint64 generation = m_generation;
    onFinished(download, this, [this, source, path, generation](const Pending<qint64> &p) {
        if (generation != m_generation)
            return; // a download of a load that was replaced
        if (!p.ok()) {
            ApiError e = p.error();
            // "download output file", "download error file", "download results": words ApiError translates.
            e.operation = QStringLiteral("download ") + source.label;
            fail(e);
            return;
        }
        ResultIndex::Source file;
        file.path = path;
        file.label = source.label;
        file.dataSize = p.value();
        file.format = ResultIndex::SourceFormat::Jsonl;
        if (source.kind == ResultSource::Kind::ResultsJson) {
            file.format = ResultIndex::SourceFormat::ResultsJson;
            QString why;
            if (!ResultsCache::padJsonDocument(path, &file.dataSize, &why)) {
                fail(ApiError::make(ApiError::Kind::Local, QStringLiteral("results"), why));
                return;
            }
        }
        m_bytesBefore += file.dataSize;
        m_files.append(file);
        ++m_next;
        downloadNext();
    });
}

bool ResultsStore::holdsJsonDocument() const
{
    return std::any_of(m_files.cbegin(), m_files.cend(), [](const ResultIndex::Source &file) {
        return file.format == ResultIndex::SourceFormat::ResultsJson;
    });
}

bool ResultsStore::recordComplete()
{
    QString why;
    if (m_cache.markComplete(m_directory, m_sources, m_files, &why))
        return true;
    fail(ApiError::make(ApiError::Kind::Local, QStringLiteral("results"),
                        tr("cannot record the download: %1").arg(why)));
    return false;
}

void ResultsStore::startIndexing()
{
    setStage(Stage::Indexing);
    const QList<ResultIndex::Source> files = m_files;
    auto cancel = m_cancel;
    auto outcome = std::make_shared<ResultsIndexer::Outcome>();
    QPointer<ResultsStore> self(this);
    const quint64 generation = m_generation;
    if (m_indexing.isRunning())
        m_retired.append(m_indexing.future());
    m_retired.removeIf([](const QFuture<void> &run) { return run.isFinished(); });
    m_indexing.disconnect(this);
    connect(&m_indexing, &QFutureWatcher<void>::finished, this, [this, outcome, generation] {
        if (generation != m_generation)
            return;
        if (outcome->cancelled) {
            fail(ApiError::make(ApiError::Kind::Cancelled, QStringLiteral("index results"), QString()));
            return;
        }
        if (!outcome->index) {
            m_cache.forget(m_directory); // unreadable: download it again next time
            fail(ApiError::make(ApiError::Kind::Decode, QStringLiteral("index results"), outcome->error));
            return;
        }
        if (!m_fromCache && holdsJsonDocument() && !recordComplete())
            return;
        m_index = outcome->index;
        setStage(Stage::Ready);
        Q_EMIT ready();
    });
    m_indexing.setFuture(QtConcurrent::run([files, cancel, outcome, self, generation] {
        *outcome = ResultsIndexer::build(
            files,
            [self, generation](qint64 done, qint64 total, qint64) {
                // From the indexing threads: hand the numbers to the store's thread.
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, done, total, generation] {
                        if (self && self->m_generation == generation)
                            Q_EMIT self->progress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    }));
}

void ResultsStore::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_download)
        m_download->abort();
}

bool ResultsStore::waitUntilDone()
{
    if (m_stage == Stage::Ready)
        return true;
    if (m_stage != Stage::Downloading && m_stage != Stage::Indexing)
        return false;
    QEventLoop loop;
    connect(this, &ResultsStore::ready, &loop, &QEventLoop::quit);
    connect(this, &ResultsStore::failed, &loop, &QEventLoop::quit);
    loop.exec();
    return m_stage == Stage::Ready;
}
