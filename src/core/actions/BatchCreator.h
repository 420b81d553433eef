#pragma once

#include "backend/BatchBackend.h"

#include <QObject>
#include <QPointer>

// Creates a batch from a JSONL file through the backend (upload then create,
// or inline requests), with progress and a way to stop; create itself is
// never retried.
class BatchCreator : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Uploading, Creating, Done, Failed };

    explicit BatchCreator(BatchBackend *backend, QObject *parent = nullptr);

    // `request.inputFileId` is filled from the upload.
    void start(const QString &path, CreateBatchRequest request);
    void abort();
    Stage stage() const { return m_stage; }

Q_SIGNALS:
    void stageChanged(BatchCreator::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    void created(const Batch &batch);
    void failed(const ApiError &error);

private:
    void setStage(Stage stage);

    QPointer<BatchBackend> m_backend;
    QPointer<PendingCall> m_current;
    Stage m_stage = Stage::Idle;
};
