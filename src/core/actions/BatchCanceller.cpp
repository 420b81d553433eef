#include "BatchCanceller.h"

#include "backend/BatchBackend.h"
#include "models/BatchTableModel.h"

BatchCanceller::BatchCanceller(BackendLookup backends, SourceLookup sources, BatchTableModel *model, QObject *parent)
    : QObject(parent)
    , m_backends(std::move(backends))
    , m_sources(std::move(sources))
    , m_model(model)
{
}

void BatchCanceller::cancel(const QList<Batch> &batches)
{
    m_outcomes.clear();
    for (const Batch &b : batches) {
        if (!b.status.cancellable()) {
            const ApiError skipped = ApiError::make(ApiError::Kind::Local, tr("cancel"),
                                                    tr("%1 is already %2").arg(b.id, b.status.wire()));
            m_outcomes.append({b, skipped});
            Q_EMIT batchFailed(b, skipped);
            continue;
        }
        BatchBackend *backend = m_backends(b);
        if (!backend) {
            const ApiError closed = ApiError::make(ApiError::Kind::Local, tr("cancel"), tr("its connection is closed"));
            m_outcomes.append({b, closed});
            Q_EMIT batchFailed(b, closed);
            continue;
        }
        ++m_pending;
        onFinished(backend->cancel(b), this, [this, b](const Pending<Batch> &p) {
            --m_pending;
            if (p.ok()) {
                if (m_model)
                    m_model->updateBatch(m_sources(b), p.value());
                m_outcomes.append({p.value(), ApiError()});
                Q_EMIT batchCancelled(p.value());
            } else {
                m_outcomes.append({b, p.error()});
                Q_EMIT batchFailed(b, p.error());
            }
            if (m_pending == 0)
                Q_EMIT finished(m_outcomes);
        });
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, [this] { Q_EMIT finished(m_outcomes); }, Qt::QueuedConnection);
}
