#pragma once

#include "model/ApiError.h"
#include "model/Batch.h"

#include <QList>
#include <QObject>
#include <functional>

class BatchBackend;
class BatchTableModel;

// Cancels several batches at once and reports on each one separately. The
// model is updated as each answer arrives, so a row shows `cancelling` as
// soon as the server says so.
class BatchCanceller : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        Batch batch;     // the answer merged into what we had, or the batch as it was
        ApiError error;  // set when this one failed
    };
    using BackendLookup = std::function<BatchBackend *(const Batch &)>;
    using SourceLookup = std::function<QString(const Batch &)>;

    BatchCanceller(BackendLookup backends, SourceLookup sources, BatchTableModel *model, QObject *parent = nullptr);

    // Finished batches, and those already cancelling, are skipped (and reported as such).
    void cancel(const QList<Batch> &batches);
    bool busy() const { return m_pending > 0; }

Q_SIGNALS:
    void batchCancelled(const Batch &batch);
    void batchFailed(const Batch &batch, const ApiError &error);
    void finished(const QList<BatchCanceller::Outcome> &outcomes);

private:
    BackendLookup m_backends;
    SourceLookup m_sources;
    BatchTableModel *m_model;
    QList<Outcome> m_outcomes;
    int m_pending = 0;
};
