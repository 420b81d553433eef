#pragma once

#include "backend/BatchBackend.h"
#include "input/RequestFileCheck.h"

#include <QDialog>
#include <QFutureWatcher>
#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class NewBatchDialog;
}
class BatchCreator;
class QPushButton;

// Creates a batch from a JSONL file: checks every line off the GUI thread
// (JSON, unique custom_id, method/url/body present), shows the count and
// size, uploads with a progress bar and creates the batch.
class NewBatchDialog : public QDialog
{
    Q_OBJECT
public:
    using BackendLookup = std::function<BatchBackend *(const QString &provider)>;

    NewBatchDialog(const QStringList &providers, BackendLookup backends, QWidget *parent = nullptr);
    ~NewBatchDialog() override;

    // Starts checking `path` as if the user had picked it.
    void setFile(const QString &path);
    bool fileIsValid() const { return m_report.ok(); }
    const RequestFileReport &report() const { return m_report; }
    CreateBatchRequest request() const;
    QString provider() const;

Q_SIGNALS:
    void checkFinished();
    void created(const Batch &batch);

private:
    void browse();
    void startCheck(const QString &path);
    void stopCheck();
    void onCheckFinished();
    void onProviderChanged();
    void create();
    void updateButtons();
    void setBusy(bool busy);

    std::unique_ptr<Ui::NewBatchDialog> ui;
    BackendLookup m_backends;
    QPushButton *m_createButton = nullptr;
    QFutureWatcher<RequestFileReport> m_check;
    std::shared_ptr<std::atomic_bool> m_cancelCheck;
    RequestFileReport m_report;
    QString m_checkedPath;
    BatchCreator *m_creator = nullptr;
};
