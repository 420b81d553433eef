#include "BatchCreator.h"

BatchCreator::BatchCreator(BatchBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
}

void BatchCreator::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void BatchCreator::abort()
{
    if (m_current)
        m_current->abort();
}

void BatchCreator::start(const QString &path, CreateBatchRequest request)
{
    if (!m_backend) {
        setStage(Stage::Failed);
        Q_EMIT failed(ApiError::make(ApiError::Kind::Local, tr("create"), tr("the connection is closed")));
        return;
    }
    // Upload then create, or inline requests: the backend knows which its API wants.
    setStage(Stage::Uploading);
    Pending<Batch> *create = m_backend->createFromFile(path, std::move(request));
    m_current = create;
    connect(create, &PendingCall::progress, this, [this](qint64 sent, qint64 total) {
        Q_EMIT uploadProgress(sent, total);
        if (total > 0 && sent >= total && m_stage == Stage::Uploading)
            setStage(Stage::Creating);
    });
    onFinished(create, this, [this](const Pending<Batch> &c) {
        if (c.ok()) {
            setStage(Stage::Done);
            Q_EMIT created(c.value());
        } else {
            setStage(Stage::Failed);
            Q_EMIT failed(c.error());
        }
    });
}
