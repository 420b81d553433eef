#pragma once

#include "backend/BatchBackend.h"
#include "input/RequestFileCheck.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
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
class Workspace;

class NewBatchDialog : public QDialog
{
    Q_OBJECT
public:
    // Where a batch can be created: a connection and one of its providers.
    struct Target
    {
        QString label; // "Gateway · openai"
        QString provider;
        QString source; // the model source its rows carry
        QPointer<BatchBackend> backend;
    };

    // Every provider of every open connection, labelled by provider alone when there is only one connection.
    static QList<Target> targetsOf(const Workspace *workspace);

    explicit NewBatchDialog(const QList<Target> &targets, QWidget *parent = nullptr);
    ~NewBatchDialog() override;

    void setTarget(const QString &source);
    Target target() const;

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

    BackendKind targetKind() const;
    void describeFile();

    std::unique_ptr<Ui::NewBatchDialog> ui;
    QList<Target> m_targets;
    QPushButton *m_createButton = nullptr;
    QFutureWatcher<RequestFileReport> m_check;
    std::shared_ptr<std::atomic_bool> m_cancelCheck;
    RequestFileReport m_report;
    QString m_checkedPath;
    BatchCreator *m_creator = nullptr;
};
