#include "RetrySubmitter.h"

#include "ChainRecord.h"
#include "RetryPlanner.h"

#include <QDir>
#include <QEventLoop>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString kOperation = QStringLiteral("retry");
}

RetrySubmitter::RetrySubmitter(BatchBackend *backend, ResultsCache cache, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_cache(std::move(cache))
    , m_creator(new BatchCreator(backend, m_cache, this))
{
    connect(m_creator, &BatchCreator::uploadProgress, this, &RetrySubmitter::uploadProgress);
    connect(m_creator, &BatchCreator::stageChanged, this, [this](BatchCreator::Stage stage) {
        if (stage == BatchCreator::Stage::Uploading)
            setStage(Stage::Uploading);
        else if (stage == BatchCreator::Stage::Creating)
            setStage(Stage::Creating);
    });
    connect(m_creator, &BatchCreator::failed, this, [this](const ApiError &e) { fail(e); });
}

RetrySubmitter::~RetrySubmitter()
{
    if (m_cancel)
        m_cancel->store(true);
    m_writing.waitForFinished();
}

ChainMetadata::Outcome RetrySubmitter::metadataFor(const Batch &original, const QMap<QString, QString> &userMetadata)
{
    return ChainMetadata::compose(ChainLink::nextAttemptOf(original), userMetadata, original.metadata);
}

CreateBatchRequest RetrySubmitter::requestFor(const Batch &original, const QMap<QString, QString> &metadata)
{
    CreateBatchRequest request;
    request.endpoint = original.endpoint.isEmpty() ? request.endpoint : original.endpoint;
    request.completionWindow
        = original.completionWindow.isEmpty() ? request.completionWindow : original.completionWindow;
    request.model = original.model.isEmpty() || original.model.contains(QLatin1Char('/'))
                        ? original.model
                        : original.provider + QLatin1Char('/') + original.model;
    request.metadata = metadata;
    return request;
}

void RetrySubmitter::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void RetrySubmitter::fail(ApiError error)
{
    if (error.operation.isEmpty())
        error.operation = kOperation;
    m_error = error;
    setStage(Stage::Failed);
    Q_EMIT failed(m_error);
}

void RetrySubmitter::start(const RetryPlanner &planner, const QMap<QString, QString> &userMetadata)
{
    if (planner.stage() != RetryPlanner::Stage::Ready || !planner.input()) {
        fail(ApiError::make(ApiError::Kind::Local, kOperation, tr("the retry is not ready")));
        return;
    }
    if (planner.selection().requestCount() == 0) {
        fail(ApiError::make(ApiError::Kind::Local, kOperation, tr("no request matches: there is nothing to retry")));
        return;
    }
    const Batch original = planner.batch();
    const ChainMetadata::Outcome metadata = metadataFor(original, userMetadata);
    if (!metadata.ok) {
        fail(ApiError::make(ApiError::Kind::Local, kOperation, metadata.notes.join(QStringLiteral("; "))));
        return;
    }
    const CreateBatchRequest request = requestFor(original, metadata.metadata);
    const ChainLink link = ChainLink::nextAttemptOf(original);

    // The new input goes where the cache keeps outgoing files; the creator
    // moves it beside the new batch's results once the batch exists.
    const QString directory = m_cache.root() + QStringLiteral("/outgoing");
    const QString path = directory + QStringLiteral("/retry-%1.jsonl").arg(QUuid::createUuid().toString(QUuid::Id128));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const auto input = planner.input();
    const RetrySelection selection = planner.selection();
    setStage(Stage::Writing);
    m_writing.disconnect(this);
    connect(&m_writing, &QFutureWatcher<QString>::finished, this, [this, path, request, link, original] {
        const QString error = m_writing.result();
        if (!error.isEmpty()) {
            fail(ApiError::make(ApiError::Kind::Local, kOperation, error));
            return;
        }
        connect(
            m_creator, &BatchCreator::created, this,
            [this, link, original](const Batch &batch) {
                m_created = batch;
                // Anthropic keeps no metadata: the chain is also recorded beside the batch.
                if (m_backend)
                    ChainRecord::save(m_cache, m_backend->connection(), batch.provider, batch.id, link);
                setStage(Stage::Done);
                Q_EMIT created(batch);
            },
            Qt::SingleShotConnection);
        m_creator->start(path, request, BatchCreator::InputFile::Move);
    });
    m_writing.setFuture(QtConcurrent::run([input, selection, directory, path, cancel]() -> QString {
        QString error;
        if (!QDir().mkpath(directory))
            return tr("cannot create the folder %1").arg(QDir::toNativeSeparators(directory));
        if (!selection.save(*input, path, &error, cancel.get()))
            return error;
        return QString();
    }));
}

void RetrySubmitter::abort()
{
    if (m_cancel)
        m_cancel->store(true);
    m_creator->abort();
}

bool RetrySubmitter::waitUntilDone()
{
    if (m_stage == Stage::Done)
        return true;
    if (m_stage == Stage::Failed || m_stage == Stage::Idle)
        return false;
    QEventLoop loop;
    connect(this, &RetrySubmitter::created, &loop, &QEventLoop::quit);
    connect(this, &RetrySubmitter::failed, &loop, &QEventLoop::quit);
    loop.exec();
    return m_stage == Stage::Done;
}
