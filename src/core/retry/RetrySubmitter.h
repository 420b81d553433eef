#pragma once

#include "ChainLink.h"
#include "RetrySelection.h"
#include "actions/BatchCreator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <memory>

class RetryPlanner;

// Sends a retry: writes the chosen input lines to a file of its own, then
// creates the new batch with the retried batch's endpoint, completion window
// and model and the chain's metadata. Create is never repeated on its own: a
// second submission would cost money twice.
class RetrySubmitter : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Writing,
        Uploading,
        Creating,
        Done,
        Failed,
    };
    Q_ENUM(Stage)

    explicit RetrySubmitter(BatchBackend *backend, ResultsCache cache = ResultsCache(), QObject *parent = nullptr);
    ~RetrySubmitter() override;

    // The metadata a retry of `original` carries, with the notes where a limit bit.
    static ChainMetadata::Outcome metadataFor(const Batch &original, const QMap<QString, QString> &userMetadata);
    // The create request for a retry of `original` (the gateway routes by "provider/model").
    static CreateBatchRequest requestFor(const Batch &original, const QMap<QString, QString> &metadata);

    // `planner` must be ready; its input and selection are taken now.
    void start(const RetryPlanner &planner, const QMap<QString, QString> &userMetadata = {});
    void abort();
    Stage stage() const { return m_stage; }
    const Batch &createdBatch() const { return m_created; }
    const ApiError &error() const { return m_error; }
    // Blocks with a local event loop until created or failed (the CLI and tests).
    bool waitUntilDone();

Q_SIGNALS:
    void stageChanged(RetrySubmitter::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    void created(const Batch &batch);
    void failed(const ApiError &error);

private:
    void setStage(Stage stage);
    void fail(ApiError error);

    QPointer<BatchBackend> m_backend;
    ResultsCache m_cache;
    BatchCreator *m_creator = nullptr;
    QFutureWatcher<QString> m_writing;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Stage m_stage = Stage::Idle;
    Batch m_created;
    ApiError m_error;
};
