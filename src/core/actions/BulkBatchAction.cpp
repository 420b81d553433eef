#include "BulkBatchAction.h"

#include "backend/BatchBackend.h"
#include "itemmodels/BatchTableModel.h"

BulkBatchAction::BulkBatchAction(BackendLookup backends, SourceLookup sources, BatchTableModel *model, QObject *parent)
    : QObject(parent)
    , m_backends(std::move(backends))
    , m_sources(std::move(sources))
    , m_model(model)
{ }

QString BulkBatchAction::refusal(Kind kind, const Batch &b) const
{
    BatchBackend *backend = m_backends(b);
    if (!backend)
        return tr("its connection is closed");
    if (kind == Kind::Cancel)
        return b.status.cancellable() ? QString() : tr("%1 is already %2").arg(b.id, b.status.wire());
    if (!backend->supportsDelete())
        return tr("%1 batches cannot be deleted").arg(b.provider);
    return b.status.terminal() ? QString()
                               : tr("%1 is still %2; only ended batches can be deleted").arg(b.id, b.status.wire());
}

void BulkBatchAction::run(Kind kind, const QList<Batch> &batches)
{
    m_outcomes.clear();
    const QString operation = kind == Kind::Cancel ? QStringLiteral("cancel") : QStringLiteral("delete");
    for (const Batch &b : batches) {
        const QString why = refusal(kind, b);
        if (!why.isEmpty()) {
            const ApiError skipped = ApiError::make(ApiError::Kind::Local, operation, why);
            m_outcomes.append({b, skipped});
            Q_EMIT batchFailed(b, skipped);
            continue;
        }
        BatchBackend *backend = m_backends(b);
        ++m_pending;
        Pending<Batch> *call = kind == Kind::Cancel ? backend->cancel(b.id, b.raw) : backend->deleteBatch(b);
        onFinished(call, this, [this, b, kind](const Pending<Batch> &p) {
            --m_pending;
            if (p.ok()) {
                if (m_model) {
                    if (kind == Kind::Cancel)
                        m_model->updateBatch(m_sources(b), p.value());
                    else
                        m_model->removeBatch(b.key());
                }
                m_outcomes.append({p.value(), ApiError()});
                Q_EMIT succeeded(p.value());
            } else {
                m_outcomes.append({b, p.error()});
                Q_EMIT batchFailed(b, p.error());
            }
            if (m_pending == 0)
                Q_EMIT finished(kind, m_outcomes);
        });
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(
            this, [this, kind] { Q_EMIT finished(kind, m_outcomes); }, Qt::QueuedConnection);
}
