#pragma once

#include "backend/BatchBackend.h"
#include "results/ResultsCache.h"
#include "retry/RetryCriteria.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <array>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class RetryPlanner;
class RetrySubmitter;

// Retry an ended batch as a new one: which outcomes to send again (with their
// counts), which failures to leave out, the size and the first lines of the
// new input, and the chain it joins, all before anything is sent. Sending
// happens once, on the user's click: a create is never repeated by itself.
class RetryDialog : public QDialog
{
    Q_OBJECT
public:
    RetryDialog(const Batch &batch, BatchBackend *backend, QWidget *parent = nullptr,
                const ResultsCache &cache = ResultsCache());
    ~RetryDialog() override;

    // Starts with exactly these custom_ids (a group of the failure summary).
    void restrictTo(const QSet<QString> &customIds, const QString &description);
    // Starts gathering results and input (call once, after restrictTo()).
    void start();

    RetryPlanner *planner() const { return m_planner; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *saveButton() const { return m_save; }
    QCheckBox *reasonBox(RetryReason reason) const { return m_reasons[size_t(reason)]; }
    QLineEdit *excludedStatusesEdit() const { return m_statuses; }
    QLineEdit *excludedCodesEdit() const { return m_codes; }
    QString summaryText() const;

Q_SIGNALS:
    void created(const Batch &batch);
    // The new input was saved to `path` without sending anything.
    void saved(const QString &path, qint64 requests);

private:
    void buildUi();
    void criteriaEdited();
    void showStage();
    void showSelection();
    void showError(const QString &text);
    void chooseInputFile();
    void saveAs();
    void send();
    void cancelOrClose();
    void updateButtons();

    Batch m_batch;
    QPointer<BatchBackend> m_backend;
    ResultsCache m_cache;
    RetryPlanner *m_planner = nullptr;
    RetrySubmitter *m_submitter = nullptr;
    RetryCriteria m_criteria;
    QString m_restriction;

    QLabel *m_chainLabel = nullptr;
    QGroupBox *m_reasonGroup = nullptr;
    std::array<QCheckBox *, kRetryReasonCount> m_reasons{};
    QLineEdit *m_statuses = nullptr;
    QLineEdit *m_codes = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_chooseInput = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_save = nullptr;
    QFutureWatcher<QString> m_saving;
};
