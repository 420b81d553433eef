#include "BatchCreator.h"

#include "results/RequestLookup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

BatchCreator::BatchCreator(BatchBackend *backend, ResultsCache cache, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_cache(std::move(cache))
{ }

void BatchCreator::keepRequests(const QString &path, const Batch &batch, InputFile input) const
{
    const QString target = RequestLookup::inputPath(m_cache, m_backend->connection(), batch.provider, batch.id);
    // Copied under another name and renamed: a reader never sees half a file.
    (void)QtConcurrent::run([path, target, input] {
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (input == InputFile::Move && QFile::rename(path, target))
            return;
        const QString part = target + QStringLiteral(".part");
        QFile::remove(part);
        if (QFile::copy(path, part) && !QFile::rename(part, target))
            QFile::remove(part);
        if (input == InputFile::Move)
            QFile::remove(path);
    });
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

void BatchCreator::start(const QString &path, CreateBatchRequest request, InputFile input)
{
    if (!m_backend) {
        setStage(Stage::Failed);
        Q_EMIT failed(ApiError::make(ApiError::Kind::Local, QStringLiteral("create"), tr("the connection is closed")));
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
    onFinished(create, this, [this, path, input](const Pending<Batch> &c) {
        if (c.ok()) {
            if (m_backend)
                keepRequests(path, c.value(), input);
            setStage(Stage::Done);
            Q_EMIT created(c.value());
        } else {
            if (input == InputFile::Move)
                QFile::remove(path);
            setStage(Stage::Failed);
            Q_EMIT failed(c.error());
        }
    });
}
