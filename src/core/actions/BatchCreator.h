#pragma once

#include "backend/BatchBackend.h"
#include "results/ResultsCache.h"

#include <QObject>
#include <QPointer>

// Creates a batch from a JSONL file through the backend (upload then create,
// or inline requests), with progress and a way to stop; create itself is
// never retried.
class BatchCreator : public QObject
{
    Q_OBJECT
public:
    enum class Stage {
        Idle,
        Uploading,
        Creating,
        Done,
        Failed
    };

    explicit BatchCreator(BatchBackend *backend, ResultsCache cache = ResultsCache(), QObject *parent = nullptr);

    // What becomes of the request file once the batch exists: a user's file is
    // copied beside the batch's results; a file written for this one batch (a
    // retry's or a split part's input) is moved there, and removed on failure.
    enum class InputFile {
        Copy,
        Move,
    };

    // `request.inputFileId` is filled from the upload.
    void start(const QString &path, CreateBatchRequest request, InputFile input = InputFile::Copy);
    void abort();
    Stage stage() const { return m_stage; }

Q_SIGNALS:
    void stageChanged(BatchCreator::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    void created(const Batch &batch);
    void failed(const ApiError &error);

private:
    void setStage(Stage stage);
    // Keeps the request file beside the batch's results, off the GUI thread:
    // the results window then shows each request without downloading it, even
    // where the API never returns the requests (Anthropic).
    void keepRequests(const QString &path, const Batch &batch, InputFile input) const;

    QPointer<BatchBackend> m_backend;
    QPointer<PendingCall> m_current;
    ResultsCache m_cache;
    Stage m_stage = Stage::Idle;
};
