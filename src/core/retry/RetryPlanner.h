#pragma once

#include "RetrySelection.h"
#include "backend/BatchBackend.h"
#include "results/ResultsCache.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class ResultsStore;

// Gathers what a retry needs from an ended batch, off the GUI thread: its
// results (ResultsStore, cache first), its input (the copy kept when the
// console created it, else the input file downloaded once into the cache,
// else a file the user names), both indexed, and the requests the criteria
// choose. Criteria can change afterwards; only the selection is redone.
class RetryPlanner : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        LoadingResults,
        LoadingInput,
        Selecting,
        Ready,
        Failed,
    };
    Q_ENUM(Stage)

    explicit RetryPlanner(BatchBackend *backend, ResultsCache cache = ResultsCache(), QObject *parent = nullptr);
    ~RetryPlanner() override;

    // `userInput`: the original request file, when the batch's own cannot be had
    // (Anthropic batches created elsewhere); it must cover every result's custom_id.
    void load(const Batch &batch, const QString &userInput = QString(),
              const RetryCriteria &criteria = RetryCriteria());
    void setCriteria(const RetryCriteria &criteria);
    void cancel();

    Stage stage() const { return m_stage; }
    const Batch &batch() const { return m_batch; }
    const RetryCriteria &criteria() const { return m_criteria; }
    const RetrySelection &selection() const { return m_selection; }
    std::shared_ptr<const ResultIndex> input() const { return m_input; }
    std::shared_ptr<const ResultIndex> results() const { return m_results; }
    QString inputPath() const { return m_inputPath; }
    bool inputFromUser() const { return m_inputFromUser; }
    // Failed because no input could be found: ask the user for the original file.
    bool needsInputFile() const { return m_needsInputFile; }
    const ApiError &error() const { return m_error; }

    // Blocks with a local event loop until ready or failed (the CLI and tests).
    bool waitUntilDone();

Q_SIGNALS:
    void stageChanged(RetryPlanner::Stage stage);
    void progress(qint64 done, qint64 total);
    void ready();
    void failed(const ApiError &error);

private:
    void setStage(Stage stage);
    void fail(ApiError error);
    void loadInput();
    void indexInput(const QString &path);
    void select();

    QPointer<BatchBackend> m_backend;
    ResultsCache m_cache;
    ResultsStore *m_store = nullptr;
    Batch m_batch;
    RetryCriteria m_criteria;
    QString m_userInput;
    QString m_inputPath;
    bool m_inputFromUser = false;
    bool m_needsInputFile = false;
    std::shared_ptr<const ResultIndex> m_results;
    std::shared_ptr<const ResultIndex> m_input;
    RetrySelection m_selection;
    QPointer<PendingCall> m_download;
    QFutureWatcher<void> m_work;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    Stage m_stage = Stage::Idle;
    ApiError m_error;
};
