#include "CachedFailureHeadlines.h"

#include "FailureSummary.h"
#include "results/ResultsIndexer.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

CachedFailureHeadlines::CachedFailureHeadlines(ResultsCache cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_stop(std::make_shared<std::atomic_bool>(false))
{ }

CachedFailureHeadlines::~CachedFailureHeadlines()
{
    // Runs still under way hold their own copies; they stop early and report to no one.
    m_stop->store(true);
}

QString CachedFailureHeadlines::headline(BatchBackend *backend, const Batch &batch)
{
    const QString key = batch.key();
    if (const auto it = m_known.constFind(key); it != m_known.cend())
        return it.value();
    if (!backend || !batch.status.terminal() || batch.counts.failed == 0 || m_pending.contains(key))
        return QString();
    const QString directory = m_cache.directoryFor(backend->connection(), batch.provider, batch.id);
    const QList<ResultIndex::Source> files = m_cache.complete(directory, backend->resultSources(batch));
    if (files.isEmpty())
        return QString(); // not cached: asked again on the next showing, after the results window loads it
    m_pending.insert(key);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, key] {
        watcher->deleteLater();
        m_pending.remove(key);
        const QString text = watcher->result();
        m_known.insert(key, text);
        Q_EMIT headlineReady(key, text);
    });
    watcher->setFuture(QtConcurrent::run([files, stop = m_stop]() -> QString {
        const ResultsIndexer::Outcome outcome = ResultsIndexer::build(files, {}, stop.get(), 1);
        if (!outcome.index)
            return QString();
        return FailureSummary::headline(FailureSummary::build(*outcome.index, stop.get()));
    }));
    return QString();
}
