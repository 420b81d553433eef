#pragma once

#include "model/ApiError.h"
#include "model/Batch.h"

#include <QList>
#include <QObject>
#include <functional>

class BatchBackend;
class BatchTableModel;

// Cancels or deletes several batches at once and reports on each one
// separately. The model follows every answer as it arrives: a cancelled row
// shows `cancelling` as soon as the server says so, a deleted row goes away.
class BulkBatchAction : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Cancel,
        Delete
    };

    struct Outcome
    {
        Batch batch;    // the server's answer, or the batch as it was
        ApiError error; // set when this one failed
    };
    using BackendLookup = std::function<BatchBackend *(const Batch &)>;
    using SourceLookup = std::function<QString(const Batch &)>;

    BulkBatchAction(BackendLookup backends, SourceLookup sources, BatchTableModel *model, QObject *parent = nullptr);

    // Batches the action does not apply to (finished ones for cancel, running
    // ones or other providers for delete) are skipped and reported as such.
    void run(Kind kind, const QList<Batch> &batches);
    bool busy() const { return m_pending > 0; }
    // Why `batch` cannot take `kind`; empty when it can.
    QString refusal(Kind kind, const Batch &batch) const;

Q_SIGNALS:
    void succeeded(const Batch &batch);
    void batchFailed(const Batch &batch, const ApiError &error);
    void finished(BulkBatchAction::Kind kind, const QList<BulkBatchAction::Outcome> &outcomes);

private:
    BackendLookup m_backends;
    SourceLookup m_sources;
    BatchTableModel *m_model;
    QList<Outcome> m_outcomes;
    int m_pending = 0;
};
