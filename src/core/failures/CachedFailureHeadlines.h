#pragma once

#include "backend/BatchBackend.h"
#include "results/ResultsCache.h"

#include <QHash>
#include <QObject>
#include <QSet>

// The failure headline of finished batches whose results are already in the
// cache ("40 failed: 38 × 429 rate_limit_exceeded, …"), for the details pane:
// never downloads anything, indexes and groups off the GUI thread, and
// remembers each answer (a finished batch's results never change).
class CachedFailureHeadlines : public QObject
{
    Q_OBJECT
public:
    explicit CachedFailureHeadlines(ResultsCache cache = ResultsCache(), QObject *parent = nullptr);
    ~CachedFailureHeadlines() override;

    // The headline when known; otherwise starts finding it (when the results
    // are cached) and returns an empty string.
    QString headline(BatchBackend *backend, const Batch &batch);

Q_SIGNALS:
    void headlineReady(const QString &batchKey, const QString &headline);

private:
    ResultsCache m_cache;
    QHash<QString, QString> m_known;
    QSet<QString> m_pending;
    std::shared_ptr<std::atomic_bool> m_stop;
};
