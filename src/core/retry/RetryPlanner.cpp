#include "RetryPlanner.h"

#include "results/RequestLookup.h"
#include "results/ResultsIndexer.h"
#include "results/ResultsStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString kOperation = QStringLiteral("retry");
}

RetryPlanner::RetryPlanner(BatchBackend *backend, ResultsCache cache, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_cache(std::move(cache))
    , m_store(new ResultsStore(backend, m_cache, this))
{
    connect(m_store, &ResultsStore::progress, this, &RetryPlanner::progress);
    connect(m_store, &ResultsStore::ready, this, [this] {
        m_results = m_store->index();
        loadInput();
    });
    connect(m_store, &ResultsStore::failed, this, [this](const ApiError &e) { fail(e); });
}

RetryPlanner::~RetryPlanner()
{
    cancel();
    m_work.waitForFinished();
}

void RetryPlanner::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void RetryPlanner::fail(ApiError error)
{
    if (error.operation.isEmpty() || error.operation == u"results")
        error.operation = kOperation;
    m_error = error;
    setStage(Stage::Failed);
    Q_EMIT failed(m_error);
}

void RetryPlanner::cancel()
{
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    if (m_download)
        m_download->abort();
    m_store->cancel();
}

void RetryPlanner::load(const Batch &batch, const QString &userInput, const RetryCriteria &criteria)
{
    cancel();
    m_batch = batch;
    m_userInput = userInput;
    m_criteria = criteria;
    m_results.reset();
    m_input.reset();
    m_selection = RetrySelection();
    m_needsInputFile = false;
    m_inputFromUser = false;
    m_error = ApiError();
    if (!batch.status.terminal()) {
        fail(ApiError::make(ApiError::Kind::Local, kOperation,
                            tr("the batch has not ended yet: only an ended batch can be retried")));
        return;
    }
    setStage(Stage::LoadingResults);
    m_store->load(batch);
}

void RetryPlanner::loadInput()
{
    setStage(Stage::LoadingInput);
    if (!m_userInput.isEmpty()) {
        m_inputFromUser = true;
        indexInput(m_userInput);
        return;
    }
    if (!m_backend) {
        fail(ApiError::make(ApiError::Kind::Local, kOperation, tr("the connection is closed")));
        return;
    }
    // The copy kept when this console created the batch, or an earlier download:
    // an input file never changes once uploaded.
    const QString path = RequestLookup::inputPath(m_cache, m_backend->connection(), m_batch.provider, m_batch.id);
    if (QFileInfo(path).size() > 0) {
        indexInput(path);
        return;
    }
    if (m_batch.inputFileId.isEmpty()) {
        m_needsInputFile = true;
        fail(ApiError::make(ApiError::Kind::Local, kOperation,
                            m_batch.provider == u"anthropic"
                                ? tr("Anthropic does not return a batch's requests, and this batch was not created "
                                     "here: choose the original request file")
                                : tr("the batch has no input file: choose the original request file")));
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const quint64 generation = m_generation;
    Pending<qint64> *download = m_backend->downloadFile(m_batch.inputFileId, path);
    m_download = download;
    connect(download, &PendingCall::progress, this, &RetryPlanner::progress);
    onFinished(download, this, [this, generation, path](const Pending<qint64> &p) {
        if (generation != m_generation)
            return;
        if (!p.ok()) {
            QFile::remove(path); // never leave half an input file that looks like a copy
            ApiError e = p.error();
            e.operation = QStringLiteral("download input file");
            fail(e);
            return;
        }
        indexInput(path);
    });
}

void RetryPlanner::indexInput(const QString &path)
{
    m_inputPath = path;
    const quint64 generation = m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto outcome = std::make_shared<ResultsIndexer::Outcome>();
    const ResultIndex::Source source{path, QStringLiteral("input file"), ResultIndex::SourceFormat::Jsonl,
                                     QFileInfo(path).size()};
    m_work.disconnect(this);
    connect(&m_work, &QFutureWatcher<void>::finished, this, [this, generation, outcome, path] {
        if (generation != m_generation || outcome->cancelled)
            return;
        if (!outcome->index) {
            fail(ApiError::make(
                ApiError::Kind::Local, kOperation,
                tr("cannot read the request file %1: %2").arg(QDir::toNativeSeparators(path), outcome->error)));
            return;
        }
        m_input = outcome->index;
        select();
    });
    m_work.setFuture(
        QtConcurrent::run([source, outcome, cancel] { *outcome = ResultsIndexer::build({source}, {}, cancel.get()); }));
}

void RetryPlanner::setCriteria(const RetryCriteria &criteria)
{
    m_criteria = criteria;
    if (m_input && m_results && (m_stage == Stage::Ready || m_stage == Stage::Selecting))
        select();
}

void RetryPlanner::select()
{
    setStage(Stage::Selecting);
    if (m_cancel)
        m_cancel->store(true); // a selection still running for older criteria
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto result = std::make_shared<RetrySelection>();
    m_work.disconnect(this);
    connect(&m_work, &QFutureWatcher<void>::finished, this, [this, generation, result] {
        if (generation != m_generation)
            return;
        m_selection = std::move(*result);
        // A file the user named must be this batch's: every result needs its request.
        if (m_inputFromUser && m_selection.resultsNotInInput() > 0) {
            fail(ApiError::make(ApiError::Kind::Local, kOperation,
                                tr("%1 does not cover the batch: %n result(s) have a custom_id it does not hold "
                                   "(%2)",
                                   nullptr, int(qMin<qint64>(m_selection.resultsNotInInput(), INT_MAX)))
                                    .arg(QDir::toNativeSeparators(m_inputPath),
                                         m_selection.resultsNotInInputExamples().join(QStringLiteral(", ")))));
            return;
        }
        setStage(Stage::Ready);
        Q_EMIT ready();
    });
    const auto results = m_results;
    const auto input = m_input;
    const RetryCriteria criteria = m_criteria;
    m_work.setFuture(QtConcurrent::run([results, input, criteria, cancel, result] {
        *result = RetrySelection::select(*results, *input, criteria, cancel.get());
    }));
}

bool RetryPlanner::waitUntilDone()
{
    if (m_stage == Stage::Ready)
        return true;
    if (m_stage == Stage::Failed || m_stage == Stage::Idle)
        return false;
    QEventLoop loop;
    connect(this, &RetryPlanner::ready, &loop, &QEventLoop::quit);
    connect(this, &RetryPlanner::failed, &loop, &QEventLoop::quit);
    loop.exec();
    return m_stage == Stage::Ready;
}
