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
    setStage(Stage::Uploading);
    Pending<FileObject> *upload = m_backend->uploadFile(path);
    m_current = upload;
    connect(upload, &PendingCall::progress, this, &BatchCreator::uploadProgress);
    onFinished(upload, this, [this, request](const Pending<FileObject> &p) mutable {
        if (!p.ok()) {
            setStage(Stage::Failed);
            Q_EMIT failed(p.error());
            return;
        }
        if (!m_backend) {
            setStage(Stage::Failed);
            Q_EMIT failed(ApiError::make(ApiError::Kind::Local, tr("create"), tr("the connection is closed")));
            return;
        }
        request.inputFileId = p.value().id;
        setStage(Stage::Creating);
        Pending<Batch> *create = m_backend->create(request);
        m_current = create;
        onFinished(create, this, [this](const Pending<Batch> &c) {
            if (c.ok()) {
                setStage(Stage::Done);
                Q_EMIT created(c.value());
            } else {
                setStage(Stage::Failed);
                Q_EMIT failed(c.error());
            }
        });
    });
}
